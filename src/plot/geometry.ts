/**
 * Pixel geometry for paths that may leave the plot or blow up: polylines are cut at non-finite
 * points and clipped to a rectangle numerically, so that no coordinate in the SVG is huge (a
 * diverging optimizer reaches 1e300) and no NaN reaches an attribute. The SVG clipPath then trims
 * stroke ends exactly at the frame.
 */
import type { Point } from './svg.js';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const rectRight = (r: Rect): number => r.left + r.width;
export const rectBottom = (r: Rect): number => r.top + r.height;

/** The rectangle grown by `d` on every side. */
export function inflate(r: Rect, d: number): Rect {
  return { left: r.left - d, top: r.top - d, width: r.width + 2 * d, height: r.height + 2 * d };
}

export const isFinitePoint = (p: Point): boolean => Number.isFinite(p.x) && Number.isFinite(p.y);

export function contains(r: Rect, p: Point): boolean {
  return p.x >= r.left && p.x <= rectRight(r) && p.y >= r.top && p.y <= rectBottom(r);
}

/**
 * The part of segment a→b inside `r` as parameters [t0, t1] ⊆ [0, 1] (Liang–Barsky), or null.
 * Works with coordinates up to ±1e300 because it only ever compares and divides differences.
 */
export function clipSegment(a: Point, b: Point, r: Rect): [number, number] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - r.left],
    [dx, rectRight(r) - a.x],
    [-dy, a.y - r.top],
    [dy, rectBottom(r) - a.y],
  ];
  for (const [p, q] of edges) {
    if (!Number.isFinite(p) || !Number.isFinite(q)) return null;
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [t0, t1];
}

const lerp = (a: Point, b: Point, t: number): Point =>
  t === 0 ? a : t === 1 ? b : { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };

/**
 * A polyline as the runs of it visible inside `r`: a non-finite point ends a run (the path
 * diverged there), and so does every exit through the rectangle's edge.
 */
export function visibleRuns(points: readonly Point[], r: Rect): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  const flush = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!isFinitePoint(a) || !isFinitePoint(b)) {
      flush();
      continue;
    }
    const clip = clipSegment(a, b, r);
    if (!clip) {
      flush();
      continue;
    }
    const [t0, t1] = clip;
    const start = lerp(a, b, t0);
    if (t0 > 0 || run.length === 0) {
      flush();
      run.push(start);
    }
    run.push(lerp(a, b, t1));
    if (t1 < 1) flush();
  }
  flush();
  // A single finite point inside the rectangle (a one-point path) is not a line; callers draw
  // its markers separately.
  return runs;
}

/**
 * Points every `every` pixels along a polyline, so that legend placement sees whole lines rather
 * than only their vertices.
 */
export function densify(run: readonly Point[], every = 8): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1];
    const b = run[i];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / every));
    for (let k = 0; k < n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  if (run.length > 0) out.push(run[run.length - 1]);
  return out;
}

/** The outline of a five-pointed star centred at (x, y) with outer radius r, point up. */
export function starPath(x: number, y: number, r: number, fmt: (v: number) => string): string {
  const inner = r * 0.42;
  let d = '';
  for (let k = 0; k < 10; k++) {
    const rad = k % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    d += `${k === 0 ? 'M' : 'L'}${fmt(x + rad * Math.cos(angle))},${fmt(y + rad * Math.sin(angle))}`;
  }
  return `${d}Z`;
}
