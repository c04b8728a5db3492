import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import reference from './fixtures/nelder-mead.json' with { type: 'json' };
import {
  initialSimplex,
  type NelderMeadState,
  nelderMead,
  nelderMeadStateOf,
  simplexCoefficients,
  simplexMeasure,
  simplexSpread,
} from './nelder-mead.js';
import { applyUpdates } from './transforms.js';
import type { Params } from './types.js';

/**
 * The functions of scripts/reference-nelder-mead.py, with the same operations in the same order, so
 * that every comparison SciPy made is made on the same numbers and the iterates agree bit for bit.
 */
const functions: Record<string, (p: ArrayLike<number>) => number> = {
  rosenbrock: ({ 0: x, 1: y }) => (1 - x) * (1 - x) + 100 * ((y - x * x) * (y - x * x)),
  himmelblau: ({ 0: x, 1: y }) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return a * a + b * b;
  },
  rosenbrock3: (p) => {
    let s = 0;
    for (let i = 0; i < 2; i++)
      s += 100 * ((p[i + 1] - p[i] * p[i]) * (p[i + 1] - p[i] * p[i])) + (1 - p[i]) * (1 - p[i]);
    return s;
  },
};

/** Runs the transform as descend would, with the SciPy stop test, counting evaluations. */
function drive(problem: string, x0: number[], tol: number, adaptive: boolean, limit = 2000) {
  const f = functions[problem];
  let evaluations = 0;
  const value = (p: Params) => {
    evaluations++;
    return f(p[0]);
  };
  const opt = nelderMead({ adaptive });
  let params: Params = [Float64Array.from(x0)];
  let state = opt.init(params);
  evaluations++; // f(x₀), which the caller has already computed and passes as extra.loss
  const loss = f(x0);
  const best: number[][] = [];
  const counts: number[] = [];
  const states: NelderMeadState[] = [];
  while (best.length < limit && !(simplexSpread(state) <= tol)) {
    const [updates, next] = opt.update([new Float64Array(x0.length)], state, params, { value, loss });
    state = next;
    params = applyUpdates(params, updates);
    best.push(Array.from(state.simplex[0]));
    counts.push(evaluations);
    states.push(state);
  }
  return { best, counts, state, states, params };
}

describe('nelderMead against scipy.optimize.minimize(method=Nelder-Mead)', () => {
  for (const c of reference.cases) {
    const kind = c.adaptive ? 'adaptive' : 'standard';
    it(`nelderMead(${kind}) on ${c.problem} from (${c.x0}) repeats SciPy's ${c.nit} iterations and ${c.nfev} evaluations`, () => {
      const run = drive(c.problem, c.x0, c.tol, c.adaptive);
      // The same number of iterations means the stop test (simplexSpread ≤ tol) is SciPy's too.
      expect(run.best.length).toBe(c.nit);
      expect(run.best).toEqual(c.iterates);
      expect(run.counts).toEqual(c.evaluations);
      expect(run.state.simplex.map((x) => Array.from(x))).toEqual(c.finalSimplex);
      expect(Array.from(run.state.values)).toEqual(c.finalValues);
    });
  }

  it('nelderMead on Rosenbrock moves the parameters to the best vertex (within one rounding)', () => {
    const run = drive('rosenbrock', [-1.2, 1], 1e-8, false);
    run.best.at(-1)?.forEach((x, k) => {
      expect(Math.abs(run.params[0][k] - x)).toBeLessThanOrEqual(4e-16);
    });
    expect(run.best.at(-1)?.[0]).toBeCloseTo(1, 8);
  });
});

describe('nelderMead pieces', () => {
  it('initialSimplex moves a nonzero coordinate by 5% and a zero one to 0.00025', () => {
    expect(initialSimplex([2, 0]).map((x) => Array.from(x))).toEqual([
      [2, 0],
      [2.1, 0],
      [2, 0.00025],
    ]);
  });

  it('simplexCoefficients are (1, 2, ½, ½), and Gao–Han in 3-D are (1, 5/3, 7/12, 2/3)', () => {
    expect(simplexCoefficients(3, false)).toEqual({ rho: 1, chi: 2, psi: 0.5, sigma: 0.5 });
    const a = simplexCoefficients(3, true);
    expect([a.rho, a.chi, a.psi, a.sigma]).toEqual([1, 1 + 2 / 3, 0.75 - 1 / 6, 1 - 1 / 3]);
  });

  it('simplexSpread is infinite before the first update, and then the larger of size and value spread', () => {
    const opt = nelderMead();
    expect(simplexSpread(opt.init([Float64Array.of(1, 1)]))).toBe(Infinity);
    const state = {
      count: 1,
      simplex: [Float64Array.of(0, 0), Float64Array.of(0.5, 0), Float64Array.of(0, -0.25)],
      values: Float64Array.of(1, 1.1, 3),
    };
    expect(simplexSpread(state)).toBe(2);
    expect(simplexMeasure(state)).toEqual({ size: 0.5, spread: 2 });
  });

  it('nelderMeadStateOf finds the simplex in a chain of block states, and null where there is none', () => {
    const state = nelderMead().init([Float64Array.of(1, 2)]);
    expect(nelderMeadStateOf([{}, state])).toBe(state);
    expect(nelderMeadStateOf(state)).toBe(state);
    expect(nelderMeadStateOf([{ count: 3 }])).toBeNull();
  });

  it('nelderMead.update counts its own evaluations: n + 1 more on the first step without extra.loss', () => {
    let calls = 0;
    const value = (p: Params) => {
      calls++;
      return functions.rosenbrock(p[0]);
    };
    const opt = nelderMead();
    const params = [Float64Array.of(-1.2, 1)];
    opt.update([new Float64Array(2)], opt.init(params), params, { value });
    // 3 vertices, then a reflection, and at most one expansion or contraction (2 more on a shrink)
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(calls).toBeLessThanOrEqual(6);
  });

  it('nelderMead.update ignores the gradient it is handed', () => {
    const opt = nelderMead();
    const params = [Float64Array.of(-1.2, 1)];
    const value = (p: Params) => functions.rosenbrock(p[0]);
    const a = opt.update([Float64Array.of(0, 0)], opt.init(params), params, { value });
    const b = opt.update([Float64Array.of(1e9, -3)], opt.init(params), params, { value });
    expect(a[0]).toEqual(b[0]);
  });

  it('nelderMead.update keeps the simplex and the line trials in its trace, the accepted trial last', () => {
    const opt = nelderMead();
    const params = [Float64Array.of(-1.2, 1)];
    const [, state] = opt.update([new Float64Array(2)], opt.init(params), params, {
      value: (p) => functions.rosenbrock(p[0]),
    });
    expect(state.trace?.simplex).toHaveLength(3);
    const trials = state.trace?.trials ?? [];
    expect(state.trace?.simplex).toContainEqual(trials.at(-1));
  });

  it('nelderMead.update without extra.value throws optim-needs-value', () => {
    const opt = nelderMead();
    const params = [Float64Array.of(1, 2)];
    const call = () => opt.update([new Float64Array(2)], opt.init(params), params);
    expect(call).toThrow(DescensoError);
    expect(call).toThrow(/nelder-mead needs function values/);
  });

  it('nelderMead.update on parameters of another size throws shape-mismatch', () => {
    const opt = nelderMead();
    const state = opt.init([Float64Array.of(1, 2)]);
    const params = [Float64Array.of(1, 2, 3)];
    expect(() => opt.update([new Float64Array(3)], state, params, { value: () => 0 })).toThrow(
      expect.objectContaining({ code: 'shape-mismatch' }),
    );
  });

  it('nelderMead walks split parameter arrays as one point', () => {
    const value = (p: Params) => functions.himmelblau([p[0][0], p[1][0]]);
    const opt = nelderMead();
    let params: Params = [Float64Array.of(0), Float64Array.of(0)];
    let state = opt.init(params);
    for (let i = 0; i < 200 && simplexSpread(state) > 1e-10; i++) {
      const [u, next] = opt.update([new Float64Array(1), new Float64Array(1)], state, params, { value });
      state = next;
      params = applyUpdates(params, u);
    }
    const single = drive('himmelblau', [0, 0], 1e-10, false);
    expect([params[0][0], params[1][0]]).toEqual(Array.from(single.params[0]));
  });
});
