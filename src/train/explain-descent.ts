/**
 * A descent as "explain this step" replays it (src/optim/explain.ts): its function compiled as
 * descend compiles it, the gradient by its method, rounded as in float32, with its seeded noise.
 * The noise of step K is the K-th batch of draws from the seed, kept as they are drawn, so a
 * replay that restarts from a checkpoint sees the same noise the run saw.
 */

import { badArgument } from '../errors.js';
import {
  createExplainer,
  type Explainer,
  type StepExplanation,
  type StepFunction,
} from '../optim/explain.js';
import { RandomState } from '../random/index.js';
import { type DescendSpec, prepareDescend } from './descend.js';
import { compileFormula, stepGradient } from './descend-function.js';

/** The function of a descent, as its loop computes f, ∇f (and the Hessian) at each step. */
export function descentStepFunction(spec: DescendSpec): StepFunction {
  const { formula, start, method, h, sigma, dtype, round } = prepareDescend(spec);
  const fn = compileFormula(formula, dtype);
  const computeGradient = stepGradient(fn, method, h, dtype, round);
  const rng = spec.noise ? new RandomState(spec.noise.seed ?? 0) : undefined;
  const draws: number[][] = [];
  return {
    start,
    vars: formula.vars,
    dtype,
    gradient(p, step) {
      const [v, g] = computeGradient(p);
      if (!rng) return [v, g];
      while (draws.length <= step) draws.push(g.map(() => rng.normal(0, 1)));
      return [v, g.map((gi, i) => round(gi + round(sigma * draws[step][i])))];
    },
    value: (p) => round(fn.value(p)),
    valueAndGrad: computeGradient,
    hessian: (p) => fn.hessian(p),
  };
}

/** An explainer of a descent that took `taken` steps (its Run's `steps`). */
export function descentExplainer(spec: DescendSpec, taken: number): Explainer {
  // The spec first (its own checks name its faults), then the count of steps.
  const fn = descentStepFunction(spec);
  if (!(Number.isInteger(taken) && taken >= 0)) throw badArgument('explainDescent', 3, taken, 'index');
  const optimizer = typeof spec.optimizer === 'string' ? { name: spec.optimizer } : spec.optimizer;
  return createExplainer(optimizer, fn, taken);
}

/** Step K of a descent explained (see src/optim/explain.ts). */
export function explainDescent(spec: DescendSpec, step: number, taken: number): StepExplanation {
  return descentExplainer(spec, taken).explain(step);
}
