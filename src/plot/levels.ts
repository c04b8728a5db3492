/**
 * The one contour-level rule of every map: the CLI's SVG, the lab's canvas and the lab's exports
 * all ask `contourLevels(values, count, scale)` for the boundaries and `levelNorm(levels)` for the
 * colour of a value, so a map shows the same levels and colours wherever it is drawn.
 *
 * Linear levels are matplotlib's (nice multiples, as contourf picks them from a count). Surfaces
 * whose values mostly sit near the bottom of a huge range (Rosenbrock, Beale) get logarithmic
 * levels under 'auto', or every basin would be one band.
 */
import { badArgument, DescensoError } from '../errors.js';
import { showValue } from '../text.js';
import { MAX_LEVEL_COUNT, niceLevels } from './scales.js';

export type LevelScale = 'linear' | 'log' | 'auto';

/** The level count of a map when the experiment does not say (the tutorial's contourf(…, 30)). */
export const DEFAULT_LEVELS = 30;

/** At most this many samples are sorted to find the median (a stride over bigger grids). */
const MEDIAN_SAMPLES = 4096;
/** 'auto' turns logarithmic when the median lies in the lowest 8 % of the range. */
const STEEP = 0.08;

interface Spread {
  lo: number;
  hi: number;
  median: number;
}

/** The finite extent and (strided) median of the values; null when none is finite. */
function spread(values: ArrayLike<number>): Spread | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi && Number.isFinite(lo) && Number.isFinite(hi))) {
    // ±∞ among the values: the extent of the finite ones.
    lo = Infinity;
    hi = -Infinity;
    for (let i = 0; i < values.length; i++)
      if (Number.isFinite(values[i])) [lo, hi] = [Math.min(lo, values[i]), Math.max(hi, values[i])];
    if (!(lo <= hi)) return null;
  }
  const stride = Math.max(1, Math.ceil(values.length / MEDIAN_SAMPLES));
  const some: number[] = [];
  for (let i = 0; i < values.length; i += stride) if (Number.isFinite(values[i])) some.push(values[i]);
  some.sort((a, b) => a - b);
  return { lo, hi, median: some.length > 0 ? some[some.length >> 1] : lo };
}

/** 'log' when most values crowd the bottom of the range, else 'linear' (the choice of 'auto'). */
export function levelScaleOf(values: ArrayLike<number>): 'linear' | 'log' {
  const s = spread(values);
  return s && s.hi > s.lo && (s.median - s.lo) / (s.hi - s.lo) < STEEP ? 'log' : 'linear';
}

/**
 * count + 1 boundaries from lo to hi, evenly spaced in log(1 + (v − lo)/s), s a quarter of the
 * median's height; null when the range is too wide or too narrow for distinct doubles.
 */
function logLevels(s: Spread, count: number): number[] | null {
  const span = s.hi - s.lo;
  const unit = Math.max((s.median - s.lo) / 4, span * 1e-9);
  const top = Math.log1p(span / unit);
  if (!(Number.isFinite(span) && Number.isFinite(top) && top > 0)) return null;
  const out = Array.from({ length: count + 1 }, (_v, k) => s.lo + unit * Math.expm1((top * k) / count));
  out[count] = s.hi;
  for (let k = 1; k <= count; k++) if (!(out[k] > out[k - 1])) return null;
  return out;
}

function checkCount(count: unknown): asserts count is number {
  // A count is a user's number (a flag, a slider, an address): bounded, so no range enumerates billions.
  if (!(Number.isInteger(count) && (count as number) >= 1 && (count as number) <= MAX_LEVEL_COUNT))
    throw new DescensoError('plot-bad-input', { what: 'levels', value: showValue(count) });
}

/**
 * The boundaries of the bands of a map of `values`, ascending, covering every finite value:
 * `count` bands or a few fewer (linear levels are nice numbers). `scale` 'auto' (the default)
 * is 'log' for steep surfaces (see levelScaleOf). Also callable as (min, max, count): the
 * linear levels of a range.
 */
export function contourLevels(values: ArrayLike<number>, count?: number, scale?: LevelScale): number[];
export function contourLevels(min: number, max: number, count: number): number[];
export function contourLevels(
  a: ArrayLike<number> | number,
  b: number | undefined,
  c?: LevelScale | number,
): number[] {
  if (typeof a === 'number') return niceLevels(a, b as number, c as number);
  if (a === null || typeof a !== 'object' || typeof a.length !== 'number')
    throw badArgument('contourLevels', 1, a, 'numbers');
  const count = b ?? DEFAULT_LEVELS;
  checkCount(count);
  const scale = c ?? 'auto';
  if (scale !== 'linear' && scale !== 'log' && scale !== 'auto')
    throw new DescensoError('plot-bad-input', { what: 'levels', value: showValue(scale) });
  const s = spread(a);
  if (!s) return [];
  const log = scale === 'log' || (scale === 'auto' && levelScaleOf(a) === 'log');
  return (log && s.hi > s.lo && logLevels(s, count)) || niceLevels(s.lo, s.hi, count);
}

/**
 * A value's place in [0, 1] for its colour: linear inside each band, band k spanning
 * [k/bands, (k+1)/bands]. So the middle of band k maps to (k + 0.5)/bands, the colour the SVG
 * fills band k with, and a canvas coloured through it shows the SVG's colours.
 */
export function levelNorm(levels: readonly number[]): (v: number) => number {
  const n = levels.length - 1;
  if (n < 1) return () => 0.5;
  return (v) => {
    if (!(v > levels[0])) return v === levels[0] || v < levels[0] ? 0 : Number.NaN;
    if (v >= levels[n]) return 1;
    let lo = 0;
    let hi = n;
    // Binary search for the band: levels[lo] ≤ v < levels[hi].
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (levels[mid] <= v) lo = mid;
      else hi = mid;
    }
    return (lo + (v - levels[lo]) / (levels[hi] - levels[lo])) / n;
  };
}
