/**
 * Dropping finished runs from a batch: the parameters and every per-component array of an
 * optimizer's state are filtered to the runs that go on. An optimizer's state is plain data
 * (optax's pytree: arrays, objects, numbers), and in a batch every array of it that is as long as
 * the parameters holds one slice per run, so the same filter applies to all of them.
 */

/** `a` keeping only the `keep.length` slices of width n listed in `keep` (slot numbers, ascending). */
export function keepSlices(a: Float64Array, n: number, keep: Int32Array, count: number): Float64Array {
  const out = new Float64Array(count * n);
  for (let k = 0; k < count; k++) {
    const from = keep[k] * n;
    for (let j = 0; j < n; j++) out[k * n + j] = a[from + j];
  }
  return out;
}

/**
 * The state with every typed array of `length` components (one slice of width n per run)
 * filtered to the kept runs; counts, flags and arrays of other lengths are kept as they are.
 */
export function compactState(
  state: unknown,
  length: number,
  n: number,
  keep: Int32Array,
  count: number,
): unknown {
  if (state instanceof Float64Array)
    return state.length === length ? keepSlices(state, n, keep, count) : state;
  if (Array.isArray(state)) return state.map((s) => compactState(s, length, n, keep, count));
  if (state === null || typeof state !== 'object') return state;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) out[k] = compactState(v, length, n, keep, count);
  return out;
}
