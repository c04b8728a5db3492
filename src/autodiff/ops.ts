/**
 * THE table of operations. Each entry holds, side by side:
 * - `shape`: the result's shape (and the shape checks, with a clear error);
 * - `expr` (elementwise ops) or `kernel` (the others): the JavaScript the operation runs, as code
 *   text. The interpreter builds its loops from this text and `compile` inlines the same text, so
 *   the two paths compute the same numbers;
 * - `backward`: the local derivative, written with the engine's own operations, so a derivative is
 *   a graph too and can be differentiated again.
 * Derived operations (dot, mean, softplus's derivative, ...) are built in api.ts from these.
 */
import { DescensoError } from '../errors.js';
import * as A from './api.js';
import { exp } from './exp.js';
import { type Data, type Shape, shapeText, sizeOf, type Tensor } from './tensor.js';

export type Attrs = {
  /** powc: the constant exponent. */
  k?: number;
  /** sumAxis / broadcastAxis: the axis. */
  axis?: number;
  /** broadcast / broadcastAxis / reshape: the target shape. */
  shape?: Shape;
};

type Grads = (Tensor | null)[];

interface CommonDef {
  shape(inputs: Tensor[], attrs: Attrs, op: string): Shape;
  backward(g: Tensor, out: Tensor, inputs: Tensor[], attrs: Attrs, needs: boolean[]): Grads;
}
/** Elementwise: `expr` maps scalar operand names (`a`, `b`) to a JavaScript expression. */
export interface ElementwiseDef extends CommonDef {
  kind: 'elementwise';
  arity: 1 | 2;
  expr(a: string, b: string, attrs: Attrs): string;
}
/** A reduction of all elements to a scalar, accumulated in order. */
export interface ReduceDef extends CommonDef {
  kind: 'reduce';
}
/** A structured operation with its own loops (matmul, transpose, axis sums). */
export interface KernelDef extends CommonDef {
  kind: 'kernel';
  /** Code that fills `o` from `ins`, given the shapes; `fr` wraps a value in the dtype's rounding. */
  kernel(o: string, ins: string[], inShapes: Shape[], outShape: Shape, attrs: Attrs, fr: Fr): string;
}
export type OpDef = (ElementwiseDef | ReduceDef | KernelDef) & {
  forward(out: Data, inputs: Tensor[], attrs: Attrs, shape: Shape): void;
};
export type Fr = (code: string) => string;

const same = (s: Shape) => s;

/** Shape of a binary elementwise result: equal shapes, or a scalar with anything. */
function broadcastShape(inputs: Tensor[], _attrs: Attrs, op: string): Shape {
  const [a, b] = inputs;
  if (a.rank === 0) return b.shape;
  if (b.rank === 0) return a.shape;
  if (a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i])) return a.shape;
  throw new DescensoError('shape-mismatch', { op, a: shapeText(a.shape), b: shapeText(b.shape) });
}

/** The gradient of an input that was broadcast from a scalar is the sum of the incoming one. */
function unbroadcast(g: Tensor | null, like: Tensor): Tensor | null {
  if (g === null) return null;
  return like.rank === 0 && g.rank !== 0 ? A.sum(g) : g;
}

function unary(expr: (a: string, attrs: Attrs) => string, backward: CommonDef['backward']): ElementwiseDef {
  return {
    kind: 'elementwise',
    arity: 1,
    expr: (a, _b, attrs) => expr(a, attrs),
    shape: (inputs) => same(inputs[0].shape),
    backward,
  };
}

function binary(
  expr: (a: string, b: string) => string,
  local: (g: Tensor, out: Tensor, a: Tensor, b: Tensor, needs: boolean[]) => Grads,
): ElementwiseDef {
  return {
    kind: 'elementwise',
    arity: 2,
    expr: (a, b) => expr(a, b),
    shape: broadcastShape,
    backward: (g, out, [a, b], _attrs, needs) => {
      const [ga, gb] = local(g, out, a, b, needs);
      return [unbroadcast(needs[0] ? ga : null, a), unbroadcast(needs[1] ? gb : null, b)];
    },
  };
}

/** A literal for a number in emitted code (handles negatives, -0, NaN and infinities). */
export function numLit(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '(-Infinity)';
  if (Object.is(x, -0)) return '(-0)';
  return x < 0 ? `(${String(x)})` : String(x);
}

/**
 * A key that tells every distinct number apart, for caches and common-subexpression keys:
 * `String`, template strings and JSON.stringify all print -0 as 0 (and JSON prints NaN and both
 * infinities as null), which would merge x·0 with x·(−0) and 1/(x·0) with 1/(x·(−0)).
 */
export function numberKey(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** A key for an operation's attributes, every number by `numberKey` (shapes are lists of numbers). */
export function attrsKey(attrs: Attrs): string {
  const shape = attrs.shape === undefined ? '' : attrs.shape.map(numberKey).join('x');
  const k = attrs.k === undefined ? '' : numberKey(attrs.k);
  const axis = attrs.axis === undefined ? '' : numberKey(attrs.axis);
  return `k${k}|axis${axis}|shape${shape}`;
}

/**
 * x^k for a constant k. Integer powers up to 16 in magnitude are written as products by repeated
 * squaring (exact in sign for negative bases, and several times faster than Math.pow); a negative
 * integer power is one over that product.
 */
function powExpr(a: string, k: number): string {
  if (k === 0) return '1';
  if (k === 0.5) return `Math.sqrt(${a})`;
  if (Number.isInteger(k) && Math.abs(k) <= MAX_PRODUCT_POWER) {
    const p = productPower(a, Math.abs(k));
    return k > 0 ? (k === 1 ? `(+${a})` : p) : `(1 / ${p})`;
  }
  return `Math.pow(${a}, ${numLit(k)})`;
}

const MAX_PRODUCT_POWER = 16;

/** a^n (n ≥ 1) as products: a^(2m) = (a^m)·(a^m), a^(2m+1) = (a^m)·(a^m)·a. */
function productPower(a: string, n: number): string {
  if (n === 1) return a;
  const half = productPower(a, Math.floor(n / 2));
  return n % 2 === 0 ? `(${half} * ${half})` : `(${half} * ${half} * ${a})`;
}

/** productPower on a number, in the same order of operations (so the same rounding). */
function productPowerOf(a: number, n: number): number {
  if (n === 1) return a;
  const half = productPowerOf(a, Math.floor(n / 2));
  return n % 2 === 0 ? half * half : half * half * a;
}

/**
 * powc on one number: the value the code of `powExpr(a, k)` computes, for the scalar evaluator
 * (src/expr), which must give the engine's numbers without compiling a function per exponent.
 */
export function powcValue(a: number, k: number): number {
  if (k === 0) return 1;
  if (k === 0.5) return Math.sqrt(a);
  if (Number.isInteger(k) && Math.abs(k) <= MAX_PRODUCT_POWER) {
    const p = productPowerOf(a, Math.abs(k));
    return k > 0 ? (k === 1 ? +a : p) : 1 / p;
  }
  return a ** k;
}

const LN10 = Math.LN10;

export type OpName =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'minimum'
  | 'maximum'
  | 'firstIsMin'
  | 'firstIsMax'
  | 'lessEqual'
  | 'greaterEqual'
  | 'flat'
  | 'neg'
  | 'powc'
  | 'sqrt'
  | 'exp'
  | 'log'
  | 'log10'
  | 'abs'
  | 'sign'
  | 'step'
  | 'sin'
  | 'cos'
  | 'tan'
  | 'asin'
  | 'acos'
  | 'atan'
  | 'sinh'
  | 'cosh'
  | 'tanh'
  | 'sigmoid'
  | 'relu'
  | 'softplus'
  | 'broadcast'
  | 'sum'
  | 'sumAxis'
  | 'broadcastAxis'
  | 'matmul'
  | 'transpose'
  | 'reshape';

const table: Record<OpName, ElementwiseDef | ReduceDef | KernelDef> = {
  // ---- arithmetic --------------------------------------------------------------------------
  add: binary(
    (a, b) => `(${a} + ${b})`,
    (g) => [g, g],
  ),
  sub: binary(
    (a, b) => `(${a} - ${b})`,
    (g) => [g, A.neg(g)],
  ),
  // d(ab) = b da + a db
  mul: binary(
    (a, b) => `(${a} * ${b})`,
    (g, _o, a, b) => [A.mul(g, b), A.mul(g, a)],
  ),
  // d(a/b) = da/b − (a/b) db/b
  div: binary(
    (a, b) => `(${a} / ${b})`,
    (g, out, _a, b, needs) => [A.div(g, b), needs[1] ? A.neg(A.div(A.mul(g, out), b)) : null],
  ),
  // d(a^b) = b a^(b−1) da + a^b ln(a) db; the second term only when b is differentiated.
  pow: binary(
    (a, b) => `Math.pow(${a}, ${b})`,
    (g, out, a, b, needs) => [
      needs[0] ? A.mul(g, A.mul(b, A.pow(a, A.sub(b, 1)))) : null,
      needs[1] ? A.mul(g, A.mul(out, A.log(a))) : null,
    ],
  ),
  // Elementwise minimum/maximum as NumPy's np.minimum/np.maximum: NaN in either operand gives
  // NaN, whatever the order (`a >= b` alone is false for NaN and would pick the other operand).
  // The gradient goes to the chosen operand (to a on ties); where the result is NaN, both
  // gradients are NaN.
  minimum: binary(
    (a, b) => `(${a} <= ${b} || ${a} !== ${a} ? ${a} : ${b})`,
    (g, _o, a, b) => {
      const m = A.picksFirst('minimum', a, b);
      return [A.mul(g, m), A.mul(g, A.sub(1, m))];
    },
  ),
  maximum: binary(
    (a, b) => `(${a} >= ${b} || ${a} !== ${a} ? ${a} : ${b})`,
    (g, _o, a, b) => {
      const m = A.picksFirst('maximum', a, b);
      return [A.mul(g, m), A.mul(g, A.sub(1, m))];
    },
  ),
  // Which operand minimum/maximum takes: 1 for a (ties too), 0 for b, NaN when either is NaN.
  firstIsMin: binary(
    (a, b) => `(${a} <= ${b} ? 1 : ${a} > ${b} ? 0 : NaN)`,
    (g, _o, a, b) => [A.mul(g, A.flat(a)), A.mul(g, A.flat(b))],
  ),
  firstIsMax: binary(
    (a, b) => `(${a} >= ${b} ? 1 : ${a} < ${b} ? 0 : NaN)`,
    (g, _o, a, b) => [A.mul(g, A.flat(a)), A.mul(g, A.flat(b))],
  ),
  // Comparisons as NumPy's (false, so 0, when either operand is NaN); no derivative.
  lessEqual: binary(
    (a, b) => `(${a} <= ${b} ? 1 : 0)`,
    () => [null, null],
  ),
  greaterEqual: binary(
    (a, b) => `(${a} >= ${b} ? 1 : 0)`,
    () => [null, null],
  ),
  /**
   * 0 where a is a number, NaN where it is NaN: the derivative of a piecewise-constant function
   * (sign, step), so that a gradient taken at NaN is NaN rather than a confident 0.
   */
  flat: unary(
    (a) => `(${a} === ${a} ? 0 : NaN)`,
    (g, _o, [a]) => [A.mul(g, A.flat(a))],
  ),
  neg: unary(
    (a) => `(-${a})`,
    (g) => [A.neg(g)],
  ),
  // d(a^k) = k a^(k−1) da, with k a constant
  powc: unary(
    (a, attrs) => powExpr(a, attrs.k ?? 1),
    (g, _o, [a], attrs) => {
      const k = attrs.k ?? 1;
      return [A.mul(g, A.mul(k, A.pow(a, k - 1)))];
    },
  ),
  // ---- functions ---------------------------------------------------------------------------
  sqrt: unary(
    (a) => `Math.sqrt(${a})`,
    (g, out) => [A.div(A.mul(g, 0.5), out)],
  ),
  exp: unary(
    (a) => `EXP(${a})`,
    (g, out) => [A.mul(g, out)],
  ),
  log: unary(
    (a) => `Math.log(${a})`,
    (g, _o, [a]) => [A.div(g, a)],
  ),
  log10: unary(
    (a) => `Math.log10(${a})`,
    (g, _o, [a]) => [A.div(g, A.mul(a, LN10))],
  ),
  abs: unary(
    (a) => `Math.abs(${a})`,
    (g, _o, [a]) => [A.mul(g, A.sign(a))],
  ),
  sign: unary(
    (a) => `Math.sign(${a})`,
    (g, _o, [a]) => [A.mul(g, A.flat(a))],
  ),
  // relu's derivative: 1 where a > 0 (0 at 0, as PyTorch), NaN at NaN
  step: unary(
    (a) => `(${a} > 0 ? 1 : ${a} <= 0 ? 0 : NaN)`,
    (g, _o, [a]) => [A.mul(g, A.flat(a))],
  ),
  sin: unary(
    (a) => `Math.sin(${a})`,
    (g, _o, [a]) => [A.mul(g, A.cos(a))],
  ),
  cos: unary(
    (a) => `Math.cos(${a})`,
    (g, _o, [a]) => [A.neg(A.mul(g, A.sin(a)))],
  ),
  // tan' = 1 + tan²
  tan: unary(
    (a) => `Math.tan(${a})`,
    (g, out) => [A.mul(g, A.add(1, A.square(out)))],
  ),
  asin: unary(
    (a) => `Math.asin(${a})`,
    (g, _o, [a]) => [A.div(g, A.sqrt(A.sub(1, A.square(a))))],
  ),
  acos: unary(
    (a) => `Math.acos(${a})`,
    (g, _o, [a]) => [A.neg(A.div(g, A.sqrt(A.sub(1, A.square(a)))))],
  ),
  atan: unary(
    (a) => `Math.atan(${a})`,
    (g, _o, [a]) => [A.div(g, A.add(1, A.square(a)))],
  ),
  sinh: unary(
    (a) => `Math.sinh(${a})`,
    (g, _o, [a]) => [A.mul(g, A.cosh(a))],
  ),
  cosh: unary(
    (a) => `Math.cosh(${a})`,
    (g, _o, [a]) => [A.mul(g, A.sinh(a))],
  ),
  // tanh' = 1 − tanh²
  tanh: unary(
    (a) => `Math.tanh(${a})`,
    (g, out) => [A.mul(g, A.sub(1, A.square(out)))],
  ),
  // σ' = σ(1 − σ)
  sigmoid: unary(
    (a) => `(1 / (1 + EXP(-${a})))`,
    (g, out) => [A.mul(g, A.mul(out, A.sub(1, out)))],
  ),
  // maximum(a, 0), as np.maximum(a, 0) that exported code prints: NaN stays NaN, relu(−0) is −0
  relu: unary(
    (a) => `(${a} >= 0 || ${a} !== ${a} ? ${a} : 0)`,
    (g, _o, [a]) => [A.mul(g, A.step(a))],
  ),
  // log(1 + e^a) without overflow; its derivative is σ(a)
  softplus: unary(
    (a) => `(${a} > 0 ? ${a} + Math.log1p(EXP(-${a})) : Math.log1p(EXP(${a})))`,
    (g, _o, [a]) => [A.mul(g, A.sigmoid(a))],
  ),
  // ---- shapes and reductions ---------------------------------------------------------------
  /** A scalar repeated to a shape (the gradient of a sum, of a broadcast operand). */
  broadcast: {
    kind: 'elementwise',
    arity: 1,
    expr: (a: string) => a,
    shape: (inputs: Tensor[], attrs: Attrs, op: string) => {
      if (inputs[0].rank !== 0)
        throw new DescensoError('shape-mismatch', {
          op,
          a: shapeText(inputs[0].shape),
          b: shapeText(attrs.shape ?? []),
        });
      return attrs.shape ?? [];
    },
    backward: (g: Tensor) => [A.sum(g)],
  } satisfies ElementwiseDef,
  /** The sum of all elements, accumulated in index order. */
  sum: {
    kind: 'reduce',
    shape: () => [],
    backward: (g: Tensor, _o: Tensor, [a]: Tensor[]) => [a.rank === 0 ? g : A.broadcastTo(g, a.shape)],
  } satisfies ReduceDef,
  /** Sum of a matrix along axis 0 (→ one value per column) or 1 (→ one per row). */
  sumAxis: {
    kind: 'kernel',
    shape: ([a]: Tensor[], attrs: Attrs, op: string) => {
      if (a.rank !== 2 || (attrs.axis !== 0 && attrs.axis !== 1))
        throw new DescensoError('bad-axis', { op, axis: attrs.axis ?? -1, rank: a.rank });
      return [a.shape[1 - attrs.axis]];
    },
    kernel: (o, [a], [s], _out, attrs, fr) => {
      const [r, c] = s;
      return attrs.axis === 0
        ? `for (let j = 0; j < ${c}; j++) { let acc = 0; for (let i = 0; i < ${r}; i++) acc = ${fr(`acc + ${a}[i * ${c} + j]`)}; ${o}[j] = acc; }`
        : `for (let i = 0; i < ${r}; i++) { let acc = 0; for (let j = 0; j < ${c}; j++) acc = ${fr(`acc + ${a}[i * ${c} + j]`)}; ${o}[i] = acc; }`;
    },
    backward: (g: Tensor, _o: Tensor, [a]: Tensor[], attrs: Attrs) => [
      A.broadcastAxis(g, a.shape, attrs.axis ?? 0),
    ],
  } satisfies KernelDef,
  /** A vector repeated along an axis of a matrix (the gradient of sumAxis). */
  broadcastAxis: {
    kind: 'kernel',
    shape: ([a]: Tensor[], attrs: Attrs, op: string) => {
      const s = attrs.shape ?? [];
      const axis = attrs.axis ?? 0;
      if (s.length !== 2 || a.rank !== 1 || a.shape[0] !== s[1 - axis])
        throw new DescensoError('shape-mismatch', { op, a: shapeText(a.shape), b: shapeText(s) });
      return s;
    },
    kernel: (o, [a], _in, [r, c], attrs) =>
      attrs.axis === 0
        ? `for (let i = 0; i < ${r}; i++) for (let j = 0; j < ${c}; j++) ${o}[i * ${c} + j] = ${a}[j];`
        : `for (let i = 0; i < ${r}; i++) for (let j = 0; j < ${c}; j++) ${o}[i * ${c} + j] = ${a}[i];`,
    backward: (g: Tensor, _o: Tensor, _i: Tensor[], attrs: Attrs) => [A.sumAxis(g, attrs.axis ?? 0)],
  } satisfies KernelDef,
  /** Matrix product of two matrices (vectors are reshaped to matrices by api.matmul). */
  matmul: {
    kind: 'kernel',
    shape: ([a, b]: Tensor[], _attrs: Attrs, op: string) => {
      if (a.rank !== 2 || b.rank !== 2 || a.shape[1] !== b.shape[0])
        throw new DescensoError('shape-mismatch', { op, a: shapeText(a.shape), b: shapeText(b.shape) });
      return [a.shape[0], b.shape[1]];
    },
    kernel: (o, [a, b], [[m, k], [, n]], _out, _attrs, fr) =>
      `for (let i = 0; i < ${m}; i++) for (let j = 0; j < ${n}; j++) { let acc = 0; for (let p = 0; p < ${k}; p++) acc = ${fr(`acc + ${fr(`${a}[i * ${k} + p] * ${b}[p * ${n} + j]`)}`)}; ${o}[i * ${n} + j] = acc; }`,
    // d(AB) = dA B + A dB  ⇒  ḡA = ḡ Bᵀ, ḡB = Aᵀ ḡ
    backward: (g: Tensor, _o: Tensor, [a, b]: Tensor[], _attrs: Attrs, needs: boolean[]) => [
      needs[0] ? A.matmul(g, A.transpose(b)) : null,
      needs[1] ? A.matmul(A.transpose(a), g) : null,
    ],
  } satisfies KernelDef,
  transpose: {
    kind: 'kernel',
    shape: ([a]: Tensor[], _attrs: Attrs, op: string) => {
      if (a.rank !== 2) throw new DescensoError('bad-shape', { what: op, shape: shapeText(a.shape) });
      return [a.shape[1], a.shape[0]];
    },
    kernel: (o, [a], [[r, c]]) =>
      `for (let i = 0; i < ${r}; i++) for (let j = 0; j < ${c}; j++) ${o}[j * ${r} + i] = ${a}[i * ${c} + j];`,
    backward: (g: Tensor) => [A.transpose(g)],
  } satisfies KernelDef,
  /** The same elements under another shape of the same size. */
  reshape: {
    kind: 'kernel',
    shape: ([a]: Tensor[], attrs: Attrs, op: string) => {
      const s = attrs.shape ?? [];
      if (sizeOf(s) !== a.size)
        throw new DescensoError('shape-mismatch', { op, a: shapeText(a.shape), b: shapeText(s) });
      return s;
    },
    kernel: (o, [a], [s]) => `for (let i = 0; i < ${sizeOf(s)}; i++) ${o}[i] = ${a}[i];`,
    backward: (g: Tensor, _o: Tensor, [a]: Tensor[]) => [A.reshape(g, a.shape)],
  } satisfies KernelDef,
};

// ---- the interpreter's loops, built once per operation and pattern from the same code text ----

type Kernel = (out: Data, ...ins: Data[]) => void;
const cache = new Map<string, Kernel>();
/**
 * Kernels kept at most. Each exponent of a power (x^1.7, x^2.3, …) is its own kernel, so a long
 * session of typed formulas would otherwise grow the cache without end; rebuilding is cheap.
 */
const MAX_KERNELS = 4096;

/**
 * The kernel for `key`, its code text made by `body` only on a cache miss (the interpreter asks
 * for a kernel on every operation). Emitted code calls EXP, the engine's exponential (./exp.ts),
 * in the interpreter and in compile alike.
 */
function build(key: string, params: string[], body: () => string): Kernel {
  let k = cache.get(key);
  if (!k) {
    k = new Function('EXP', `return function kernel(${params.join(', ')}) { ${body()} };`)(exp) as Kernel;
    if (cache.size >= MAX_KERNELS) cache.clear();
    cache.set(key, k);
  }
  return k;
}

export const fround: Fr = (code) => `Math.fround(${code})`;
export const identity: Fr = (code) => code;

/**
 * An elementwise operation without attributes on plain numbers, built from the same code text as
 * the engine's loops: the scalar evaluator of formulas (src/expr) computes with these, so a
 * formula evaluated there, on the engine and compiled gives the same bits, NaN and −0 included.
 */
export function scalarOp(op: ScalarOpName): (a: number, b: number) => number {
  const def = table[op] as ElementwiseDef;
  const kernel = build(`scalar|${op}`, ['a', 'b'], () => `return ${def.expr('a', 'b', {})};`);
  return kernel as unknown as (a: number, b: number) => number;
}

/** The elementwise operations without attributes (powc has its exponent: see powcValue). */
export type ScalarOpName = Exclude<
  OpName,
  'powc' | 'broadcast' | 'sum' | 'sumAxis' | 'broadcastAxis' | 'matmul' | 'transpose' | 'reshape'
>;

function elementwiseForward(op: string, def: ElementwiseDef): OpDef['forward'] {
  return (out, inputs, attrs) => {
    // Scalars are read once; arrays element by element. The store into `out` rounds to float32
    // when out is a Float32Array, exactly as Math.fround does in compiled code.
    const pattern =
      def.arity === 1
        ? inputs[0].rank === 0
          ? 's'
          : 'a'
        : `${inputs[0].rank === 0 ? 's' : 'a'}${inputs[1].rank === 0 ? 's' : 'a'}`;
    const key = attrs.k === undefined ? `${op}|${pattern}` : `${op}|${pattern}|${numberKey(attrs.k)}`;
    const names = def.arity === 1 ? ['a'] : ['a', 'b'];
    const kernel = build(key, ['O', ...names.map((n) => n.toUpperCase())], () => {
      const reads = names.map(
        (n, i) => `const ${n} = ${n.toUpperCase()}${pattern[i] === 's' ? '[0]' : '[i]'};`,
      );
      return `const n = O.length; for (let i = 0; i < n; i++) { ${reads.join(' ')} O[i] = ${def.expr('a', 'b', attrs)}; }`;
    });
    if (def.arity === 1) kernel(out, inputs[0].data);
    else kernel(out, inputs[0].data, inputs[1].data);
  };
}

const sumForward: OpDef['forward'] = (out, [a]) => {
  const f32 = out instanceof Float32Array;
  const kernel = build(
    `sum|${f32}`,
    ['O', 'A'],
    () =>
      `let acc = 0; const n = A.length; for (let i = 0; i < n; i++) acc = ${(f32 ? fround : identity)('acc + A[i]')}; O[0] = acc;`,
  );
  kernel(out, a.data);
};

function kernelForward(op: string, def: KernelDef): OpDef['forward'] {
  return (out, inputs, attrs, shape) => {
    const f32 = out instanceof Float32Array;
    const inShapes = inputs.map((t) => t.shape);
    const names = inputs.map((_t, i) => `I${i}`);
    const key = `${op}|${f32}|${inShapes.map((sh) => sh.join('x')).join(',')}|${attrsKey(attrs)}`;
    const code = () => def.kernel('O', names, inShapes, shape, attrs, f32 ? fround : identity);
    build(key, ['O', ...names], code)(out, ...inputs.map((t) => t.data));
  };
}

function withForward(name: string, def: ElementwiseDef | ReduceDef | KernelDef): OpDef {
  if (def.kind === 'elementwise') return { ...def, forward: elementwiseForward(name, def) };
  if (def.kind === 'reduce') return { ...def, forward: sumForward };
  return { ...def, forward: kernelForward(name, def) };
}

export const ops = Object.fromEntries(
  Object.entries(table).map(([name, def]) => [name, withForward(name, def)]),
) as Record<OpName, OpDef>;
