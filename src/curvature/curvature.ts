/**
 * Curvature at a point of a descent's function: the Hessian, its eigenvalues and unit
 * eigenvectors, the condition number and what the signs say (a bowl, a dome, a saddle, a flat
 * direction); on a quadratic, the fastest settings of gradient descent and momentum.
 */
import { badArgument, DescensoError, withSource } from '../errors.js';
import type { Formula } from '../expr/index.js';
import { resolveFunction } from '../train/descend.js';
import { symmetricEigenSorted } from './eigen.js';
import { type HessianMethod, hessianFunction } from './hessian.js';
import { type FastestSettings, fastestSettings, isQuadratic } from './quadratic.js';

/** A descent's function: a catalog surface, a formula as text (with its variables), or a parsed one. */
export type CurvatureSource = { surface: string } | { formula: string; vars?: string[] } | Formula;

/**
 * What the eigenvalues' signs say. An eigenvalue counts as zero when it is below 1e-12 of the
 * largest in size (rounding of a Hessian that is singular in exact arithmetic).
 */
export type CurvatureShape =
  | 'positive-definite'
  | 'negative-definite'
  | 'indefinite'
  | 'positive-semidefinite'
  | 'negative-semidefinite'
  | 'flat';

export interface Curvature {
  vars: string[];
  point: number[];
  value: number;
  gradient: number[];
  /** Symmetric, row by row. */
  hessian: number[][];
  method: HessianMethod;
  /** Ascending. */
  eigenvalues: number[];
  /** `eigenvectors[k]` is the unit eigenvector of `eigenvalues[k]`. */
  eigenvectors: number[][];
  /** |λ|max / |λ|min; ∞ when a λ is zero (singular). */
  condition: number;
  shape: CurvatureShape;
  /** The function is a polynomial of degree ≤ 2: the same Hessian everywhere. */
  quadratic: boolean;
  /** On a positive definite quadratic only: the closed-form fastest settings. */
  fastest: FastestSettings | null;
}

const ZERO = 1e-12;

function shapeOf(values: readonly number[]): { shape: CurvatureShape; condition: number } {
  const big = Math.max(...values.map(Math.abs));
  const tiny = big * ZERO;
  const pos = values.filter((v) => v > tiny).length;
  const neg = values.filter((v) => v < -tiny).length;
  const zero = values.length - pos - neg;
  const small = Math.min(...values.map(Math.abs));
  const condition = zero > 0 ? Number.POSITIVE_INFINITY : big / small;
  if (pos > 0 && neg > 0) return { shape: 'indefinite', condition };
  if (zero === values.length) return { shape: 'flat', condition };
  if (neg === 0) return { shape: zero ? 'positive-semidefinite' : 'positive-definite', condition };
  return { shape: zero ? 'negative-semidefinite' : 'negative-definite', condition };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The formula of a source, each part checked (a library caller may pass anything). */
function formulaOf(fn: string, source: CurvatureSource): Formula {
  if (source === null || typeof source !== 'object') throw badArgument(fn, 1, source, 'object');
  if (Object.hasOwn(source, 'ast')) {
    if (!isStrings((source as Formula).vars)) throw badArgument(fn, 1, source, 'formula');
    return source as Formula;
  }
  if (Object.hasOwn(source, 'surface')) {
    const id = (source as { surface: unknown }).surface;
    if (typeof id !== 'string') throw badArgument(fn, 1, id, 'surface');
    return resolveFunction({ surface: id }).formula;
  }
  const { formula: text, vars } = source as { formula?: unknown; vars?: unknown };
  if (typeof text !== 'string') throw badArgument(fn, 1, source, 'object');
  if (vars !== undefined && !isStrings(vars)) throw badArgument(fn, 1, vars, 'object');
  return withSource(text, () => resolveFunction({ formula: text, vars }).formula);
}

/**
 * The curvature of one function at many points, compiled once (the lab asks at every pick):
 * `at(point)` checks the point (one number per variable, finite, f defined there).
 */
export function curvatureFunction(source: CurvatureSource) {
  return curvatureOf(source, 'curvatureFunction');
}

/** curvatureFunction, naming `fn` (the public function called) in a bad argument's message. */
function curvatureOf(source: CurvatureSource, fn: string) {
  const formula = formulaOf(fn, source);
  const hf = hessianFunction(formula);
  const quadratic = isQuadratic(formula);
  const vars = formula.vars.slice();
  return {
    vars,
    quadratic,
    at(point: readonly number[]): Curvature {
      if (!Array.isArray(point) || !point.every((x) => typeof x === 'number'))
        throw badArgument(fn, 2, point, 'numbers');
      if (point.length !== vars.length)
        throw new DescensoError('curvature-point-length', { found: point.length, vars: vars.join(', ') });
      if (!point.every(Number.isFinite)) throw new DescensoError('curvature-point-finite', undefined);
      const p = point.slice();
      const [value, g] = hf.fn.valueAndGrad(p);
      const { hessian, method } = hf.at(p);
      if (
        !Number.isFinite(value) ||
        !g.every(Number.isFinite) ||
        !hessian.every((r) => r.every(Number.isFinite))
      )
        throw new DescensoError('curvature-undefined', { point: p.join(', ') });
      const { values, vectors } = symmetricEigenSorted(hessian);
      const { shape, condition } = shapeOf(values);
      return {
        vars,
        point: p,
        value,
        gradient: g.slice(),
        hessian,
        method,
        eigenvalues: values,
        eigenvectors: vectors,
        condition,
        shape,
        quadratic,
        fastest: quadratic && shape === 'positive-definite' ? fastestSettings(values) : null,
      };
    },
  };
}

/** The curvature of a catalog surface or formula at `point` (see `curvatureFunction`). */
export function curvatureAt(source: CurvatureSource, point: readonly number[]): Curvature {
  return curvatureOf(source, 'curvatureAt').at(point);
}
