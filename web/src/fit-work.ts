/**
 * The regression lab's computation (run in the worker): the fit experiment through
 * `runExperiment`; the loss landscape over the first one or two parameters (the others held at
 * the first run's final values); and, for the mini-batch run, every step replayed — the batch it
 * used and the parameters before it — so the lab can show the loss of the current batch.
 */
import { compile, type Tensor } from '../../src/autodiff/index.js';
import { isDescensoError } from '../../src/errors.js';
import {
  experimentWork,
  type FitExperiment,
  type FitResult,
  runExperiment,
} from '../../src/experiment/index.js';
import { makeLoss } from '../../src/losses/index.js';
import { makeModel } from '../../src/models/index.js';
import { applyUpdates, makeOptimizer, type Params } from '../../src/optim/index.js';
import { RandomState } from '../../src/random/random-state.js';
import { lossEvaluator } from './loss-eval.js';

export interface Landscape {
  /** The parameters on the axes: one (a curve L(w)) or two (a contour map L(a, b)). */
  params: string[];
  x: [number, number];
  y: [number, number];
  nx: number;
  ny: number;
  /** Row-major, y ascending; ny = 1 for a curve. */
  values: number[];
  /** Every parameter's value where the landscape was cut (the first run's final ones). */
  at: number[];
}

export interface BatchReplay {
  /** Index of the mini-batch run in the result. */
  run: number;
  batchSize: number;
  perEpoch: number;
  /** The order of the points in each replayed epoch (NumPy's permutation, as fit draws it). */
  perms: number[][];
  /** The parameters before each step (scalar parameters, in the model's order). */
  params: number[][];
  /** The loss of each step on its batch. */
  batchLosses: number[];
}

export interface FitWork {
  result?: FitResult;
  landscape?: Landscape;
  replay?: BatchReplay;
  error?: { code: string; message: string; params?: unknown };
}

/** Replays at most this many mini-batch steps (and this many permuted indices). */
const MAX_REPLAY_STEPS = 6000;
const MAX_REPLAY_INDICES = 2_000_000;

/** The fit experiment and the views' extras; `onProgress(fraction)` as the epochs are trained. */
export function fitWork(e: FitExperiment, onProgress?: (fraction: number) => void): FitWork {
  try {
    const total = Math.max(1, experimentWork(e));
    const result = runExperiment(e, {
      onProgress: onProgress ? (done) => onProgress(done / total) : undefined,
    }) as FitResult;
    const out: FitWork = { result };
    const land = landscape(e, result);
    if (land) out.landscape = land;
    const mb = result.runs.findIndex((r) => r.regime === 'minibatch');
    if (mb >= 0) {
      const replay = replayMinibatch(e, result.data, mb);
      if (replay) out.replay = replay;
    }
    return out;
  } catch (err) {
    return {
      error: isDescensoError(err)
        ? { code: err.code, message: err.message, params: err.params }
        : { code: 'internal', message: String(err) },
    };
  }
}

/** The span of parameter `name` over every run's history, widened to show the basin around it. */
function spanOf(result: FitResult, name: string): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of result.runs)
    for (const h of r.history) {
      const v = h.params?.[name];
      if (typeof v === 'number' && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  if (!(hi >= lo)) return [-1, 1];
  const pad = Math.max((hi - lo) * 0.35, 0.5);
  return [lo - pad, hi + pad];
}

/** L over the first parameter (one-parameter models) or the first two, on the whole data set. */
export function landscape(e: FitExperiment, result: FitResult): Landscape | null {
  const first = result.runs[0];
  if (!first) return null;
  const n = result.data.y.length;
  const ev = lossEvaluator(e.model, e.loss, n);
  if (!ev.scalar) return null;
  const names = first.paramNames;
  const at = names.map((p) => {
    const v = first.params[p];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  });
  const x = Float64Array.from(result.data.x as number[]);
  const y = Float64Array.from(result.data.y);
  const two = names.length >= 2;
  const [x0, x1] = spanOf(result, names[0]);
  const [y0, y1] = two ? spanOf(result, names[1]) : [0, 0];
  // Cost per sample is one pass over the data: fewer samples for big data sets.
  const side = two ? (n <= 2000 ? 81 : n <= 20_000 ? 41 : 21) : 121;
  const nx = side;
  const ny = two ? side : 1;
  const values: number[] = new Array(nx * ny);
  const p = at.slice();
  for (let j = 0; j < ny; j++) {
    if (two) p[1] = y0 + ((y1 - y0) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      p[0] = x0 + ((x1 - x0) * i) / (nx - 1);
      values[j * nx + i] = ev.value(p, x, y);
    }
  }
  return { params: names.slice(0, two ? 2 : 1), x: [x0, x1], y: [y0, y1], nx, ny, values, at };
}

/**
 * The mini-batch run step by step, drawing from a RandomState in fit's order (the model's initial
 * weights, then one permutation per epoch) and training with the same compiled loss, optimizer
 * and update rule: its parameters after each epoch are the run's history (a test checks it).
 */
export function replayMinibatch(
  e: FitExperiment,
  data: { x: ArrayLike<number>; y: ArrayLike<number> },
  runIndex: number,
): BatchReplay | null {
  const model = makeModel(e.model);
  if (!model.paramShapes.every((s) => s.length === 0)) return null;
  const loss = makeLoss(e.loss ?? 'mse');
  const dtype = e.dtype ?? 'float64';
  const o = e.optimizers[0];
  const optimizer = makeOptimizer(o.name, { ...(o.options ?? {}), dtype }, o.convention ?? 'pytorch');
  const n = data.y.length;
  const bs = Math.min(e.batchSize ?? 32, n);
  const perEpoch = Math.ceil(n / (e.batchSize ?? 32));
  const buffer = (len: number) => (dtype === 'float32' ? new Float32Array(len) : new Float64Array(len));
  const X = buffer(n);
  const Y = buffer(n);
  for (let i = 0; i < n; i++) {
    X[i] = data.x[i];
    Y[i] = data.y[i];
  }
  const rng = new RandomState(e.seed ?? 0);
  let P: Params = model.init(rng).map((p) => Float64Array.from(p));
  for (const [name, v] of Object.entries(e.init ?? {})) {
    const i = model.paramNames.indexOf(name);
    if (i >= 0) P[i] = Float64Array.from([v]);
  }
  if (dtype === 'float32') for (const p of P) p[0] = Math.fround(p[0]);
  let state = optimizer.init(P);
  const np = model.paramNames.length;
  const kernels = new Map<
    number,
    { c: ReturnType<typeof compile>; x: Float32Array | Float64Array; y: Float32Array | Float64Array }
  >();
  const kernel = (size: number) => {
    let k = kernels.get(size);
    if (!k) {
      const fn = (...args: Tensor[]) => loss.apply(model.predict(args.slice(0, np), args[np]), args[np + 1]);
      const argnums = model.paramShapes.map((_s, i) => i);
      k = {
        c: compile(fn, [...model.paramShapes, [size], [size]], { argnums, dtype }),
        x: buffer(size),
        y: buffer(size),
      };
      kernels.set(size, k);
    }
    return k;
  };
  const perms: number[][] = [];
  const params: number[][] = [];
  const batchLosses: number[] = [];
  const G: Params = P.map(() => new Float64Array(1));
  const args: (number | Float32Array | Float64Array)[] = new Array(np + 2);
  outer: for (let epoch = 0; epoch < e.epochs; epoch++) {
    if (params.length + perEpoch > MAX_REPLAY_STEPS || (perms.length + 1) * n > MAX_REPLAY_INDICES) break;
    const perm = rng.permutation(n) as Float64Array;
    perms.push(Array.from(perm));
    for (let s = 0; s < n; s += bs) {
      const size = Math.min(bs, n - s);
      const k = kernel(size);
      for (let j = 0; j < size; j++) {
        k.x[j] = X[perm[s + j]];
        k.y[j] = Y[perm[s + j]];
      }
      for (let i = 0; i < np; i++) args[i] = P[i][0];
      args[np] = k.x;
      args[np + 1] = k.y;
      const r = k.c.valueAndGrad(...args);
      const value = r.value as number;
      params.push(P.map((p) => p[0]));
      batchLosses.push(value);
      if (!Number.isFinite(value) || Math.abs(value) > 1e100) break outer;
      for (let i = 0; i < np; i++) G[i][0] = r.grads[i] as number;
      const [updates, next] = optimizer.update(G, state, P);
      state = next;
      P = applyUpdates(P, updates, dtype);
    }
  }
  return { run: runIndex, batchSize: bs, perEpoch, perms, params, batchLosses };
}

/** The points (indices into the data) of replayed step t. */
export function batchOf(r: BatchReplay, t: number): number[] {
  const epoch = Math.floor(t / r.perEpoch);
  const j = t % r.perEpoch;
  return r.perms[epoch]?.slice(j * r.batchSize, (j + 1) * r.batchSize) ?? [];
}
