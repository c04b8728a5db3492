import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cholesky, newtonDirection, scaleByNewton, symmetricEigen } from './newton.js';
import { newton } from './optimizers.js';
import { applyUpdates } from './transforms.js';
import type { Params } from './types.js';

const matrix = (rows: number[][]) => Float64Array.from(rows.flat());

/** One Newton step from p with gradient g and Hessian h (one parameter array). */
function step(p: number[], g: number[], h: number[][], damping = 0): number[] {
  const opt = newton({ damping });
  const params: Params = [Float64Array.from(p)];
  const [u] = opt.update([Float64Array.from(g)], opt.init(params), params, { hessian: [matrix(h)] });
  return Array.from(applyUpdates(params, u)[0]);
}

describe('linear algebra', () => {
  it('cholesky([[4, 2], [2, 3]]) is [[2, 0], [1, √2]]', () => {
    // 2·2 = 4, 1·2 = 2, 1·1 + √2·√2 = 3
    const l = cholesky(
      matrix([
        [4, 2],
        [2, 3],
      ]),
      2,
    );
    expect(Array.from(l ?? [])).toEqual([2, 0, 1, Math.SQRT2]);
  });

  it('cholesky of an indefinite or singular matrix is null', () => {
    expect(
      cholesky(
        matrix([
          [1, 0],
          [0, -1],
        ]),
        2,
      ),
    ).toBeNull();
    expect(
      cholesky(
        matrix([
          [0, 0],
          [0, 0],
        ]),
        2,
      ),
    ).toBeNull();
  });

  it('symmetricEigen([[2, 1], [1, 2]]) has eigenvalues 1 and 3', () => {
    const { values } = symmetricEigen(
      matrix([
        [2, 1],
        [1, 2],
      ]),
      2,
    );
    expect(Array.from(values).sort()).toEqual([expect.closeTo(1, 14), expect.closeTo(3, 14)]);
  });

  it('symmetricEigen(A) gives A·q = μ·q with orthonormal q for random symmetric A', () => {
    const sym = fc
      .integer({ min: 1, max: 6 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n }),
        ),
      );
    fc.assert(
      fc.property(sym, ([n, raw]) => {
        const a = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) a[i * n + j] = raw[i * n + j] + raw[j * n + i];
        const { values, vectors } = symmetricEigen(a, n);
        for (let k = 0; k < n; k++) {
          for (let i = 0; i < n; i++) {
            let aq = 0;
            for (let j = 0; j < n; j++) aq += a[i * n + j] * vectors[j * n + k];
            expect(Math.abs(aq - values[k] * vectors[i * n + k])).toBeLessThan(
              1e-9 * (1 + Math.abs(values[k])),
            );
          }
          for (let l = 0; l < n; l++) {
            let dot = 0;
            for (let i = 0; i < n; i++) dot += vectors[i * n + k] * vectors[i * n + l];
            expect(dot).toBeCloseTo(k === l ? 1 : 0, 10);
          }
        }
      }),
    );
  });
});

describe('newton', () => {
  it('newton() reaches the minimum of the bowl x² + 10y² in one step', () => {
    // g = (2x, 20y), H = diag(2, 20): (x, y) − (2x/2, 20y/20) = (0, 0)
    expect(
      step(
        [1.5, -0.8],
        [3, -16],
        [
          [2, 0],
          [0, 20],
        ],
      ),
    ).toEqual([expect.closeTo(0, 15), expect.closeTo(0, 15)]);
  });

  it('newton() solves a coupled quadratic exactly: ½pᵀAp − bᵀp with A = [[4, 1], [1, 3]]', () => {
    // The minimum solves A·p = b = (1, 2): p* = (1/11, 7/11). From 0, g = −b, step = A⁻¹b.
    const [x, y] = step(
      [0, 0],
      [-1, -2],
      [
        [4, 1],
        [1, 3],
      ],
    );
    expect(x).toBeCloseTo(1 / 11, 15);
    expect(y).toBeCloseTo(7 / 11, 15);
  });

  it('newton() at the saddle x² − y² flips the negative curvature and moves downhill', () => {
    // From (1, 0.5): g = (2, −1), H = diag(2, −2) is indefinite, so |μ| = (2, 2):
    // d = (2/2, −1/2) = (1, −0.5), p ← (0, 1); f goes from 0.75 to −1.
    expect(
      step(
        [1, 0.5],
        [2, -1],
        [
          [2, 0],
          [0, -2],
        ],
      ),
    ).toEqual([0, 1]);
  });

  it('newton() at the top of −x² steps away from the maximum', () => {
    // g = −2x = −2 at x = 1, H = −2: d = g/|H| = −1, x ← 2
    expect(step([1], [-2], [[-2]])).toEqual([2]);
  });

  it('newton({ damping: 1 }) on a flat Hessian is a gradient step of size 1/δ', () => {
    // f = 3x: H = 0, H + 1·I = 1 is positive definite: x ← 1 − 3/1 = −2
    expect(step([1], [3], [[0]], 1)).toEqual([-2]);
  });

  it('newtonDirection reports when it had to modify the eigenvalues', () => {
    expect(newtonDirection(matrix([[2]]), Float64Array.of(1), 0).modified).toBe(false);
    expect(newtonDirection(matrix([[-2]]), Float64Array.of(1), 0).modified).toBe(true);
  });

  it('scaleByNewton symmetrizes a slightly asymmetric Hessian', () => {
    // ½(H + Hᵀ) = [[2, 1], [1, 2]]; g = (3, 3) is its eigenvector for μ = 3: d = (1, 1)
    const d = newtonDirection(
      matrix([
        [2, 1.5],
        [0.5, 2],
      ]),
      Float64Array.of(3, 3),
      0,
    ).direction;
    expect(Array.from(d)).toEqual([expect.closeTo(1, 14), expect.closeTo(1, 14)]);
  });

  it('scaleByNewton treats each parameter array as its own block', () => {
    const t = scaleByNewton();
    const p: Params = [Float64Array.of(0), Float64Array.of(0, 0)];
    const [u, s] = t.update([Float64Array.of(4), Float64Array.of(2, -6)], t.init(p), p, {
      hessian: [
        matrix([[2]]),
        matrix([
          [1, 0],
          [0, -3],
        ]),
      ],
    });
    expect(u.map((x) => Array.from(x))).toEqual([
      [expect.closeTo(2, 14)],
      [expect.closeTo(2, 14), expect.closeTo(-2, 14)],
    ]);
    expect(s.modified).toEqual([false, true]);
  });

  it('scaleByNewton rejects a Hessian of the wrong size or with non-finite entries', () => {
    const t = scaleByNewton();
    const p: Params = [Float64Array.of(0, 0)];
    const g = [Float64Array.of(1, 1)];
    expect(() => t.update(g, t.init(p), p, { hessian: [Float64Array.of(1, 0, 0)] })).toThrow(
      /invalid shape for extra.hessian\[0\]: length 3, expected 2×2 = 4/,
    );
    expect(() => t.update(g, t.init(p), p, { hessian: [] })).toThrow(/0 blocks for 1 parameter arrays/);
    expect(() => t.update(g, t.init(p), p, { hessian: [Float64Array.of(1, 0, 0, Number.NaN)] })).toThrow(
      expect.objectContaining({ code: 'non-finite' }),
    );
  });
});
