/**
 * What the study lab reads off a sweep's rows, without a DOM: the value a metric gives a row,
 * the ranking by that metric, where a row sits in the figure (optimizer, index along each varied
 * option), and the single run a row stands for as an experiment another lab opens.
 */
import type { DescendExperiment, Experiment, FitExperiment } from '../../../src/experiment/index.js';
import { STUDY_METRICS, type StudyMetric } from '../../../src/experiment/types.js';
import { rankRows } from '../../../src/sweep/sweep.js';
import type { SweepRow, SweepStudy } from '../../../src/sweep/types.js';
import type { SweepShape } from '../work/study-sweep.js';

/**
 * What the figure shows and the table ranks by: steps (epochs) to the tolerance, the evaluations
 * of f and ∇f to it (a descent's study), the final value, the step it diverged at.
 */
export type Metric = StudyMetric;
export { STUDY_METRICS as METRICS };

/** The metrics a study offers: evaluations only for a descent's (a fit counts none). */
export const metricsOf = (s: SweepStudy): readonly Metric[] =>
  s.base.kind === 'descend' ? STUDY_METRICS : STUDY_METRICS.filter((m) => m !== 'evaluations');

/** The metric a study shows: its view's, else what it ranks by. */
export const metricOf = (s: SweepStudy): Metric =>
  s.view?.metric ?? (s.rank === 'evaluations' ? 'evaluations' : 'steps');

export const failedRow = (r: SweepRow) =>
  r.status === 'diverged' || r.status === 'left-domain' || r.status === 'error';

/** The number a row shows for a metric, or null (never reached, diverged for `final`, not diverged for `diverged`). */
export function metricValue(r: SweepRow, m: Metric): number | null {
  if (m === 'steps') return r.stepsToTol;
  if (m === 'evaluations')
    return r.evaluationsToTol ? r.evaluationsToTol.value + r.evaluationsToTol.gradient : null;
  if (m === 'final') return failedRow(r) || r.final === null || !Number.isFinite(r.final) ? null : r.final;
  return r.divergedAt ?? null;
}

/**
 * The rows ranked: by the core's rule for steps and evaluations (the CLI's table), else by the
 * metric ascending (rows without a value after, in the core's order), ties in the study's order.
 */
export function rankBy(rows: readonly SweepRow[], m: Metric): SweepRow[] {
  const core = rankRows(rows, m === 'evaluations' ? 'evaluations' : 'steps');
  if (m === 'steps' || m === 'evaluations') return core;
  const at = new Map(core.map((r, i) => [r, i]));
  const key = (r: SweepRow) => metricValue(r, m) ?? Number.POSITIVE_INFINITY;
  return [...core].sort((a, b) => key(a) - key(b) || (at.get(a) ?? 0) - (at.get(b) ?? 0));
}

/** Where row `index` sits: its optimizer, its index along the first varied option and along the second. */
export function cellOf(s: SweepShape, index: number): { k: number; i: number; j: number; regime: number } {
  const block = s.inner * s.perRun;
  const k = Math.floor(index / (s.outer * block));
  const rest = index % (s.outer * block);
  return {
    k,
    i: Math.floor(rest / block),
    j: Math.floor((rest % block) / s.perRun),
    regime: rest % s.perRun,
  };
}

/** The index of the row at (k, i, j) for the first regime. */
export function indexOf(s: SweepShape, k: number, i: number, j: number): number {
  return ((k * s.outer + i) * s.inner + j) * s.perRun;
}

/** The single run a row stands for: the base with that row's optimizer and options only. */
export function rowExperiment(study: SweepStudy, row: SweepRow, k: number): Experiment {
  const entry = { ...study.base.optimizers[k], options: { ...row.options } };
  if (study.base.kind === 'fit') {
    const base: FitExperiment = { ...study.base, optimizers: [entry] };
    return row.regime ? { ...base, regimes: [row.regime] } : base;
  }
  const base: DescendExperiment = { ...study.base, optimizers: [entry] };
  return base;
}
