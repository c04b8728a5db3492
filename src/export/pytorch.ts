/**
 * The PyTorch export: an experiment as a script in PyTorch's idiom (autograd's `backward()` and
 * `torch.optim`), which prints its progress and, with `--csv`, the CSV of `descenso run`.
 */
import type { Experiment } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { planOf } from './plan.js';
import { pytorchDescend } from './pytorch-descend.js';
import { pytorchFit } from './pytorch-fit.js';

/** The PyTorch script of an experiment (a descent or a fit). */
export function pytorchScript(experiment: Experiment, lang: Lang = 'en'): string {
  const plan = planOf(experiment, lang);
  if (plan.kind === 'descend') return pytorchDescend(plan);
  return pytorchFit(plan);
}
