/**
 * What a batch is given and gives back, as plain data: its groups and spec, each group's results
 * as arrays indexed by run, and one run of a group shaped like the summary of a `DescendRun`.
 * The lockstep loop that fills them is batch.ts.
 */
import type { DType } from '../autodiff/index.js';
import type { OptimizerSpec } from '../optim/index.js';
import type { StopSpec } from '../train/descend.js';

/** How a batched run ended: `descend`'s statuses, and a start where f or ∇f is not defined. */
export const BATCH_STATUSES = [
  'max-steps',
  'converged',
  'diverged',
  'left-domain',
  'undefined-start',
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
/** The status codes the arrays hold (indices into BATCH_STATUSES). */
export const [MAX_STEPS, CONVERGED, DIVERGED, LEFT_DOMAIN, UNDEFINED_START] = [0, 1, 2, 3, 4];

/** Runs that share an optimizer: one per start. */
export interface BatchGroup {
  optimizer: OptimizerSpec | string;
  /** One start per run: a list of points, or all coordinates run after run in one array. */
  starts: readonly (readonly number[])[] | Float64Array;
}

export interface BatchSpec {
  /** A catalog id, or `formula` (as in `descend`). */
  surface?: string;
  formula?: string;
  vars?: string[];
  steps: number;
  stop?: StopSpec;
  /** The region of the function (default a surface's own), as in `descend`. */
  domain?: readonly (readonly [number, number])[];
  dtype?: DType;
  groups: readonly BatchGroup[];
  /**
   * Called as the batch advances with the steps done and the steps asked for: after each lockstep
   * step, or, when every group runs in the fused kernel (one run after another), as the share of
   * runs done times the steps.
   */
  onStep?: (done: number, total: number) => void;
  /**
   * 'fused' (default): groups whose function and optimizer the fused kernel writes out run there
   * (fused.ts), the others in lockstep; 'lockstep': every group in lockstep (for tests and benches
   * comparing the two).
   */
  kernel?: 'fused' | 'lockstep';
}

/** One group's runs, as arrays indexed by run (points run-major, n numbers per run). */
export interface GroupResult {
  count: number;
  /** Index into BATCH_STATUSES. */
  status: Uint8Array;
  steps: Int32Array;
  /** The last point (for a diverged run, the last point before the step that diverged). */
  points: Float64Array;
  values: Float64Array;
  /** ‖∇f‖ at the last point, as `descend` records it (NaN for a start judged diverged). */
  gradNorms: Float64Array;
  /** The step that diverged or left the domain, or −1. */
  divergedAt: Int32Array;
  leftDomainAt: Int32Array;
  bestStep: Int32Array;
  bestValues: Float64Array;
  bestPoints: Float64Array;
}

export interface BatchResult {
  vars: string[];
  groups: GroupResult[];
}

/** A group's result arrays for `count` runs of n variables, nothing run yet. */
export function emptyResult(count: number, n: number): GroupResult {
  return {
    count,
    status: new Uint8Array(count),
    steps: new Int32Array(count),
    points: new Float64Array(count * n),
    values: new Float64Array(count),
    gradNorms: new Float64Array(count),
    divergedAt: new Int32Array(count).fill(-1),
    leftDomainAt: new Int32Array(count).fill(-1),
    bestStep: new Int32Array(count).fill(-1),
    bestValues: new Float64Array(count),
    bestPoints: new Float64Array(count * n),
  };
}

/** One run of a batch as plain data, shaped like the summary of a `DescendRun`. */
export interface BatchRun {
  status: BatchStatus;
  steps: number;
  point: number[];
  value: number;
  gradNorm: number;
  divergedAt?: number;
  leftDomainAt?: number;
  best?: { step: number; point: number[]; value: number };
}

/** Run i of a group as plain data. */
export function batchRun(g: GroupResult, i: number): BatchRun {
  const n = g.points.length / Math.max(1, g.count);
  const status = BATCH_STATUSES[g.status[i]];
  const slice = (a: Float64Array) => Array.from(a.subarray(i * n, i * n + n));
  const run: BatchRun = {
    status,
    steps: g.steps[i],
    point: slice(g.points),
    value: g.values[i],
    gradNorm: g.gradNorms[i],
  };
  if (g.divergedAt[i] >= 0) run.divergedAt = g.divergedAt[i];
  if (g.leftDomainAt[i] >= 0) run.leftDomainAt = g.leftDomainAt[i];
  if (g.bestStep[i] >= 0)
    run.best = { step: g.bestStep[i], point: slice(g.bestPoints), value: g.bestValues[i] };
  return run;
}
