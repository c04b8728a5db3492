import { describe, expect, it } from 'vitest';
import fixtures from '../../examples/fixtures/train.json' with { type: 'json' };
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import { numpyMean, numpySum, pyRepr } from './python-format.js';

/** (y − 10x)² on the JAX tutorial's data (seed 22). */
function jaxResiduals(): number[] {
  const rs = new RandomState(22);
  const x = linspace(-2, 2, 100);
  const noise = rs.normal(0, 1, 100);
  return Array.from(x, (v, i) => (5 * v + 2 * noise[i] - 10 * v) ** 2);
}

describe('pyRepr', () => {
  it.each([
    [10, '10.0'],
    [-3, '-3.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [38.407744806265676, '38.407744806265676'],
    [4.962451345583043, '4.962451345583043'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [123456789012345.6, '123456789012345.6'],
    [1e16, '1e+16'],
    [2.5e22, '2.5e+22'],
    [0.1 + 0.2, '0.30000000000000004'],
    [Number.NaN, 'nan'],
    [Number.NEGATIVE_INFINITY, '-inf'],
  ])('pyRepr(%d) is %j, as Python prints it', (x, text) => {
    expect(pyRepr(x)).toBe(text);
  });
});

describe('numpySum', () => {
  it('numpySum adds fewer than 8 values left to right', () => {
    expect(numpySum([0.1, 0.2, 0.3])).toBe(0.1 + 0.2 + 0.3);
  });

  it('numpySum of 9 values combines eight running sums pairwise, then the tail', () => {
    const a = [1e16, 1, -1e16, 1, 1, 1, 1, 1, 1];
    // (1e16 + 1) + (−1e16 + 1) + … : the pairs cancel differently from a left-to-right sum
    const r = a.slice(0, 8);
    const expected = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7])) + a[8];
    expect(numpySum(a)).toBe(expected);
  });

  it('numpySum equals np.sum bit for bit on arrays of 5 to 1000 values', () => {
    for (const { values, sum } of fixtures.sums) expect(numpySum(values)).toBe(sum);
  });

  it('numpyMean of the JAX tutorial data at W1 = 10 is the printed 38.407744806265676', () => {
    expect(numpyMean(jaxResiduals())).toBe(38.407744806265676);
  });
});
