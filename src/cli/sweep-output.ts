/**
 * What a sweep's Run prints as: the ranked table with the best setting per optimizer, the JSON
 * of issue 13 (`{ version, experiment, runs, best }`) and one CSV line per run. `sweep` and
 * `run STUDY.json` both print through these.
 */
import { numberCell, textCell } from '../data/csv.js';
import type { RunError } from '../experiment/types.js';
import { type Lang, t } from '../i18n/index.js';
import { rankRows } from '../sweep/sweep.js';
import type { SweepResult, SweepRow } from '../sweep/types.js';
import { fmt } from './format.js';

/** An error as printed: its code and its message in the user's language. */
const errorJson = (e: RunError | undefined, lang: Lang) =>
  e
    ? { code: e.code, message: e.message[lang], ...(e.path !== undefined ? { path: e.path } : {}) }
    : undefined;

/** The JSON of a sweep: `{ version, experiment, runs, best }`, errors in the user's language. */
export function sweepJson(result: SweepResult, lang: Lang) {
  return {
    version: result.version,
    experiment: result.experiment,
    runs: result.runs.map((r) => {
      const { error, ...rest } = r;
      return error ? { ...rest, error: errorJson(error, lang) } : rest;
    }),
    best: result.best,
  };
}

const varied = (result: SweepResult) => result.experiment.vary.map((v) => v.option);

/** One line of the ranked table. */
function cells(r: SweepRow, keys: string[], lang: Lang): string[] {
  return [
    r.optimizer,
    ...keys.map((k) => String(r.options[k])),
    ...(r.regime ? [r.regime] : []),
    r.status,
    r.stepsToTol === null ? t(lang, 'sweep-never', undefined) : String(r.stepsToTol),
    r.final === null ? '-' : fmt(r.final, 6),
  ];
}

/** The ranked table and, under it, the best setting of each optimizer. */
export function sweepTable(result: SweepResult, lang: Lang): string[] {
  const keys = varied(result);
  const fit = result.experiment.base.kind === 'fit';
  const regimes = result.runs.some((r) => r.regime !== undefined);
  const header = [
    t(lang, 'sweep-header-optimizer', undefined),
    ...keys,
    ...(regimes ? ['regime'] : []),
    t(lang, 'sweep-header-status', undefined),
    t(lang, fit ? 'sweep-header-epochs' : 'sweep-header-steps', undefined),
    t(lang, 'sweep-header-final', undefined),
  ];
  const rows = rankRows(result.runs).map((r) => cells(r, keys, lang));
  // A reduce, not a spread: a sweep of 10⁵ rows would overflow the stack as arguments.
  const widths = header.map((h, j) => rows.reduce((w, r) => Math.max(w, r[j].length), h.length));
  const line = (c: string[]) =>
    c.map((x, j) => (j === 0 ? x.padEnd(widths[j]) : x.padStart(widths[j]))).join('  ');
  const best = Object.entries(result.best).map(([name, b]) =>
    b.options === null
      ? t(lang, 'sweep-best-none', { optimizer: name })
      : t(lang, 'sweep-best', {
          optimizer: name,
          options: keys.map((k) => `${k}=${b.options?.[k]}`).join(', '),
          steps:
            b.stepsToTol === null
              ? t(lang, 'sweep-never', undefined)
              : t(lang, result.experiment.base.kind === 'fit' ? 'sweep-epochs' : 'sweep-steps', {
                  n: b.stepsToTol,
                }),
        }),
  );
  return [line(header), ...rows.map(line), '', ...best];
}

/** One CSV line per run, in the study's order. */
export function sweepCsv(result: SweepResult): string {
  const keys = varied(result);
  const header = ['optimizer', ...keys, 'regime', 'status', 'stepsToTol', 'final', 'divergedAt'];
  const rows = result.runs.map((r) => [
    r.optimizer,
    ...keys.map((k) => r.options[k] as number),
    r.regime ?? '',
    r.status,
    r.stepsToTol ?? '',
    r.final ?? '',
    r.divergedAt ?? '',
  ]);
  const cell = (v: string | number) =>
    typeof v === 'number' ? numberCell(v) : v === '' ? '' : textCell(v, ',');
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
