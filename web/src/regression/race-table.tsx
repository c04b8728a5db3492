/**
 * The race: one row per run (optimizer × regime) in the colour of its curves — the loss at the
 * epoch shown, the final loss, the epochs to the tolerance and the status. A row selects its
 * optimizer (its card opens, its curves come on top). The status column wraps rather than cuts.
 */
import { fmt, fmtInt, lang, tr } from '../i18n.js';
import { runColor } from './colors.js';
import type { RaceRow } from './race.js';
import { runLabel, statusText } from './readout.js';
import type { RegressionStore } from './store.js';

function status(r: RaceRow): string {
  if (r.error) return `${tr('lab-status-error')} (${r.error.message[lang.value]})`;
  return statusText(r);
}

export function RaceTable({ store }: { store: RegressionStore }) {
  const rows = store.race.value;
  if (rows.length === 0) return null;
  const sel = store.selected.value;
  return (
    <div class="table-wrap">
      <table class="race" id="r-race">
        <caption>{tr('lab-race')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('rg-col-run')}</th>
            <th scope="col">{tr('rg-col-now')}</th>
            <th scope="col">{tr('rg-col-final')}</th>
            <th scope="col">{tr('rg-col-settled')}</th>
            <th scope="col">{tr('lab-col-status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.run} class={r.optimizer === sel ? 'on' : ''} data-status={r.status}>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  aria-pressed={r.optimizer === sel}
                  onClick={() => {
                    store.selected.value = r.optimizer;
                  }}
                >
                  <span class="dot" style={{ background: runColor(r.run) }} />
                  {runLabel(
                    { optimizer: r.optimizerEntry, regime: r.regime },
                    store.experiment.value.regimes.length,
                  )}
                </button>
              </th>
              <td class="n" data-label={tr('rg-col-now')}>
                {fmt(r.loss, 5)}
              </td>
              <td class="n" data-label={tr('rg-col-final')}>
                {fmt(r.finalLoss, 5)}
              </td>
              <td class="n" data-label={tr('rg-col-settled')}>
                {r.settled === null ? '—' : fmtInt(r.settled)}
              </td>
              <td class="status-cell" data-label={tr('lab-col-status')}>
                {status(r)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
