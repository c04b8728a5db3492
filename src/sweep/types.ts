/**
 * The shapes of a sweep: a study (a base experiment and the optimizer options it varies) and
 * its result (one row per optimizer × setting, and the best setting per optimizer). Plain JSON,
 * like an Experiment and a Run.
 */
import type { DescendExperiment, FitExperiment, OptionValue, RunError } from '../experiment/types.js';
import type { Regime } from '../train/fit-types.js';

/** How the values of a varied option are spaced. */
export type VaryScale = 'lin' | 'log';

/** One varied option: `count` values from `from` to `to`, evenly spaced or evenly in log. */
export interface VarySpec {
  /** A key of the option table (src/optim/options.ts): lr, momentum, beta1, … */
  option: string;
  from: number;
  to: number;
  scale: VaryScale;
  count: number;
}

/** A sweep: every optimizer of `base` run once per setting of the varied options (one: a curve; two: a grid). */
export interface SweepStudy {
  kind: 'sweep';
  version: number;
  base: DescendExperiment | FitExperiment;
  vary: VarySpec[];
}

/** One run of a sweep. */
export interface SweepRow {
  /** The optimizer entry's label (its name unless labelled). */
  optimizer: string;
  /** Every option the run used that was given: the base entry's and the varied ones. */
  options: Record<string, OptionValue>;
  /** For a fit with several regimes, which one. */
  regime?: Regime;
  status: 'max-steps' | 'converged' | 'diverged' | 'left-domain' | 'error';
  /** Steps (or epochs) until the stop rule was met; null when it never was. */
  stepsToTol: number | null;
  /** The last value (or loss); for a diverged run, the last one before it diverged; null for an error. */
  final: number | null;
  divergedAt?: number;
  error?: RunError;
}

export interface SweepBest {
  /** The best setting's options, or null when no run of this optimizer ended well. */
  options: Record<string, OptionValue> | null;
  stepsToTol: number | null;
}

export interface SweepResult {
  version: number;
  experiment: SweepStudy;
  /** In the study's order: optimizer by optimizer, the first varied option outermost. */
  runs: SweepRow[];
  /** By optimizer label: the first of its rows in the ranking (see `rankRows`). */
  best: Record<string, SweepBest>;
}
