/**
 * How the lab shows the end of a descent: its status in words, which of its rows may take part
 * in the race, and where the mark of a run that left the map goes. A run that diverged or left
 * its surface's domain ends on a point outside what the surface is about (peaks with GD lr 5 lands
 * at (13.1, −9.8), where f and ∇f are ~10⁻¹⁰⁶): that last row must not win the race.
 */
import type { DescendRun } from '../../../src/train/descend.js';
import { fmtInt, tr } from '../i18n.js';

type Ended = Pick<DescendRun, 'status' | 'steps' | 'divergedAt' | 'leftDomainAt'>;

/** True when the run ended outside what the surface is about: diverged, or left the domain. */
export function endedOutside(run: Pick<DescendRun, 'status'>): boolean {
  return run.status === 'diverged' || run.status === 'left-domain';
}

/** The status of a descent in the lab's words and language. */
export function statusText(run: Ended): string {
  if (run.status === 'diverged') return tr('lab-status-diverged', { k: fmtInt(run.divergedAt ?? run.steps) });
  if (run.status === 'left-domain')
    return tr('lab-status-left-domain', { k: fmtInt(run.leftDomainAt ?? run.steps) });
  return tr(run.status === 'converged' ? 'lab-status-converged' : 'lab-status-max-steps');
}

/** How many of the run's rows count in the race: all but the last when that one is outside. */
export function rowsInside(run: Pick<DescendRun, 'status' | 'values'>): number {
  const n = run.values.length;
  return endedOutside(run) ? Math.max(0, n - 1) : n;
}

/** The first row whose ‖∇f‖ is within `tol`, among the rows that count; −1 when none is. */
export function stepsToTolerance(
  run: Pick<DescendRun, 'status' | 'values' | 'gradNorms'>,
  tol: number,
): number {
  const n = rowsInside(run);
  for (let i = 0; i < n; i++) if (run.gradNorms[i] <= tol) return i;
  return -1;
}

/**
 * The value shown for row `i` (the last row past the end): undefined for the point that left the
 * domain, whose tiny value would look like the best of the race. A diverged run keeps its huge
 * or non-finite value, which cannot win and says what happened; a run without rows gives NaN.
 */
export function shownValue(run: Pick<DescendRun, 'status' | 'values'>, i: number): number | undefined {
  const last = run.values.length - 1;
  const k = Math.min(i, last);
  if (run.status === 'left-domain' && k === last && last > 0) return undefined;
  return run.values[k] ?? Number.NaN;
}

/**
 * The values a chart of f per step draws: the run's, with a gap (NaN) at the point that left the
 * domain, whose value says nothing about the surface and would set the chart's range and minimum.
 */
export function chartValues(run: Pick<DescendRun, 'status' | 'values'>): number[] {
  if (run.status !== 'left-domain' || run.values.length < 2) return run.values;
  return [...run.values.slice(0, -1), Number.NaN];
}

type Rect = readonly (readonly [number, number])[];

/**
 * Where the segment from `a` (inside `rect`) to `b` (outside it) crosses the rectangle's edge; `b`
 * itself when it is inside, and undefined when `a` is outside or either point is not finite.
 */
export function edgeCrossing(
  a: readonly number[],
  b: readonly number[],
  rect: Rect,
): [number, number] | undefined {
  const [[x0, x1], [y0, y1]] = rect;
  const [ax, ay] = a;
  const [bx, by] = b;
  if (![ax, ay, bx, by].every(Number.isFinite)) return undefined;
  const inside = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  if (!inside(ax, ay)) return undefined;
  if (inside(bx, by)) return [bx, by];
  // the largest t in [0, 1] that keeps a + t·(b − a) inside, one axis at a time
  let t = 1;
  const dx = bx - ax;
  const dy = by - ay;
  if (dx > 0) t = Math.min(t, (x1 - ax) / dx);
  if (dx < 0) t = Math.min(t, (x0 - ax) / dx);
  if (dy > 0) t = Math.min(t, (y1 - ay) / dy);
  if (dy < 0) t = Math.min(t, (y0 - ay) / dy);
  return [ax + t * dx, ay + t * dy];
}

/**
 * The points a drawing should follow: those of the run, but for a run that left the domain the
 * last one is moved to where its path crosses the map's edge (the 3-D view would otherwise lift it
 * to f of a point far away).
 */
export function drawnPoints(run: Pick<DescendRun, 'status' | 'points'>, rect: Rect): number[][] {
  const n = run.points.length;
  if (run.status !== 'left-domain' || n < 2) return run.points;
  const cross = edgeCrossing(run.points[n - 2], run.points[n - 1], rect);
  return cross ? [...run.points.slice(0, -1), cross] : run.points;
}
