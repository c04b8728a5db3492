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
import { t } from '../i18n/index.js';
import { type Loss, makeLoss } from '../losses/index.js';
import { type Model, makeModel, type ParamValue } from '../models/index.js';
import { applyUpdates, makeOptimizer, type Optimizer, type Params } from '../optim/index.js';
import { RandomState } from '../random/random-state.js';
import { showValue } from '../text.js';
import { bad, checkFitBudget, checkFitSpec, featuresOf, readData, recordOf } from './fit-checks.js';
import {
  FIT_DIVERGENCE,
  type FitSpec,
  type FitStatus,
  type FitWarning,
  type HandGradient,
  type HistoryEntry,
  type Run,
} from './fit-types.js';

export * from './fit-types.js';

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
  const { dtype, regime, epochs, seed, batchSize, stop } = checkFitSpec(spec);

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
