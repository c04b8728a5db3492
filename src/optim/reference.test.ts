import { describe, expect, it } from 'vitest';
import reference from './fixtures/reference.json' with { type: 'json' };
import { makeOptimizer } from './optimizers.js';
import { applyUpdates } from './transforms.js';
import type { Params } from './types.js';

/**
 * 25-step trajectories from scripts/make-optim-fixtures.py, which writes each framework's update
 * rule as its own NumPy loop. Agreement to ~1e-12 relative means the chain of transforms built
 * from the conventions table is the framework's formula, branch by branch.
 */

const gradients: Record<string, (x: Float64Array) => Float64Array> = {
  parabola: (x) => Float64Array.of(4 * x[0] - 3),
  bowl: (x) => Float64Array.of(2 * x[0], 20 * x[1]),
};

describe('optimizers against the NumPy reference loops', () => {
  for (const c of reference.cases) {
    const label = `${c.optimizer}(${JSON.stringify(c.options)}, '${c.convention}') on the ${c.problem} matches ${c.trajectory.length - 1} reference steps`;
    it(label, () => {
      const opt = makeOptimizer(c.optimizer, c.options, c.convention);
      let params: Params = [Float64Array.from(c.x0)];
      let state = opt.init(params);
      for (let k = 1; k < c.trajectory.length; k++) {
        const [updates, next] = opt.update([gradients[c.problem](params[0])], state, params);
        state = next;
        params = applyUpdates(params, updates);
        c.trajectory[k].forEach((want, i) => {
          expect(Math.abs(params[0][i] - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
        });
      }
    });
  }
});
