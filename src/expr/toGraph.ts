import {
  abs,
  acos,
  add,
  asin,
  atan,
  broadcastTo,
  constant,
  cos,
  cosh,
  div,
  exp,
  log,
  log10,
  maximum,
  minimum,
  mul,
  neg,
  pow,
  relu,
  sigmoid,
  sign,
  sin,
  sinh,
  softplus,
  sqrt,
  square,
  sub,
  Tensor,
  tan,
  tanh,
} from '../autodiff/index.js';
import { badArgument, DescensoError } from '../errors.js';
import type { BinaryFunction, BinaryOp, Expr, UnaryFunction } from './ast.js';
import { constantValues, fold } from './ast.js';
import { binaryValue, scalarFunctions } from './evaluate.js';
import { type Formula, requireVariable } from './formula.js';

/**
 * Builds a formula on the automatic-differentiation engine. The tree is walked once; only the
 * fixed tables below turn nodes into operations, so user text never becomes code.
 *
 * Parts without variables (`1/3`, `2*pi`, the `-1` of `x^-1`) are folded to numbers with the
 * scalar evaluator, so the graph holds only the work that depends on the inputs and a power
 * such as `x^2` reaches the engine with a plain-number exponent.
 */

const unaryOps: Readonly<Record<UnaryFunction, (a: Tensor) => Tensor>> = {
  sqrt,
  exp,
  log,
  log10,
  abs,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  sinh,
  cosh,
  tanh,
  sigmoid,
  relu,
  softplus,
  square,
  sign,
};

type BinaryTensorOp = (a: Tensor | number, b: Tensor | number) => Tensor;

const binaryOps: Readonly<Record<BinaryOp, BinaryTensorOp>> = {
  '+': add,
  '-': sub,
  '*': mul,
  '/': div,
  '^': pow,
};
const binaryCalls: Readonly<Record<BinaryFunction, BinaryTensorOp>> = { min: minimum, max: maximum };

/** The formula on the engine; parts without variables stay plain numbers (folded as evaluate does). */
function build(root: Expr, env: Record<string, Tensor>): Tensor | number {
  return fold<Tensor | number>(root, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return node.value;
      case 'const':
        return constantValues[node.name];
      case 'var':
        if (!Object.hasOwn(env, node.name))
          throw new DescensoError('expr-unbound', { name: node.name }, node.pos);
        if (!(env[node.name] instanceof Tensor || typeof env[node.name] === 'number'))
          throw badArgument('toGraph', 2, env, 'tensor-env');
        return env[node.name];
      case 'neg': {
        const a = kids[0];
        return typeof a === 'number' ? -a : neg(a);
      }
      case 'binary': {
        const [a, b] = kids;
        if (typeof a === 'number' && typeof b === 'number') return binaryValue(node.op, a, b);
        return binaryOps[node.op](a, b);
      }
      case 'call': {
        if (kids.every((a) => typeof a === 'number')) return scalarFunctions[node.fn](...(kids as number[]));
        if (node.fn === 'min' || node.fn === 'max') return binaryCalls[node.fn](kids[0], kids[1]);
        return unaryOps[node.fn](kids[0] as Tensor);
      }
    }
  });
}

/**
 * The formula as a tensor computed from the tensors in `env` (keyed by canonical variable
 * name). A formula without variables gives a constant of the inputs' dtype and shape.
 */
export function toGraph(ast: Expr, env: Record<string, Tensor>): Tensor {
  if (env === null || typeof env !== 'object') throw badArgument('toGraph', 2, env, 'tensor-env');
  const out = build(ast, env);
  if (typeof out !== 'number') return out;
  const like = Object.values(env)[0];
  if (like === undefined) return constant(out);
  const c = constant(out, like.dtype);
  return like.shape.length === 0 ? c : broadcastTo(c, like.shape);
}

/**
 * A function of tensors taking the formula's variables in the order of `formula.vars`. A formula
 * without variables has nothing to differentiate and is refused (`expr-no-variable`).
 */
export function formulaFunction(formula: Formula): (...args: Tensor[]) => Tensor {
  requireVariable(formula);
  const { ast, vars } = formula;
  if (!vars.every((v) => typeof v === 'string')) throw badArgument('formulaFunction', 1, formula, 'formula');
  fold(ast, () => null);
  return (...args: Tensor[]) => {
    if (args.length !== vars.length) {
      throw new DescensoError('expr-function-args', {
        expected: vars.length,
        got: args.length,
        vars: vars.join(', '),
      });
    }
    return toGraph(ast, Object.fromEntries(vars.map((v, i) => [v, args[i]])));
  };
}
