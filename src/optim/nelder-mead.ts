import { DescensoError } from '../errors.js';
import { describe } from './arrays.js';
import type { DtypeOption } from './transforms.js';
import type { Transform } from './types.js';
import { type Extra, type Params, rounder, type SearchTrace, type Traced, type Updates } from './types.js';
import { boolean } from './validate.js';

/**
 * Nelder–Mead's downhill simplex (Nelder & Mead 1965, in the form of Lagarias et al. 1998 that
 * SciPy's `minimize(method='Nelder-Mead')` follows): n + 1 points in n dimensions, sorted by f,
 * x₀ the best and xₙ the worst. Each iteration tries points on the line from xₙ through the
 * centroid x̄ of the others:
 *
 *   reflection  xr = x̄ + ρ·(x̄ − xₙ)                 if f(x₀) ≤ f(xr) < f(xₙ₋₁): take it
 *   expansion   xe = x̄ + ρχ·(x̄ − xₙ)                if f(xr) < f(x₀): the better of xe, xr
 *   outside     xc = x̄ + ψρ·(x̄ − xₙ)                if f(xₙ₋₁) ≤ f(xr) < f(xₙ): xc if f(xc) ≤ f(xr)
 *   inside      xcc = x̄ − ψ·(x̄ − xₙ)                if f(xr) ≥ f(xₙ): xcc if f(xcc) < f(xₙ)
 *   shrink      xᵢ ← x₀ + σ·(xᵢ − x₀), i ≥ 1         when the contraction fails
 *
 * Standard parameters ρ = 1, χ = 2, ψ = ½, σ = ½; with `adaptive` (Gao & Han 2012, SciPy's
 * `adaptive=True`) χ = 1 + 2/n, ψ = ¾ − 1/(2n), σ = 1 − 1/n, which keeps the simplex from
 * collapsing in many dimensions. The first simplex is SciPy's: the start and, for each coordinate k,
 * the start with xₖ multiplied by 1.05 (or set to 0.00025 when it is 0).
 *
 * It uses f alone, through `extra.value` (each call one evaluation); the gradients it is handed
 * are ignored. One update is one iteration (the first one also evaluates the n other vertices of
 * the first simplex; the caller gives f at the start as `extra.loss`, or it is evaluated too), and
 * the update moves the parameters to the best vertex, which often stays where it was. The state's
 * `trace` holds the new simplex, best first, and the points tried on the line, the accepted last
 * (none after a shrink). All parameter arrays are concatenated into one point.
 */

export interface SimplexOptions extends DtypeOption {
  adaptive?: boolean;
}

export interface NelderMeadState extends Traced {
  /** Iterations done; 0 means the first simplex has not been evaluated yet. */
  readonly count: number;
  /** The vertices, sorted by value (best first) once count > 0. */
  readonly simplex: readonly Float64Array[];
  /** f at each vertex (NaN before the first update). */
  readonly values: Float64Array;
}

/** The coefficients of one Nelder–Mead variant. */
export interface SimplexCoefficients {
  readonly rho: number;
  readonly chi: number;
  readonly psi: number;
  readonly sigma: number;
}

/** Standard (1, 2, ½, ½), or Gao and Han's adaptive coefficients for n dimensions. */
export function simplexCoefficients(n: number, adaptive: boolean): SimplexCoefficients {
  if (!adaptive || n < 1) return { rho: 1, chi: 2, psi: 0.5, sigma: 0.5 };
  return { rho: 1, chi: 1 + 2 / n, psi: 0.75 - 1 / (2 * n), sigma: 1 - 1 / n };
}

/** SciPy's relative step for a nonzero coordinate, and its absolute step for a zero one. */
export const SIMPLEX_STEP = { relative: 0.05, zero: 0.00025 };

/** The first simplex around x₀: x₀ and one vertex per coordinate, moved as SciPy moves it. */
export function initialSimplex(x0: ArrayLike<number>): Float64Array[] {
  const n = x0.length;
  const simplex = [Float64Array.from(x0)];
  for (let k = 0; k < n; k++) {
    const y = Float64Array.from(x0);
    y[k] = y[k] !== 0 ? (1 + SIMPLEX_STEP.relative) * y[k] : SIMPLEX_STEP.zero;
    simplex.push(y);
  }
  return simplex;
}

/**
 * How far the simplex is from a point: its size max |xᵢ − x₀|∞ and the spread of its values
 * max |f(xᵢ) − f(x₀)|. SciPy stops when size ≤ xatol and spread ≤ fatol. Infinite before the
 * first simplex is evaluated.
 */
export function simplexMeasure(state: Pick<NelderMeadState, 'count' | 'simplex' | 'values'>): {
  size: number;
  spread: number;
} {
  if (state.count === 0) return { size: Infinity, spread: Infinity };
  const [best, ...rest] = state.simplex;
  let size = 0;
  let spread = 0;
  rest.forEach((x, i) => {
    for (let k = 0; k < x.length; k++) size = Math.max(size, Math.abs(x[k] - best[k]));
    spread = Math.max(spread, Math.abs(state.values[0] - state.values[i + 1]));
  });
  return { size, spread };
}

/**
 * The larger of the simplex's size and spread (see simplexMeasure): descend's gradient-norm
 * tolerance (`--tol`) stops Nelder–Mead when this is ≤ tol, which is SciPy's test with
 * xatol = fatol = tol.
 */
export function simplexSpread(state: Pick<NelderMeadState, 'count' | 'simplex' | 'values'>): number {
  const m = simplexMeasure(state);
  return Math.max(m.size, m.spread);
}

/** The Nelder–Mead state inside an optimizer's state (a chain's state is the list of its blocks'), or null. */
export function nelderMeadStateOf(state: unknown): NelderMeadState | null {
  const states = Array.isArray(state) ? state : [state];
  for (const s of states)
    if (typeof s === 'object' && s !== null && 'simplex' in s && 'values' in s && 'count' in s)
      return s as NelderMeadState;
  return null;
}

const flatten = (params: readonly Float64Array[]): Float64Array => {
  const out = new Float64Array(params.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of params) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A flat point cut back into arrays of the parameters' lengths. */
const unflatten = (x: Float64Array, like: readonly ArrayLike<number>[]): Params => {
  let at = 0;
  return like.map((p) => {
    const part = x.slice(at, at + p.length);
    at += p.length;
    return part;
  });
};

/** Sorts vertices by value, ties kept in order (NumPy's argsort on n + 1 ≤ 16 values is stable too). */
function sortSimplex(simplex: Float64Array[], values: Float64Array): [Float64Array[], Float64Array] {
  const order = simplex.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  return [order.map((i) => simplex[i]), Float64Array.from(order, (i) => values[i])];
}

interface Step {
  simplex: Float64Array[];
  values: Float64Array;
  trials?: Float64Array[];
}

/** One iteration on a sorted simplex (the cases of the comment at the top). */
function iterate(
  simplex: Float64Array[],
  values: Float64Array,
  f: (x: Float64Array) => number,
  c: SimplexCoefficients,
  r: (x: number) => number,
): Step {
  const n = simplex.length - 1;
  const worst = simplex[n];
  const bar = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += simplex[i][k];
    bar[k] = r(s / n);
  }
  // x̄ + t·(x̄ − xₙ) written as (1 + t)·x̄ − t·xₙ, the form whose rounding SciPy's iterates carry.
  const along = (t: number) => bar.map((b, k) => r(r((1 + t) * b) - r(t * worst[k])));
  const xr = along(c.rho);
  const fr = f(xr);
  const replace = (x: Float64Array, fx: number, trials: Float64Array[]): Step => {
    const s = simplex.slice();
    const v = Float64Array.from(values);
    s[n] = x;
    v[n] = fx;
    return { simplex: s, values: v, trials };
  };
  if (fr < values[0]) {
    const xe = along(c.rho * c.chi);
    const fe = f(xe);
    return fe < fr ? replace(xe, fe, [xr, xe]) : replace(xr, fr, [xe, xr]);
  }
  if (fr < values[n - 1]) return replace(xr, fr, [xr]);
  if (fr < values[n]) {
    const xc = along(c.psi * c.rho);
    const fc = f(xc);
    if (fc <= fr) return replace(xc, fc, [xr, xc]);
  } else {
    // (1 − ψ)·x̄ + ψ·xₙ: the inside contraction, between the centroid and the worst vertex.
    const xcc = bar.map((b, k) => r(r((1 - c.psi) * b) + r(c.psi * worst[k])));
    const fcc = f(xcc);
    if (fcc < values[n]) return replace(xcc, fcc, [xr, xcc]);
  }
  return shrink(simplex, values, f, c.sigma, r);
}

function shrink(
  simplex: Float64Array[],
  values: Float64Array,
  f: (x: Float64Array) => number,
  sigma: number,
  r: (x: number) => number,
): Step {
  const best = simplex[0];
  const s = [best];
  const v = Float64Array.from(values);
  for (let i = 1; i < simplex.length; i++) {
    const x = simplex[i].map((xi, k) => r(best[k] + r(sigma * r(xi - best[k]))));
    s.push(x);
    v[i] = f(x);
  }
  return { simplex: s, values: v };
}

const traceOf = (step: Step): SearchTrace => ({
  simplex: step.simplex.map((x) => Array.from(x)),
  ...(step.trials ? { trials: step.trials.map((x) => Array.from(x)) } : {}),
});

/** The value function of `extra`, on flat points; throws optim-needs-value without one. */
function valueOn(extra: Extra | undefined, like: readonly Float64Array[]): (x: Float64Array) => number {
  const value = extra?.value;
  if (typeof value !== 'function') throw new DescensoError('optim-needs-value', { optimizer: 'nelder-mead' });
  return (x) => value(unflatten(x, like));
}

/** The Nelder–Mead iteration as a transform (see the comment at the top). */
export function nelderMead(options: SimplexOptions = {}): Transform<NelderMeadState> {
  const r = rounder(options.dtype);
  const adaptive = boolean('nelder-mead', 'adaptive', options.adaptive ?? false) as boolean;
  return {
    init(params) {
      const simplex = initialSimplex(flatten(params));
      return { count: 0, simplex, values: new Float64Array(simplex.length).fill(Number.NaN) };
    },
    update(grads: Updates, state, params, extra) {
      const n = state.simplex.length - 1;
      const like = params ?? grads;
      if (flatten(like).length !== n) {
        throw new DescensoError('shape-mismatch', {
          op: 'nelder-mead',
          a: describe(like),
          b: `${n} coordinates`,
        });
      }
      const f = valueOn(extra, like);
      let { simplex, values } = state;
      if (state.count === 0) {
        const given = extra?.loss;
        const fx = Float64Array.from(simplex, (x, i) =>
          i === 0 && typeof given === 'number' ? given : f(x),
        );
        [simplex, values] = sortSimplex(simplex.slice(), fx);
      }
      const step = iterate(simplex.slice(), values, f, simplexCoefficients(n, adaptive), r);
      const [sorted, sortedValues] = sortSimplex(step.simplex, step.values);
      const from = flatten(like);
      const updates = unflatten(
        sorted[0].map((x, k) => r(x - from[k])),
        like,
      );
      const next: NelderMeadState = {
        count: state.count + 1,
        simplex: sorted,
        values: sortedValues,
        trace: traceOf({ ...step, simplex: sorted }),
      };
      return [updates, next];
    },
  };
}
