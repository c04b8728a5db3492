/**
 * The TensorFlow export: an experiment as a script in TensorFlow's idiom (a `GradientTape` for the
 * gradient, Keras's optimizers and `apply_gradients`), which prints its progress and, with `--csv`,
 * the CSV of `descenso run`.
 */
import type { Experiment } from '../experiment/types.js';
import { planOf } from './plan.js';
import { tensorflowDescend } from './tensorflow-descend.js';
import { tensorflowFit } from './tensorflow-fit.js';

/** The TensorFlow script of an experiment (a descent or a fit). */
export function tensorflowScript(experiment: Experiment): string {
  const plan = planOf(experiment);
  return plan.kind === 'descend' ? tensorflowDescend(plan) : tensorflowFit(plan);
}
