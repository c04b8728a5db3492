/**
 * gradCheck compares a hand-written gradient with automatic differentiation, parameter by
 * parameter, and names the factor when the two differ by a constant one (the classic slip of a
 * sum in place of a mean gives a factor N).
 */
import { badArgument } from '../errors.js';
import { tensor } from './api.js';
import { checkFunction, checkObject } from './args.js';
import { gradients } from './backward.js';
import type { Tensor, TensorLike } from './tensor.js';

export interface GradCheckParam {
  name: string;
  autodiff: number[];
  hand: number[];
  /** max |hand − auto| / max(|auto|, |hand|, tiny) over the components. */
  relError: number;
}
export interface GradCheckReport {
  ok: boolean;
  maxRelError: number;
  /** hand / autodiff when that ratio is the same for every component (and not 1), else null. */
  factor: number | null;
  params: GradCheckParam[];
}

const flat = (v: number | ArrayLike<number> | ArrayLike<number>[]): number[] =>
  typeof v === 'number'
    ? [v]
    : Array.from(v as ArrayLike<number>).flatMap((x) =>
        typeof x === 'number' ? [x] : Array.from(x as ArrayLike<number>),
      );

/**
 * @param loss the loss as a function of the named parameters (tensors)
 * @param hand the hand-written gradient: the same parameters as plain values, one gradient per name
 * @param at the parameter values to check at
 */
export function gradCheck<P extends Record<string, TensorLike>>(
  loss: (params: Record<keyof P, Tensor>) => Tensor,
  hand: (params: P) => Record<keyof P, number | ArrayLike<number>>,
  at: P,
  options: { tolerance?: number } = {},
): GradCheckReport {
  checkFunction('gradCheck', 1, loss);
  checkFunction('gradCheck', 2, hand);
  checkObject('gradCheck', 3, at);
  checkObject('gradCheck', 4, options);
  const tol = options.tolerance ?? 1e-6;
  if (typeof tol !== 'number' || !(tol >= 0)) throw badArgument('gradCheck', 4, options, 'object');
  const names = Object.keys(at) as (keyof P & string)[];
  const ts = Object.fromEntries(names.map((n) => [n, tensor(at[n], { name: n })])) as Record<keyof P, Tensor>;
  const y = loss(ts);
  const autos = gradients(
    y,
    names.map((n) => ts[n]),
  ).map((g) => Array.from(g.data));
  const given = hand(at);
  const params = names.map((name, i) => {
    const auto = autos[i];
    const h = flat(given[name]);
    let rel = h.length === auto.length ? 0 : Number.POSITIVE_INFINITY;
    auto.forEach((a, k) => {
      const scale = Math.max(Math.abs(a), Math.abs(h[k] ?? 0), 1e-300);
      rel = Math.max(rel, Math.abs((h[k] ?? Number.NaN) - a) / scale || 0);
      if (Number.isNaN(h[k])) rel = Number.POSITIVE_INFINITY;
    });
    return { name, autodiff: auto, hand: h, relError: rel };
  });
  const maxRelError = Math.max(0, ...params.map((p) => p.relError));
  return { ok: maxRelError <= tol, maxRelError, factor: commonFactor(params, tol), params };
}

function commonFactor(params: GradCheckParam[], tol: number): number | null {
  let ratio: number | null = null;
  for (const p of params) {
    for (let k = 0; k < p.autodiff.length; k++) {
      const a = p.autodiff[k];
      const h = p.hand[k];
      if (a === 0 && h === 0) continue;
      if (a === 0 || h === 0 || !Number.isFinite(a) || !Number.isFinite(h)) return null;
      const r = h / a;
      if (ratio === null) ratio = r;
      else if (Math.abs(r - ratio) > tol * Math.abs(ratio)) return null;
    }
  }
  if (ratio === null || Math.abs(ratio - 1) <= tol) return null;
  // Report a clean number when the ratio is one up to rounding (4 rather than 3.9999999999).
  const rounded = Number(ratio.toPrecision(10));
  return rounded;
}
