/** Randomness as a value: a NumPy-compatible generator and NumPy's linspace. */
export { libmLog } from './libm-log.js';
export { linspace } from './linspace.js';
export {
  MAX_SIZE,
  type MutableArrayLike,
  RandomState,
  type RandomStateSnapshot,
  type Seed,
} from './random-state.js';
