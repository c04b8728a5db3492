/**
 * Quadratics and the fastest settings on them.
 *
 * A formula is a quadratic when its tree is a polynomial of degree ≤ 2 (read off the tree, not
 * sampled): then the Hessian is the same at every point and the classical rates hold exactly.
 * For f(p) = ½·pᵀHp + bᵀp with H positive definite, eigenvalues λmin ≤ … ≤ λmax, κ = λmax/λmin:
 *
 * - gradient descent p ← p − lr·∇f contracts each eigen-direction by |1 − lr·λ|; the worst of
 *   them is smallest when 1 − lr·λmin = lr·λmax − 1, i.e. lr = 2/(λmin + λmax), rate
 *   (κ − 1)/(κ + 1); it diverges along λmax once lr ≥ 2/λmax.
 * - heavy-ball momentum p ← p − lr·∇f + β·(p − p_prev) (Polyak 1964) is fastest at
 *   lr = 4/(√λmax + √λmin)², β = ((√κ − 1)/(√κ + 1))², rate (√κ − 1)/(√κ + 1).
 *   PyTorch's SGD (b ← β·b + g, p ← p − lr·b) and Keras's (v ← β·v − lr·g, p ← p + v) give
 *   that same iterate for a constant lr (v = −lr·b at every step), so the lr is the same number in
 *   both conventions; only a schedule that changes lr would set them apart.
 */
import { badArgument } from '../errors.js';
import { applyBinary, type Expr, type Formula, fold, scalarFunctions } from '../expr/index.js';

/** A subtree's degree in the variables, and its value when it has none (a constant). */
interface Degree {
  degree: number;
  value?: number;
}

const NOT_POLYNOMIAL: Degree = { degree: Number.POSITIVE_INFINITY };

function power(base: Degree, exponent: Degree): Degree {
  if (exponent.degree !== 0 || exponent.value === undefined) return NOT_POLYNOMIAL;
  if (base.degree === 0)
    return base.value === undefined
      ? { degree: 0 }
      : { degree: 0, value: applyBinary('^', base.value, exponent.value) };
  const k = exponent.value;
  // x^0 is 1, x^1 is x, x^2 is a square: a power is a polynomial for whole k ≥ 0 only
  return Number.isInteger(k) && k >= 0 ? { degree: base.degree * k } : NOT_POLYNOMIAL;
}

function binary(op: Expr & { kind: 'binary' }, a: Degree, b: Degree): Degree {
  const both = a.value !== undefined && b.value !== undefined;
  const value = both ? applyBinary(op.op, a.value as number, b.value as number) : undefined;
  switch (op.op) {
    case '+':
    case '-':
      return { degree: Math.max(a.degree, b.degree), ...(value !== undefined ? { value } : {}) };
    case '*':
      return { degree: a.degree + b.degree, ...(value !== undefined ? { value } : {}) };
    case '/':
      // dividing by a constant keeps a polynomial; by anything with a variable does not
      return b.degree === 0
        ? { degree: a.degree, ...(value !== undefined ? { value } : {}) }
        : NOT_POLYNOMIAL;
    default:
      return power(a, b);
  }
}

/** The polynomial degree of a formula's tree (∞ when it is not a polynomial in its variables). */
export function polynomialDegree(ast: Expr): number {
  return fold<Degree>(ast, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return { degree: 0, value: node.value };
      case 'const':
        return { degree: 0, value: node.name === 'pi' ? Math.PI : Math.E };
      case 'var':
        return { degree: 1 };
      case 'neg':
        return kids[0].value !== undefined ? { degree: kids[0].degree, value: -kids[0].value } : kids[0];
      case 'binary':
        return binary(node, kids[0], kids[1]);
      case 'call': {
        if (node.fn === 'square') return { degree: kids[0].degree * 2 };
        // any other function of a constant is a constant; of a variable, not a polynomial
        if (!kids.every((k) => k.degree === 0)) return NOT_POLYNOMIAL;
        const values = kids.map((k) => k.value);
        return values.every((v) => v !== undefined)
          ? { degree: 0, value: scalarFunctions[node.fn](...(values as number[])) }
          : { degree: 0 };
      }
    }
  }).degree;
}

/** Whether the formula is a polynomial of degree ≤ 2 in its variables: its Hessian is constant. */
export function isQuadratic(formula: Formula | Expr): boolean {
  if (formula === null || typeof formula !== 'object')
    throw badArgument('isQuadratic', 1, formula, 'formula');
  const ast = Object.hasOwn(formula, 'ast') ? (formula as Formula).ast : (formula as Expr);
  return polynomialDegree(ast) <= 2;
}

export interface FastestSettings {
  /** Gradient descent: the lr that contracts fastest, its rate per step, and where it diverges. */
  gd: { lr: number; rate: number; stableBelow: number };
  /** Heavy-ball momentum (SGD with momentum β, either convention): the fastest lr and β, its rate. */
  momentum: { lr: number; momentum: number; rate: number };
}

/**
 * The fastest settings for a quadratic whose Hessian has eigenvalues `values` (any order), or
 * null when it is not positive definite (no minimum to converge to at a fixed rate).
 */
export function fastestSettings(values: readonly number[]): FastestSettings | null {
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'number'))
    throw badArgument('fastestSettings', 1, values, 'numbers');
  if (values.length === 0) return null;
  // a loop, not Math.min(...values): a spread of a long array overflows the call stack
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(lo > 0) || !Number.isFinite(hi)) return null;
  const kappa = hi / lo;
  const sk = Math.sqrt(kappa);
  const root = (sk - 1) / (sk + 1);
  return {
    gd: { lr: 2 / (lo + hi), rate: (kappa - 1) / (kappa + 1), stableBelow: 2 / hi },
    momentum: { lr: 4 / (Math.sqrt(hi) + Math.sqrt(lo)) ** 2, momentum: root * root, rate: root },
  };
}
