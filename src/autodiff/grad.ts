/**
 * JAX style: `grad(f)` and `valueAndGrad(f)` turn a function of tensors into a function that
 * also returns derivatives; `hessian` and `hvp` are gradients of gradients.
 * Called with plain numbers/arrays, they return plain numbers/arrays; called with tensors (as
 * when nested: `grad(grad(f))`), they return tensors that stay in the graph.
 */
import { badArgument, DescensoError } from '../errors.js';
import { dot, mul, sum, tensor } from './api.js';
import { checkFunction, checkObject } from './args.js';
import { gradients } from './backward.js';
import { shown } from './shown.js';
import { type DType, Tensor, type TensorLike } from './tensor.js';

export type Plain = number | number[] | number[][];
export interface GradOptions {
  /** Which arguments to differentiate: one index (the result is one gradient) or several (a tuple). Default 0. */
  argnums?: number | readonly number[];
  /** Throw a DescensoError naming the operation when the value or a gradient is not finite. Default true. */
  checkFinite?: boolean;
  /** dtype for plain arguments (float64 unless given). */
  dtype?: DType;
}

type Fn = (...args: Tensor[]) => Tensor;

/**
 * What grad and valueAndGrad return: a number, nested arrays or a Tensor, decided at run time by
 * the arguments (plain in, plain out; tensors in, tensors out, as when nested) and by argnums
 * (one gradient or a tuple). No static type says that without making every call site cast, so
 * the result is deliberately untyped, as in JAX: `grad(f)(2) * 3` and `grad(grad(f))` both read
 * naturally.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above; the run-time shape is documented per function
export type Derivative = any;

function toTensors(args: readonly unknown[], dtype: DType | undefined): { ts: Tensor[]; plain: boolean } {
  const plain = !args.some((a) => a instanceof Tensor);
  const ts = args.map((a, i) => {
    if (a instanceof Tensor) return a;
    if (typeof a === 'number' || Array.isArray(a) || ArrayBuffer.isView(a))
      return tensor(a as TensorLike, { dtype });
    throw new DescensoError('autodiff-bad-argument', { index: i, value: shown(a) });
  });
  return { ts, plain };
}

function selected(argnums: GradOptions['argnums'], ts: Tensor[]): number[] {
  const list = typeof argnums === 'number' || argnums === undefined ? [argnums ?? 0] : [...argnums];
  for (const i of list)
    if (!Number.isInteger(i) || i < 0 || i >= ts.length)
      throw new DescensoError('autodiff-bad-argnum', { index: Number(i), count: ts.length });
  return list;
}

function out(t: Tensor, plain: boolean): Tensor | Plain {
  return plain ? t.toJS() : t;
}

/** f ↦ (…args) ↦ [f(args), ∂f/∂args[argnums]]. */
export function valueAndGrad(f: Fn, options: GradOptions = {}) {
  checkFunction('valueAndGrad', 1, f);
  checkObject('valueAndGrad', 2, options);
  return (...args: unknown[]): [Derivative, Derivative] => {
    const { ts, plain } = toTensors(args, options.dtype);
    const nums = selected(options.argnums, ts);
    const y = f(...ts);
    if (!(y instanceof Tensor)) throw new DescensoError('autodiff-bad-result', { value: shown(y) });
    const gs = gradients(
      y,
      nums.map((i) => ts[i]),
      { checkFinite: options.checkFinite ?? true },
    );
    const grads = gs.map((g) => out(g, plain));
    return [out(y, plain), typeof options.argnums === 'object' ? grads : grads[0]];
  };
}

/** f ↦ (…args) ↦ ∂f/∂args[argnums] (of sum(f) when f is not scalar: pointwise derivatives). */
export function grad(f: Fn, options: GradOptions = {}) {
  const vg = valueAndGrad(f, options);
  return (...args: unknown[]): Derivative => vg(...args)[1];
}

/** The most numbers hessian differentiates with respect to (its result has that many squared). */
export const MAX_HESSIAN_SIZE = 10_000;

/**
 * The Hessian of a scalar function with respect to the selected arguments, flattened in order
 * (two scalar arguments give a 2×2 matrix; one vector of n gives n×n). Row i is the gradient of
 * the i-th component of the gradient: n reverse passes over the gradient's own graph.
 */
export function hessian(f: Fn, options: Omit<GradOptions, 'checkFinite'> = {}) {
  checkFunction('hessian', 1, f);
  checkObject('hessian', 2, options);
  return (...args: unknown[]): number[][] => {
    const { ts } = toTensors(args, options.dtype);
    const nums = selected(options.argnums, ts);
    const xs = nums.map((i) => ts[i]);
    // n reverse passes and n² numbers: refused before the first one when n is beyond the limit.
    const n = xs.reduce((k, x) => k + x.size, 0);
    if (n > MAX_HESSIAN_SIZE) throw badArgument('hessian', nums[0] + 1, args[nums[0]], 'hessian-size');
    const y = f(...ts);
    if (!(y instanceof Tensor)) throw new DescensoError('autodiff-bad-result', { value: shown(y) });
    const gs = gradients(y, xs);
    const rows: number[][] = [];
    gs.forEach((g) => {
      for (let i = 0; i < g.size; i++) {
        const e = new Float64Array(g.size);
        e[i] = 1;
        const gi = g.rank === 0 ? g : sum(mul(g, tensor(e, { dtype: g.dtype })));
        const second = gradients(gi, xs);
        rows.push(second.flatMap((s) => Array.from(s.data)));
      }
    });
    return rows;
  };
}

/** Hessian-vector product H(x)·v for a function of one vector argument, without forming H. */
export function hvp(f: (x: Tensor) => Tensor, options: { dtype?: DType } = {}) {
  checkFunction('hvp', 1, f);
  checkObject('hvp', 2, options);
  return (x: TensorLike, v: TensorLike): number[] => {
    const X = x instanceof Tensor ? x : tensor(x, { dtype: options.dtype });
    const [g] = gradients(f(X), [X]);
    const V = tensor(v, { dtype: X.dtype });
    const gv = X.rank === 0 ? mul(g, V) : dot(g, V);
    const [hv] = gradients(gv, [X]);
    return Array.from(hv.data);
  };
}
