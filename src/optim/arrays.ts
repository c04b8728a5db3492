import { badArgument, DescensoError } from '../errors.js';
import type { Params, Updates } from './types.js';

/** Small helpers over lists of flat arrays, shared by the transforms. */

export function describe(arrays: readonly Float64Array[]): string {
  return `[${arrays.map((a) => a.length).join(', ')}]`;
}

/** A list of flat numeric arrays (typed or plain), as parameters, gradients and updates are. */
export function isArrayList(v: unknown): v is readonly ArrayLike<number>[] {
  return Array.isArray(v) && v.every((a) => ArrayBuffer.isView(a) || Array.isArray(a));
}

/**
 * Gradients must have the shape the state was built for (or the parameters' shape). Anything
 * else (undefined, a number, an object) is a DescensoError naming the argument, not a TypeError.
 */
export function checkShape(
  op: string,
  grads: Updates,
  ref: readonly Float64Array[],
  [gradsArg, refArg] = [1, 3],
): void {
  if (!isArrayList(grads)) throw badArgument(op, gradsArg, grads, 'arrays');
  if (!isArrayList(ref)) throw badArgument(op, refArg, ref, 'arrays');
  let same = grads.length === ref.length;
  for (let i = 0; same && i < grads.length; i++) same = grads[i].length === ref[i].length;
  if (!same) throw new DescensoError('shape-mismatch', { op, a: describe(grads), b: describe(ref) });
}

export function needParams(op: string, grads: Updates, params: Params | undefined): Params {
  if (params === undefined) throw new DescensoError('optim-needs-params', { transform: op });
  checkShape(op, grads, params);
  return params;
}

export function zerosLike(params: readonly Float64Array[]): Float64Array[] {
  return params.map((p) => new Float64Array(p.length));
}

export function fullLike(params: readonly Float64Array[], value: number): Float64Array[] {
  return params.map((p) => new Float64Array(p.length).fill(value));
}

export function copy(arrays: readonly Float64Array[]): Float64Array[] {
  return arrays.map((a) => Float64Array.from(a));
}

/** sign with sign(0) = 0 (and NaN kept, so a broken gradient stays visible). */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x;
}
