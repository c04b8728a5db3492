import { DescensoError } from '../errors.js';
import { describe } from './arrays.js';
import type { DtypeOption } from './transforms.js';
import { rounder, type Transform } from './types.js';
import { nonNegative } from './validate.js';

/**
 * Newton's direction (H + δ·I)⁻¹·g from the Hessian the caller passes in `extra.hessian`
 * (one row-major n×n block per parameter array; blocks are independent).
 *
 * When H + δ·I is positive definite the Cholesky factorization succeeds and the direction is the
 * damped Newton one. Otherwise the step would climb or blow up, so the eigenvalues are modified:
 * H = Q·Λ·Qᵀ and each μ becomes max(|μ|, 1e-6·max(1, max|μ|)) + δ. That keeps Newton's scaling
 * along every eigenvector, points downhill, and at a saddle walks away along negative curvature,
 * where adding damping until H + τI is positive definite would take huge steps along it.
 * The linear algebra runs in float64; float32 mode rounds the result.
 */

export interface NewtonState {
  readonly count: number;
  /** Per parameter array: whether the last step needed the eigenvalue modification. */
  readonly modified: readonly boolean[];
}

/** Relative size below which a Cholesky pivot counts as zero: the matrix is then treated as indefinite. */
const PIVOT_TOLERANCE = 1e-12;
/** The smallest eigenvalue magnitude kept, relative to the largest (and to 1). */
const EIGEN_FLOOR = 1e-6;

/** The lower-triangular L with L·Lᵀ = a, or null when a is not (numerically) positive definite. */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + i]));
  const tol = PIVOT_TOLERANCE * scale;
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j];
    for (let k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
    if (!(d > tol)) return null;
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = s / ljj;
    }
  }
  return l;
}

/** Solves L·Lᵀ·x = b. */
function choleskySolve(l: Float64Array, n: number, b: Float64Array): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
  return x;
}

/**
 * Eigenvalues and eigenvectors of a symmetric matrix by cyclic Jacobi rotations (small n, robust).
 * `vectors` is row-major with eigenvector k in column k.
 */
export function symmetricEigen(s: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (const x of a) total += x * x;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        // The rotation angle that zeroes a[p][q]: t = tan φ, the smaller root of t² + 2θt − 1 = 0.
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          if (k === p || k === q) continue;
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = a[p * n + k] = c * akp - sn * akq;
          a[k * n + q] = a[q * n + k] = sn * akp + c * akq;
        }
        a[p * n + p] -= t * apq;
        a[q * n + q] += t * apq;
        a[p * n + q] = a[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - sn * vkq;
          v[k * n + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i];
  return { values, vectors: v };
}

/** The direction for one block, and whether the eigenvalue modification was needed. */
export function newtonDirection(
  h: Float64Array,
  g: Float64Array,
  damping: number,
): { direction: Float64Array; modified: boolean } {
  const n = g.length;
  // Symmetrize: a Hessian from finite differences or a tape is symmetric only up to rounding.
  const sym = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) sym[i * n + j] = 0.5 * (h[i * n + j] + h[j * n + i]);
  const damped = Float64Array.from(sym);
  for (let i = 0; i < n; i++) damped[i * n + i] += damping;
  const l = cholesky(damped, n);
  if (l) return { direction: choleskySolve(l, n, g), modified: false };

  const { values, vectors } = symmetricEigen(sym, n);
  let largest = 0;
  for (const mu of values) largest = Math.max(largest, Math.abs(mu));
  const floor = EIGEN_FLOOR * Math.max(1, largest);
  const direction = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let along = 0;
    for (let i = 0; i < n; i++) along += vectors[i * n + k] * g[i];
    const coef = along / (Math.max(Math.abs(values[k]), floor) + damping);
    for (let i = 0; i < n; i++) direction[i] += coef * vectors[i * n + k];
  }
  return { direction, modified: true };
}

/** (H + δ·I)⁻¹·g per parameter array, with the fallback above; needs `extra.hessian`. */
export function scaleByNewton(options: { damping?: number } & DtypeOption = {}): Transform<NewtonState> {
  const r = rounder(options.dtype);
  const damping = nonNegative('newton', 'damping', options.damping ?? 0);
  return {
    init: (params) => ({ count: 0, modified: params.map(() => false) }),
    update(grads, state, _params, extra) {
      const hessian = extra?.hessian;
      if (!hessian) throw new DescensoError('optim-needs-hessian', { optimizer: 'newton' });
      if (grads.length !== state.modified.length) {
        throw new DescensoError('shape-mismatch', {
          op: 'newton',
          a: describe(grads),
          b: `${state.modified.length} parameter arrays`,
        });
      }
      if (hessian.length !== grads.length) {
        throw new DescensoError('bad-shape', {
          what: 'extra.hessian',
          shape: `${hessian.length} blocks for ${grads.length} parameter arrays`,
        });
      }
      const modified: boolean[] = [];
      const out = grads.map((g, i) => {
        const h = hessian[i];
        const n = g.length;
        if (!h || h.length !== n * n) {
          throw new DescensoError('bad-shape', {
            what: `extra.hessian[${i}]`,
            shape: `length ${h ? h.length : 0}, expected ${n}×${n} = ${n * n}`,
          });
        }
        for (const x of h) {
          if (!Number.isFinite(x)) {
            throw new DescensoError('non-finite', { op: 'newton', where: `extra.hessian[${i}]` });
          }
        }
        const step = newtonDirection(h, g, damping);
        modified.push(step.modified);
        return step.direction.map(r);
      });
      return [out, { count: state.count + 1, modified }];
    },
  };
}
