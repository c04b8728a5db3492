import { exp } from '../autodiff/exp.js';
import { DescensoError } from '../errors.js';
import { type BinaryOp, constantValues, type Expr, type FunctionName } from './ast.js';

/**
 * A plain float64 evaluator: one number in, one number out. It serves quick checks (a point of
 * a surface, a finite difference in a test) and folds the constant parts of a formula before it
 * is built on the automatic-differentiation engine.
 */

/**
 * Scalar meaning of every function, written to stay finite where the maths is finite. exp is the
 * engine's own (correctly rounded in over 99% of cases), so this evaluator and the engine agree.
 */
export const scalarFunctions: Readonly<Record<FunctionName, (...args: number[]) => number>> = {
  sqrt: Math.sqrt,
  exp,
  log: Math.log,
  log10: Math.log10,
  abs: Math.abs,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  // exp(-x) overflows for very negative x; the second form does not.
  sigmoid: (x) => (x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))),
  relu: (x) => Math.max(x, 0),
  // log(1 + e^x) = max(x, 0) + log1p(e^-|x|): no overflow for large x, no loss for small.
  softplus: (x) => Math.max(x, 0) + Math.log1p(exp(-Math.abs(x))),
  square: (x) => x * x,
  sign: Math.sign,
  min: Math.min,
  max: Math.max,
};

/** One binary operation on numbers; the graph builder folds constants with it too. */
export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return a ** b;
  }
}

/** The value of `ast` with the variables taken from `env`. */
export function evaluate(ast: Expr, env: Record<string, number>): number {
  switch (ast.kind) {
    case 'num':
      return ast.value;
    case 'const':
      return constantValues[ast.name];
    case 'var':
      // hasOwn, so that a variable called `constructor` never reads Object.prototype.
      if (!Object.hasOwn(env, ast.name)) throw new DescensoError('expr-unbound', { name: ast.name }, ast.pos);
      return env[ast.name];
    case 'neg':
      return -evaluate(ast.arg, env);
    case 'binary':
      return applyBinary(ast.op, evaluate(ast.left, env), evaluate(ast.right, env));
    case 'call':
      return scalarFunctions[ast.fn](...ast.args.map((arg) => evaluate(arg, env)));
  }
}
