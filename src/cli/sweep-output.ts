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
  // The evaluations are printed where they tell something (see showsEvaluations); otherwise the
  // rows keep issue 13's fields.
  const counts = showsEvaluations(result);
  const best = Object.fromEntries(
    Object.entries(result.best).map(([k, b]) => {
      const { evaluationsToTol, ...rest } = b;
      return [k, counts ? b : rest];
    }),
  );
  return {
    version: result.version,
    experiment: result.experiment,
    runs: result.runs.map((r) => {
      const { error, evaluationsToTol, ...rest } = r;
      const row = counts && evaluationsToTol !== undefined ? { ...rest, evaluationsToTol } : rest;
      return error ? { ...row, error: errorJson(error, lang) } : row;
    }),
    best,
  };
}

const varied = (result: SweepResult) => result.experiment.vary.map((v) => v.option);

/** `44 · 37`: evaluations of f and of ∇f to the tolerance. */
const countsText = (e: { value: number; gradient: number }) => `${e.value} · ${e.gradient}`;

/**
 * Whether the table and CSV show the evaluations: when the runs are ranked by them, or when some
 * run's differ from a gradient method's one f and one ∇f per step (a line search, Nelder–Mead).
 */
function showsEvaluations(result: SweepResult): boolean {
  if (result.experiment.rank === 'evaluations') return true;
  return result.runs.some((r) => {
    const e = r.evaluationsToTol;
    return (
      e != null && r.stepsToTol !== null && (e.value !== r.stepsToTol + 1 || e.gradient !== r.stepsToTol + 1)
    );
  });
}

/** One line of the ranked table. */
function cells(r: SweepRow, keys: string[], lang: Lang, evaluations: boolean): string[] {
  return [
    r.optimizer,
    ...keys.map((k) => String(r.options[k])),
    ...(r.regime ? [r.regime] : []),
    r.status,
    r.stepsToTol === null ? t(lang, 'sweep-never', undefined) : String(r.stepsToTol),
    ...(evaluations
      ? [r.evaluationsToTol ? countsText(r.evaluationsToTol) : t(lang, 'sweep-never', undefined)]
      : []),
    r.final === null ? '-' : fmt(r.final, 6),
  ];
}

/** The ranked table and, under it, the best setting of each optimizer. */
export function sweepTable(result: SweepResult, lang: Lang): string[] {
  const keys = varied(result);
  const fit = result.experiment.base.kind === 'fit';
  const evaluations = showsEvaluations(result);
  const regimes = result.runs.some((r) => r.regime !== undefined);
  const header = [
    t(lang, 'sweep-header-optimizer', undefined),
    ...keys,
    ...(regimes ? ['regime'] : []),
    t(lang, 'sweep-header-status', undefined),
    t(lang, fit ? 'sweep-header-epochs' : 'sweep-header-steps', undefined),
    ...(evaluations ? [t(lang, 'sweep-header-evaluations', undefined)] : []),
    t(lang, 'sweep-header-final', undefined),
  ];
  const rows = rankRows(result.runs, result.experiment.rank).map((r) => cells(r, keys, lang, evaluations));
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
                }) + (evaluations && b.evaluationsToTol ? `; f · ∇f ${countsText(b.evaluationsToTol)}` : ''),
        }),
  );
  return [line(header), ...rows.map(line), '', ...best];
}

/** One CSV line per run, in the study's order. */
export function sweepCsv(result: SweepResult): string {
  const keys = varied(result);
  const evaluations = showsEvaluations(result);
  const counts = evaluations ? ['evaluationsF', 'evaluationsGrad'] : [];
  const header = ['optimizer', ...keys, 'regime', 'status', 'stepsToTol', ...counts, 'final', 'divergedAt'];
  const rows = result.runs.map((r) => [
    r.optimizer,
    ...keys.map((k) => r.options[k] as number),
    r.regime ?? '',
    r.status,
    r.stepsToTol ?? '',
    ...(evaluations ? [r.evaluationsToTol?.value ?? '', r.evaluationsToTol?.gradient ?? ''] : []),
    r.final ?? '',
    r.divergedAt ?? '',
  ]);
  const cell = (v: string | number) =>
    typeof v === 'number' ? numberCell(v) : v === '' ? '' : textCell(v, ',');
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
