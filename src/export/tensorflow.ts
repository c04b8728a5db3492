/**
 * The TensorFlow export: an experiment as a script in TensorFlow's idiom (a `GradientTape` for the
 * gradient, Keras's optimizers and `apply_gradients`), which prints its progress and, with `--csv`,
 * the CSV of `descenso run`.
 */
import type { Experiment } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { planOf } from './plan.js';
import { tensorflowDescend } from './tensorflow-descend.js';
import { tensorflowFit } from './tensorflow-fit.js';

/** The TensorFlow script of an experiment (a descent or a fit). */
export function tensorflowScript(experiment: Experiment, lang: Lang = 'en'): string {
  const plan = planOf(experiment, lang);
  return plan.kind === 'descend' ? tensorflowDescend(plan) : tensorflowFit(plan);
}
