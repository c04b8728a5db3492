/**
 * A fit for the regression lab: the core's run() (its onBatch hook records the first mini-batch
 * run step by step) and the views' extras computed from its Run — the loss landscape and the
 * replay of the mini-batches. Runs in the worker.
 */
import { type FitExperiment, type FitRunSet, type RunError, run } from '../../../src/experiment/index.js';
import { makeModel } from '../../../src/models/index.js';
import type { BatchStep } from '../../../src/train/fit.js';
import { lossEvaluator } from '../regression/loss-eval.js';
import { faultOf } from './descents.js';

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
  result?: FitRunSet;
  landscape?: Landscape;
  replay?: BatchReplay;
  /** A fault of the whole experiment (the data, the model…), as data. */
  error?: RunError;
}

/** Replays at most this many mini-batch steps (and this many permuted indices). */
const MAX_REPLAY_STEPS = 6000;
const MAX_REPLAY_INDICES = 2_000_000;

/** The fit experiment by run() and the views' extras; `onProgress(done)` with run's units (epochs). */
export function fitWork(e: FitExperiment, onProgress?: (done: number) => void): FitWork {
  try {
    const recorder = batchRecorder(e);
    const result = run(e, {
      ...(onProgress ? { onProgress } : {}),
      ...(recorder ? { onBatch: recorder.onBatch } : {}),
    });
    const out: FitWork = { result };
    const land = landscape(e, result);
    if (land) out.landscape = land;
    const replay = recorder?.replay(result.data.y.length);
    if (replay) out.replay = replay;
    return out;
  } catch (err) {
    return { error: faultOf(err) };
  }
}

/** The span of parameter `name` over every run's history, widened to show the basin around it. */
function spanOf(result: FitRunSet, name: string): [number, number] {
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
export function landscape(e: FitExperiment, result: FitRunSet): Landscape | null {
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
 * Records the first mini-batch run step by step as fit trains it (its onBatch hook): the order of
 * the points in each epoch, the parameters before each step and each batch's loss. Only for
 * models whose parameters are single numbers (the views draw those), and up to the limits above.
 */
function batchRecorder(e: FitExperiment): {
  onBatch: (run: number, step: BatchStep) => void;
  replay: (points: number) => BatchReplay | null;
} | null {
  const regime = e.regimes.indexOf('minibatch');
  if (regime < 0 || !makeModel(e.model).paramShapes.every((s) => s.length === 0)) return null;
  // runExperiment runs optimizers × regimes in that order: the first optimizer's mini-batch run
  const run = regime;
  const perms: number[][] = [];
  const params: number[][] = [];
  const batchLosses: number[] = [];
  let batchSize = 0;
  let indices = 0;
  let full = false;
  const onBatch = (k: number, step: BatchStep) => {
    if (k !== run || full) return;
    if (step.index === 0) {
      if (params.length >= MAX_REPLAY_STEPS || indices >= MAX_REPLAY_INDICES) {
        full = true;
        return;
      }
      perms.push([]);
      batchSize = Math.max(batchSize, step.points.length);
    }
    const perm = perms[perms.length - 1];
    for (let i = 0; i < step.points.length; i++) perm.push(step.points[i]);
    indices += step.points.length;
    params.push(step.params.map((p: ArrayLike<number>) => p[0]));
    batchLosses.push(step.loss);
  };
  // A run that diverged ends inside an epoch: its last, partial permutation still names the
  // points of every step recorded.
  const replay = (points: number): BatchReplay | null =>
    params.length === 0
      ? null
      : { run, batchSize, perEpoch: Math.ceil(points / batchSize), perms, params, batchLosses };
  return { onBatch, replay };
}

/** The points (indices into the data) of replayed step t. */
export function batchOf(r: BatchReplay, t: number): number[] {
  const epoch = Math.floor(t / r.perEpoch);
  const j = t % r.perEpoch;
  return r.perms[epoch]?.slice(j * r.batchSize, (j + 1) * r.batchSize) ?? [];
}
