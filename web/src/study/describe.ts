/** The study figure in words, for screen readers: how far the study is, the best per optimizer, one row. */
import type { SweepRow } from '../../../src/sweep/types.js';
import { fmt, tr } from '../i18n.js';
import type { StudyStore } from './store.js';

/** A row as a sentence: its optimizer and options, its status and what it reached. */
export function rowText(r: SweepRow): string {
  const options = Object.entries(r.options)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k} = ${fmt(v as number)}`)
    .join(', ');
  const steps = r.stepsToTol === null ? tr('sweep-never') : fmt(r.stepsToTol);
  return tr('study-row-text', {
    optimizer: r.optimizer,
    options,
    status: tr(`study-status-${r.status}`),
    steps,
    final: r.final === null ? '–' : fmt(r.final),
  });
}

/** The whole study: the rows done, and each optimizer's best. */
export function summary(store: StudyStore): string {
  const { filled } = store.table.value;
  const total = store.shape.value.total;
  const best = Object.entries(store.best.value).map(([name, b]) =>
    b.options === null
      ? tr('study-best-none', { optimizer: name })
      : tr('study-best', {
          optimizer: name,
          options: store.study.value.vary
            .map((v) => `${v.option} = ${fmt(b.options?.[v.option] as number)}`)
            .join(', '),
          steps: b.stepsToTol === null ? tr('sweep-never') : fmt(b.stepsToTol),
        }),
  );
  return [tr('study-done-of', { done: filled, total }), ...best].join('. ');
}
