import { describe, expect, it } from 'vitest';
import reference from '../optim/fixtures/nelder-mead.json' with { type: 'json' };
import { descend } from './descend.js';

/**
 * Nelder–Mead through descend: the catalog's Rosenbrock and Himmelblau are the fixture's functions,
 * and `stop.gradNorm` is SciPy's xatol = fatol, so descend stops where SciPy stopped, with SciPy's
 * count of evaluations (nfev) and no gradient counted.
 */
describe('descend with nelder-mead', () => {
  for (const c of reference.cases.filter((k) => k.problem !== 'rosenbrock3' && !k.adaptive)) {
    it(`descend(${c.problem}, nelder-mead, tol ${c.tol}) stops after SciPy's ${c.nit} iterations with its ${c.nfev} f and no ∇f`, () => {
      const run = descend({
        surface: c.problem,
        optimizer: 'nelder-mead',
        start: c.x0,
        steps: 1000,
        stop: { gradNorm: c.tol },
      });
      expect(run.status).toBe('converged');
      expect(run.steps).toBe(c.nit);
      expect(run.evaluations?.value.at(-1)).toBe(c.nfev);
      expect(run.evaluations?.gradient.every((n) => n === 0)).toBe(true);
      // the point of step k is SciPy's best vertex after iteration k (the update adds best − p to p)
      run.points.slice(1).forEach((p, k) => {
        for (const [i, x] of p.entries())
          expect(Math.abs(x - c.iterates[k][i])).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(x)));
      });
      expect(run.evaluations?.value.slice(1)).toEqual(c.evaluations);
    });
  }

  it("descend(rosenbrock, nelder-mead) keeps each step's simplex in its traces, none at the start", () => {
    const run = descend({ surface: 'rosenbrock', optimizer: 'nelder-mead', steps: 5 });
    expect(run.traces?.[0]).toBeNull();
    expect(run.traces?.slice(1).every((t) => t?.simplex?.length === 3)).toBe(true);
  });

  it('descend(rosenbrock, nelder-mead, valueChange) does not stop on a step whose best vertex stayed put', () => {
    // Steps that only move the worst vertex change f(x₀) by exactly 0; the spread of the simplex is the measure.
    const run = descend({
      surface: 'rosenbrock',
      optimizer: 'nelder-mead',
      steps: 400,
      stop: { valueChange: 1e-10 },
    });
    expect(run.status).toBe('converged');
    expect(run.steps).toBeGreaterThan(80);
    expect(run.values.at(-1)).toBeLessThan(1e-8);
  });
});
