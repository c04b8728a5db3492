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

interface Clip {
  t0: number;
  t1: number;
  /** The edge that set t0 / t1: 0 left, 1 right, 2 top, 3 bottom, −1 none (an endpoint inside). */
  e0: number;
  e1: number;
}

/** Liang–Barsky, remembering which edge each end was cut by. */
function clip(a: Point, b: Point, r: Rect): Clip | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const c: Clip = { t0: 0, t1: 1, e0: -1, e1: -1 };
  const edges: [number, number][] = [
    [-dx, a.x - r.left],
    [dx, rectRight(r) - a.x],
    [-dy, a.y - r.top],
    [dy, rectBottom(r) - a.y],
  ];
  for (let e = 0; e < 4; e++) {
    const [p, q] = edges[e];
    if (!Number.isFinite(p) || !Number.isFinite(q)) return null;
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > c.t1) return null;
      if (t > c.t0) [c.t0, c.e0] = [t, e];
    } else {
      if (t < c.t0) return null;
      if (t < c.t1) [c.t1, c.e1] = [t, e];
    }
  }
  return c;
}

/**
 * The part of segment a→b inside `r` as parameters [t0, t1] ⊆ [0, 1], or null when it misses.
 * Only differences are compared and divided, so coordinates up to ±1e300 are fine.
 */
export function clipSegment(a: Point, b: Point, r: Rect): [number, number] | null {
  const c = clip(a, b, r);
  return c ? [c.t0, c.t1] : null;
}

/**
 * Where segment a→b crosses `edge` of `r`. The coordinate across the edge is the edge itself and
 * the other one is interpolated from the nearer endpoint: with an endpoint at 1e36 px,
 * a + (b − a)·t cancels catastrophically. Clamping into `r` bounds what is left of the error
 * when both endpoints are that far away.
 */
function crossing(a: Point, b: Point, t: number, edge: number, r: Rect): Point {
  const inside = (p: Point): Point => ({
    x: Math.max(r.left, Math.min(rectRight(r), p.x)),
    y: Math.max(r.top, Math.min(rectBottom(r), p.y)),
  });
  // An endpoint counts as inside only up to rounding (t can round to exactly 1 for a segment
  // ending at 1e79 px), so it is clamped too.
  if (edge < 0) return inside(t === 0 ? a : b);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let x: number;
  let y: number;
  if (edge <= 1) {
    x = edge === 0 ? r.left : rectRight(r);
    y = t <= 0.5 ? a.y + dy * ((x - a.x) / dx) : b.y - dy * ((b.x - x) / dx);
  } else {
    y = edge === 2 ? r.top : rectBottom(r);
    x = t <= 0.5 ? a.x + dx * ((y - a.y) / dy) : b.x - dx * ((b.y - y) / dy);
  }
  return inside({ x, y });
}

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
    const c = clip(a, b, r);
    // t0 = t1: the segment only grazes the rectangle (or rounding says so); nothing to draw.
    if (!c || (c.t0 >= c.t1 && !(a.x === b.x && a.y === b.y))) {
      flush();
      continue;
    }
    if (c.t0 > 0 || run.length === 0) {
      flush();
      run.push(crossing(a, b, c.t0, c.e0, r));
    }
    run.push(crossing(a, b, c.t1, c.e1, r));
    if (c.t1 < 1) flush();
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
    // Capped: callers pass clipped runs, but a runaway length must never become a runaway loop.
    const n = Math.min(10_000, Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / every)));
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
