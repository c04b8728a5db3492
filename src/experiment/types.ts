/**
 * The shapes of the spine: an Experiment (plain JSON saying what to run, whatever face it came
 * from) and the Run that `run(experiment)` returns (plain JSON too, one result per optimizer and
 * regime, each with its status and, when it could not run, its error as data). The schema
 * (schema.ts) checks untrusted values into these; the runner (run.ts) turns one into the other.
 */

import type { ScheduleSpec } from '../optim/schedules.js';
import type { DescendRun, DescendStatus } from '../train/descend.js';
import type { Run as FitRun, FitStatus, Regime } from '../train/fit-types.js';

/** The version of the Experiment and Run shapes written now; version 1 files still read. */
export const EXPERIMENT_VERSION = 2;

/** A value of an optimizer option: a number, a switch, or (for `lr` only) a schedule. */
export type OptionValue = number | boolean | ScheduleSpec;

export interface OptimizerEntry {
  /** A name or alias of src/optim (any case). */
  name: string;
  /**
   * Hyper-parameters by key (the rows of src/optim/options.ts): `lr` is a number or a schedule;
   * `clipNorm`/`clipValue` clip the gradient before anything else, for every optimizer.
   */
  options?: Record<string, OptionValue>;
  convention?: 'pytorch' | 'keras';
  /** A label for legends and tables (default: the name). */
  label?: string;
}

/** What only draws: nothing here changes a number of the run. */
export interface ViewSettings {
  /** A colormap of src/plot (the map's colours). */
  colormap?: string;
  /** Log scale on the value (or loss) axis. */
  log?: boolean;
  /** Animation speed of the lab, in steps per second. */
  speed?: number;
  /** The language of labels and messages. */
  lang?: 'es' | 'en';
  /** Contour levels of a map (default: the core's rule). */
  levels?: number;
  /** `--plot-values`: draw value against step beside the map. */
  values?: boolean;
  /** The lab's race table: the first step at which each run's gradient norm is at most this. */
  tolerance?: number;
  /**
   * The look of a map: `modern` (the lab's default: a continuous heat map with contour lines) or
   * `tutorial` (tutorial 000's own picture: filled coolwarm contours in 30 levels, red ★ start,
   * blue ★ end, yellow path, colour bar).
   */
  style?: 'modern' | 'tutorial';
  /**
   * A study's figure and table: what they show and rank by — steps (epochs) to the tolerance (the
   * default), the evaluations of f and ∇f to it (a descent's study), the final value, or the step
   * a run diverged at. Only draws: a study's best is picked by its `rank`.
   */
  metric?: StudyMetric;
}

/** What a study's figure shows (see ViewSettings.metric). */
export type StudyMetric = 'steps' | 'evaluations' | 'final' | 'diverged';
export const STUDY_METRICS: readonly StudyMetric[] = ['steps', 'evaluations', 'final', 'diverged'];

export interface DescendExperiment {
  kind: 'descend';
  version: number;
  /** A catalog surface, or a typed `formula` (exactly one of the two). */
  surface?: string;
  formula?: string;
  /** A formula's variable order (default: order of appearance). */
  vars?: string[];
  start?: number[];
  steps: number;
  gradient?: 'autodiff' | 'forward' | 'central';
  /** Step of the finite differences. */
  h?: number;
  /** Stop rules (converged when met): `--tol` is `gradNorm`. */
  stop?: { gradNorm?: number; valueChange?: number };
  /** Gaussian noise of standard deviation `sigma` added to each gradient component, seeded. */
  noise?: { sigma: number; seed?: number };
  /** float32 rounds every operation, as float32 frameworks compute. */
  dtype?: 'float64' | 'float32';
  /** Which steps to keep: the start, every `every`-th and the last (default all). */
  record?: { every: number };
  optimizers: OptimizerEntry[];
  /**
   * The region the function is about, one [low, high] per variable (one or two): drawn by the
   * views and used to judge `left-domain`. Default: a catalog surface's own domain; for a
   * formula, none (views draw [−3, 3]² in the lab and the region around the paths in the CLI).
   */
  domain?: [number, number][];
  view?: ViewSettings;
}

export interface DataEntry {
  /** linear, affine, poly, sine, exp, blobs or formula (src/data's families). */
  family?: string;
  slope?: number;
  intercept?: number;
  coeffs?: number[];
  amplitude?: number;
  frequency?: number;
  phase?: number;
  rate?: number;
  centers?: [[number, number], [number, number]];
  noise?: number;
  mu?: number;
  points?: number;
  xRange?: [number, number];
  xDist?: 'linspace' | 'uniform';
  seed?: number;
  /** family 'formula': y = f(x) + noise. */
  formula?: string;
  /** Data of the user's own (a CSV read by a face is embedded here): one x per point, or one row of inputs. */
  x?: number[] | number[][];
  y?: number[];
  /** Where given data came from (a CSV file's name), for titles only. */
  source?: string;
}

export interface FitExperiment {
  kind: 'fit';
  version: number;
  data: DataEntry;
  /** A model of src/models ('linear', 'poly:3', 'mlp:8', …). */
  model: string;
  loss?: string;
  /** Huber's δ (loss 'huber'). */
  delta?: number;
  optimizers: OptimizerEntry[];
  epochs: number;
  regimes: Regime[];
  batchSize?: number;
  /** Shuffle the points each epoch (stochastic regimes; default true). */
  shuffle?: boolean;
  seed?: number;
  init?: Record<string, number>;
  /** Stop rules: `--tol` is `tolerance` (loss change per epoch). */
  stop?: { tolerance?: number; gradNorm?: number };
  dtype?: 'float64' | 'float32';
  /** Which epochs to keep: every `every`-th and the last (default all). */
  record?: { every: number };
  view?: ViewSettings;
}

/**
 * The derivative lab's study: f and a point x; the tangent, the difference quotients with step h
 * and their error against h; sign-step descent beside gradient descent from x; the chain rule of
 * y(u(x)).
 */
export interface DerivativeExperiment {
  kind: 'derivative';
  version: number;
  formula: string;
  x: number;
  h: number;
  /** Step of both descents. */
  lr: number;
  steps: number;
  /** The chain rule's inner u(x) and outer y(u). */
  inner?: string;
  outer?: string;
  view?: ViewSettings;
}

/** How the values of a varied option are spaced. */
export type VaryScale = 'lin' | 'log';

/** One varied option: `count` values from `from` to `to`, evenly spaced or evenly in log. */
export interface VarySpec {
  /** A key of the option table (src/optim/options.ts) that takes numbers: lr, momentum, beta1, … */
  option: string;
  from: number;
  to: number;
  scale: VaryScale;
  /** 1 … LIMITS.sweepValues. */
  count: number;
}

/**
 * A sweep: every optimizer of `base` run once per setting of the varied options (one option: a
 * curve; two: a grid, the phase diagram). A varied option overrides the base entry's value.
 */
export interface SweepStudy {
  kind: 'sweep';
  version: number;
  base: DescendExperiment | FitExperiment;
  /** One or two options, each varied once. */
  vary: VarySpec[];
  /**
   * What ranks the runs and picks the best: the steps (epochs) to the tolerance (default), or the
   * evaluations of f and ∇f taken to reach it — what a line search or Nelder–Mead really costs.
   */
  rank?: SweepRank;
  view?: ViewSettings;
}

/** What ranks a sweep's runs (see `SweepStudy.rank`). */
export type SweepRank = 'steps' | 'evaluations';
export const SWEEP_RANKS: readonly SweepRank[] = ['steps', 'evaluations'];

/**
 * What a basin map's descents share: a catalog surface or formula of two variables, the
 * optimizers, steps, stop rule and dtype. No start (the grid gives one per cell), no domain (the
 * study's `domain` is the grid's), and only automatic gradients (a batch computes those).
 */
export type BasinsBase = Omit<
  DescendExperiment,
  'start' | 'gradient' | 'h' | 'noise' | 'record' | 'domain' | 'view'
>;

/** A basin map: every start of a `grid` × `grid` lattice over the domain, per optimizer of `base`. */
export interface BasinsStudy {
  kind: 'basins';
  version: number;
  base: BasinsBase;
  /** Points per side of the grid of starts (2 … LIMITS.basinsGrid). */
  grid: number;
  /**
   * The grid's ranges, x then y; a run that leaves them is `left-domain`. Default: the surface's
   * domain, or [−3, 3]² for a formula.
   */
  domain?: [number, number][];
  view?: ViewSettings;
}

/** The studies: many runs of one base experiment. */
export type Study = SweepStudy | BasinsStudy;

export type Experiment = DescendExperiment | FitExperiment | DerivativeExperiment | SweepStudy | BasinsStudy;
export type ExperimentKind = Experiment['kind'];
/** The kinds of one run (a study's base is one of the first two). */
export type SingleExperiment = DescendExperiment | FitExperiment | DerivativeExperiment;

/** Why one optimizer (or regime) could not run: the error as data, in both languages. */
export interface RunError {
  code: string;
  params?: unknown;
  message: { es: string; en: string };
  /** Where in the experiment the fault lies (`experiment.optimizers[1].options.lr`), when known. */
  path?: string;
  /** For a formula: the 0-based offset of the fault in the text at `path` (a caret goes under it). */
  position?: number;
}

/** One optimizer's descent; status 'error' (and `error`) when it could not run. */
export interface DescendOutcome extends Omit<DescendRun, 'status'> {
  label: string;
  optimizer: OptimizerEntry;
  status: DescendStatus | 'error';
  error?: RunError;
}

/** One optimizer × regime's fit; status 'error' (and `error`) when it could not run. */
export interface FitOutcome extends Omit<FitRun, 'status'> {
  label: string;
  optimizer: OptimizerEntry;
  status: FitStatus | 'error';
  error?: RunError;
}

/** What the views of a descent need, computed with the function the run compiled (nothing re-parses). */
export interface DescendField {
  vars: string[];
  /** The ranges drawn: the experiment's domain, the surface's, or the region around the paths. */
  domain: [number, number][];
  /** 2-D: f on an n×n grid over the domain, row-major (y rows, x columns); 1-D: f at n points. */
  n: number;
  values: number[];
  /** The formula as text and LaTeX, for titles. */
  text: string;
  latex: string;
  /** Known minima of a catalog surface. */
  minima?: number[][];
  /** The lowest value of f when known (a catalog surface's global minimum): the value chart's f − f*. */
  minValue?: number;
}

export interface DescendRunSet {
  kind: 'descend';
  version: number;
  experiment: DescendExperiment;
  runs: DescendOutcome[];
  /** For views only; not part of the JSON a face prints. */
  field?: DescendField;
}

export interface FitRunSet {
  kind: 'fit';
  version: number;
  experiment: FitExperiment;
  /** The data the fits were trained on (simulated or given). */
  data: { x: number[] | number[][]; y: number[] };
  runs: FitOutcome[];
}

export interface DerivativeRunSet {
  kind: 'derivative';
  version: number;
  experiment: DerivativeExperiment;
  /**
   * f(x), the slope by automatic differentiation, the forward and central quotients at h, and
   * f(x + h), f(x − h) (the secant's second point). Non-finite where f is not defined; absent
   * when the formula does not parse (see `errorsByPath`).
   */
  at?: { value: number; slope: number; forward: number; central: number; right?: number; left?: number };
  /** |quotient − slope| for h on a log grid (the error figure); absent when the formula does not parse. */
  errors?: { h: number[]; forward: number[]; central: number[] };
  /** Gradient descent and sign-step descent from x (label 'gd' and 'sign'). */
  runs: DescendOutcome[];
  /**
   * The chain rule at x: u, y, du/dx, dy/du, dy/dx (of y(u(x)) by automatic differentiation)
   * and the product dy/du · du/dx; absent without inner and outer.
   */
  chain?: { u: number; y: number; dudx: number; dydu: number; dydx: number; product?: number };
  /** f sampled where the views draw it (x ascending); for views only, like DescendRunSet.field. */
  curve?: { x: number[]; y: number[] };
  /** Errors of the parts that could not be computed (a formula that does not parse), by path. */
  errorsByPath?: Record<string, RunError>;
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
  /**
   * A descent's evaluations of f and of ∇f until the stop rule was met (counted as `descend`
   * counts them: one of each per step of a gradient method, more per step of a line search, f
   * only for Nelder–Mead); null when it never was. Absent for fits and errors.
   */
  evaluationsToTol?: { value: number; gradient: number } | null;
  divergedAt?: number;
  error?: RunError;
}

export interface SweepBest {
  /** The best setting's options, or null when no run of this optimizer ended well. */
  options: Record<string, OptionValue> | null;
  stepsToTol: number | null;
  /** The best run's evaluations to the tolerance, for a descent's sweep. */
  evaluationsToTol?: { value: number; gradient: number } | null;
}

/** The run of a sweep study. */
export interface SweepRunSet {
  kind: 'sweep';
  version: number;
  experiment: SweepStudy;
  /** In the study's order: optimizer by optimizer, the first varied option outermost. */
  runs: SweepRow[];
  /** By optimizer label: the first of its rows in the ranking (src/sweep/sweep.ts `rankRows`). */
  best: Record<string, SweepBest>;
}

/** One optimizer's basin map: per start (row-major over y, then x), the minimum reached and the steps taken. */
export interface BasinMap {
  optimizer: string;
  /** An index into `minima`, or −1 for a start that diverged, left the domain or did not converge. */
  labels: number[];
  steps: number[];
  /** How each start ended: max-steps, converged, diverged, left-domain or undefined-start. */
  statuses: string[];
}

/** The run of a basins study: the grid, the minima and one map per optimizer. */
export interface BasinsRunSet {
  kind: 'basins';
  version: number;
  experiment: BasinsStudy;
  x: number[];
  y: number[];
  domain: [number, number][];
  minima: number[][];
  maps: BasinMap[];
}

/** The Run of one experiment (not a study): outcomes in `runs`. */
export type SingleRun = DescendRunSet | FitRunSet | DerivativeRunSet;
/** The Run of a study. */
export type StudyRun = SweepRunSet | BasinsRunSet;
/** The result of `run(experiment)`. */
export type Run = SingleRun | StudyRun;
