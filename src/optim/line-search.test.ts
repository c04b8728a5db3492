import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  armijoHolds,
  backtracking,
  cubicMinimizer,
  curvatureHolds,
  type Line,
  quadraticMinimizer,
  strongWolfe,
} from './line-search.js';

/** Smooth test functions of two variables with their gradients. */
const functions = {
  rosenbrock: {
    f: ([x, y]: number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    g: ([x, y]: number[]) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  },
  himmelblau: {
    f: ([x, y]: number[]) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    g: ([x, y]: number[]) => [
      4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
      2 * (x * x + y - 11) + 4 * y * (x + y * y - 7),
    ],
  },
  bowl: {
    f: ([x, y]: number[]) => x * x + 10 * y * y + x * y,
    g: ([x, y]: number[]) => [2 * x + y, 20 * y + x],
  },
};
type Fn = (typeof functions)[keyof typeof functions];

/** φ along d from x, counting calls. */
function lineOf(fn: Fn, x: number[], d: number[]) {
  const at = (a: number) => x.map((xi, i) => xi + a * d[i]);
  const calls = { value: 0, slope: 0 };
  const line: Line = {
    value: (a) => {
      calls.value++;
      return fn.f(at(a));
    },
    slope: (a) => {
      calls.slope++;
      const g = fn.g(at(a));
      return { value: fn.f(at(a)), slope: g[0] * d[0] + g[1] * d[1] };
    },
  };
  return { line, at, calls };
}

const start = fc.tuple(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
);
const name = fc.constantFrom(...(Object.keys(functions) as (keyof typeof functions)[]));
const initial = fc.constantFrom(1e-3, 0.1, 1, 10);

describe('line searches along −∇f', () => {
  it('backtracking({ c1, shrink }) accepts only steps that meet the Armijo condition (property over functions, starts, first steps)', () => {
    fc.assert(
      fc.property(name, start, initial, fc.constantFrom(1e-4, 0.1, 0.4), (n, x, a0, c1) => {
        const fn = functions[n];
        const g = fn.g(x);
        const d = g.map((v) => -v);
        const slope0 = g[0] * d[0] + g[1] * d[1];
        fc.pre(slope0 < -1e-12);
        const { line, at } = lineOf(fn, x, d);
        const r = backtracking({ c1, shrink: 0.5 })(line, fn.f(x), slope0, a0);
        expect(r.ok).toBe(true);
        expect(r.alpha).toBeGreaterThan(0);
        expect(r.value).toBe(fn.f(at(r.alpha)));
        expect(armijoHolds(fn.f(at(r.alpha)), r.alpha, fn.f(x), slope0, c1)).toBe(true);
        // The step before it (α/shrink) was refused, unless α is the first trial.
        if (r.alpha < a0)
          expect(armijoHolds(fn.f(at(r.alpha / 0.5)), r.alpha / 0.5, fn.f(x), slope0, c1)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('strongWolfe({ c1, c2 }) accepts only steps that meet both strong Wolfe conditions (property)', () => {
    fc.assert(
      fc.property(name, start, initial, fc.constantFrom(0.1, 0.5, 0.9), (n, x, a0, c2) => {
        const fn = functions[n];
        const g = fn.g(x);
        const d = g.map((v) => -v);
        const slope0 = g[0] * d[0] + g[1] * d[1];
        fc.pre(slope0 < -1e-8);
        const { line, at } = lineOf(fn, x, d);
        const r = strongWolfe({ c1: 1e-4, c2 })(line, fn.f(x), slope0, a0);
        fc.pre(r.ok);
        const gq = fn.g(at(r.alpha));
        expect(armijoHolds(fn.f(at(r.alpha)), r.alpha, fn.f(x), slope0, 1e-4)).toBe(true);
        expect(curvatureHolds(gq[0] * d[0] + gq[1] * d[1], slope0, c2)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('strongWolfe on φ(α) = (α − 3)² from α₀ = 1 brackets by doubling and takes the minimum α = 3 by interpolation', () => {
    // φ′(0) = −6; α = 1: φ = 4 ≤ 9 − 6e-4, φ′ = −4 too steep; α = 2: φ = 1, φ′ = −2; α = 4: φ = 1, not
    // below φ(2) → zoom on [2, 4]: the parabola through (2, 1, −2) and (4, 1) has its minimum at 3.
    const line: Line = {
      value: (a) => (a - 3) ** 2,
      slope: (a) => ({ value: (a - 3) ** 2, slope: 2 * (a - 3) }),
    };
    const r = strongWolfe({ c1: 1e-4, c2: 0.1 })(line, 9, -6, 1);
    expect(r).toMatchObject({ alpha: 3, value: 0, slope: 0, ok: true });
  });

  it('backtracking from α₀ = 1 on φ(α) = (α − 0.1)² halves to 0.125, the first step with enough decrease', () => {
    // φ(0) = 0.01, φ′(0) = −0.2; φ(1) = 0.81, φ(0.5) = 0.16, φ(0.25) = 0.0225 all above 0.01 − …;
    // φ(0.125) = 0.000625 ≤ 0.01 − 1e-4·0.125·0.2.
    const line: Line = {
      value: (a) => (a - 0.1) ** 2,
      slope: (a) => ({ value: (a - 0.1) ** 2, slope: 2 * (a - 0.1) }),
    };
    expect(backtracking({ c1: 1e-4, shrink: 0.5 })(line, 0.01, -0.2, 1)).toMatchObject({
      alpha: 0.125,
      ok: true,
    });
  });

  it('backtracking where f is undefined along the line (NaN) keeps shrinking and ends with α = 0, not a NaN step', () => {
    const line: Line = { value: () => Number.NaN, slope: () => ({ value: Number.NaN, slope: Number.NaN }) };
    expect(backtracking({ c1: 1e-4, shrink: 0.5 })(line, 1, -1, 1)).toMatchObject({
      alpha: 0,
      value: 1,
      ok: false,
    });
  });

  it('cubicMinimizer recovers the minimum of a cubic from three values and one slope; quadraticMinimizer that of a parabola', () => {
    // p(t) = t³ − 3t + 1 has its local minimum at t = 1: p(0) = 1, p′(0) = −3, p(2) = 3, p(−1) = 3.
    const p = (t: number) => t ** 3 - 3 * t + 1;
    expect(cubicMinimizer(0, p(0), -3, 2, p(2), -1, p(-1))).toBeCloseTo(1, 12);
    // q(t) = 2(t − 0.7)²: q(0) = 0.98, q′(0) = −2.8, q(1) = 0.18.
    expect(quadraticMinimizer(0, 0.98, -2.8, 1, 0.18)).toBeCloseTo(0.7, 12);
    expect(quadraticMinimizer(0, 1, -1, 0, 1)).toBeNull();
  });
});
