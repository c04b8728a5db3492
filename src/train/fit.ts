/**
 * fit: train a model's parameters on a data set by gradient descent, batch or stochastic, and
 * return the whole story as a plain-JSON Run (the loss and parameters after every epoch).
 *
 * Speed. The loss and its gradient are compiled once per batch size (`compile`): one fused loop
 * over the points per step, into buffers allocated at compile time, so 10⁶ points train as fast
 * as a hand-written loop. Minibatches are gathered into buffers of their own, also made once.
 *
 * Determinism. All randomness (a network's initial weights, then the shuffles, in that order)
 * comes from one RandomState seeded with `seed`; shuffles are NumPy's `permutation(n)`. The same
 * spec gives the same Run, number for number.
 */
import {
  type Compiled,
  compile,
  type DType,
  gradCheck,
  reshape,
  type Shape,
  sigmoid,
  type Tensor,
  tensor,
} from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import type { FitExpected } from '../i18n/en/train.js';
import { t } from '../i18n/index.js';
import { isLoss, type Loss, type LossName, makeLoss } from '../losses/index.js';
import { type Model, makeModel, type ParamValue } from '../models/index.js';
import { isModel } from '../models/types.js';
import {
  applyUpdates,
  makeOptimizer,
  type Optimizer,
  type OptimizerSpec,
  type Params,
} from '../optim/index.js';
import { RandomState } from '../random/random-state.js';
import { showValue } from '../text.js';
import { checkBudget } from './budget.js';

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

const MAX_EPOCHS = 10_000_000;

function bad(option: string, value: unknown, expected: FitExpected): DescensoError {
  // showValue, not String: a symbol or an object whose toString is no function would throw.
  const shown = typeof value === 'string' ? `'${value}'` : showValue(value);
  return new DescensoError('fit-bad-option', { option, value: shown, expected });
}

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The data as flat arrays of the run's precision, checked. */
function readData(data: FitData, inputs: number, dtype: DType) {
  if (data === null || typeof data !== 'object') throw bad('data', data, 'object');
  const isList = (v: unknown) => Array.isArray(v) || ArrayBuffer.isView(v);
  if (!isList(data.x)) throw bad('data.x', data.x, 'array');
  if (!isList(data.y)) throw bad('data.y', data.y, 'array');
  const rows = Array.isArray(data.x) && data.x.length > 0 && Array.isArray(data.x[0]);
  const flatX: ArrayLike<number> = rows ? (data.x as number[][]).flat() : (data.x as ArrayLike<number>);
  const n = data.y.length;
  if (n === 0) throw new DescensoError('fit-data-empty', undefined);
  if (flatX.length !== n * inputs)
    throw new DescensoError('fit-data-length', { x: flatX.length, y: n, inputs });
  const make = (len: number) => (dtype === 'float32' ? new Float32Array(len) : new Float64Array(len));
  const x = make(flatX.length);
  const y = make(n);
  const copy = (what: string, from: ArrayLike<number>, to: Float64Array | Float32Array) => {
    for (let i = 0; i < from.length; i++) {
      const v = from[i];
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new DescensoError('fit-data-not-finite', { what, index: i, value: showValue(v) });
      to[i] = v;
    }
  };
  copy('x', flatX, x);
  copy('y', data.y, y);
  return { x, y, n };
}

/** The number of input features the data has: the row length when x is a list of rows. */
function featuresOf(data: FitData): number {
  const x = data?.x;
  return Array.isArray(x) && x.length > 0 && Array.isArray(x[0]) ? (x[0] as number[]).length : 1;
}

const sizeOf = (s: Shape) => s.reduce((a, b) => a * b, 1);

/** A parameter as users see it: a number for a scalar, an array otherwise. */
function shown(p: Float64Array, shape: Shape): ParamValue {
  return shape.length === 0 ? p[0] : Array.from(p);
}

function named(model: Model, P: Params): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  model.paramNames.forEach((name, i) => {
    out[name] = shown(P[i], model.paramShapes[i]);
  });
  return out;
}

/** The initial parameters: the model's init (drawing from rng), then the user's values by name. */
function initialParams(
  model: Model,
  rng: RandomState,
  init: Record<string, ParamValue> | undefined,
  dtype: DType,
): Params {
  const P = model.init(rng).map((p) => Float64Array.from(p));
  if (init !== undefined) {
    if (init === null || typeof init !== 'object') throw bad('init', init, 'object');
    for (const [name, value] of Object.entries(init)) {
      const i = model.paramNames.indexOf(name);
      if (i < 0)
        throw new DescensoError('fit-unknown-param', {
          name,
          model: model.id,
          valid: model.paramNames.join(', '),
        });
      const flat = typeof value === 'number' ? [value] : Array.isArray(value) ? value : [];
      const size = sizeOf(model.paramShapes[i]);
      if (flat.length !== size || !flat.every((v) => typeof v === 'number' && Number.isFinite(v)))
        throw new DescensoError('fit-bad-param', { name, expected: size, found: showValue(value) });
      P[i] = Float64Array.from(flat);
    }
  }
  if (dtype === 'float32') for (const p of P) for (let k = 0; k < p.length; k++) p[k] = Math.fround(p[k]);
  return P;
}

/** The tensor that goes into the loss: logits for bce, the prediction (σ of logits for logistic models) otherwise. */
function lossInput(model: Model, loss: Loss, out: Tensor): Tensor {
  return model.link === 'logistic' && loss.input === 'prediction' ? sigmoid(out) : out;
}

function predictionOf(model: Model, out: Tensor): Tensor {
  return model.link === 'logistic' ? sigmoid(out) : out;
}

/** What runs for one batch size: the loss and its gradient, and (hand-gradient mode) the prediction. */
interface Kernel {
  size: number;
  loss: Compiled;
  predict: Compiled | null;
  /** Batch buffers (stochastic regimes) or the data itself (full batch). */
  x: Float64Array | Float32Array;
  y: Float64Array | Float32Array;
}

export function fit(spec: FitSpec): Run {
  if (spec === null || typeof spec !== 'object') throw bad('spec', spec, 'object');
  const dtype = spec.dtype ?? 'float64';
  if (dtype !== 'float64' && dtype !== 'float32') throw bad('dtype', dtype, 'dtype');
  const regime = spec.regime ?? 'batch';
  if (!regimes.includes(regime)) throw bad('regime', regime, 'regime');
  const epochs = spec.epochs ?? 100;
  if (!isInt(epochs, 0, MAX_EPOCHS)) throw bad('epochs', epochs, 'epochs');
  const seed = spec.seed ?? 0;
  if (!isInt(seed, 0, 0xffffffff)) throw bad('seed', seed, 'seed');
  const batchSize = regime === 'sgd' ? 1 : (spec.batchSize ?? 32);
  if (!isInt(batchSize, 1, Number.MAX_SAFE_INTEGER)) throw bad('batchSize', batchSize, 'batchSize');
  if (spec.gradient !== undefined && typeof spec.gradient !== 'function')
    throw bad('gradient', spec.gradient, 'function');
  if (spec.onEpoch !== undefined && typeof spec.onEpoch !== 'function')
    throw bad('onEpoch', spec.onEpoch, 'function');
  if (spec.onBatch !== undefined && typeof spec.onBatch !== 'function')
    throw bad('onBatch', spec.onBatch, 'function');
  if (spec.shuffle !== undefined && typeof spec.shuffle !== 'boolean')
    throw bad('shuffle', spec.shuffle, 'boolean');
  if (spec.recordParams !== undefined && typeof spec.recordParams !== 'boolean')
    throw bad('recordParams', spec.recordParams, 'boolean');
  if (typeof spec.model !== 'string' && !isModel(spec.model)) throw bad('model', spec.model, 'model');
  if (spec.loss !== undefined && typeof spec.loss !== 'string' && !isLoss(spec.loss))
    throw bad('loss', spec.loss, 'loss');
  const opt0 = spec.optimizer as unknown;
  if (
    opt0 !== undefined &&
    !(opt0 !== null && typeof opt0 === 'object' && typeof (opt0 as { name?: unknown }).name === 'string')
  )
    throw bad('optimizer', opt0, 'optimizer');
  if (spec.stop !== undefined && (spec.stop === null || typeof spec.stop !== 'object'))
    throw bad('stop', spec.stop, 'object');
  const stop = spec.stop ?? {};
  for (const k of ['tolerance', 'gradNorm', 'maxLoss'] as const) {
    const v = stop[k];
    if (v !== undefined && !(typeof v === 'number' && v > 0 && Number.isFinite(v)))
      throw bad(`stop.${k}`, v, 'positive');
  }

  const model =
    typeof spec.model === 'string' ? makeModel(spec.model, { inputs: featuresOf(spec.data) }) : spec.model;
  const loss =
    spec.loss === undefined
      ? makeLoss(model.link === 'logistic' ? 'bce' : 'mse')
      : typeof spec.loss === 'string'
        ? makeLoss(spec.loss)
        : spec.loss;
  const { x, y, n } = readData(spec.data, model.inputs, dtype);
  const rec = recordOf(spec, model);
  checkFitBudget(model, n, epochs, regime, batchSize, rec);
  if (loss.input === 'logit')
    for (let i = 0; i < n; i++)
      if (!(y[i] >= 0 && y[i] <= 1))
        throw new DescensoError('fit-bad-labels', { index: i, value: String(y[i]) });

  const opt = spec.optimizer ?? { name: 'sgd', options: { lr: 0.01 } };
  const optimizer: Optimizer = makeOptimizer(
    opt.name,
    { ...(opt.options ?? {}), dtype },
    opt.convention ?? 'pytorch',
  );
  const rng = new RandomState(seed);
  let P = initialParams(model, rng, spec.init, dtype);
  let state = optimizer.init(P);

  const d = model.inputs;
  const np = model.paramNames.length;
  const shapes = model.paramShapes;
  const scalar = shapes.map((s) => s.length === 0);
  const hand = spec.gradient;

  // ---- kernels, compiled once per batch size ---------------------------------------------------
  const makeKernel = (
    size: number,
    data: { x: Float64Array | Float32Array; y: Float64Array | Float32Array },
  ): Kernel => {
    const xShape: Shape = d === 1 ? [size] : [size, d];
    const lossFn = (...args: Tensor[]) => {
      const out = model.predict(args.slice(0, np), args[np]);
      return loss.apply(lossInput(model, loss, out), args[np + 1]);
    };
    const argnums = shapes.map((_s, i) => i);
    const compiledLoss = compile(lossFn, [...shapes, xShape, [size]], { argnums, dtype });
    const compiledPredict = hand
      ? compile(
          (...args: Tensor[]) => predictionOf(model, model.predict(args.slice(0, np), args[np])),
          [...shapes, xShape],
          {
            argnums: [],
            dtype,
          },
        )
      : null;
    return { size, loss: compiledLoss, predict: compiledPredict, x: data.x, y: data.y };
  };
  // Batches get buffers of their own, filled in the epoch's order (at most two sizes: B and n mod B).
  const batchKernels = new Map<number, Kernel>();
  const batchKernel = (size: number): Kernel => {
    let k = batchKernels.get(size);
    if (!k) {
      const buffer = (len: number) => (dtype === 'float32' ? new Float32Array(len) : new Float64Array(len));
      k = makeKernel(size, { x: buffer(size * d), y: buffer(size) });
      batchKernels.set(size, k);
    }
    return k;
  };

  // Arguments are kept in one array, refreshed in place: scalars by value, arrays by reference.
  const args: (number | Float64Array | Float32Array)[] = new Array(np + 2);
  const setParams = () => {
    for (let i = 0; i < np; i++) args[i] = scalar[i] ? P[i][0] : P[i];
  };
  const G: Params = shapes.map((s) => new Float64Array(sizeOf(s)));

  const full = makeKernel(n, { x, y });
  const fullLoss = (): number => {
    setParams();
    args[np] = full.x;
    args[np + 1] = full.y;
    return full.loss.value(...args) as number;
  };

  /** Fills G with the gradient on kernel k's batch and returns the batch loss. */
  const gradientOn = (k: Kernel): number => {
    setParams();
    args[np] = k.x;
    args[np + 1] = k.y;
    const r = k.loss.valueAndGrad(...args);
    if (hand) {
      const yPred = k.predict!.value(...args.slice(0, np + 1)) as Float64Array | Float32Array;
      const given = hand(named(model, P), { x: k.x, y: k.y, yPred });
      readHand(given, model, G);
    } else {
      for (let i = 0; i < np; i++) {
        const g = r.grads[i];
        if (typeof g === 'number') G[i][0] = g;
        else G[i].set(g);
      }
    }
    return r.value as number;
  };

  const warnings: FitWarning[] = [];
  if (hand) {
    const w = checkHandGradient(model, loss, P, full, hand, dtype);
    if (w) warnings.push(w);
  }

  const history: HistoryEntry[] = [];
  const entry = (epoch: number, value: number): HistoryEntry =>
    rec.params ? { epoch, loss: value, params: named(model, P) } : { epoch, loss: value };
  // The last epoch's entry waits here until the next one replaces it or the run ends.
  let pending: HistoryEntry | null = null;
  const push = (epoch: number, value: number) => {
    pending = null;
    if (epoch % rec.every === 0) history.push(entry(epoch, value));
    else pending = entry(epoch, value);
  };
  let limit = Infinity;
  const finite = (v: number) => Number.isFinite(v) && Math.abs(v) <= limit;
  // A batch of `size` points may carry up to n/size times the mean loss of all of them (one outlier
  // among 10⁷ points), so a batch loss is judged against the limit scaled by that much.
  const batchFinite = (v: number, size: number) =>
    Number.isFinite(v) && Math.abs(v) <= (stop.maxLoss !== undefined ? limit : (limit * n) / size);
  const paramsFinite = () => P.every((p) => p.every(Number.isFinite));

  let status: FitStatus = 'max-steps';
  let divergedAt: number | undefined;
  const stepLosses: number[] | undefined = regime === 'batch' || !rec.stepLosses ? undefined : [];
  let previous = Number.NaN;
  let lastGood: Params = P;

  const step = () => {
    const [updates, next] = optimizer.update(G, state, P);
    state = next;
    P = applyUpdates(P, updates, dtype);
  };
  const converged = (value: number) =>
    stop.tolerance !== undefined &&
    Number.isFinite(previous) &&
    Math.abs(value - previous) <= stop.tolerance * Math.max(1, Math.abs(previous));

  // The order of the points: shuffled in place each epoch when asked (NumPy's permutation).
  const order = regime === 'batch' ? null : Float64Array.from({ length: n }, (_v, i) => i);

  for (let epoch = 0; ; epoch++) {
    // The loss at the parameters after `epoch` epochs; in the batch regime it comes with the gradient.
    const value = regime === 'batch' && epoch < epochs ? gradientOn(full) : fullLoss();
    if (epoch === 0) {
      if (!Number.isFinite(value)) throw new DescensoError('fit-undefined-start', { loss: String(value) });
      limit = stop.maxLoss ?? FIT_DIVERGENCE.growth * Math.max(Math.abs(value), FIT_DIVERGENCE.floor);
    }
    if (!finite(value) || !paramsFinite()) {
      status = 'diverged';
      divergedAt = epoch;
      break;
    }
    push(epoch, value);
    lastGood = P;
    if (epoch > 0) spec.onEpoch?.(epoch, epochs);
    if (converged(value)) {
      status = 'converged';
      break;
    }
    previous = value;
    if (epoch === epochs) break;
    if (regime === 'batch') {
      if (stop.gradNorm !== undefined && norm(G) <= stop.gradNorm) {
        status = 'converged';
        break;
      }
      step();
      continue;
    }
    const perm = spec.shuffle === false ? order! : rng.permutation(n);
    let blown = false;
    for (let s = 0; s < n; s += batchSize) {
      const size = Math.min(batchSize, n - s);
      const k = batchKernel(size);
      gather(k, perm, s, size, x, y, d);
      const batchLoss = gradientOn(k);
      stepLosses?.push(batchLoss);
      spec.onBatch?.({
        epoch,
        index: s / batchSize,
        points: perm.subarray(s, s + size),
        params: P,
        loss: batchLoss,
      });
      if (!batchFinite(batchLoss, size)) {
        blown = true;
        break;
      }
      step();
    }
    if (blown) {
      status = 'diverged';
      divergedAt = epoch + 1;
      break;
    }
  }

  if (pending) history.push(pending);
  const run: Run = {
    model: model.id,
    paramNames: [...model.paramNames],
    loss: loss.id,
    regime,
    dtype,
    params: named(model, lastGood),
    history,
    status,
  };
  if (stepLosses) run.stepLosses = stepLosses;
  if (divergedAt !== undefined) run.divergedAt = divergedAt;
  if (warnings.length > 0) run.warnings = warnings;
  return run;
}

/** The record options with their defaults, checked. */
function recordOf(spec: FitSpec, model: Model): Required<FitRecord> {
  const r = spec.record ?? {};
  if (r === null || typeof r !== 'object') throw bad('record', r, 'object');
  const every = r.every ?? 1;
  if (!isInt(every, 1, Number.MAX_SAFE_INTEGER)) throw bad('record.every', every, 'batchSize');
  const size = model.paramShapes.reduce((s, shape) => s + sizeOf(shape), 0);
  const params = r.params ?? spec.recordParams ?? size <= PARAMS_RECORDED_BY_DEFAULT;
  const stepLosses = r.stepLosses ?? true;
  return { every, params: params === true, stepLosses: stepLosses === true };
}

/**
 * Refuses, before anything is allocated, a fit whose record or working arrays would pass
 * MAX_RUN_NUMBERS. The working arrays are estimated from measurement: the data in the run's
 * precision (x and y, two copies), and in a network's compiled loss and gradient about ten numbers
 * per point per hidden unit and five per parameter (values, gradients, optimizer state); the whole
 * data set has a kernel of its own (the loss of every epoch) beside the stochastic regimes' batch
 * kernel. Linear models fuse into one loop and need no per-point arrays of their own.
 */
function checkFitBudget(
  model: Model,
  n: number,
  epochs: number,
  regime: Regime,
  batchSize: number,
  rec: Required<FitRecord>,
): void {
  const paramCount = model.paramShapes.reduce((s, shape) => s + sizeOf(shape), 0);
  const points = n + (regime === 'batch' ? 0 : Math.min(batchSize, n));
  checkBudget(2 * n * (model.inputs + 1) + 10 * points * hiddenUnits(model) + 5 * paramCount, 'fit-working');
  const rows = Math.floor(epochs / rec.every) + 2;
  checkBudget(rows * (1 + (rec.params ? paramCount : 0)), 'fit-history');
  if (regime !== 'batch' && rec.stepLosses) checkBudget(epochs * Math.ceil(n / batchSize), 'fit-steps');
}

/** The hidden units of a network (the widths of its bias vectors but the last), 0 for other models. */
function hiddenUnits(model: Model): number {
  let units = 0;
  model.paramNames.forEach((name, i) => {
    if (/^b\d+$/.test(name) && model.paramShapes[i].length === 1) units += model.paramShapes[i][0];
  });
  return units;
}

function norm(G: Params): number {
  let s = 0;
  for (const g of G) for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s);
}

/** Copies the points perm[s … s+size) into the kernel's batch buffers. */
function gather(
  k: Kernel,
  perm: Float64Array,
  s: number,
  size: number,
  x: Float64Array | Float32Array,
  y: Float64Array | Float32Array,
  d: number,
): void {
  for (let j = 0; j < size; j++) {
    const i = perm[s + j];
    k.y[j] = y[i];
    if (d === 1) k.x[j] = x[i];
    else for (let c = 0; c < d; c++) k.x[j * d + c] = x[i * d + c];
  }
}

/** Copies a hand-written gradient into G, checking names and sizes. */
function readHand(given: Record<string, number | ArrayLike<number>>, model: Model, G: Params): void {
  if (given === null || typeof given !== 'object') throw bad('gradient result', given, 'object');
  model.paramNames.forEach((name, i) => {
    const v = Object.hasOwn(given, name) ? given[name] : undefined;
    if (v === undefined) throw new DescensoError('fit-gradient-missing', { name });
    const size = G[i].length;
    if (typeof v === 'number') {
      if (size !== 1) throw new DescensoError('fit-bad-param', { name, expected: size, found: '1' });
      G[i][0] = v;
      return;
    }
    if (v.length !== size)
      throw new DescensoError('fit-bad-param', { name, expected: size, found: String(v.length) });
    for (let k = 0; k < size; k++) G[i][k] = v[k];
  });
}

const show = (v: number) => String(Number(v.toPrecision(6)));

/**
 * One check of the hand-written gradient against automatic differentiation (in float64) at the
 * initial parameters on the whole data set. A disagreement is a warning, naming the factor when
 * the two differ by one (the NumPy tutorial's gradient is 4× the true one), not an error: the run
 * goes on with the user's gradient, as the tutorial's did.
 */
function checkHandGradient(
  model: Model,
  loss: Loss,
  P: Params,
  k: Kernel,
  hand: HandGradient,
  dtype: DType,
): FitWarning | null {
  const names = model.paramNames;
  const at: Record<string, number | number[]> = {};
  names.forEach((name, i) => {
    at[name] = model.paramShapes[i].length === 0 ? P[i][0] : Array.from(P[i]);
  });
  const d = model.inputs;
  const n = k.y.length;
  const X = tensor(Array.from(k.x));
  const Xs = d === 1 ? X : reshape(X, [n, d]);
  const Y = tensor(Array.from(k.y));
  const report = gradCheck(
    (ts) => {
      const ps = names.map((name, i) => reshape(ts[name], model.paramShapes[i]));
      return loss.apply(lossInput(model, loss, model.predict(ps, Xs)), Y);
    },
    (values) => {
      const args = [...names.map((_n, i) => (model.paramShapes[i].length === 0 ? P[i][0] : P[i])), k.x];
      const yPred = k.predict!.value(...args) as Float64Array | Float32Array;
      const given = hand(values as Record<string, ParamValue>, { x: k.x, y: k.y, yPred });
      const G = P.map((p) => new Float64Array(p.length));
      readHand(given, model, G);
      return Object.fromEntries(names.map((name, i) => [name, G[i]]));
    },
    at,
    { tolerance: dtype === 'float32' ? 1e-4 : 1e-6 },
  );
  if (report.ok) return null;
  const details = report.params
    .filter((p) => p.relError > 0)
    .slice(0, 4)
    .map((p) =>
      p.hand.length === 1
        ? `${p.name}: ${show(p.hand[0])} by hand, ${show(p.autodiff[0])} automatic`
        : `${p.name}`,
    )
    .join('; ');
  if (report.factor !== null) {
    const params = { factor: report.factor, details };
    return { code: 'fit-gradient-factor', params, message: t('en', 'fit-gradient-factor', params) };
  }
  const params = { relError: report.maxRelError.toExponential(2), details };
  return { code: 'fit-gradient-mismatch', params, message: t('en', 'fit-gradient-mismatch', params) };
}
