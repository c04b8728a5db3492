import { describe, expect, it } from 'vitest';
import { contourMap } from './contour.js';
import {
  DECIMATE_ABOVE,
  decimateRun,
  MAX_LINE_VERTICES,
  MAX_SCATTER_POINTS,
  thinPoints,
} from './decimate.js';
import { lineChart } from './lines.js';
import { scatterFit } from './scatter.js';
import type { Point } from './svg.js';
import { xmlProblem } from './xml.js';

const MILLION = 1_000_000;

/** Distance from p to the segment ab. */
function toSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from p to the nearest drawn segment (or lone vertex) of the runs. */
function toRuns(p: Point, runs: readonly Point[][]): number {
  let best = Infinity;
  for (const r of runs)
    for (let i = 0; i < r.length; i++)
      best = Math.min(best, toSegment(p, r[i], r[Math.min(i + 1, r.length - 1)]));
  return best;
}

const vertices = (runs: readonly Point[][]) => runs.reduce((s, r) => s + r.length, 0);

/** A million-point loss curve across 600 px: noisy and decaying, monotone in x. */
const curve: Point[] = Array.from({ length: MILLION }, (_, i) => ({
  x: 20 + (600 * i) / (MILLION - 1),
  y: 400 - 380 * Math.exp(-i / 1e5) + 5 * Math.sin(i * 0.37),
}));

describe('decimateRun', () => {
  it('decimateRun(a run of 2000 points) returns the run itself, untouched', () => {
    const run = curve.slice(0, DECIMATE_ABOVE);
    const out = decimateRun(run);
    expect(out).toHaveLength(1);
    expect(out[0]).toBe(run);
  });

  it('decimateRun(a curve of 10⁶ points) keeps a few thousand vertices within a pixel of every point, ends exact', () => {
    const runs = decimateRun(curve);
    expect(vertices(runs)).toBeLessThanOrEqual(4 * 640);
    expect(runs[0][0]).toBe(curve[0]);
    const lastRun = runs[runs.length - 1];
    expect(lastRun[lastRun.length - 1]).toBe(curve[curve.length - 1]);
    // Every 997th point of the original lies within one pixel of what is drawn.
    let worst = 0;
    for (let i = 0; i < curve.length; i += 997) worst = Math.max(worst, toRuns(curve[i], runs));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('decimateRun(a path bouncing 10⁶ times between two walls) draws each bounce once', () => {
    // Momentum-like: x creeps right, y alternates between two walls 200 px apart.
    const path: Point[] = Array.from({ length: MILLION }, (_, i) => ({
      x: 100 + Math.floor(i / 5000),
      y: i % 2 === 0 ? 100 : 300,
    }));
    const runs = decimateRun(path);
    expect(vertices(runs)).toBeLessThanOrEqual(MAX_LINE_VERTICES);
    for (let i = 0; i < path.length; i += 4999) expect(toRuns(path[i], runs)).toBeLessThanOrEqual(1);
  });

  it('decimateRun(a converging path of 10⁶ steps) collapses the tail to a handful of vertices', () => {
    const path: Point[] = Array.from({ length: MILLION }, (_, i) => ({
      x: 300 + 200 * 0.999 ** i,
      y: 200 - 150 * 0.999 ** i,
    }));
    const runs = decimateRun(path);
    expect(vertices(runs)).toBeLessThan(2000);
    expect(runs[0][0]).toBe(path[0]);
    const lastRun = runs[runs.length - 1];
    expect(lastRun[lastRun.length - 1]).toBe(path[MILLION - 1]);
  });

  it('decimateRun(a spiral of 10⁶ points in distinct cells) is held to MAX_LINE_VERTICES, ends exact', () => {
    const path: Point[] = Array.from({ length: MILLION }, (_, i) => ({
      x: 320 + 200 * 0.99999 ** i * Math.cos(i / 50),
      y: 210 + 200 * 0.99999 ** i * Math.sin(i / 50),
    }));
    const runs = decimateRun(path);
    expect(vertices(runs)).toBeLessThanOrEqual(MAX_LINE_VERTICES);
    expect(runs[0][0]).toBe(path[0]);
    const lastRun = runs[runs.length - 1];
    expect(lastRun[lastRun.length - 1]).toBe(path[MILLION - 1]);
  });
});

describe('thinPoints', () => {
  it('thinPoints(2000 points) returns them all', () => {
    const pts = curve.slice(0, 2000);
    expect(thinPoints(pts)).toBe(pts);
  });

  it('thinPoints(10⁶ points) keeps at most MAX_SCATTER_POINTS, the same ones every time', () => {
    const pts: Point[] = Array.from({ length: MILLION }, (_, i) => ({
      x: (i * 7919) % 640,
      y: (i * 104729) % 420,
    }));
    const a = thinPoints(pts);
    expect(a.length).toBeLessThanOrEqual(MAX_SCATTER_POINTS);
    expect(a.length).toBeGreaterThan(MAX_SCATTER_POINTS / 2);
    expect(thinPoints(pts)).toEqual(a);
  });
});

describe('charts of a million points', () => {
  const ys = curve.map((p) => p.y);

  it('lineChart(10⁶ values) returns well-formed SVG under 200 kB', () => {
    const svg = lineChart({ series: [{ name: 'loss', y: ys }], yScale: 'log' });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg.length).toBeLessThan(200_000);
  });

  it('scatterFit(10⁶ points) returns well-formed SVG under 600 kB', () => {
    const x = Array.from({ length: MILLION }, (_, i) => i / MILLION);
    const y = x.map((v, i) => 2 * v + Math.sin(i));
    const svg = scatterFit({ x, y, curves: [{ name: 'model', x, y: x.map((v) => 2 * v) }] });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg.length).toBeLessThan(600_000);
  });

  it('contourMap(a path of 10⁶ points) returns well-formed SVG under 300 kB', () => {
    const n = 20;
    const values = new Float64Array(n * n).map(
      (_v, k) => ((k % n) - 10) ** 2 + (Math.floor(k / n) - 10) ** 2,
    );
    const points = Array.from({ length: MILLION }, (_, i) => [
      2 * 0.99999 ** i * Math.cos(i / 50),
      2 * 0.99999 ** i * Math.sin(i / 50),
    ]);
    const svg = contourMap({
      grid: { values, nx: n, ny: n, x: [-3, 3], y: [-3, 3] },
      paths: [{ name: 'spiral', points }],
    });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg.length).toBeLessThan(300_000);
  });
});
