import { DescensoError } from '../errors.js';
import { needParams } from './arrays.js';
import type { LineSearch } from './line-search.js';
import {
  type Extra,
  type Params,
  rounder,
  type Schedule,
  type SearchTrace,
  type Traced,
  type Transform,
} from './types.js';

/**
 * Methods that search: each step picks a direction d from the gradient (and what the method
 * remembers of past steps), then a line search picks how far to go along it, asking the caller
 * for f (and ∇f) at trial points through `Extra.value` and `Extra.valueAndGrad`. The update is
 * α·d; the state keeps the trial points of the last search as its `trace`.
 *
 * All parameter arrays are one vector here (BFGS's matrix couples them), flattened in order.
 */

/** The last step s = xₖ − xₖ₋₁ and the change of gradient y = gₖ − gₖ₋₁. */
export interface Step {
  readonly s: Float64Array;
  readonly y: Float64Array;
}

/**
 * How a method turns the gradient into a direction: `next` learns from the last step (null at
 * the first update and after a search that did not move) and returns the direction and its new
 * memory. From `init(n)` with no step, every rule returns −g (steepest descent).
 */
export interface DirectionRule<M> {
  init(n: number): M;
  next(memory: M, g: Float64Array, step: Step | null): { direction: Float64Array; memory: M };
}

/** How the first trial step of each search is chosen. */
export type InitialStep =
  /** lr every time (backtracking's α₀). */
  | 'lr'
  /**
   * From the last decrease (N&W eq. 3.60, as SciPy's BFGS and CG): α = min(lr, 1.01·2·(fₖ − fₖ₋₁)/φ′(0)),
   * lr when that is not positive; before the first step fₖ₋₁ = f₀ + ‖g₀‖/2, so α = min(lr, 1.01/‖g₀‖).
   */
  | 'previous-decrease';

export interface SearchState<M> extends Traced {
  readonly count: number;
  /** Where the last update started, its gradient and f there (meaningful once count > 0). */
  readonly x: Float64Array;
  readonly g: Float64Array;
  readonly f: number;
  /** The step the last search accepted (0: it found no decrease). */
  readonly alpha: number;
  readonly memory: M;
  readonly trace?: SearchTrace;
}

/** The most trial points a trace keeps (the accepted one last): what a drawing can use. */
export const MAX_TRACE_TRIALS = 16;

export const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

export function flatten(arrays: readonly ArrayLike<number>[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

function unflatten(v: Float64Array, like: readonly ArrayLike<number>[]): Float64Array[] {
  let at = 0;
  return like.map((a) => {
    const part = v.slice(at, at + a.length);
    at += a.length;
    return part;
  });
}

/** The value functions a search needs, or a DescensoError naming the method. */
function valueFunctions(name: string, extra: Extra | undefined) {
  const value = extra?.value;
  const valueAndGrad = extra?.valueAndGrad;
  if (typeof value !== 'function' || typeof valueAndGrad !== 'function')
    throw new DescensoError('optim-needs-values', { optimizer: name });
  return { value, valueAndGrad };
}

export interface SearchOptions {
  readonly lr: number | Schedule;
  readonly search: LineSearch;
  readonly initial: InitialStep;
  readonly dtype?: 'float64' | 'float32';
}

/** The first trial step of a search (see InitialStep). */
function firstTrial(o: SearchOptions, lr: number, f: number, fPrev: number, slope0: number): number {
  if (o.initial === 'lr') return lr;
  const guess = (1.01 * 2 * (f - fPrev)) / slope0;
  return guess > 0 ? Math.min(lr, guess) : lr;
}

/** A direction method with a line search, as a Transform (see the top of this file). */
export function searching<M>(
  name: string,
  rule: DirectionRule<M>,
  o: SearchOptions,
): Transform<SearchState<M>> {
  const r = rounder(o.dtype);
  const lrAt: Schedule = typeof o.lr === 'number' ? () => o.lr as number : o.lr;
  return {
    init(params) {
      const n = params.reduce((k, a) => k + a.length, 0);
      const zeros = new Float64Array(n);
      return { count: 0, x: zeros, g: zeros, f: 0, alpha: 0, memory: rule.init(n) };
    },
    update(grads, state, params, extra) {
      const p = needParams(name, grads, params);
      const fns = valueFunctions(name, extra);
      const x = flatten(p);
      const g = flatten(grads);
      const f = typeof extra?.loss === 'number' ? extra.loss : fns.value(p);
      const step = state.count > 0 && state.alpha > 0 ? { s: sub(x, state.x), y: sub(g, state.g) } : null;
      let { direction: d, memory } = rule.next(state.memory, g, step);
      let slope0 = dot(g, d);
      if (!(slope0 < 0 && Number.isFinite(slope0)) && dot(g, g) > 0) {
        // Not downhill, or not finite (rounding, a memory gone bad): forget, take steepest descent.
        ({ direction: d, memory } = rule.next(rule.init(x.length), g, null));
        slope0 = dot(g, d);
      }
      const done = (alpha: number, trace?: SearchTrace): [Float64Array[], SearchState<M>] => [
        unflatten(
          d.map((di) => alpha * di),
          p,
        ),
        { count: state.count + 1, x, g, f, alpha, memory, ...(trace ? { trace } : {}) },
      ];
      // At a stationary point there is nowhere to search.
      if (!(slope0 < 0)) return done(0);
      const trials: number[][] = [];
      const at = (alpha: number): Params => {
        const q = x.map((xi, i) => r(xi + alpha * d[i]));
        const last = trials[trials.length - 1];
        // φ′ at a point whose φ was just taken (Wolfe): one trial point, not two.
        if (!last || last.some((v, i) => v !== q[i])) trials.push(Array.from(q));
        if (trials.length > MAX_TRACE_TRIALS) trials.shift();
        return unflatten(q, p);
      };
      const line = {
        value: (alpha: number) => fns.value(at(alpha)),
        slope(alpha: number) {
          const { value, grads: gq } = fns.valueAndGrad(at(alpha));
          return { value, slope: dot(flatten(gq), d) };
        },
      };
      const lr = lrAt(typeof extra?.step === 'number' ? extra.step : state.count);
      const fPrev = state.count > 0 ? state.f : f + Math.sqrt(dot(g, g)) / 2;
      const result = o.search(line, f, slope0, firstTrial(o, lr, f, fPrev, slope0));
      return done(result.alpha, { trials: acceptedLast(trials, x, d, result.alpha, r) });
    },
  };
}

function sub(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((ai, i) => ai - b[i]);
}

/** The trials with the accepted point moved last (a search may accept a point it tried earlier). */
function acceptedLast(
  trials: number[][],
  x: Float64Array,
  d: Float64Array,
  alpha: number,
  r: (v: number) => number,
): number[][] {
  const accepted = Array.from(x.map((xi, i) => r(xi + alpha * d[i])));
  const same = (q: number[]) => q.every((v, i) => v === accepted[i]);
  return [...trials.filter((q) => !same(q)), accepted];
}

/** The trace a searching optimizer's state holds (a chain's state is a list of its blocks' states). */
export function searchTraceOf(state: unknown): SearchTrace | null {
  const states = Array.isArray(state) ? state : [state];
  for (const s of states)
    if (typeof s === 'object' && s !== null && 'trace' in s) return (s as Traced).trace ?? null;
  return null;
}
