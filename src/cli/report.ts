/**
 * What runs look like as text: a descent's log (step, coordinates, f, |∇f|), a fit's history
 * (epoch, loss, parameters), their status lines, and one CSV for any number of runs.
 */
import type { DescendOutcome, SingleRun as ExperimentRun, FitOutcome } from '../experiment/types.js';
import { type Lang, t } from '../i18n/index.js';
import type { DescendRun } from '../train/descend.js';
import type { HistoryEntry, Run } from '../train/fit-types.js';
import { fmt, tableLines } from './format.js';
import type { CliContext } from './io.js';
import { printableLine } from './printable.js';
import { writeCsv } from './stream.js';

/**
 * Asks the engine to keep only every N-th step or epoch (and the last), `record: { every }` of
 * src/train, so a long run holds the rows that will be printed, not all of them. An engine that
 * keeps every row anyway is read the same way: the rows below are chosen by their step.
 */
export const recordEvery = (every: number) => ({ record: { every } });

/** The step of row i: the engine's record.every K spaces the rows, and the last row is the last step. */
function stepOfRow(run: DescendRun & { recordEvery?: number }, i: number): number {
  const k = run.recordEvery ?? 1;
  return k > 1 && i === run.points.length - 1 ? run.steps : i * k;
}

/** The rows printed with --every N, as [row, step]: steps 0, N, 2N, … and the last row. */
export function printedRows(run: DescendRun, every: number): [number, number][] {
  const out: [number, number][] = [];
  const last = run.points.length - 1;
  for (let i = 0; i <= last; i++) {
    const step = stepOfRow(run, i);
    if (step % every === 0 || i === last) out.push([i, step]);
  }
  return out;
}

/** The history entries printed with --every N: epochs 0, N, 2N, … and the last. */
export function printedEpochs(run: Pick<Run, 'history'>, every: number): HistoryEntry[] {
  const last = run.history.length - 1;
  return run.history.filter((h, i) => h.epoch % every === 0 || i === last);
}

/**
 * The run as the tutorials print their logs: step, coordinates, f and |∇f|, every N-th step and
 * the last; with evaluation counts (methods that search, and every descent the engine counts), the
 * f and ∇f evaluations so far as `nf` and `ngrad`, SciPy's nfev and njev. Lines, not one string (as
 * every table here): a long log is written line by line.
 */
export function runTable(
  run: DescendRun,
  every: number,
  lang: Lang = 'en',
  counted = searched([run]),
): string[] {
  const counts = counted ? run.evaluations : undefined;
  const header = [
    t(lang, 'tour-col-step', undefined),
    ...run.vars,
    'f',
    '|grad|',
    ...(counts ? EVALUATION_COLUMNS : []),
  ];
  const rows = printedRows(run, every).map(([i, step]) => [
    String(step),
    ...run.points[i].map((x) => fmt(x)),
    fmt(run.values[i]),
    fmt(run.gradNorms[i] ?? Number.NaN, 6),
    ...(counts ? [String(counts.value[i] ?? ''), String(counts.gradient[i] ?? '')] : []),
  ]);
  return tableLines(header, rows);
}

/** The columns of the evaluation counts, in tables and CSV: f and ∇f evaluations so far. */
export const EVALUATION_COLUMNS = ['nf', 'ngrad'] as const;

/**
 * Whether the counts are worth printing: when some run searched (a line search or Nelder–Mead,
 * which keep traces). A gradient method alone spends one f and one ∇f per step, which its step
 * column already says, so the tutorials' logs keep their columns.
 */
export function searched(runs: readonly Pick<DescendRun, 'traces'>[]): boolean {
  return runs.some((r) => r.traces !== undefined);
}

/** A run's evaluations in all: f, ∇f (the last row's counts), or undefined when it has none. */
export function totalEvaluations(
  run: Pick<DescendRun, 'evaluations'>,
): { value: number; gradient: number } | undefined {
  const e = run.evaluations;
  const n = e?.value.length ?? 0;
  return e && n > 0 ? { value: e.value[n - 1], gradient: e.gradient[n - 1] } : undefined;
}

export function statusLine(run: DescendRun, ctx: Pick<CliContext, 'lang'>): string {
  if (run.status === 'diverged')
    return t(ctx.lang, 'tour-status-diverged', { step: run.divergedAt ?? run.steps });
  if (run.status === 'left-domain')
    return t(ctx.lang, 'descend-status-left-domain', { step: run.leftDomainAt ?? run.steps });
  if (run.status === 'converged') return t(ctx.lang, 'tour-status-converged', { steps: run.steps });
  return t(ctx.lang, 'tour-status-max-steps', { steps: run.steps });
}

/** "evaluations: 219 of f, 0 of ∇f", or nothing for a run without counts. */
export function* evaluationsLine(run: DescendRun, lang: Lang, counted: boolean): Generator<string> {
  const total = counted ? totalEvaluations(run) : undefined;
  if (total) yield t(lang, 'descend-evaluations', { value: total.value, gradient: total.gradient });
}

/**
 * Several descents side by side, after their logs: label, status, steps, final f and |∇f| and the
 * evaluations, so methods that spend several f per step compare with those that spend one.
 */
export function comparisonTable(runs: readonly (DescendRun & { label: string })[], lang: Lang): string[] {
  const counted = searched(runs);
  const header = [
    t(lang, 'descend-col-run', undefined),
    t(lang, 'descend-col-status', undefined),
    t(lang, 'tour-col-step', undefined),
    'f',
    '|grad|',
    ...(counted ? EVALUATION_COLUMNS : []),
  ];
  const rows = runs.map((r) => {
    const last = r.values.length - 1;
    const total = totalEvaluations(r);
    return [
      printableLine(r.label),
      r.status,
      String(r.steps),
      fmt(r.values[last] ?? Number.NaN),
      fmt(r.gradNorms[last] ?? Number.NaN, 6),
      ...(counted ? [String(total?.value ?? '—'), String(total?.gradient ?? '—')] : []),
    ];
  });
  return tableLines(header, rows);
}

const paramColumns = (run: Run): string[] =>
  run.paramNames.flatMap((name) => {
    const v = run.params[name];
    return typeof v === 'number' ? [name] : v.map((_x, i) => `${name}[${i}]`);
  });

const paramValues = (
  params: Record<string, number | number[]> | undefined,
  names: readonly string[],
): number[] =>
  names.flatMap((name) => {
    const v = params?.[name];
    return v === undefined ? [Number.NaN] : typeof v === 'number' ? [v] : v;
  });

/** Tables show the parameters when there are at most this many numbers; a network's are left to JSON. */
const MAX_TABLE_PARAMS = 8;

/** The history as the tutorials print their logs: epoch, loss and the parameters. */
export function fitTable(run: Run, every: number, lang: Lang = 'en'): string[] {
  const last = run.history[run.history.length - 1]?.params ?? run.params;
  const columns = run.paramNames.flatMap((name) => {
    const v = last[name];
    return typeof v === 'number' ? [name] : v.map((_x, i) => `${name}[${i}]`);
  });
  const showParams = columns.length <= MAX_TABLE_PARAMS;
  const rows = printedEpochs(run, every).map((h) => {
    const values = showParams ? run.paramNames.flatMap((n) => h.params?.[n] ?? Number.NaN) : [];
    return [String(h.epoch), fmt(h.loss), ...values.map((v) => fmt(v))];
  });
  return tableLines([t(lang, 'tour-col-epoch', undefined), run.loss, ...(showParams ? columns : [])], rows);
}

export function fitStatusLine(run: Run, lang: Lang): string {
  const epochs = run.history[run.history.length - 1]?.epoch ?? 0;
  if (run.status === 'diverged') return t(lang, 'fit-status-diverged', { epoch: run.divergedAt ?? epochs });
  if (run.status === 'converged') return t(lang, 'fit-status-converged', { epochs });
  return t(lang, 'fit-status-max-steps', { epochs });
}

/** A descent or a fit that could not run, told by the command (see run-output.ts). */
export type ErrorText = (outcome: DescendOutcome | FitOutcome) => string;

/**
 * The lines of a Run's tables: per run its label (when several), its log and its status, or the
 * one-line reason it could not run.
 */
export function* tableText(
  run: ExperimentRun,
  every: number,
  ctx: Pick<CliContext, 'lang'>,
  errorText: ErrorText,
): Generator<string> {
  const many = run.runs.length > 1;
  const ran = ranRuns(run);
  const counted = ran.kind === 'descend' && searched(ran.runs);
  for (const [i, r] of run.runs.entries()) {
    if (many) {
      if (i > 0) yield '';
      // A label comes from the file: shown escaped, it cannot clear the screen or add a line.
      yield `== ${printableLine(r.label)} ==`;
    }
    if (r.status === 'error') {
      // Alone, the run's reason is the command's message on stderr; among others it holds its place.
      if (many) yield printableLine(errorText(r));
      continue;
    }
    if (run.kind !== 'fit') {
      const d = r as DescendOutcome & DescendRun;
      yield* runTable(d, every, ctx.lang, counted);
      yield statusLine(d, ctx);
      yield* evaluationsLine(d, ctx.lang, counted);
      continue;
    }
    const f = r as FitOutcome & Run;
    yield* fitTable(f, every, ctx.lang);
    yield fitStatusLine(f, ctx.lang);
    for (const w of f.warnings ?? [])
      yield t(ctx.lang, 'fit-warning', { text: t(ctx.lang, w.code, w.params as never) });
  }
  if (run.kind === 'descend' && ran.kind === 'descend' && ran.runs.length > 1) {
    yield '';
    yield `== ${t(ctx.lang, 'descend-comparison', undefined)} ==`;
    yield* comparisonTable(ran.runs, ctx.lang);
  }
}

/** Labelled runs of either kind: an experiment's result, or what descend and fit ran. */
export type LabelledRuns =
  | { kind: 'descend'; runs: readonly (DescendRun & { label: string })[] }
  | { kind: 'fit'; runs: readonly (Run & { label: string })[] };

/**
 * The CSV of runs: one row per printed step (or epoch) of every run, the run's label first and its
 * status last — `converged`, `diverged` or `max-steps`, the same words as the JSON's `status`. A
 * column rather than a comment line: a spreadsheet keeps it through sorting and filtering, CSV
 * readers need no comment option, and a run that stopped early is never just fewer rows.
 */
function* descendRows(runs: readonly (DescendRun & { label: string })[], every: number, counted: boolean) {
  for (const r of runs)
    for (const [i, step] of printedRows(r, every)) {
      const e = r.evaluations;
      const counts = counted ? [e?.value[i] ?? '', e?.gradient[i] ?? ''] : [];
      yield [r.label, step, ...r.points[i], r.values[i], r.gradNorms[i], ...counts, r.status];
    }
}

export function writeDescendCsv(
  write: (text: string) => void,
  runs: readonly (DescendRun & { label: string })[],
  every: number,
): void {
  // The counts' columns when some run searched (see `searched`).
  const counted = searched(runs);
  writeCsv(
    write,
    [
      'run',
      'step',
      ...(runs[0]?.vars ?? []),
      'f',
      'grad_norm',
      ...(counted ? EVALUATION_COLUMNS : []),
      'status',
    ],
    descendRows(runs, every, counted),
  );
}

function* fitRows(runs: readonly (Run & { label: string })[], every: number) {
  for (const r of runs)
    for (const h of printedEpochs(r, every)) {
      yield [r.label, h.epoch, h.loss, ...paramValues(h.params, r.paramNames), r.status];
    }
}

export function writeFitCsv(
  write: (text: string) => void,
  runs: readonly (Run & { label: string })[],
  every: number,
): void {
  const params = runs[0] ? paramColumns(runs[0]) : [];
  writeCsv(write, ['run', 'epoch', 'loss', ...params, 'status'], fitRows(runs, every));
}

/** One CSV for all runs of a Run, written in chunks; a run that could not start has no rows. */
export function writeResultCsv(write: (text: string) => void, run: ExperimentRun, every: number): void {
  const ran = <T extends { status: string }>(runs: readonly T[]) => runs.filter((r) => r.status !== 'error');
  if (run.kind === 'fit') writeFitCsv(write, ran(run.runs) as (Run & { label: string })[], every);
  else writeDescendCsv(write, ran(run.runs) as (DescendRun & { label: string })[], every);
}

/** The runs of a Run that ran, as the status notes take them. */
export function ranRuns(run: ExperimentRun): LabelledRuns {
  if (run.kind === 'fit')
    return { kind: 'fit', runs: run.runs.filter((r) => r.status !== 'error') as (Run & { label: string })[] };
  return {
    kind: 'descend',
    runs: run.runs.filter((r) => r.status !== 'error') as (DescendRun & { label: string })[],
  };
}

/**
 * Each run's status line ("status: diverged at step 1"), labelled when there are several: what
 * stderr says beside a CSV, whose status column a person at a terminal would not read.
 */
export function statusNotes(result: LabelledRuns, lang: Lang, many = result.runs.length > 1): string[] {
  const lines =
    result.kind === 'descend'
      ? result.runs.map((r) => [r.label, statusLine(r, { lang })])
      : result.runs.map((r) => [r.label, fitStatusLine(r, lang)]);
  return lines.map(([label, line]) => (many ? `${label}: ${line}` : line));
}
