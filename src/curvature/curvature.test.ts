import { describe, expect, it } from 'vitest';
import { isDescensoError } from '../errors.js';
import { parseFormula } from '../expr/index.js';
import { descend } from '../train/descend.js';
import { centralHessian } from './hessian.js';
import { curvatureAt, fastestSettings, isQuadratic } from './index.js';

describe('curvatureAt: the Hessian', () => {
  it('curvatureAt(rosenbrock, (1, 0.5)) is [[1002, −400], [−400, 200]] by autodiff', () => {
    // f = (1 − x)² + 100(y − x²)²: f_xx = 2 − 400y + 1200x², f_xy = −400x, f_yy = 200
    const c = curvatureAt({ surface: 'rosenbrock' }, [1, 0.5]);
    expect(c.method).toBe('autodiff');
    expect(c.hessian).toEqual([
      [1002, -400],
      [-400, 200],
    ]);
    expect(c.shape).toBe('positive-definite');
    expect(c.quadratic).toBe(false);
    expect(c.fastest).toBeNull();
  });
  it('curvatureAt(a² + 2b² + 3c² + ab) in three variables is [[2, 1, 0], [1, 4, 0], [0, 0, 6]]', () => {
    const c = curvatureAt({ formula: 'a^2 + 2*b^2 + 3*c^2 + a*b' }, [1, 2, 3]);
    expect(c.vars).toEqual(['a', 'b', 'c']);
    expect(c.hessian).toEqual([
      [2, 1, 0],
      [1, 4, 0],
      [0, 0, 6],
    ]);
    // the 2×2 block [[2, 1], [1, 4]] has λ = 3 ∓ √2; the third is 6
    expect(c.eigenvalues[0]).toBeCloseTo(3 - Math.SQRT2, 14);
    expect(c.eigenvalues[1]).toBeCloseTo(3 + Math.SQRT2, 14);
    expect(c.eigenvalues[2]).toBeCloseTo(6, 14);
    expect(c.condition).toBeCloseTo(6 / (3 - Math.SQRT2), 12);
  });
  it('centralHessian agrees with autodiff on peaks to 1e-6', () => {
    const c = curvatureAt({ surface: 'peaks' }, [0.3, -0.7]);
    const f = (p: readonly number[]) => curvatureAt({ surface: 'peaks' }, p).value;
    const h = centralHessian(f, [0.3, -0.7]);
    const gap = h.flatMap((row, i) => row.map((v, j) => Math.abs(v - c.hessian[i][j])));
    expect(Math.max(...gap)).toBeLessThan(1e-5);
  });
  it('curvatureAt(|x|^1.5 + y², (0, 1)) falls back to central differences, and says so, where f_xx is infinite', () => {
    // f_xx = 0.75/√|x| is ∞ at x = 0 by the graph; the differences give 2h^−½ = 200 at h = 1e−4
    const c = curvatureAt({ formula: 'abs(x)^1.5 + y^2' }, [0, 1]);
    expect(c.method).toBe('central');
    expect(c.hessian[0][0]).toBeCloseTo(200, 6);
    expect(c.hessian[1][1]).toBeCloseTo(2, 6);
  });
});

describe('curvatureAt: eigenvalues, κ and shape', () => {
  it('curvatureAt(bowl-rotated) has λ = 2, 20 along (1, 1)/√2 and (1, −1)/√2, κ = 10', () => {
    const c = curvatureAt({ surface: 'bowl-rotated' }, [1, 0.5]);
    expect(c.eigenvalues).toEqual([2, 20]);
    expect(c.eigenvectors[0][0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(c.eigenvectors[0][1]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(c.eigenvectors[1][0] * c.eigenvectors[1][1]).toBeCloseTo(-0.5, 15);
    expect(c.condition).toBe(10);
  });
  it('curvatureAt(saddle) is indefinite with κ = 1', () => {
    const c = curvatureAt({ surface: 'saddle' }, [0, 0]);
    expect(c.eigenvalues).toEqual([-2, 2]);
    expect(c.shape).toBe('indefinite');
    expect(c.condition).toBe(1);
    expect(c.fastest).toBeNull();
  });
  it('curvatureAt((x + y)²) is singular: κ = ∞, positive semidefinite', () => {
    const c = curvatureAt({ formula: '(x + y)^2' }, [1, 2]);
    expect(c.condition).toBe(Number.POSITIVE_INFINITY);
    expect(c.shape).toBe('positive-semidefinite');
    expect(c.fastest).toBeNull();
  });
  it('curvatureAt(−x² − 3y²) is negative definite', () => {
    expect(curvatureAt({ formula: '-x^2 - 3*y^2' }, [0, 0]).shape).toBe('negative-definite');
  });
  it('curvatureAt(x + y) is flat', () => {
    expect(curvatureAt({ formula: 'x + y' }, [0, 0]).shape).toBe('flat');
  });
});

describe('curvatureAt: bad input', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      return isDescensoError(err) ? err.code : String(err);
    }
    return 'no error';
  };
  it('curvatureAt(peaks, (1)) refuses a point of the wrong length', () => {
    expect(codeOf(() => curvatureAt({ surface: 'peaks' }, [1]))).toBe('curvature-point-length');
  });
  it('curvatureAt(peaks, (NaN, 0)) refuses a point that is not finite', () => {
    expect(codeOf(() => curvatureAt({ surface: 'peaks' }, [Number.NaN, 0]))).toBe('curvature-point-finite');
  });
  it('curvatureAt(log(x) + y², (−1, 0)) says f is not defined there', () => {
    expect(codeOf(() => curvatureAt({ formula: 'log(x) + y^2' }, [-1, 0]))).toBe('curvature-undefined');
  });
  it('curvatureAt(x +* y) is the formula fault', () => {
    expect(codeOf(() => curvatureAt({ formula: 'x +* y' }, [0, 0]))).toMatch(/^expr-/);
  });
  it('curvatureAt(no-such-surface) is the catalog fault', () => {
    expect(codeOf(() => curvatureAt({ surface: 'no-such' }, [0, 0]))).not.toBe('no error');
  });
});

describe('isQuadratic', () => {
  const q = (text: string) => isQuadratic(parseFormula(text, { kind: 'nd' }));
  it.each([
    'x^2 + 10*y^2',
    '(x + y)^2/2 + 5*(x - y)^2',
    '0.26*(x^2 + y^2) - 0.48*x*y',
    '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    'square(x - 1) + y',
    'x*y',
    '3',
    'x^(1+1) + sqrt(2)*y',
    'a^2 + b^2 + c^2 + d/4',
  ])('isQuadratic(%s) is true', (text) => expect(q(text)).toBe(true));
  it.each(['x^3 + y', 'x^2*y', 'sin(x) + y^2', '1/x + y^2', 'x^0.5 + y^2', 'exp(x^2)', 'x^y', '(x^2)^2'])(
    'isQuadratic(%s) is false',
    (text) => expect(q(text)).toBe(false),
  );
});

/**
 * Steps until the distance to the minimum falls below 1e-8 of where it started, from a start one
 * unit along each eigenvector (the worst case the rates describe: both extremes excited equally).
 */
function stepsToMinimum(
  kappa: number,
  options: Record<string, number>,
  convention: 'pytorch' | 'keras' = 'pytorch',
) {
  const formula = `(x + y)^2/2 + ${kappa}*(x - y)^2/2 + 0.3*x - y`;
  const c = curvatureAt({ formula }, [0, 0]);
  const [[a, b], [, d]] = c.hessian;
  // ∇f = H·p + g₀ = 0 at the minimum
  const det = a * d - b * b;
  const [g0, g1] = c.gradient;
  const star = [-(d * g0 - b * g1) / det, -(-b * g0 + a * g1) / det];
  const [v1, v2] = c.eigenvectors;
  const start = [star[0] + v1[0] + v2[0], star[1] + v1[1] + v2[1]];
  const run = descend({ formula, start, steps: 20000, optimizer: { name: 'sgd', options, convention } });
  const far = Math.SQRT2;
  const k = run.points.findIndex((p) => Math.hypot(p[0] - star[0], p[1] - star[1]) <= 1e-8 * far);
  return { steps: k < 0 ? Number.POSITIVE_INFINITY : k, curvature: c, points: run.points };
}

describe('fastestSettings on quadratics, checked by running descend', () => {
  it('fastestSettings([2, 20]) is lr 1/11 (rate 9/11, stable below 0.1), momentum lr 4/(√20 + √2)², β ((√10 − 1)/(√10 + 1))²', () => {
    const f = fastestSettings([2, 20]);
    expect(f?.gd.lr).toBeCloseTo(2 / 22, 15);
    expect(f?.gd.rate).toBeCloseTo(9 / 11, 15);
    expect(f?.gd.stableBelow).toBeCloseTo(0.1, 15);
    const r = (Math.sqrt(10) - 1) / (Math.sqrt(10) + 1);
    expect(f?.momentum.lr).toBeCloseTo(4 / (Math.sqrt(20) + Math.SQRT2) ** 2, 15);
    expect(f?.momentum.momentum).toBeCloseTo(r * r, 15);
    expect(f?.momentum.rate).toBeCloseTo(r, 15);
    expect(fastestSettings([-1, 2])).toBeNull();
  });
  for (const kappa of [2, 10, 50, 200]) {
    it(`κ = ${kappa}: gradient descent's offered lr reaches the minimum in fewer steps than lr × 0.9, 0.98, 1.02, 1.1`, () => {
      const best = stepsToMinimum(kappa, {});
      const lr = best.curvature.fastest?.gd.lr ?? Number.NaN;
      const at = stepsToMinimum(kappa, { lr }).steps;
      for (const m of [0.9, 0.98, 1.02, 1.1])
        expect(at).toBeLessThan(stepsToMinimum(kappa, { lr: lr * m }).steps);
    });
    it(`κ = ${kappa}: momentum's offered lr and β beat lr × 0.9, 1.05, β × 0.9, and gradient descent`, () => {
      const c = stepsToMinimum(kappa, {}).curvature;
      const { lr, momentum } = c.fastest?.momentum ?? { lr: Number.NaN, momentum: Number.NaN };
      const at = stepsToMinimum(kappa, { lr, momentum }).steps;
      expect(at).toBeLessThan(stepsToMinimum(kappa, { lr: lr * 0.9, momentum }).steps);
      expect(at).toBeLessThan(stepsToMinimum(kappa, { lr: lr * 1.05, momentum }).steps);
      // a β a little above the optimum can tie or win by a few steps: at β* the two roots of each
      // direction coincide and leave a k·rᵏ transient; a smaller β is slower as the rate says
      expect(at).toBeLessThan(stepsToMinimum(kappa, { lr, momentum: momentum * 0.9 }).steps);
      expect(at).toBeLessThan(stepsToMinimum(kappa, { lr: c.fastest?.gd.lr ?? 0 }).steps);
    });
  }
  it('momentum in the PyTorch and Keras conventions makes the same iterates with the same lr and β', () => {
    // b ← βb + g, p ← p − lr·b  and  v ← βv − lr·g, p ← p + v  have v = −lr·b at every step
    const c = stepsToMinimum(10, {}).curvature;
    const options = { lr: c.fastest?.momentum.lr ?? 0, momentum: c.fastest?.momentum.momentum ?? 0 };
    const torch = stepsToMinimum(10, options, 'pytorch');
    const keras = stepsToMinimum(10, options, 'keras');
    expect(keras.steps).toBe(torch.steps);
    torch.points.slice(0, 60).forEach((p, i) => {
      expect(keras.points[i][0]).toBeCloseTo(p[0], 12);
      expect(keras.points[i][1]).toBeCloseTo(p[1], 12);
    });
  });
});
