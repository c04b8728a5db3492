/**
 * The race (the kit's table): one row per run (optimizer × regime) in the colour of its curves —
 * the loss at the epoch shown, the final loss, the epochs to the tolerance and the status. A row
 * selects its optimizer (its card opens, its curves come on top).
 */
import { fmt, fmtInt, lang, tr } from '../i18n.js';
import { RaceTable } from '../kit/race-table.js';
import { runColor } from './colors.js';
import type { RaceRow } from './race.js';
import { runLabel, statusText } from './readout.js';
import type { RegressionStore } from './store.js';

function status(r: RaceRow): string {
  if (r.error) return `${tr('lab-status-error')} (${r.error.message[lang.value]})`;
  return statusText(r);
}

export function Race({ store }: { store: RegressionStore }) {
  const rows = store.race.value;
  if (rows.length === 0) return null;
  const sel = store.selected.value;
  const regimes = store.computed.value?.regimes.length ?? 1;
  const columns = [
    { key: 'now', label: tr('rg-col-now'), numeric: true },
    { key: 'final', label: tr('rg-col-final'), numeric: true },
    { key: 'settled', label: tr('rg-col-settled'), numeric: true, title: tr('rg-tolerance') },
    { key: 'status', label: tr('lab-col-status') },
  ];
  return (
    <RaceTable
      caption={tr('lab-race')}
      rowHeader={tr('rg-col-run')}
      columns={columns}
      rows={rows.map((r) => ({
        key: String(r.run),
        label: runLabel({ optimizer: r.optimizerEntry, regime: r.regime }, regimes),
        colour: runColor(r.run),
        selected: r.optimizer === sel,
        className: r.status === 'diverged' || r.status === 'error' ? 'ended-outside' : '',
        cells: {
          now: fmt(r.loss, 5),
          final: fmt(r.finalLoss, 5),
          settled: r.settled === null ? '—' : fmtInt(r.settled),
          status: status(r),
        },
      }))}
      onSelect={(i) => {
        if (i >= 0) store.selected.value = rows[i].optimizer;
      }}
    />
  );
}
