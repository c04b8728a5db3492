import { DescensoError } from '../errors.js';
import { showValue } from '../text.js';
import { MAX_SIZE } from './random-state.js';

/**
 * `num` evenly spaced numbers from `start` to `stop`, equal bit for bit to `np.linspace`:
 * NumPy computes `arange(num) * step + start` with `step = (stop - start) / div` (div = num - 1
 * with the endpoint, num without), then writes `stop` itself into the last slot so the end is
 * exact. When the step underflows to zero it scales by `i / div` first and by the width after.
 */
export function linspace(start: number, stop: number, num: number, endpoint = true): Float64Array {
  for (const [name, value] of [
    ['start', start],
    ['stop', stop],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new DescensoError('random-not-finite', { method: 'linspace', name, value: showValue(value) });
    }
  }
  if (typeof num !== 'number' || !Number.isInteger(num) || num < 0 || num > MAX_SIZE) {
    throw new DescensoError('random-bad-size', { value: showValue(num), max: MAX_SIZE });
  }
  const out = new Float64Array(num);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  if (div > 0) {
    const step = delta / div;
    if (step === 0) {
      for (let i = 0; i < num; i++) out[i] = (i / div) * delta + start;
    } else {
      for (let i = 0; i < num; i++) out[i] = i * step + start;
    }
  } else {
    // One point with the endpoint: NumPy multiplies by the width (its step is undefined).
    for (let i = 0; i < num; i++) out[i] = i * delta + start;
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}
