/**
 * What runs look like as text: a descent's log (step, coordinates, f, |∇f|), a fit's history
 * (epoch, loss, parameters), their status lines, and one CSV for any number of runs.
 */
import type { DescendResult, ExperimentResult, FitResult } from '../experiment/index.js';
import { type Lang, t } from '../i18n/index.js';
import type { DescendRun } from '../train/descend.js';
import { fitStatusLine, fitTable } from './fit.js';
import { everyIndex, fmt, table } from './format.js';
import type { CliContext } from './io.js';
import { csv } from './output.js';

/** The run as the tutorials print their logs: step, coordinates, f and |∇f|, every N-th step and the last. */
export function runTable(run: DescendRun, every: number, lang: Lang = 'en'): string {
  const header = [t(lang, 'tour-col-step', undefined), ...run.vars, 'f', '|grad|'];
  const rows = everyIndex(run.points.length, every).map((i) => [
    String(i),
    ...run.points[i].map((x) => fmt(x)),
    fmt(run.values[i]),
    fmt(run.gradNorms[i] ?? Number.NaN, 6),
  ]);
  return table(header, rows);
}

export function statusLine(run: DescendRun, ctx: Pick<CliContext, 'lang'>): string {
  if (run.status === 'diverged')
    return t(ctx.lang, 'tour-status-diverged', { step: run.divergedAt ?? run.steps });
  if (run.status === 'left-domain')
    return t(ctx.lang, 'descend-status-left-domain', { step: run.leftDomainAt ?? run.steps });
  if (run.status === 'converged') return t(ctx.lang, 'tour-status-converged', { steps: run.steps });
  return t(ctx.lang, 'tour-status-max-steps', { steps: run.steps });
}

const paramColumns = (run: FitResult['runs'][number]): string[] =>
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

export function tableText(result: ExperimentResult, every: number, ctx: CliContext): string {
  const many = result.runs.length > 1;
  const parts = result.runs.map((r, i) => {
    const head = many ? `${i > 0 ? '\n' : ''}== ${r.label} ==\n` : '';
    if (result.kind === 'descend') {
      const d = r as DescendResult['runs'][number];
      return `${head}${runTable(d, every, ctx.lang)}${statusLine(d, ctx)}\n`;
    }
    const f = r as FitResult['runs'][number];
    const warnings = (f.warnings ?? []).map(
      (w) => `${t(ctx.lang, 'fit-warning', { text: t(ctx.lang, w.code, w.params as never) })}\n`,
    );
    return `${head}${fitTable(f, every, ctx.lang)}${fitStatusLine(f, ctx.lang)}\n${warnings.join('')}`;
  });
  return parts.join('');
}

/** A CSV row per printed step of every run, the run's label first. */
export function descendCsv(runs: readonly (DescendRun & { label: string })[], every: number): string {
  const rows = runs.flatMap((r) =>
    everyIndex(r.points.length, every).map((i) => [r.label, i, ...r.points[i], r.values[i], r.gradNorms[i]]),
  );
  return csv(['run', 'step', ...(runs[0]?.vars ?? []), 'f', 'grad_norm'], rows);
}

/** A CSV row per printed epoch of every run: label, epoch, loss and the parameters. */
export function fitCsv(runs: FitResult['runs'], every: number): string {
  const rows = runs.flatMap((r) =>
    everyIndex(r.history.length, every).map((i) => {
      const h = r.history[i];
      return [r.label, h.epoch, h.loss, ...paramValues(h.params, r.paramNames)];
    }),
  );
  return csv(['run', 'epoch', 'loss', ...(runs[0] ? paramColumns(runs[0]) : [])], rows);
}

/** One CSV for all runs of an experiment. */
export function csvText(result: ExperimentResult, every: number): string {
  return result.kind === 'descend' ? descendCsv(result.runs, every) : fitCsv(result.runs, every);
}
