/**
 * The operations as functions (`add(a, b)`, `exp(x)`, ...). Arguments may be tensors, numbers or
 * arrays; numbers become constants of the other operand's dtype. The derived operations (dot,
 * mean, square through powc, ...) are compositions and need no derivative rule of their own.
 */
import { badArgument, DescensoError } from '../errors.js';
import { checkShape, checkTensor } from './args.js';
import type { OpName } from './ops.js';
import {
  allocate,
  apply,
  checkDtype,
  type Data,
  type DType,
  type Shape,
  shapeText,
  sizeOf,
  Tensor,
  type TensorLike,
} from './tensor.js';

/**
 * The shape of a value given where a tensor is expected, checked: a number, a tensor, a typed
 * array, an array of numbers or an array of equal rows of numbers. Anything else (undefined, a
 * string, a BigInt, an array holding one) is refused here, once, as the argument `index` of `fn`.
 */
function shapeOf(v: TensorLike, fn: string, index: number): Shape {
  if (typeof v === 'number') return [];
  if (v instanceof Tensor) return v.shape;
  const bad = () => badArgument(fn, index, v, 'tensor');
  if (ArrayBuffer.isView(v)) {
    if (v instanceof DataView || v instanceof BigInt64Array || v instanceof BigUint64Array) throw bad();
    return [v.length];
  }
  if (!Array.isArray(v)) throw bad();
  const arr = v as readonly (number | readonly number[])[];
  if (arr.length > 0 && Array.isArray(arr[0])) {
    const cols = (arr[0] as readonly number[]).length;
    for (const row of arr) {
      if (!Array.isArray(row) || row.length !== cols) throw new DescensoError('autodiff-ragged', undefined);
    }
    return [arr.length, cols];
  }
  return [arr.length];
}

/** A leaf tensor from a number, an array, an array of rows, or a typed array (copied). */
export function tensor(
  v: TensorLike,
  options: { dtype?: DType; requiresGrad?: boolean; name?: string } = {},
): Tensor {
  return tensorOf(v, options, 'tensor', 1);
}

/** `tensor`, with the function and argument a bad value is reported as. */
function tensorOf(
  v: TensorLike,
  options: { dtype?: DType; requiresGrad?: boolean; name?: string },
  fn: string,
  index: number,
): Tensor {
  if (options === null || typeof options !== 'object') throw badArgument(fn, 2, options, 'object');
  if (v instanceof Tensor) {
    const t = v.detach();
    t.requiresGrad = options.requiresGrad ?? false;
    t.name = options.name ?? v.name;
    return t;
  }
  const shape = shapeOf(v, fn, index);
  const dtype = checkDtype(options.dtype) ?? (v instanceof Float32Array ? 'float32' : 'float64');
  const data = allocate(dtype, sizeOf(shape));
  if (typeof v === 'number') data[0] = v;
  else if (ArrayBuffer.isView(v)) data.set(v as ArrayLike<number>);
  else if (shape.length === 2)
    (v as readonly (readonly number[])[]).forEach((row, i) => {
      copyNumbers(row, data, i * shape[1], fn, index, v);
    });
  else copyNumbers(v as readonly number[], data, 0, fn, index, v);
  const t = new Tensor(data, shape, dtype, null, [], {}, options.requiresGrad ?? false);
  t.name = options.name;
  return t;
}

/**
 * Copies an array of numbers into `data` at `offset`, checking each element in the same loop (a
 * string, a BigInt or a nested array is refused as argument `index` of `fn`, never made NaN).
 */
function copyNumbers(
  from: readonly number[],
  data: Data,
  offset: number,
  fn: string,
  index: number,
  whole: unknown,
): void {
  for (let i = 0; i < from.length; i++) {
    const x = from[i];
    if (typeof x !== 'number') throw badArgument(fn, index, whole, 'tensor');
    data[offset + i] = x;
  }
}

/** A constant (a leaf that is never differentiated). */
export function constant(v: TensorLike, dtype?: DType): Tensor {
  return v instanceof Tensor ? v : tensorOf(v, { dtype }, 'constant', 1);
}

/**
 * A TensorFlow-style trainable variable: a leaf with requiresGrad that every GradientTape
 * watches. Change it with `assign`/`assignSub` (or, PyTorch style, `sub_` inside `noGrad`).
 */
export function variable(v: TensorLike, options: { dtype?: DType; name?: string } = {}): Tensor {
  if (options === null || typeof options !== 'object') throw badArgument('variable', 2, options, 'object');
  const t = tensorOf(v, { ...options, requiresGrad: true }, 'variable', 1);
  t.isVariable = true;
  return t;
}

export function zeros(shape: Shape, dtype: DType = 'float64'): Tensor {
  checkShape('zeros', 1, shape);
  checkDtype(dtype);
  return new Tensor(allocate(dtype, sizeOf(shape)), shape, dtype);
}

export function onesLike(t: Tensor): Tensor {
  checkTensor('onesLike', 1, t);
  const data = allocate(t.dtype, t.size);
  data.fill(1);
  return new Tensor(data, t.shape, t.dtype);
}

/**
 * Scalars the engine made from plain numbers (and gradient seeds). Only these may be dropped by
 * the simplifications below: a user's leaf that happens to hold 0, 1 or −1 may be a source of
 * differentiation (an argument of grad, a watched tensor) and must stay in the graph.
 */
const literals = new WeakSet<Tensor>();

/** A scalar constant from a plain number. */
export function literal(v: number, dtype: DType): Tensor {
  const data = allocate(dtype, 1);
  data[0] = v;
  const t = new Tensor(data, [], dtype);
  literals.add(t);
  return t;
}

function lift(v: TensorLike, dtype: DType, fn?: string, index?: number): Tensor {
  if (v instanceof Tensor) return v;
  if (typeof v === 'number') return literal(v, dtype);
  return liftValue(v, dtype, fn ?? 'tensor', index ?? 1);
}

/** lift's path for arrays and wrong values, kept out of line so the tensor and number paths stay small. */
function liftValue(v: TensorLike, dtype: DType, fn: string, index: number): Tensor {
  return tensorOf(v, { dtype }, fn, index);
}

function dtypeOf(...vs: TensorLike[]): DType {
  for (const v of vs) if (v instanceof Tensor && v.dtype === 'float32') return 'float32';
  for (const v of vs) if (v instanceof Float32Array) return 'float32';
  return 'float64';
}

/** The value of a literal scalar constant, for the simplifications below. */
function constValue(t: Tensor): number | undefined {
  return literals.has(t) ? t.data[0] : undefined;
}

/** True for a broadcast of the constant 1 to `shape` (a gradient seed): multiplying by it changes nothing. */
function isOnes(t: Tensor, shape: Shape): boolean {
  return (
    t.op === 'broadcast' &&
    constValue(t.inputs[0]) === 1 &&
    t.shape.length === shape.length &&
    t.shape.every((d, i) => d === shape[i])
  );
}

function binary(op: OpName, a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  return apply(op, [lift(a, dtype, op, 1), lift(b, dtype, op, 2)]);
}

function unary(op: OpName, a: TensorLike): Tensor {
  return apply(op, [lift(a, dtypeOf(a), op, 1)]);
}

// Simplifications keep derivative graphs small (seed 1 times g is g; adding −0 adds nothing). Each is
// exact for every value, −0, infinities and NaN included, so the graph computes what was written.
// They only drop a constant when the other operand already has the result's shape.

export function add(a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  const ta = lift(a, dtype, 'add', 1);
  const tb = lift(b, dtype, 'add', 2);
  // x + (−0) is x for every x; x + 0 is not (−0 + 0 is +0, which 1/x tells apart).
  if (Object.is(constValue(ta), -0) && tb.rank >= ta.rank) return tb;
  if (Object.is(constValue(tb), -0) && ta.rank >= tb.rank) return ta;
  return apply('add', [ta, tb]);
}
export function sub(a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  const ta = lift(a, dtype, 'sub', 1);
  const tb = lift(b, dtype, 'sub', 2);
  // x − 0 is x for every x (−0 − 0 is −0); x − (−0) is x + 0, which is not.
  if (Object.is(constValue(tb), 0) && ta.rank >= tb.rank) return ta;
  return apply('sub', [ta, tb]);
}
export function mul(a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  const ta = lift(a, dtype, 'mul', 1);
  const tb = lift(b, dtype, 'mul', 2);
  if (constValue(ta) === 1 && tb.rank >= ta.rank) return tb;
  if (constValue(tb) === 1 && ta.rank >= tb.rank) return ta;
  if (isOnes(ta, tb.shape)) return tb;
  if (isOnes(tb, ta.shape)) return ta;
  if (constValue(ta) === -1 && tb.rank >= ta.rank) return apply('neg', [tb]);
  if (constValue(tb) === -1 && ta.rank >= tb.rank) return apply('neg', [ta]);
  return apply('mul', [ta, tb]);
}
export function div(a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  const ta = lift(a, dtype, 'div', 1);
  const tb = lift(b, dtype, 'div', 2);
  if (constValue(tb) === 1 && ta.rank >= tb.rank) return ta;
  return apply('div', [ta, tb]);
}
/**
 * a^b. With a number exponent the power is a constant one (`powc`): integer exponents are exact
 * for negative bases and the exponent is never differentiated. With a tensor exponent both are.
 */
export function pow(a: TensorLike, b: TensorLike): Tensor {
  if (typeof b === 'number') {
    const ta = lift(a, dtypeOf(a), 'pow', 1);
    if (b === 1) return ta;
    return apply('powc', [ta], { k: b });
  }
  return binary('pow', a, b);
}
export const minimum = (a: TensorLike, b: TensorLike): Tensor => binary('minimum', a, b);
export const maximum = (a: TensorLike, b: TensorLike): Tensor => binary('maximum', a, b);
/** 1 where minimum/maximum(a, b) takes a, 0 where it takes b, NaN where either is NaN. */
export const picksFirst = (which: 'minimum' | 'maximum', a: TensorLike, b: TensorLike): Tensor =>
  binary(which === 'minimum' ? 'firstIsMin' : 'firstIsMax', a, b);
/** 0, or NaN where a is NaN: the derivative of a piecewise-constant function. */
export const flat = (a: TensorLike): Tensor => unary('flat', a);
/** 1 where a ≤ b, else 0 (no derivative). */
export const lessEqual = (a: TensorLike, b: TensorLike): Tensor => binary('lessEqual', a, b);
/** 1 where a ≥ b, else 0 (no derivative). */
export const greaterEqual = (a: TensorLike, b: TensorLike): Tensor => binary('greaterEqual', a, b);

export const neg = (a: TensorLike): Tensor => unary('neg', a);
export const square = (a: TensorLike): Tensor => pow(a, 2);
export const sqrt = (a: TensorLike): Tensor => unary('sqrt', a);
export const exp = (a: TensorLike): Tensor => unary('exp', a);
export const log = (a: TensorLike): Tensor => unary('log', a);
export const log10 = (a: TensorLike): Tensor => unary('log10', a);
export const abs = (a: TensorLike): Tensor => unary('abs', a);
export const sign = (a: TensorLike): Tensor => unary('sign', a);
/** 1 where a > 0, else 0: the derivative of relu. */
export const step = (a: TensorLike): Tensor => unary('step', a);
export const sin = (a: TensorLike): Tensor => unary('sin', a);
export const cos = (a: TensorLike): Tensor => unary('cos', a);
export const tan = (a: TensorLike): Tensor => unary('tan', a);
export const asin = (a: TensorLike): Tensor => unary('asin', a);
export const acos = (a: TensorLike): Tensor => unary('acos', a);
export const atan = (a: TensorLike): Tensor => unary('atan', a);
export const sinh = (a: TensorLike): Tensor => unary('sinh', a);
export const cosh = (a: TensorLike): Tensor => unary('cosh', a);
export const tanh = (a: TensorLike): Tensor => unary('tanh', a);
export const sigmoid = (a: TensorLike): Tensor => unary('sigmoid', a);
export const relu = (a: TensorLike): Tensor => unary('relu', a);
export const softplus = (a: TensorLike): Tensor => unary('softplus', a);

function checkAxis(op: string, t: Tensor, axis: number): number {
  if (typeof axis !== 'number') throw badArgument(op, 2, axis, 'axis');
  const ax = axis < 0 ? axis + t.rank : axis;
  if (!Number.isInteger(ax) || ax < 0 || ax >= t.rank)
    throw new DescensoError('bad-axis', { op, axis, rank: t.rank });
  return ax;
}

/** The sum of all elements, or along an axis (0: down the rows, 1: across the columns). */
export function sum(a: TensorLike, axis?: number): Tensor {
  const t = lift(a, dtypeOf(a), 'sum', 1);
  if (axis === undefined) return t.rank === 0 ? t : apply('sum', [t]);
  const ax = checkAxis('sum', t, axis);
  if (t.rank === 1) return apply('sum', [t]);
  return apply('sumAxis', [t], { axis: ax });
}

/** The mean of all elements, or along an axis: a sum divided by the count (as NumPy and PyTorch). */
export function mean(a: TensorLike, axis?: number): Tensor {
  const t = lift(a, dtypeOf(a), 'mean', 1);
  const n = axis === undefined ? t.size : t.shape[checkAxis('mean', t, axis)];
  return div(sum(t, axis), n);
}

/** A scalar repeated to `shape`. */
export function broadcastTo(a: TensorLike, shape: Shape): Tensor {
  const t = lift(a, dtypeOf(a), 'broadcastTo', 1);
  checkShape('broadcastTo', 2, shape);
  if (shape.length === 0) return t;
  return apply('broadcast', [t], { shape });
}

/** A vector repeated along `axis` of a matrix of `shape`. */
export function broadcastAxis(a: Tensor, shape: Shape, axis: number): Tensor {
  return apply('broadcastAxis', [a], { shape, axis });
}

export function sumAxis(a: Tensor, axis: number): Tensor {
  return apply('sumAxis', [a], { axis });
}

export function reshape(a: TensorLike, shape: Shape): Tensor {
  const t = lift(a, dtypeOf(a), 'reshape', 1);
  checkShape('reshape', 2, shape);
  if (t.shape.length === shape.length && t.shape.every((d, i) => d === shape[i])) return t;
  return apply('reshape', [t], { shape });
}

export const transpose = (a: TensorLike): Tensor => unary('transpose', a);

/**
 * Matrix products: matrix·matrix, matrix·vector, vector·matrix (vector·vector is `dot`).
 * Vectors become one-column (or one-row) matrices and the result is shaped back.
 */
export function matmul(a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  const ta = lift(a, dtype, 'matmul', 1);
  const tb = lift(b, dtype, 'matmul', 2);
  if (ta.rank === 1 && tb.rank === 1) return dot(ta, tb);
  if (ta.rank === 0 || tb.rank === 0)
    throw new DescensoError('shape-mismatch', {
      op: 'matmul',
      a: shapeText(ta.shape),
      b: shapeText(tb.shape),
    });
  const ma = ta.rank === 1 ? reshape(ta, [1, ta.shape[0]]) : ta;
  const mb = tb.rank === 1 ? reshape(tb, [tb.shape[0], 1]) : tb;
  if (ma.shape[1] !== mb.shape[0])
    throw new DescensoError('shape-mismatch', {
      op: 'matmul',
      a: shapeText(ta.shape),
      b: shapeText(tb.shape),
    });
  const out = apply('matmul', [ma, mb]);
  if (ta.rank === 1) return reshape(out, [out.shape[1]]);
  if (tb.rank === 1) return reshape(out, [out.shape[0]]);
  return out;
}

/** The inner product of two vectors of equal length. */
export function dot(a: TensorLike, b: TensorLike): Tensor {
  const dtype = dtypeOf(a, b);
  const ta = lift(a, dtype, 'dot', 1);
  const tb = lift(b, dtype, 'dot', 2);
  if (ta.rank !== 1 || tb.rank !== 1 || ta.shape[0] !== tb.shape[0])
    throw new DescensoError('shape-mismatch', { op: 'dot', a: shapeText(ta.shape), b: shapeText(tb.shape) });
  return sum(mul(ta, tb));
}

// ---- in-place changes of leaves (parameters), outside the graph --------------------------------

function valuesOf(v: TensorLike, like: Tensor, fn: string): Data {
  checkTensor(fn, 1, like);
  const t = lift(v, like.dtype, fn, 2);
  if (t.size !== like.size && t.size !== 1)
    throw new DescensoError('shape-mismatch', {
      op: 'assign',
      a: shapeText(like.shape),
      b: shapeText(t.shape),
    });
  return t.data;
}

/** Replaces the values of a leaf (TensorFlow's `assign`). */
export function assign(t: Tensor, v: TensorLike): Tensor {
  const d = valuesOf(v, t, 'assign');
  if (d.length === 1) t.data.fill(d[0]);
  else t.data.set(d);
  return t;
}

/** t ← t − v in place (TensorFlow's `assign_sub`, PyTorch's `sub_`). */
export function assignSub(t: Tensor, v: TensorLike): Tensor {
  const d = valuesOf(v, t, 'assignSub');
  for (let i = 0; i < t.data.length; i++) t.data[i] -= d.length === 1 ? d[0] : d[i];
  return t;
}

/** t ← t + v in place. */
export function assignAdd(t: Tensor, v: TensorLike): Tensor {
  const d = valuesOf(v, t, 'assignAdd');
  for (let i = 0; i < t.data.length; i++) t.data[i] += d.length === 1 ? d[0] : d[i];
  return t;
}
