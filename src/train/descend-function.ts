/**
 * The function a descent walks: a catalog surface or a formula the user typed, resolved to a
 * Formula; compiled once to f, ∇f (and the Hessian's rows, for Newton) in float64 or float32; and
 * the tutorials' difference quotients for when the gradient is taken by hand.
 */
import { type Compiled, compile, type DType, gradients, type Tensor } from '../autodiff/index.js';
import { badArgument, DescensoError, withSource } from '../errors.js';
import { type Formula, formulaFunction, parseFormula } from '../expr/index.js';
import { getSurface, surfaceFormula } from '../surfaces/index.js';
import type { DescendSpec } from './descend.js';

/** The formula and default start of a spec: a catalog surface, or a formula the user typed. */
export function resolveFunction(spec: Pick<DescendSpec, 'surface' | 'formula' | 'vars'>): {
  formula: Formula;
  start?: number[];
  domain?: [number, number][];
} {
  if (spec.surface !== undefined) {
    const s = getSurface(spec.surface);
    const domain: [number, number][] =
      s.dims === 1 ? [[s.domain[0], s.domain[1]]] : s.domain.map(([lo, hi]) => [lo, hi] as [number, number]);
    return { formula: surfaceFormula(s), start: s.starts[0], domain };
  }
  if (spec.formula === undefined) throw new DescensoError('descend-no-function', undefined);
  const text = spec.formula;
  return { formula: withSource(text, () => parseUserFormula(text, spec.vars)) };
}

const SURFACE_NAMES = ['x', 'y', 'w0', 'w_0', 'w₀', 'w1', 'w_1', 'w₁'];

/**
 * A formula the user typed: its variables in order of first appearance (or as named), except that
 * a function of two of x, y, w0, w1 (and their spellings) is read as a surface in (x, y).
 */
export function parseUserFormula(text: string, vars?: readonly string[]): Formula {
  const nd = parseFormula(text, { kind: 'nd', vars: vars ? [...vars] : undefined });
  if (!vars && nd.vars.length === 2 && nd.vars.every((v) => SURFACE_NAMES.includes(v)))
    return parseFormula(text, { kind: 'surface' });
  return nd;
}

/** A compiled f and ∇f of n scalar arguments (in float64, or in float32 rounding every operation). */
export function compileFormula(formula: Formula, dtype: DType = 'float64') {
  const f = formulaFunction(formula);
  const n = formula.vars.length;
  const shapes = Array.from({ length: n }, () => [] as number[]);
  const c = compile(f, shapes, { dtype });
  let rows: Compiled[] | undefined;
  return {
    n,
    value: (p: readonly number[]) => c.value(...p) as number,
    valueAndGrad: (p: readonly number[]): [number, number[]] => {
      const r = c.valueAndGrad(...p);
      return [r.value as number, r.grads as number[]];
    },
    /** Row i of the Hessian is the gradient of ∂f/∂xᵢ: each row compiled once, on first use. */
    hessian: (p: readonly number[]): Float64Array => {
      rows ??= formula.vars.map((_v, i) =>
        compile((...xs: Tensor[]) => gradients(f(...xs), xs)[i], shapes, { dtype }),
      );
      const H = new Float64Array(n * n);
      rows.forEach((row, i) => {
        const g = row.valueAndGrad(...p).grads as number[];
        for (let j = 0; j < n; j++) H[i * n + j] = g[j];
      });
      return H;
    },
  };
}

/**
 * f and ∇f at p as a descent's loop takes them: by automatic differentiation, or by the difference
 * quotients, which float32 rounds as a float32 framework stores them (float64 keeps them as they
 * are: no copy per step).
 */
export function stepGradient(
  fn: Pick<ReturnType<typeof compileFormula>, 'value' | 'valueAndGrad'>,
  method: 'autodiff' | 'forward' | 'central',
  h: number,
  dtype: DType,
  round: (x: number) => number,
): (p: readonly number[]) => [number, number[]] {
  return (p) => {
    if (method === 'autodiff') {
      const [v, g] = fn.valueAndGrad(p);
      return [v, g.slice()];
    }
    const [v, g] = differenceGradient(fn.value, p, method, h);
    return dtype === 'float32' ? [round(v), g.map(round)] : [v, g];
  };
}

/**
 * f and its gradient by the tutorials' difference quotients, coordinate by coordinate:
 * (f(p + h·eᵢ) − f(p)) / h, or (f(p + h·eᵢ) − f(p − h·eᵢ)) / 2h — in that order of operations.
 */
export function differenceGradient(
  f: (p: readonly number[]) => number,
  p: readonly number[],
  method: 'forward' | 'central',
  h: number,
): [number, number[]] {
  if (typeof f !== 'function') throw badArgument('differenceGradient', 1, f, 'function');
  if (!Array.isArray(p) || !p.every((x) => typeof x === 'number'))
    throw badArgument('differenceGradient', 2, p, 'numbers');
  if (method !== 'forward' && method !== 'central')
    throw badArgument('differenceGradient', 3, method, 'difference');
  if (typeof h !== 'number' || !Number.isFinite(h)) throw badArgument('differenceGradient', 4, h, 'finite');
  const v = f(p);
  const g = p.map((x, i) => {
    const q = p.slice();
    q[i] = x + h;
    if (method === 'forward') return (f(q) - v) / h;
    const r = p.slice();
    r[i] = x - h;
    return (f(q) - f(r)) / (2 * h);
  });
  return [v, g];
}
