/**
 * The eigen-decomposition of a symmetric matrix, as curvature needs it: eigenvalues in ascending
 * order, each with a unit eigenvector. A 2×2 matrix (every surface of the lab) takes the closed
 * form, which is exact to rounding and costs nothing per frame; a larger one takes the cyclic
 * Jacobi rotations Newton's method already uses (src/optim/newton.ts).
 */
import { symmetricEigen } from '../optim/newton.js';

export interface Eigen {
  /** Ascending. */
  values: number[];
  /** `vectors[k]` is the unit eigenvector of `values[k]`, its largest component positive. */
  vectors: number[][];
}

/**
 * [[a, b], [b, c]] in closed form: λ = (a + c)/2 ∓ √(((a − c)/2)² + b²), the larger one along the
 * angle θ = ½·atan2(2b, a − c) and the smaller one at θ + 90°. Vectors from the angle are
 * orthonormal however close the two values are (vectors from a row of H − λI are not: with b
 * tiny or subnormal both rows round to the same direction, or to nothing).
 */
export function eigen2(a: number, b: number, c: number): Eigen {
  if (b === 0) {
    // diagonal: the axes, in the order of their values
    const axes =
      a <= c
        ? [
            [1, 0],
            [0, 1],
          ]
        : [
            [0, 1],
            [1, 0],
          ];
    return { values: [Math.min(a, c), Math.max(a, c)], vectors: axes };
  }
  const mean = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const theta = Math.atan2(2 * b, a - c) / 2;
  const big = [Math.cos(theta), Math.sin(theta)];
  return { values: [mean - r, mean + r], vectors: [normalized([-big[1], big[0]]), normalized(big)] };
}

/** A unit vector in the direction of v, signed so that its largest component is positive. */
export function normalized(v: readonly number[]): number[] {
  let norm = 0;
  let big = 0;
  for (const x of v) {
    norm = Math.hypot(norm, x);
    if (Math.abs(x) > Math.abs(big)) big = x;
  }
  const s = (big < 0 ? -1 : 1) / norm;
  return v.map((x) => x * s);
}

/** Eigenvalues (ascending) and unit eigenvectors of the symmetric n×n matrix `h` (rows). */
export function symmetricEigenSorted(h: readonly (readonly number[])[]): Eigen {
  const n = h.length;
  if (n === 1) return { values: [h[0][0]], vectors: [[1]] };
  if (n === 2) return eigen2(h[0][0], (h[0][1] + h[1][0]) / 2, h[1][1]);
  const flat = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) flat[i * n + j] = (h[i][j] + h[j][i]) / 2;
  const { values, vectors } = symmetricEigen(flat, n);
  const order = Array.from({ length: n }, (_v, k) => k).sort((p, q) => values[p] - values[q]);
  return {
    values: order.map((k) => values[k]),
    vectors: order.map((k) => normalized(Array.from({ length: n }, (_v, i) => vectors[i * n + k]))),
  };
}
