import { powcValue, scalarOp } from '../autodiff/ops.js';
import { badArgument, DescensoError } from '../errors.js';
import { type BinaryOp, constantValues, type Expr, type FunctionName, fold } from './ast.js';

/**
 * A plain float64 evaluator: one number in, one number out. It serves quick checks (a point of
 * a surface, a finite difference in a test) and folds the constant parts of a formula before it
 * is built on the automatic-differentiation engine.
 *
 * It computes with the engine's own operations (the code text of src/autodiff/ops.ts), so a
 * formula gives the same bits here, on the engine and compiled: NaN where the engine gives NaN,
 * −0 where it gives −0, and the same rounding (sigmoid, softplus and powers are not rewritten).
 */

const square = (x: number) => powcValue(x, 2);

/** Scalar meaning of every function: the engine's operation of the same name. */
export const scalarFunctions: Readonly<Record<FunctionName, (...args: number[]) => number>> = {
  sqrt: scalarOp('sqrt'),
  exp: scalarOp('exp'),
  log: scalarOp('log'),
  log10: scalarOp('log10'),
  abs: scalarOp('abs'),
  sin: scalarOp('sin'),
  cos: scalarOp('cos'),
  tan: scalarOp('tan'),
  asin: scalarOp('asin'),
  acos: scalarOp('acos'),
  atan: scalarOp('atan'),
  sinh: scalarOp('sinh'),
  cosh: scalarOp('cosh'),
  tanh: scalarOp('tanh'),
  sigmoid: scalarOp('sigmoid'),
  relu: scalarOp('relu'),
  softplus: scalarOp('softplus'),
  square,
  sign: scalarOp('sign'),
  // NumPy's np.minimum/np.maximum: NaN in either argument gives NaN, in any order.
  min: scalarOp('minimum'),
  max: scalarOp('maximum'),
};

const arithmetic: Readonly<Record<Exclude<BinaryOp, '^'>, (a: number, b: number) => number>> = {
  '+': scalarOp('add'),
  '-': scalarOp('sub'),
  '*': scalarOp('mul'),
  '/': scalarOp('div'),
};
const power = scalarOp('pow');

/**
 * One binary operation on numbers, as the graph builder folds constants: a power with a constant
 * exponent is the engine's powc (products for small integer exponents, √ for ½).
 */
export function applyBinary(op: BinaryOp, a: number, b: number): number {
  if (typeof op !== 'string' || (op !== '^' && !Object.hasOwn(arithmetic, op)))
    throw badArgument('applyBinary', 1, op, 'binary-op');
  if (typeof a !== 'number') throw badArgument('applyBinary', 2, a, 'number');
  if (typeof b !== 'number') throw badArgument('applyBinary', 3, b, 'number');
  return binaryValue(op, a, b);
}

/** applyBinary without the checks, for the walkers whose trees fold() has checked. */
export function binaryValue(op: BinaryOp, a: number, b: number): number {
  return op === '^' ? powcValue(a, b) : arithmetic[op](a, b);
}

interface Partial {
  value: number;
  /** No variable below: the graph builder folds this part to a number. */
  constant: boolean;
}

/** The value of `ast` with the variables taken from `env`. */
export function evaluate(ast: Expr, env: Record<string, number>): number {
  if (env === null || typeof env !== 'object') throw badArgument('evaluate', 2, env, 'env');
  return fold<Partial>(ast, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return { value: node.value, constant: true };
      case 'const':
        return { value: constantValues[node.name], constant: true };
      case 'var':
        // hasOwn, so that a variable called `constructor` never reads Object.prototype.
        if (!Object.hasOwn(env, node.name))
          throw new DescensoError('expr-unbound', { name: node.name }, node.pos);
        if (typeof env[node.name] !== 'number') throw badArgument('evaluate', 2, env, 'env');
        return { value: env[node.name], constant: false };
      case 'neg':
        return { value: -kids[0].value, constant: kids[0].constant };
      case 'binary': {
        const [a, b] = kids;
        // A variable exponent makes the engine's pow (Math.pow); a constant one its powc.
        const value =
          node.op === '^' && !b.constant ? power(a.value, b.value) : binaryValue(node.op, a.value, b.value);
        return { value, constant: a.constant && b.constant };
      }
      case 'call':
        return {
          value: scalarFunctions[node.fn](...kids.map((k) => k.value)),
          constant: kids.every((k) => k.constant),
        };
    }
  }).value;
}
