/**
 * What every view shares: its options, the language it draws in, the runs it can draw (an
 * optimizer that could not run has no path) and the grid helpers the runner and the views agree on.
 */
import { DescensoError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { checkOptions } from '../args.js';
import type { ContourGrid } from '../contour.js';
import type { LevelScale } from '../levels.js';

/** Options of a view; what the experiment's `view` says comes first, these refine the drawing. */
export interface ViewOptions {
  /** Default: the experiment's `view.lang`, else English. */
  lang?: Lang;
  title?: string;
  width?: number;
  height?: number;
  /** How the map's levels are spread (default 'auto': logarithmic for steep surfaces only). */
  levelScale?: LevelScale;
  /** Add the value (loss) panel beside a descent's map; default the experiment's `view.values`. */
  values?: boolean;
  /** Grid samples per axis of a fit's loss landscape (default 80; a curve L(w) takes 4×). */
  resolution?: number;
}

/** The view settings a view reads (the experiment's `view`). */
export interface ViewOf {
  view?: { lang?: Lang; log?: boolean; colormap?: string; levels?: number; values?: boolean };
}

export function langOf(experiment: ViewOf, options: ViewOptions | undefined): Lang {
  return options?.lang ?? experiment.view?.lang ?? 'en';
}

/** Checks the two arguments every view takes before it reads them. */
export function checkView(fn: string, experiment: unknown, run: unknown, options: unknown): void {
  checkOptions(fn, experiment);
  checkOptions(fn, run);
  if (options !== undefined) checkOptions(fn, options);
}

/** A descent or a fit that ran (its status is not 'error'): the ones with something to draw. */
export function ran<T extends { status: string }>(runs: readonly T[]): T[] {
  return runs.filter((r) => r.status !== 'error');
}

/** f sampled on an n × n grid over the rectangle (ends included), row-major as contourMap reads it. */
export function sampleGrid(
  f: (x: number, y: number) => number,
  xRange: readonly [number, number],
  yRange: readonly [number, number],
  n = 100,
): ContourGrid {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = yRange[0] + ((yRange[1] - yRange[0]) * j) / (n - 1);
    for (let i = 0; i < n; i++) values[j * n + i] = f(xRange[0] + ((xRange[1] - xRange[0]) * i) / (n - 1), y);
  }
  return { values, nx: n, ny: n, x: [xRange[0], xRange[1]], y: [yRange[0], yRange[1]] };
}

/** n evenly spaced points from a to b, both ends included. */
export function linspace(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_v, i) => (n === 1 ? a : a + ((b - a) * i) / (n - 1)));
}

/**
 * The range of coordinate `axis` over all finite points and the origin (most functions are written
 * around it), widened by a quarter of its span and at least 1 on each side: what a map draws when
 * nothing gives it a domain.
 */
export function pathRange(
  paths: readonly (readonly (readonly number[])[])[],
  axis: number,
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const path of paths)
    for (const p of path) {
      const v = p[axis];
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  const margin = Math.max(1, 0.25 * (hi - lo));
  return [lo - margin, hi + margin];
}

/** A view that needs what the run did not carry (a descent without its sampled `field`). */
export function missing(what: 'field'): DescensoError {
  return new DescensoError('plot-bad-input', { what, value: 'undefined' });
}
