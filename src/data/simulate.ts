/**
 * Simulated data sets: y = f(x) + ε, drawn exactly as NumPy would draw them.
 *
 * The order of draws is NumPy's: a generator is seeded with `seed`; if `xDist` is 'uniform' the
 * n values of x are drawn first (`uniform(a, b, n)`; with 'linspace' x costs no draws); then the
 * n noise values are drawn at once (`normal(mu, noise, n)`) and added once, last:
 *
 *   linear   y = slope·x + ε                          (through the origin, as in the JAX tutorial)
 *   affine   y = intercept + slope·x + ε              (the GradientTape tutorial)
 *   poly     y = c0 + c1·x + … + ck·x^k + ε           (coeffs ascending, Horner, like polyval)
 *   sine     y = intercept + amplitude·sin(frequency·x + phase) + ε
 *   exp      y = intercept + amplitude·exp(rate·x) + ε
 *   formula  y = fn(x) + ε                            (fn: a compiled formula from the caller)
 *   blobs    two Gaussian clouds in the plane, see below
 *
 * ε ~ N(mu, noise²). The defaults make `simulate()` the JAX tutorial's data: seed 22,
 * x = linspace(-2, 2, 100), y = 5x + 2·N(0, 1), bit for bit (σ = 2 there, written as
 * `2*normal(0, 1)`; 2·z is exact, so `normal(0, 2)` is the same numbers). The tutorial's widget
 * draws `m*x + 2*normal(μ, σ, n)`: that is `{ slope: m, mu: 2μ, noise: 2σ }` here, again exactly.
 * Sine goes through `Math.sin`, which may differ from NumPy's in the last bit; exp is the engine's
 * (src/autodiff/exp.ts), correctly rounded in over 99% of cases, as glibc's is in NumPy.
 *
 * Blobs: `points` points, label i % 2 (classes alternate, so any prefix is balanced); point i is
 * centers[label] + (ε_2i, ε_2i+1), from one draw of 2n normals. `x` holds the points row-major,
 * [x0, y0, x1, y1, …], with `cols: 2`; `y` and `label` both hold the 0/1 labels.
 *
 * Every field is optional and checked; fields that a family does not use are checked and
 * ignored, so one spec can follow a UI that switches families.
 */
import { exp } from '../autodiff/exp.js';
import { DescensoError, isDescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import { showValue } from '../text.js';

export const FAMILIES = ['linear', 'affine', 'poly', 'sine', 'exp', 'blobs', 'formula'] as const;
export type Family = (typeof FAMILIES)[number];
export const X_DISTRIBUTIONS = ['linspace', 'uniform'] as const;
export type XDistribution = (typeof X_DISTRIBUTIONS)[number];

export type Point = readonly [number, number];

export interface SimulationSpec {
  family?: Family;
  slope?: number;
  intercept?: number;
  /** poly: c0, c1, …, ck for c0 + c1·x + … + ck·x^k. */
  coeffs?: readonly number[];
  amplitude?: number;
  /** sine: ω in sin(ω·x + phase), in radians per unit of x. */
  frequency?: number;
  phase?: number;
  /** exp: r in exp(r·x). */
  rate?: number;
  /** blobs: the centres of class 0 and class 1. */
  centers?: readonly [Point, Point];
  /** σ, the standard deviation of the noise. */
  noise?: number;
  /** μ, the mean of the noise. */
  mu?: number;
  points?: number;
  xRange?: readonly [number, number];
  xDist?: XDistribution;
  seed?: number;
  /** formula: the function to sample, already compiled by the caller. */
  fn?: (x: number) => number;
}

/** A spec with every field its family uses filled in. */
export interface ResolvedSimulation {
  family: Family;
  slope: number;
  intercept: number;
  coeffs: number[];
  amplitude: number;
  frequency: number;
  phase: number;
  rate: number;
  centers: [Point, Point];
  noise: number;
  mu: number;
  points: number;
  xRange: [number, number];
  xDist: XDistribution;
  seed: number;
  fn: ((x: number) => number) | undefined;
}

export interface Dataset {
  /** The inputs: `points` numbers, or `points` rows of `cols` numbers, row-major. */
  x: Float64Array;
  y: Float64Array;
  /** blobs: the class of each point, 0 or 1. */
  label?: Float64Array;
  /** Numbers per row of `x`: 1, or 2 for blobs. */
  cols: 1 | 2;
}

/** LIMITS' bounds under their old names. */
export const MAX_POINTS = LIMITS.points;
export const MAX_COEFFS = LIMITS.coeffs;

type Shared = Omit<ResolvedSimulation, 'family' | 'fn'>;

/** What every family starts from: the JAX tutorial's data. */
const base: Shared = {
  slope: 5,
  intercept: 0,
  coeffs: [-1, 0, 1],
  amplitude: 1,
  frequency: 1,
  phase: 0,
  rate: 1,
  centers: [
    [-1, -1],
    [1, 1],
  ],
  noise: 2,
  mu: 0,
  points: 100,
  xRange: [-2, 2],
  xDist: 'linspace',
  seed: 22,
};

/** Per family, what differs from `base`. */
export const simulationDefaults: Record<Family, Shared> = {
  linear: base,
  // The GradientTape tutorial: x ~ U(0, 1), y = 0.3 + 0.5x + N(0, 0.3²), 200 points.
  affine: { ...base, slope: 0.5, intercept: 0.3, noise: 0.3, points: 200, xRange: [0, 1], xDist: 'uniform' },
  poly: { ...base, noise: 0.5 },
  sine: { ...base, noise: 0.2, xRange: [0, 2 * Math.PI] },
  exp: { ...base, noise: 0.5 },
  blobs: { ...base, noise: 0.5 },
  formula: { ...base, noise: 0.5 },
};

/** The fields of a simulation spec (the Experiment's data entry reads the same list). */
export const SIMULATION_FIELDS = [
  'family',
  'slope',
  'intercept',
  'coeffs',
  'amplitude',
  'frequency',
  'phase',
  'rate',
  'centers',
  'noise',
  'mu',
  'points',
  'xRange',
  'xDist',
  'seed',
  'fn',
] as const;

/** Checks a spec (it may come from JSON, so anything goes in) and fills in its family's defaults. */
export function resolveSimulation(spec: unknown = {}): ResolvedSimulation {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw new DescensoError('data-bad-spec', { value: showValue(spec) });
  }
  const s = spec as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!(SIMULATION_FIELDS as readonly string[]).includes(key)) {
      throw new DescensoError('data-unknown-field', { field: key, known: SIMULATION_FIELDS.join(', ') });
    }
  }
  const family = s.family === undefined ? 'linear' : choice(s.family, 'family', FAMILIES);
  const d = simulationDefaults[family];
  const resolved: ResolvedSimulation = {
    family,
    slope: finite(s.slope, 'slope', d.slope),
    intercept: finite(s.intercept, 'intercept', d.intercept),
    coeffs: s.coeffs === undefined ? [...d.coeffs] : coeffList(s.coeffs),
    amplitude: finite(s.amplitude, 'amplitude', d.amplitude),
    frequency: finite(s.frequency, 'frequency', d.frequency),
    phase: finite(s.phase, 'phase', d.phase),
    rate: finite(s.rate, 'rate', d.rate),
    centers: s.centers === undefined ? d.centers : centerPair(s.centers),
    noise: nonNegative(s.noise, 'noise', d.noise),
    mu: finite(s.mu, 'mu', d.mu),
    points: s.points === undefined ? d.points : pointCount(s.points),
    xRange: s.xRange === undefined ? [...d.xRange] : range(s.xRange, 'xRange'),
    xDist: s.xDist === undefined ? d.xDist : choice(s.xDist, 'xDist', X_DISTRIBUTIONS),
    seed: s.seed === undefined ? d.seed : seedValue(s.seed),
    fn: undefined,
  };
  if (s.fn !== undefined) {
    if (typeof s.fn !== 'function') throw new DescensoError('data-bad-fn', { value: showValue(s.fn) });
    resolved.fn = s.fn as (x: number) => number;
  }
  if (family === 'formula' && resolved.fn === undefined)
    throw new DescensoError('data-missing-fn', undefined);
  return resolved;
}

/** Draws the data set a spec describes. Same spec, same numbers, in every engine. */
export function simulate(spec: SimulationSpec = {}): Dataset {
  const r = resolveSimulation(spec);
  const rs = new RandomState(r.seed);
  const n = r.points;
  if (r.family === 'blobs') return blobs(r, rs);

  const [a, b] = r.xRange;
  const x = r.xDist === 'uniform' ? rs.uniform(a, b, n) : linspace(a, b, n);
  const f = curve(r, r.family);
  const noise = rs.normal(r.mu, r.noise, n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const fx = evaluate(f, x[i], r.family);
    y[i] = fx + noise[i];
    if (!Number.isFinite(y[i])) {
      throw new DescensoError('data-non-finite', { family: r.family, x: x[i], value: String(y[i]) });
    }
  }
  return { x, y, cols: 1 };
}

/** The noiseless curve of a family, written as NumPy would evaluate the same expression. */
function curve(r: ResolvedSimulation, family: Exclude<Family, 'blobs'>): (x: number) => number {
  switch (family) {
    case 'linear':
      return (x) => r.slope * x;
    case 'affine':
      return (x) => r.intercept + r.slope * x;
    case 'poly': {
      const c = r.coeffs;
      return (x) => {
        let p = c[c.length - 1];
        for (let k = c.length - 2; k >= 0; k--) p = c[k] + p * x;
        return p;
      };
    }
    case 'sine':
      return (x) => r.intercept + r.amplitude * Math.sin(r.frequency * x + r.phase);
    case 'exp':
      return (x) => r.intercept + r.amplitude * exp(r.rate * x);
    case 'formula':
      return r.fn as (x: number) => number;
  }
}

/** Calls the curve, turning whatever a caller's formula throws into a DescensoError. */
function evaluate(f: (x: number) => number, x: number, family: Family): number {
  let value: unknown;
  try {
    value = f(x);
  } catch (e) {
    if (isDescensoError(e)) throw e;
    throw new DescensoError('data-formula-failed', { x, reason: e instanceof Error ? e.message : String(e) });
  }
  if (typeof value !== 'number') {
    throw new DescensoError('data-non-finite', { family, x, value: showValue(value) });
  }
  return value;
}

function blobs(r: ResolvedSimulation, rs: RandomState): Dataset {
  const n = r.points;
  const noise = rs.normal(r.mu, r.noise, 2 * n);
  const x = new Float64Array(2 * n);
  const label = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % 2;
    const [cx, cy] = r.centers[k];
    label[i] = k;
    x[2 * i] = cx + noise[2 * i];
    x[2 * i + 1] = cy + noise[2 * i + 1];
    if (!Number.isFinite(x[2 * i]) || !Number.isFinite(x[2 * i + 1])) {
      throw new DescensoError('data-blobs-non-finite', { point: i });
    }
  }
  return { x, y: label.slice(), label, cols: 2 };
}

function choice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new DescensoError('data-bad-choice', { field, value: showValue(value), choices: choices.join(', ') });
}

function finite(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new DescensoError('data-not-finite', { field, value: showValue(value) });
}

function nonNegative(value: unknown, field: string, fallback: number): number {
  const v = finite(value, field, fallback);
  if (v < 0) throw new DescensoError('data-negative', { field, value: showValue(v) });
  return v;
}

function pointCount(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_POINTS) return value;
  throw new DescensoError('data-bad-points', { value: showValue(value), max: MAX_POINTS });
}

function range(value: unknown, field: string): [number, number] {
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    value[0] < value[1] &&
    Number.isFinite(value[1] - value[0])
  ) {
    return [value[0], value[1]];
  }
  throw new DescensoError('data-bad-range', { field, value: showValue(value) });
}

function coeffList(value: unknown): number[] {
  if (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= MAX_COEFFS &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  ) {
    return [...value];
  }
  throw new DescensoError('data-bad-list', {
    field: 'coeffs',
    value: showValue(value),
    min: 1,
    max: MAX_COEFFS,
  });
}

function centerPair(value: unknown): [Point, Point] {
  const isPoint = (p: unknown): p is Point =>
    Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (Array.isArray(value) && value.length === 2 && isPoint(value[0]) && isPoint(value[1])) {
    return [
      [value[0][0], value[0][1]],
      [value[1][0], value[1][1]],
    ];
  }
  throw new DescensoError('data-bad-centers', { value: showValue(value) });
}

function seedValue(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return value;
  throw new DescensoError('random-bad-seed', { value: showValue(value) });
}
