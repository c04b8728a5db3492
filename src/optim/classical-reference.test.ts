import { describe, expect, it } from 'vitest';
import { descend } from '../train/descend.js';
import reference from './fixtures/classical.json' with { type: 'json' };

/**
 * The searching methods on Rosenbrock from (−1.2, 1) against scripts/reference-classical.py:
 * NumPy loops whose steps come from SciPy's strong-Wolfe `scipy.optimize.line_search` (and a
 * NumPy backtracking for gd-armijo). Every iterate agrees to 1e-9 and every evaluation count
 * exactly: the same directions, the same accepted steps, the same trial points.
 */

describe('the classical methods against the SciPy reference (Rosenbrock from (−1.2, 1))', () => {
  for (const shipped of reference.cases) {
    const c = shipped.issue13695 !== undefined ? { ...shipped, ...shipped.issue13695 } : shipped;
    it(`descend(${c.method}) takes the reference's ${c.iterations} iterates and counts its f and ∇f evaluations (${c.status})`, () => {
      const run = descend({
        surface: 'rosenbrock',
        optimizer: c.method,
        start: reference.start,
        // One step more than it needs when it converged, so that the stop rule ends it, not the steps.
        steps: c.status === 'converged' ? c.iterations + 1 : c.iterations,
        stop: { gradNorm: reference.tol },
      });
      expect(run.steps).toBe(c.iterations);
      expect(run.status).toBe(c.status === 'converged' ? 'converged' : 'max-steps');
      c.points.forEach((want, k) => {
        for (let i = 0; i < 2; i++)
          expect(Math.abs(run.points[k][i] - want[i]), `step ${k}`).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(want[i])),
          );
      });
      expect(run.evaluations).toEqual(c.evaluations);
      if (shipped.issue13695 !== undefined) {
        const parts = shipped.issue13695.partsAt;
        expect(parts).toBeGreaterThan(1);
        for (let k = 0; k < parts; k++) expect(run.points[k]).toEqual(shipped.points[k]);
      }
    });
  }
});
