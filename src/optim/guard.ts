import { badArgument } from '../errors.js';
import { isArrayList } from './arrays.js';
import type { Params, Transform } from './types.js';

/**
 * init and update with their arguments checked, so a wrong one is a DescensoError naming it, not a
 * TypeError deep in a block. A state this optimizer handed out is trusted; any other (built by
 * hand, read from a file) must have the shape a fresh one would have.
 */
export function guarded(name: string, transform: Transform<unknown[]>): Transform<unknown[]> {
  const issued = new WeakSet<object>();
  const keep = <S>(state: S): S => {
    if (typeof state === 'object' && state !== null) issued.add(state);
    return state;
  };
  return {
    init(params) {
      if (!isArrayList(params)) throw badArgument(`${name}.init`, 1, params, 'arrays');
      return keep(transform.init(params));
    },
    update(grads, state, params, extra) {
      if (!isArrayList(grads)) throw badArgument(`${name}.update`, 1, grads, 'arrays');
      if (params !== undefined && !isArrayList(params))
        throw badArgument(`${name}.update`, 3, params, 'arrays');
      const known = typeof state === 'object' && state !== null && issued.has(state);
      if (!known && !sameShape(transform.init(grads as Params), state))
        throw badArgument(`${name}.update`, 2, state, 'optimizer-state');
      const [updates, next] = transform.update(grads, state, params, extra);
      return [updates, keep(next)];
    },
  };
}

/** Whether `value` has the structure of `model`: the same kinds, keys and array lengths. */
function sameShape(model: unknown, value: unknown): boolean {
  if (ArrayBuffer.isView(model))
    return ArrayBuffer.isView(value) && (value as Float64Array).length === (model as Float64Array).length;
  if (Array.isArray(model))
    return (
      Array.isArray(value) && value.length === model.length && model.every((m, i) => sameShape(m, value[i]))
    );
  if (model === null || typeof model !== 'object')
    return model === null ? value === null : typeof value === typeof model;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Object.entries(model).every(([k, m]) => Object.hasOwn(v, k) && sameShape(m, v[k]));
}
