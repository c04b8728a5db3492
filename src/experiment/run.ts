/**
 * run(experiment): the one runner. The CLI's commands, `descenso run`, the lab's worker and the
 * library all call it. Plain JSON in (an Experiment, checked here again), plain JSON out (a Run):
 * one outcome per optimizer (× regime for fits), each with its status, and its error as data when
 * its optimizer could not be built, so one bad optimizer does not stop the others. A fault of the
 * whole experiment throws a DescensoError naming its path.
 */
import { badArgument } from '../errors.js';
import { basinsOf } from '../sweep/study.js';
import { sweepOf } from '../sweep/sweep.js';
import { runDerivative } from './derivative.js';
import { type DescendHooks, runDescend } from './run-descend.js';
import { type FitHooks, runFit } from './run-fit.js';
import { parseExperiment } from './schema.js';
import { sweepRunCount } from './study-schema.js';
import type {
  BasinsRunSet,
  DerivativeRunSet,
  DescendRunSet,
  Experiment,
  FitRunSet,
  Run,
  SweepRunSet,
} from './types.js';

export { descendSpecOf, labelOf, optimizerSpecOf } from './run-descend.js';
export { experimentData } from './run-fit.js';

/** Optional hooks of a run (the CLI's progress bar, the lab's batch view); they never change the numbers. */
export interface RunHooks extends DescendHooks, FitHooks {}

/** The Run of a descend experiment (the name of before the spine). */
export type DescendResult = DescendRunSet;
/** The Run of a fit experiment (the name of before the spine). */
export type FitResult = FitRunSet;
/** What run() returns for descents and fits (the name of before the spine). */
export type ExperimentResult = DescendRunSet | FitRunSet;

/** The units of work `onProgress` counts to: steps × optimizers, or epochs × optimizers × regimes. */
export function experimentWork(experiment: Experiment): number {
  const e = parseExperiment(experiment);
  if (e.kind === 'descend') return e.steps * e.optimizers.length;
  if (e.kind === 'fit') return e.epochs * e.optimizers.length * e.regimes.length;
  if (e.kind === 'sweep')
    return sweepRunCount(e.base, e.vary) * (e.base.kind === 'fit' ? e.base.epochs : e.base.steps);
  if (e.kind === 'basins') return e.base.steps;
  return 2 * e.steps;
}

export function run(experiment: DescendRunSet['experiment'], hooks?: RunHooks): DescendRunSet;
export function run(experiment: FitRunSet['experiment'], hooks?: RunHooks): FitRunSet;
export function run(experiment: DerivativeRunSet['experiment'], hooks?: RunHooks): DerivativeRunSet;
export function run(experiment: SweepRunSet['experiment'], hooks?: RunHooks): SweepRunSet;
export function run(experiment: BasinsRunSet['experiment'], hooks?: RunHooks): BasinsRunSet;
export function run(experiment: Experiment, hooks?: RunHooks): Run;
export function run(experiment: Experiment, hooks: RunHooks = {}): Run {
  // Checked again here, at the library's boundary: a hand-built object may be anything.
  const e = parseExperiment(experiment);
  if (typeof hooks !== 'object' || hooks === null) throw badArgument('run', 2, hooks, 'object');
  if (e.kind === 'descend') return runDescend(e, hooks);
  if (e.kind === 'fit') return runFit(e, hooks);
  if (e.kind === 'sweep') return sweepOf(e);
  // A basin map's steps advance every start at once: progress counts steps.
  if (e.kind === 'basins') return basinsOf(e, hooks.onProgress && ((done) => hooks.onProgress?.(done)));
  return runDerivative(e);
}

/** The same function as `run` (its name before the spine). */
export const runExperiment = run;
