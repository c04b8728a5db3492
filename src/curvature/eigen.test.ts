import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eigen2, symmetricEigenSorted } from './eigen.js';
import fixtures from './fixtures/eigen.json' with { type: 'json' };

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
const times = (m: readonly (readonly number[])[], v: readonly number[]) => m.map((row) => dot(row, v));
const scale = (m: readonly (readonly number[])[]) => Math.max(1, ...m.flat().map(Math.abs));

/** Symmetric n×n matrices of moderate entries (fast-check). */
const symmetric = (n: number) =>
  fc
    .array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((xs) =>
      Array.from({ length: n }, (_r, i) =>
        Array.from({ length: n }, (_c, j) => (xs[i * n + j] + xs[j * n + i]) / 2),
      ),
    );

/** H·v = λ·v for every pair, unit and pairwise orthogonal vectors, Σλ = trace. */
function expectDecomposition(m: number[][], tol: number) {
  const { values, vectors } = symmetricEigenSorted(m);
  const s = scale(m);
  for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
  values.forEach((lambda, k) => {
    const hv = times(m, vectors[k]);
    const residual = hv.map((x, i) => Math.abs(x - lambda * vectors[k][i]));
    expect(Math.max(...residual)).toBeLessThan(tol * s);
    const gram = vectors.map((w, j) => Math.abs(dot(vectors[k], w) - (j === k ? 1 : 0)));
    expect(Math.max(...gram)).toBeLessThan(tol);
  });
  const trace = m.reduce((t, row, i) => t + row[i], 0);
  expect(Math.abs(values.reduce((a, b) => a + b, 0) - trace)).toBeLessThan(tol * s * m.length);
}

describe('symmetricEigenSorted against numpy.linalg.eigh (scripts/make-curvature-fixtures.py)', () => {
  for (const c of fixtures.cases) {
    it(`${c.name}: the same eigenvalues, and eigenvectors up to sign`, () => {
      const { values, vectors } = symmetricEigenSorted(c.matrix);
      const s = scale(c.matrix);
      const off = values.map((v, k) => Math.abs(v - c.values[k]));
      expect(Math.max(...off)).toBeLessThan(1e-12 * s);
      // a near-double eigenvalue has no well-defined vector: only the pairs that are apart
      vectors.forEach((v, k) => {
        const gap = Math.min(...c.values.filter((_x, j) => j !== k).map((x) => Math.abs(x - c.values[k])));
        if (gap > 1e-6 * s) expect(Math.abs(Math.abs(dot(v, c.vectors[k])) - 1)).toBeLessThan(1e-9);
      });
      // determinant = product of the eigenvalues
      const det = values.reduce((a, b) => a * b, 1);
      expect(Math.abs(det - c.det)).toBeLessThan(1e-9 * Math.max(1, Math.abs(c.det)) * s);
    });
  }
});

describe('eigen2 (closed form)', () => {
  it('eigen2(11, −9, 11) is λ = 2, 20 along (1, 1)/√2 and (1, −1)/√2', () => {
    // (x + y)²/2 + 5(x − y)²: curvature 2 along x = y, 20 along x = −y
    const { values, vectors } = eigen2(11, -9, 11);
    expect(values).toEqual([2, 20]);
    expect(vectors[0][0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[0][1]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(Math.abs(vectors[1][0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[1][0] * vectors[1][1]).toBeCloseTo(-0.5, 15);
  });
  it('eigen2 of a diagonal matrix keeps the axes, ordered by value', () => {
    expect(eigen2(5, 0, -1)).toEqual({
      values: [-1, 5],
      vectors: [
        [0, 1],
        [1, 0],
      ],
    });
  });
  it('eigen2(1, 5e−324, 1) gives orthonormal vectors although b is subnormal', () => {
    // found by the property below: vectors from a row of H − λI divided 0 by 0 here
    expectDecomposition(
      [
        [1, 5e-324],
        [5e-324, 1],
      ],
      1e-12,
    );
  });
  it('eigen2 gives H·v = λ·v, orthonormal vectors, trace and determinant (property)', () => {
    fc.assert(
      fc.property(symmetric(2), (m) => {
        expectDecomposition(m, 1e-10);
        const { values } = eigen2(m[0][0], m[0][1], m[1][1]);
        const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        expect(Math.abs(values[0] * values[1] - det)).toBeLessThan(1e-9 * scale(m) ** 2);
      }),
    );
  });
});

describe('symmetricEigenSorted (Jacobi, n > 2)', () => {
  it('gives H·v = λ·v, orthonormal vectors and the trace for 3×3 to 6×6 (property)', () => {
    for (const n of [3, 4, 6])
      fc.assert(
        fc.property(symmetric(n), (m) => expectDecomposition(m, 1e-9)),
        { numRuns: 40 },
      );
  });
  it('symmetricEigenSorted([[7]]) is λ = 7 along (1)', () => {
    expect(symmetricEigenSorted([[7]])).toEqual({ values: [7], vectors: [[1]] });
  });
});
