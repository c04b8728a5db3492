/**
 * Decimation of what cannot be seen: a descent of 10⁶ steps or a loss curve of 10⁶ epochs drawn
 * on a 640-pixel chart has at most a few thousand distinguishable vertices, and a scatter of 10⁶
 * points has at most a few thousand distinguishable dots. Everything here works on pixel
 * coordinates, after the scales, and leaves small inputs (up to `DECIMATE_ABOVE` points) exactly as
 * they are, so every figure of an ordinary size is byte-for-byte what it was.
 *
 * Lines, in three passes, each invisible at the sizes drawn (strokes are 1.5–3 px wide):
 * 1. consecutive points in the same half-pixel cell collapse to the first of them (a converging
 *    tail of 10⁵ steps is one vertex);
 * 2. consecutive points in the same one-pixel column keep their first, lowest, highest and last
 *    (min–max decimation: a monotone curve keeps at most four vertices per column);
 * 3. a segment whose two ends fall in the same half-pixel cells as a segment already drawn is not
 *    drawn again (an optimizer bouncing between two walls draws each bounce once); the line is
 *    split there into several runs.
 * What is left is then at most `MAX_LINE_VERTICES` vertices; beyond that (a scribble that inks the
 * plot) every k-th vertex is kept. The first and last points are always kept exactly.
 */
import type { Point } from './svg.js';

/** Runs of at most this many points are drawn as given. */
export const DECIMATE_ABOVE = 2000;
/** The most vertices one line keeps, over all its runs. */
export const MAX_LINE_VERTICES = 4000;
/** The most dots one point cloud keeps. */
export const MAX_SCATTER_POINTS = 5000;

const CELL = 0.5;
const cellOf = (p: Point): string => `${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`;

/** Pass 1: drops points in the same half-pixel cell as the point kept before them. */
function collapseCells(run: readonly Point[]): Point[] {
  const out: Point[] = [run[0]];
  let last = cellOf(run[0]);
  for (let i = 1; i < run.length - 1; i++) {
    const c = cellOf(run[i]);
    if (c !== last) {
      out.push(run[i]);
      last = c;
    }
  }
  if (run.length > 1) out.push(run[run.length - 1]);
  return out;
}

/** Pass 2: consecutive points in one pixel column keep their first, lowest, highest and last, in order. */
function minMaxColumns(run: readonly Point[]): Point[] {
  const out: Point[] = [];
  let i = 0;
  while (i < run.length) {
    const column = Math.floor(run[i].x);
    let j = i;
    let lo = i;
    let hi = i;
    while (j + 1 < run.length && Math.floor(run[j + 1].x) === column) {
      j++;
      if (run[j].y < run[lo].y) lo = j;
      if (run[j].y > run[hi].y) hi = j;
    }
    const keep = [...new Set([i, lo, hi, j])].sort((a, b) => a - b);
    for (const k of keep) out.push(run[k]);
    i = j + 1;
  }
  return out;
}

/** Pass 3: the run without segments already drawn, as one or more runs. */
function dropRepeatedSegments(run: readonly Point[]): Point[][] {
  const drawn = new Set<string>();
  const runs: Point[][] = [];
  let current: Point[] = [run[0]];
  let prevCell = cellOf(run[0]);
  for (let i = 1; i < run.length; i++) {
    const cell = cellOf(run[i]);
    const key = prevCell < cell ? `${prevCell}|${cell}` : `${cell}|${prevCell}`;
    const last = i === run.length - 1;
    if (drawn.has(key) && !last) {
      if (current.length >= 2) runs.push(current);
      current = [run[i]];
    } else {
      drawn.add(key);
      current.push(run[i]);
    }
    prevCell = cell;
  }
  if (current.length >= 2) runs.push(current);
  return runs;
}

/**
 * Thinned by a factor k so that all runs hold at most `max` vertices: a long run keeps every k-th
 * vertex and its own ends, short runs (a line cut into many pieces) are kept one in k, whole; k
 * doubles until the budget holds (it does once k exceeds every run: only the ends of the line's
 * first and last runs are left). The line's first and last points are always kept.
 */
function stride(runs: readonly Point[][], max: number): Point[][] {
  let out = runs as Point[][];
  for (let k = Math.ceil(count(runs) / max); count(out) > max; k *= 2) out = strideBy(runs, k);
  return out;
}

function count(runs: readonly Point[][]): number {
  let total = 0;
  for (const r of runs) total += r.length;
  return total;
}

function strideBy(runs: readonly Point[][], k: number): Point[][] {
  const out: Point[][] = [];
  runs.forEach((r, ri) => {
    const end = ri === 0 || ri === runs.length - 1;
    if (r.length >= 2 * k || end) {
      const kept = r.filter((_p, i) => i % k === 0);
      if (kept[kept.length - 1] !== r[r.length - 1]) kept.push(r[r.length - 1]);
      out.push(kept);
    } else if (ri % k === 0) out.push(r);
  });
  return out;
}

/**
 * A visible run of a polyline (finite pixel points) as the runs to draw: itself when it is small,
 * otherwise decimated as the module's comment says.
 */
export function decimateRun(run: readonly Point[]): Point[][] {
  if (run.length <= DECIMATE_ABOVE) return [run as Point[]];
  const simpler = minMaxColumns(collapseCells(run));
  return stride(dropRepeatedSegments(simpler), MAX_LINE_VERTICES);
}

/** Several visible runs of one line, decimated together (the vertex budget is per line). */
export function decimateRuns(runs: readonly Point[][]): Point[][] {
  if (count(runs) <= DECIMATE_ABOVE) return runs as Point[][];
  const out: Point[][] = [];
  for (const r of runs) for (const d of decimateRun(r)) out.push(d);
  return stride(out, MAX_LINE_VERTICES);
}

/**
 * The dots of a point cloud worth drawing: all of them when there are few; otherwise one per
 * one-pixel cell (a dot under another one of the same colour is not seen), then, if still too
 * many, every k-th of those, which keeps the cloud's shape and density. Deterministic: the same
 * points give the same dots.
 */
export function thinPoints(points: readonly Point[]): Point[] {
  if (points.length <= DECIMATE_ABOVE) return points as Point[];
  const seen = new Set<string>();
  const kept: Point[] = [];
  for (const p of points) {
    const key = `${Math.floor(p.x)},${Math.floor(p.y)}`;
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(p);
    }
  }
  if (kept.length <= MAX_SCATTER_POINTS) return kept;
  const k = Math.ceil(kept.length / MAX_SCATTER_POINTS);
  return kept.filter((_p, i) => i % k === 0);
}

/** Appends `items` to `to` one by one: `push(...items)` overflows the call stack for 10⁵ items. */
export function append<T>(to: T[], items: readonly T[]): void {
  for (const v of items) to.push(v);
}
