import { describe, expect, it } from 'vitest';
import type { OptimizerName } from './conventions.js';
import { makeOptimizer } from './optimizers.js';
import { applyUpdates } from './transforms.js';
import { conventionNames, type Params } from './types.js';

/**
 * Every optimizer, in both conventions, reaches the minimum of the quadratic bowl
 * f(x, y) = x² + 10y² (condition number 10) from (1.5, −0.8), where f = 8.65.
 * Sign-based and RMS-scaled methods step a fixed distance near the minimum and would circle it at
 * amplitude ≈ lr, so they get a decaying schedule; the others keep a constant rate.
 */

const f = (p: Float64Array) => p[0] ** 2 + 10 * p[1] ** 2;
const grad = (p: Float64Array) => Float64Array.of(2 * p[0], 20 * p[1]);
const hessian = [Float64Array.of(2, 0, 0, 20)];

const settings: Record<OptimizerName, { options: object; steps: number }> = {
  sgd: { options: { lr: 0.05 }, steps: 300 },
  sign: { options: { lr: { kind: 'exponential', lr: 0.05, gamma: 0.98 } }, steps: 500 },
  adagrad: { options: { lr: 0.5 }, steps: 300 },
  rmsprop: { options: { lr: { kind: 'cosine', lr: 0.02, T: 500 } }, steps: 500 },
  adadelta: { options: { lr: { kind: 'cosine', lr: 1, T: 1000 }, eps: 1e-4 }, steps: 1000 },
  adam: { options: { lr: { kind: 'cosine', lr: 0.05, T: 500 } }, steps: 500 },
  adamw: { options: { lr: { kind: 'cosine', lr: 0.05, T: 500 }, weightDecay: 0.01 }, steps: 500 },
  adamax: { options: { lr: { kind: 'cosine', lr: 0.05, T: 500 } }, steps: 500 },
  nadam: { options: { lr: { kind: 'cosine', lr: 0.05, T: 500 } }, steps: 500 },
  lion: { options: { lr: { kind: 'cosine', lr: 0.05, T: 500 } }, steps: 500 },
  newton: { options: {}, steps: 1 },
  // The searching methods ask for f along their direction (extra.value, extra.valueAndGrad).
  'gd-armijo': { options: {}, steps: 100 },
  'gd-wolfe': { options: {}, steps: 100 },
  'cg-fr': { options: {}, steps: 20 },
  'cg-pr': { options: {}, steps: 20 },
  bfgs: { options: {}, steps: 20 },
  lbfgs: { options: {}, steps: 20 },
  // f alone: a simplex shrinks onto the minimum in some tens of iterations per digit
  'nelder-mead': { options: {}, steps: 200 },
};

const value = (p: Params) => f(p[0]);
const valueAndGrad = (p: Params) => ({ value: f(p[0]), grads: [grad(p[0])] });

describe('convergence on the bowl x² + 10y²', () => {
  for (const [name, { options, steps }] of Object.entries(settings)) {
    for (const convention of conventionNames) {
      it(`${name}(${JSON.stringify(options)}, '${convention}') brings f from 8.65 below 1e-8 in ${steps} steps`, () => {
        const opt = makeOptimizer(name, options, convention);
        let params: Params = [Float64Array.of(1.5, -0.8)];
        let state = opt.init(params);
        for (let k = 0; k < steps; k++) {
          const [updates, next] = opt.update([grad(params[0])], state, params, {
            hessian,
            value,
            valueAndGrad,
          });
          params = applyUpdates(params, updates);
          state = next;
        }
        expect(f(params[0])).toBeLessThan(1e-8);
      });
    }
  }
});
