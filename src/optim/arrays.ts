import { DescensoError } from '../errors.js';
import type { Params, Updates } from './types.js';

/** Small helpers over lists of flat arrays, shared by the transforms. */

export function describe(arrays: readonly Float64Array[]): string {
  return `[${arrays.map((a) => a.length).join(', ')}]`;
}

/** Gradients must have the shape the state was built for (or the parameters' shape). */
export function checkShape(op: string, grads: Updates, ref: readonly Float64Array[]): void {
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
