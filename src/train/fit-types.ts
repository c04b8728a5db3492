/** The shapes of a fit: what it is asked (FitSpec and its parts) and what it returns (Run). */
import type { DType } from '../autodiff/index.js';
import type { Loss, LossName } from '../losses/index.js';
import type { Model, ParamValue } from '../models/index.js';
import type { OptimizerSpec } from '../optim/index.js';

export type Regime = 'batch' | 'sgd' | 'minibatch';
export const regimes: readonly Regime[] = ['batch', 'sgd', 'minibatch'];

/** x: one number per point, or one row of d numbers per point (also as a flat row-major array with d = model.inputs). */
export interface FitData {
  x: ArrayLike<number> | readonly (readonly number[])[];
  y: ArrayLike<number>;
}

/** The points a hand-written gradient sees: the batch in the run's precision and the model's prediction on it. */
export interface GradientBatch {
  x: Float64Array | Float32Array;
  y: Float64Array | Float32Array;
  /** The prediction (probabilities for logistic regression); a buffer valid during the call only. */
  yPred: Float64Array | Float32Array;
}

/** A gradient written by hand: one value (a number or a flat array) per parameter name. */
export type HandGradient = (
  params: Record<string, ParamValue>,
  batch: GradientBatch,
) => Record<string, number | ArrayLike<number>>;

export interface StopRule {
  /** Converged when the loss changes by at most tolerance·max(1, |loss|) from one epoch to the next. */
  tolerance?: number;
  /** Converged when the gradient's norm falls to this (batch regime, where the gradient is the full one). */
  gradNorm?: number;
  /**
   * An absolute limit, when given: diverged when the loss exceeds it. Without it divergence is
   * judged against the starting loss (see `FIT_DIVERGENCE`).
   */
  maxLoss?: number;
}

/**
 * A fit diverges when a loss (on the whole data after an epoch, or on a batch during one) or a
 * parameter is not finite, or when the loss exceeds `growth` × max(L₀, `floor`), L₀ being the loss
 * at the initial parameters: a million times worse than where it started is no descent, whatever
 * the scale of the data (losses of 10⁷² and 10⁸⁴ were "maximum reached" under the old absolute
 * 10¹⁰⁰). The floor keeps a start at the exact optimum (L₀ = 0) from calling any rounding a
 * divergence. The loss of a batch of B points is held to n/B times that limit: a batch may carry
 * up to n/B times the mean loss (its points may be all the error there is). Parameters are judged only by finiteness: large ones are legitimate (data of scale
 * 10⁹ needs a slope of 10⁹, separable classes push logistic weights without bound), and a blow-up
 * that matters shows in the loss.
 */
export const FIT_DIVERGENCE = { growth: 1e6, floor: 1e-6 };

/** What a fit keeps. */
export interface FitRecord {
  /** Keep epochs 0, K, 2K, … and the last in the history (default 1: every epoch). */
  every?: number;
  /**
   * Keep the parameters in each history entry (default: when the model has at most
   * `PARAMS_RECORDED_BY_DEFAULT` numbers of parameters; a 1024×1024 network's weights are not
   * copied every epoch unless asked).
   */
  params?: boolean;
  /** Keep the loss of every step of the stochastic regimes (default true). */
  stepLosses?: boolean;
}

export const PARAMS_RECORDED_BY_DEFAULT = 1000;

export interface FitSpec {
  /** A model, or its spec text (`linear`, `affine`, `poly:3`, `logistic`, `mlp:8`, …). */
  model: Model | string;
  data: FitData;
  /** A loss or its name; default mse (bce for logistic regression). */
  loss?: Loss | string;
  /** Default: plain gradient descent, `{ name: 'sgd', options: { lr: 0.01 } }`. */
  optimizer?: OptimizerSpec;
  /** Passes over the data (default 100). */
  epochs?: number;
  /** 'batch' (default): one step per epoch on all points; 'sgd': one per point; 'minibatch': one per batch. */
  regime?: Regime;
  /** Points per step in the minibatch regime (default 32). */
  batchSize?: number;
  /** Visit the points in a new random order every epoch (stochastic regimes; default true). */
  shuffle?: boolean;
  /** Seed of the RandomState behind the initial weights and the shuffles (default 0). */
  seed?: number;
  /** Initial values by parameter name; the others come from the model's `init`. */
  init?: Record<string, ParamValue>;
  stop?: StopRule;
  /** 'float32' rounds every operation, the data and the updates as float32 frameworks do. */
  dtype?: DType;
  /** Train with this gradient instead of automatic differentiation (checked once against it). */
  gradient?: HandGradient;
  /** What to keep (see FitRecord); memory is bounded by what is recorded. */
  record?: FitRecord;
  /** The same as record.params (kept for older callers). */
  recordParams?: boolean;
  /** Called after each epoch with the epochs done so far and the epochs asked for (progress bars). */
  onEpoch?: (done: number, total: number) => void;
  /**
   * Stochastic regimes: called at every step, after the gradient on its batch and before the update
   * (the lab draws the loss of the current batch from it). It never changes the numbers.
   */
  onBatch?: (step: BatchStep) => void;
}

/** One step of a stochastic regime, as `onBatch` sees it. Valid during the call only: copy what you keep. */
export interface BatchStep {
  /** The epoch the step belongs to, from 0. */
  epoch: number;
  /** The step within the epoch, from 0. */
  index: number;
  /** The points of the batch: indices into the data. */
  points: ArrayLike<number>;
  /** The parameters at which the gradient was taken, in the model's order, flattened. */
  params: readonly ArrayLike<number>[];
  /** The loss on the batch at those parameters. */
  loss: number;
}

export interface HistoryEntry {
  /** 0 is before training; k is after k epochs. */
  epoch: number;
  /** The loss on the whole data set. */
  loss: number;
  params?: Record<string, ParamValue>;
}

export type FitStatus = 'max-steps' | 'converged' | 'diverged';

/** A message for the user that did not stop the run, as a code and its parameters (and the English text). */
export interface FitWarning {
  code: 'fit-gradient-factor' | 'fit-gradient-mismatch';
  params: { factor: number; details: string } | { relError: string; details: string };
  message: string;
}

export interface Run {
  model: string;
  paramNames: string[];
  loss: LossName;
  regime: Regime;
  dtype: DType;
  /** The parameters at the end (the last finite ones when the run diverged). */
  params: Record<string, ParamValue>;
  /**
   * epochs + 1 entries for a run that ran to the end; fewer when it converged or diverged, or
   * with record.every K (epochs 0, K, 2K, … and the last).
   */
  history: HistoryEntry[];
  /** The loss of every step on its own batch, before the step (stochastic regimes). */
  stepLosses?: number[];
  status: FitStatus;
  /** The epoch whose loss (or a step's loss during it) was not finite or too large. */
  divergedAt?: number;
  warnings?: FitWarning[];
}
