/**
 * The checks the engine's public functions make on their arguments, once per call at the top
 * (never inside an operation's loop or a compiled kernel): a wrong kind of value becomes a
 * DescensoError `bad-argument` naming the function and the argument, never a TypeError.
 */
import { badArgument } from '../errors.js';
import type { ArgExpected } from '../i18n/en/core.js';
import { MAX_TENSOR_SIZE, type Shape, sizeOf, Tensor } from './tensor.js';

/** A function argument. */
export function checkFunction(fn: string, index: number, f: unknown): void {
  if (typeof f !== 'function') throw badArgument(fn, index, f, 'function');
}

/** An options object (undefined is left to the caller's default). */
export function checkObject(fn: string, index: number, o: unknown, expected: ArgExpected = 'object'): void {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw badArgument(fn, index, o, expected);
}

/** A value where a tensor is required (not a number or an array). */
export function checkTensor(fn: string, index: number, t: unknown): Tensor {
  if (!(t instanceof Tensor)) throw badArgument(fn, index, t, 'tensor-only');
  return t;
}

/** A list of tensors. */
export function checkTensors(fn: string, index: number, ts: unknown): void {
  if (!Array.isArray(ts) || !ts.every((t) => t instanceof Tensor))
    throw badArgument(fn, index, ts, 'tensors');
}

/** A user-given shape: integers ≥ 0 whose product is at most MAX_TENSOR_SIZE, checked before allocating. */
export function checkShape(fn: string, index: number, shape: unknown): Shape {
  if (
    !Array.isArray(shape) ||
    !shape.every((d) => Number.isInteger(d) && d >= 0) ||
    sizeOf(shape) > MAX_TENSOR_SIZE
  )
    throw badArgument(fn, index, shape, 'shape');
  return shape;
}
