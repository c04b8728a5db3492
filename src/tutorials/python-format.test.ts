import { describe, expect, it } from 'vitest';
import fixtures from '../../examples/fixtures/train.json' with { type: 'json' };
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import { numpyArrayRepr, numpyMean, numpySum, pyRepr } from './python-format.js';

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

describe('numpyArrayRepr', () => {
  it('numpyArrayRepr pads to 8 decimals with spaces and lines the rows up under "array(["', () => {
    expect(
      numpyArrayRepr([
        [-0.35, -0.67],
        [0.0654496, -1.06459902],
      ]),
    ).toBe('array([[-0.35      , -0.67      ],\n       [ 0.0654496 , -1.06459902]])');
  });

  it('numpyArrayRepr writes whole floats as "1." like NumPy', () => {
    expect(
      numpyArrayRepr([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('array([[1., 2.],\n       [3., 4.]])');
  });

  it('numpyArrayRepr rounds to 8 decimals from the exact value', () => {
    expect(numpyArrayRepr([[-0.26931594089544786, -0.724704468108735]])).toBe(
      'array([[-0.26931594, -0.72470447]])',
    );
  });

  it('numpyArrayRepr switches to scientific notation below 1e-4 and beyond three decades, as NumPy 2.4 prints', () => {
    // np.array([[1e-5, 2], [3, 4.5]]) and np.array([[0.1, -2.5], [123.25, 0]])
    expect(
      numpyArrayRepr([
        [1e-5, 2],
        [3, 4.5],
      ]),
    ).toBe('array([[1.0e-05, 2.0e+00],\n       [3.0e+00, 4.5e+00]])');
    expect(
      numpyArrayRepr([
        [0.1, -2.5],
        [123.25, 0],
      ]),
    ).toBe('array([[ 1.0000e-01, -2.5000e+00],\n       [ 1.2325e+02,  0.0000e+00]])');
    expect(
      numpyArrayRepr([
        [0.000123456789, 1],
        [0.5, 0.25],
      ]),
    ).toBe('array([[1.23456789e-04, 1.00000000e+00],\n       [5.00000000e-01, 2.50000000e-01]])');
  });
});
