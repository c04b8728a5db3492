/**
 * Formulas in Python: the parser's tree printed in an array module's syntax (`np.`, `torch.`,
 * `tf.`, `jnp.`), and its derivatives by symbolic differentiation of the tree, simplified enough
 * to read (no `0*`, no `*1`, numbers folded), for the scripts that write the gradient out by hand.
 * Only the tree reaches the script: numbers, the known functions and the variables' Python names.
 */
import type { BinaryOp, Expr, FunctionName } from '../expr/index.js';
import { fold } from '../expr/index.js';
import type { ArrayModule } from './types.js';

/** Heaviside's step, 1 where a > 0 and 0 elsewhere (relu's derivative; NaN stays NaN). */
export interface StepNode {
  kind: 'step';
  arg: PyExpr;
}

/** `ifTrue` where `a <= b` (test 'le') or `a >= b` (test 'ge'), `ifFalse` elsewhere: min's and max's derivative. */
export interface WhereNode {
  kind: 'where';
  test: 'le' | 'ge';
  a: PyExpr;
  b: PyExpr;
  ifTrue: PyExpr;
  ifFalse: PyExpr;
}

type Num = { kind: 'num'; value: number };
type Neg = { kind: 'neg'; arg: PyExpr };
type Bin = { kind: 'binary'; op: BinaryOp; left: PyExpr; right: PyExpr };
type Call = { kind: 'call'; fn: FunctionName; args: PyExpr[] };

/** The formula tree, plus the two nodes derivatives need. */
export type PyExpr =
  | Num
  | { kind: 'var'; name: string }
  | { kind: 'const'; name: 'pi' | 'e' }
  | Neg
  | Bin
  | Call
  | StepNode
  | WhereNode;

/* ------------------------------------------------------------ building, simplified */

export const num = (value: number): PyExpr =>
  value < 0 ? { kind: 'neg', arg: { kind: 'num', value: -value } } : { kind: 'num', value };
/** The value of a number or a negated number, else undefined. */
function numberOf(e: PyExpr): number | undefined {
  if (e.kind === 'num') return e.value;
  if (e.kind === 'neg' && e.arg.kind === 'num') return -e.arg.value;
  return undefined;
}
const ZERO = num(0);
const ONE = num(1);

export function neg(a: PyExpr): PyExpr {
  const v = numberOf(a);
  if (v !== undefined) return v === 0 ? ZERO : num(-v);
  if (a.kind === 'neg') return a.arg;
  return { kind: 'neg', arg: a };
}

function binary(op: BinaryOp, left: PyExpr, right: PyExpr): PyExpr {
  return { kind: 'binary', op, left, right };
}

export function add(a: PyExpr, b: PyExpr): PyExpr {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x === 0) return b;
  if (y === 0) return a;
  if (x !== undefined && y !== undefined) return num(x + y);
  if (b.kind === 'neg') return binary('-', a, b.arg);
  return binary('+', a, b);
}

export function sub(a: PyExpr, b: PyExpr): PyExpr {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (y === 0) return a;
  if (x === 0) return neg(b);
  if (x !== undefined && y !== undefined) return num(x - y);
  if (b.kind === 'neg') return binary('+', a, b.arg);
  return binary('-', a, b);
}

export function mul(a: PyExpr, b: PyExpr): PyExpr {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x === 0 || y === 0) return ZERO;
  if (x === 1) return b;
  if (y === 1) return a;
  if (x === -1) return neg(b);
  if (y === -1) return neg(a);
  if (x !== undefined && y !== undefined) return num(x * y);
  // Numbers gather in front: 3*(2*u) is 6*u.
  if (x !== undefined && b.kind === 'binary' && b.op === '*') {
    const k = numberOf(b.left);
    if (k !== undefined) return mul(num(x * k), b.right);
  }
  if (a.kind === 'neg') return neg(mul(a.arg, b));
  if (b.kind === 'neg') return neg(mul(a, b.arg));
  // A number goes in front: 2*x rather than x*2.
  if (y !== undefined) return binary('*', b, a);
  return binary('*', a, b);
}

export function div(a: PyExpr, b: PyExpr): PyExpr {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x === 0) return ZERO;
  if (y === 1) return a;
  if (a.kind === 'neg') return neg(div(a.arg, b));
  if (b.kind === 'neg') return neg(div(a, b.arg));
  return binary('/', a, b);
}

export function pow(a: PyExpr, b: PyExpr): PyExpr {
  const y = numberOf(b);
  if (y === 0) return ONE;
  if (y === 1) return a;
  return binary('^', a, b);
}

export const call = (fn: FunctionName, ...args: PyExpr[]): PyExpr => ({ kind: 'call', fn, args });

/** The parser's tree as a PyExpr (the same nodes, positions dropped). */
export function fromAst(ast: Expr): PyExpr {
  return fold<PyExpr>(ast, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return { kind: 'num', value: node.value };
      case 'var':
        return { kind: 'var', name: node.name };
      case 'const':
        return { kind: 'const', name: node.name };
      case 'neg':
        return { kind: 'neg', arg: kids[0] };
      case 'binary':
        return binary(node.op, kids[0], kids[1]);
      case 'call':
        return { kind: 'call', fn: node.fn, args: kids };
    }
  });
}

/* ------------------------------------------------------------ differentiation */

const hasVar = (e: PyExpr, v: string): boolean => {
  switch (e.kind) {
    case 'var':
      return e.name === v;
    case 'neg':
    case 'step':
      return hasVar(e.arg, v);
    case 'binary':
      return hasVar(e.left, v) || hasVar(e.right, v);
    case 'call':
      return e.args.some((a) => hasVar(a, v));
    case 'where':
      return [e.a, e.b, e.ifTrue, e.ifFalse].some((a) => hasVar(a, v));
    default:
      return false;
  }
};

const LN10 = Math.LN10;
const sq = (a: PyExpr) => pow(a, num(2));

/** d(fn(a))/da for a function of one argument, as a tree of a. */
function unaryDerivative(fn: FunctionName, a: PyExpr, self: PyExpr): PyExpr {
  switch (fn) {
    case 'sqrt':
      return div(num(0.5), self);
    case 'exp':
      return self;
    case 'log':
      return div(ONE, a);
    case 'log10':
      return div(ONE, mul(a, num(LN10)));
    case 'abs':
      return call('sign', a);
    case 'sign':
      return ZERO;
    case 'sin':
      return call('cos', a);
    case 'cos':
      return neg(call('sin', a));
    case 'tan':
      return add(ONE, sq(self));
    case 'asin':
      return div(ONE, call('sqrt', sub(ONE, sq(a))));
    case 'acos':
      return neg(div(ONE, call('sqrt', sub(ONE, sq(a)))));
    case 'atan':
      return div(ONE, add(ONE, sq(a)));
    case 'sinh':
      return call('cosh', a);
    case 'cosh':
      return call('sinh', a);
    case 'tanh':
      return sub(ONE, sq(self));
    case 'sigmoid':
      return mul(self, sub(ONE, self));
    case 'relu':
      return { kind: 'step', arg: a };
    case 'softplus':
      return call('sigmoid', a);
    case 'square':
      return mul(num(2), a);
    default:
      throw new RangeError(`not a function of one argument: ${fn}`);
  }
}

/** ∂e/∂v, simplified as it is built. */
export function differentiate(e: PyExpr, v: string): PyExpr {
  if (!hasVar(e, v)) return ZERO;
  switch (e.kind) {
    case 'var':
      return ONE;
    case 'neg':
      return neg(differentiate(e.arg, v));
    case 'binary':
      return binaryDerivative(e, v);
    case 'call': {
      if (e.fn === 'min' || e.fn === 'max') {
        const [a, b] = e.args;
        const [da, db] = [differentiate(a, v), differentiate(b, v)];
        return { kind: 'where', test: e.fn === 'min' ? 'le' : 'ge', a, b, ifTrue: da, ifFalse: db };
      }
      const [a] = e.args;
      return mul(unaryDerivative(e.fn, a, e), differentiate(a, v));
    }
    case 'step':
      return ZERO;
    case 'where':
      return { ...e, ifTrue: differentiate(e.ifTrue, v), ifFalse: differentiate(e.ifFalse, v) };
    default:
      return ZERO;
  }
}

function binaryDerivative(e: Bin, v: string): PyExpr {
  const { left: a, right: b } = e;
  const [da, db] = [differentiate(a, v), differentiate(b, v)];
  switch (e.op) {
    case '+':
      return add(da, db);
    case '-':
      return sub(da, db);
    case '*':
      return add(mul(da, b), mul(a, db));
    case '/':
      return sub(div(da, b), div(mul(a, db), sq(b)));
    case '^': {
      if (!hasVar(b, v)) {
        // d(a^k) = k·a^(k−1)·da
        const k = numberOf(b);
        const lower = k === undefined ? sub(b, ONE) : num(k - 1);
        return mul(mul(b, pow(a, lower)), da);
      }
      // d(a^b) = a^b·(db·ln a + b·da/a)
      return mul(e, add(mul(db, call('log', a)), div(mul(b, da), a)));
    }
  }
}

/* ------------------------------------------------------------ printing */

const Level = { Sum: 1, Product: 2, Prefix: 3, Power: 4, Atom: 5 } as const;

function level(node: PyExpr): number {
  if (node.kind === 'neg') return Level.Prefix;
  if (node.kind === 'binary')
    return node.op === '^' ? Level.Power : node.op === '*' || node.op === '/' ? Level.Product : Level.Sum;
  return Level.Atom;
}

function wrap(text: string, node: PyExpr, min: number, strictly: boolean): string {
  const l = level(node);
  return l < min || (strictly && l === min) ? `(${text})` : text;
}

/** A number as Python reads it: integers stay integers (`2*x`), huge ones get `.0`; others are exact. */
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return "float('nan')";
  if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "(-float('inf'))";
  const magnitude = Math.abs(value);
  let text = String(magnitude);
  // Past 2^53 JavaScript prints integers in full; .0 keeps them floats (a huge int would make ** exact).
  if (magnitude >= 2 ** 53 && /^[0-9]+$/.test(text)) text += '.0';
  return value < 0 || Object.is(value, -0) ? `(-${text})` : text;
}

interface ModuleNames {
  prefix: string;
  names: Partial<Record<FunctionName, string>>;
  pi: string;
  e: string;
  softplus: (a: string) => string;
  sigmoid: (a: string) => string;
  relu: (a: string) => string;
  log10: (a: string) => string;
  step: (a: string) => string;
  where: (test: string, a: string, b: string) => string;
}

const numpyLike = (prefix: string): ModuleNames => ({
  prefix,
  names: { asin: 'arcsin', acos: 'arccos', atan: 'arctan', min: 'minimum', max: 'maximum' },
  pi: `${prefix}.pi`,
  e: `${prefix}.e`,
  softplus: (a) => `${prefix}.logaddexp(0, ${a})`,
  sigmoid: (a) => `1/(1 + ${prefix}.exp(-(${a})))`,
  relu: (a) => `${prefix}.maximum(${a}, 0)`,
  log10: (a) => `${prefix}.log10(${a})`,
  step: (a) => `${prefix}.heaviside(${a}, 0.0)`,
  where: (test, a, b) => `${prefix}.where(${test}, ${a}, ${b})`,
});

const modules: Record<ArrayModule, ModuleNames> = {
  np: numpyLike('np'),
  // jax.nn.relu's derivative at 0 is 0 (descenso's); jnp.maximum's would be ½ there
  jnp: { ...numpyLike('jnp'), relu: (a) => `jax.nn.relu(${a})` },
  torch: {
    prefix: 'torch',
    names: { min: 'minimum', max: 'maximum' },
    pi: 'math.pi',
    e: 'math.e',
    softplus: (a) => `torch.logaddexp(torch.zeros_like(${a}), ${a})`,
    sigmoid: (a) => `torch.sigmoid(${a})`,
    relu: (a) => `torch.relu(${a})`,
    log10: (a) => `torch.log10(${a})`,
    step: (a) => `(${a} > 0).to(${a}.dtype)`,
    where: (test, a, b) => `torch.where(${test}, ${a}, ${b})`,
  },
  tf: {
    prefix: 'tf.math',
    names: { min: 'minimum', max: 'maximum' },
    pi: 'math.pi',
    e: 'math.e',
    softplus: (a) => `tf.math.softplus(${a})`,
    sigmoid: (a) => `tf.math.sigmoid(${a})`,
    relu: (a) => `tf.nn.relu(${a})`,
    // TensorFlow has no log10: ln(a)/ln(10)
    log10: (a) => `(tf.math.log(${a}) / math.log(10))`,
    step: (a) => `tf.cast(${a} > 0, ${a}.dtype)`,
    where: (test, a, b) => `tf.where(${test}, ${a}, ${b})`,
  },
};

/**
 * The tree as Python code of `module` (imported as `np`, `torch`, `tf` with `math`, or `jnp`),
 * each variable written as `names[variable]` (the caller's safe Python names).
 */
export function printPython(
  tree: PyExpr,
  module: ArrayModule,
  names: Readonly<Record<string, string>>,
): string {
  return print(tree, modules[module], names);
}

function print(node: PyExpr, m: ModuleNames, names: Readonly<Record<string, string>>): string {
  const p = (e: PyExpr) => print(e, m, names);
  switch (node.kind) {
    case 'num':
      return pyNumber(node.value);
    case 'var': {
      if (!Object.hasOwn(names, node.name)) throw new RangeError(`no Python name for ${node.name}`);
      return names[node.name];
    }
    case 'const':
      return node.name === 'pi' ? m.pi : m.e;
    case 'neg': {
      const needs = level(node.arg) < Level.Prefix || node.arg.kind === 'neg';
      return needs ? `-(${p(node.arg)})` : `-${p(node.arg)}`;
    }
    case 'binary': {
      const [left, right] = [p(node.left), p(node.right)];
      if (node.op === '^')
        return `${wrap(left, node.left, Level.Atom, false)}**${wrap(right, node.right, Level.Power, false)}`;
      const l = level(node);
      const sep = l === Level.Sum ? ` ${node.op} ` : node.op;
      const rightText = node.right.kind === 'neg' ? `(${right})` : wrap(right, node.right, l, true);
      return `${wrap(left, node.left, l, false)}${sep}${rightText}`;
    }
    case 'call': {
      const args = node.args.map(p);
      switch (node.fn) {
        case 'softplus':
          return m.softplus(args[0]);
        case 'sigmoid':
          return `(${m.sigmoid(args[0])})`;
        case 'relu':
          return m.relu(args[0]);
        case 'log10':
          return m.log10(args[0]);
        default:
          return `${m.prefix}.${m.names[node.fn] ?? node.fn}(${args.join(', ')})`;
      }
    }
    case 'step':
      return m.step(p(node.arg));
    case 'where': {
      const test = `${p(node.a)} ${node.test === 'le' ? '<=' : '>='} ${p(node.b)}`;
      return m.where(test, p(node.ifTrue), p(node.ifFalse));
    }
  }
}
