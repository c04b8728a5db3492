/**
 * The ranked table beside the figure: the best setting of each optimizer, then the runs ranked by
 * the metric (the first rows; the export has them all), each with a button that opens its run in
 * the surface or regression lab. A real table: caption, column and row headers.
 */
import type { SweepRow } from '../../../src/sweep/types.js';
import { fmt, tr } from '../i18n.js';
import { rankBy } from './rows.js';
import type { StudyStore } from './store.js';

const SHOWN = 40;

function Best({ store }: { store: StudyStore }) {
  const vary = store.study.value.vary;
  const best = Object.entries(store.best.value);
  return (
    <ul id="study-best" class="study-best">
      {best.map(([name, b]) => (
        <li key={name} data-optimizer={name}>
          <span aria-hidden="true">★ </span>
          {b.options === null
            ? tr('study-best-none', { optimizer: name })
            : tr('study-best', {
                optimizer: name,
                options: vary.map((v) => `${v.option} = ${fmt(b.options?.[v.option] as number)}`).join(', '),
                steps: b.stepsToTol === null ? tr('sweep-never') : fmt(b.stepsToTol),
              })}
        </li>
      ))}
    </ul>
  );
}

export function RankedTable({ store }: { store: StudyStore }) {
  const { rows } = store.table.value;
  const vary = store.study.value.vary;
  const fit = store.study.value.base.kind === 'fit';
  const metric = store.metric.value;
  const index = new Map<SweepRow, number>();
  rows.forEach((r, i) => {
    if (r) index.set(r, i);
  });
  const ranked = rankBy([...index.keys()], metric).slice(0, SHOWN);
  return (
    <div class="study-ranking">
      <Best store={store} />
      <div class="study-table-wrap">
        <table id="study-table" class="study-table">
          <caption class="sr">{tr('study-table-caption', { metric: tr(`study-metric-${metric}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{tr('sweep-header-optimizer')}</th>
              {vary.map((v) => (
                <th key={v.option} scope="col" class="n">
                  {v.option}
                </th>
              ))}
              <th scope="col">{tr('sweep-header-status')}</th>
              <th scope="col" class="n">
                {tr(fit ? 'sweep-header-epochs' : 'sweep-header-steps')}
              </th>
              <th scope="col" class="n">
                {tr('sweep-header-final')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r, n) => {
              const at = index.get(r) ?? 0;
              return (
                <tr key={at} class={r.status}>
                  <td class="n">{n + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      class="open-run"
                      id={`study-open-${at}`}
                      title={tr('study-open-run')}
                      onClick={() => store.openRow(at)}
                    >
                      {r.optimizer}
                    </button>
                  </th>
                  {vary.map((v) => (
                    <td key={v.option} class="n" data-label={v.option}>
                      {fmt(r.options[v.option] as number)}
                    </td>
                  ))}
                  <td data-label={tr('sweep-header-status')}>{tr(`study-status-${r.status}`)}</td>
                  <td class="n" data-label={tr('sweep-header-steps')}>
                    {r.stepsToTol === null ? tr('sweep-never') : fmt(r.stepsToTol)}
                  </td>
                  <td class="n" data-label={tr('sweep-header-final')}>
                    {r.final === null ? '–' : fmt(r.final)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
