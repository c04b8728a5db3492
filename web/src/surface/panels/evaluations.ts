/**
 * The race by evaluations: how many times a run had evaluated f and ∇f by a row (the core's
 * cumulative counts, `DescendRun.evaluations`, the start's included), and how many in all it needed
 * to reach the tolerance. A line search spends several f per step and Nelder–Mead no ∇f at all, so
 * steps alone do not compare them with gradient descent; evaluations do.
 */
import type { DescendRun } from '../../../../src/train/descend.js';
import { stepsToTolerance } from '../../kit/run-end.js';

/** f and ∇f evaluations so far. */
export interface Evaluations {
  readonly value: number;
  readonly gradient: number;
}

type Counted = Pick<DescendRun, 'points' | 'evaluations'>;

/** The evaluations by recorded row `row` (the last row past the end), or undefined for a run without rows or counts. */
export function evaluationsAt(run: Counted, row: number): Evaluations | undefined {
  const e = run.evaluations;
  const n = Math.min(run.points.length, e?.value.length ?? 0);
  if (!e || n === 0) return undefined;
  const i = Math.max(0, Math.min(Math.floor(row), n - 1));
  return { value: e.value[i], gradient: e.gradient[i] };
}

/** f + ∇f evaluations by the first row whose ‖∇f‖ ≤ tol, or −1 when it never got there (or has no counts). */
export function evaluationsToTolerance(
  run: Counted & Pick<DescendRun, 'status' | 'values' | 'gradNorms'>,
  tol: number,
): number {
  const row = stepsToTolerance(run, tol);
  const e = row >= 0 ? evaluationsAt(run, row) : undefined;
  return e ? e.value + e.gradient : -1;
}
