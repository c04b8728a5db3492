/**
 * The runs of a descend experiment, computed up front with src/'s `descend` — on the main thread
 * when the work is small, in a Web Worker (with progress, cancellable) when it is heavy.
 * Same experiment, same numbers: both paths call `runOne`.
 */
import { isDescensoError } from '../../src/errors.js';
import {
  type DescendExperiment,
  descendSpecOf,
  type FitExperiment,
  labelOf,
} from '../../src/experiment/index.js';
import { type DescendRun, descend } from '../../src/train/descend.js';
import type { FitWork } from './fit-work.js';

export interface LabRun extends DescendRun {
  label: string;
  /** When the optimizer could not run at all (bad option): the error code and params. */
  error?: { code: string; message: string; params?: unknown };
}

export function runOne(e: DescendExperiment, i: number): LabRun {
  const o = e.optimizers[i];
  try {
    const r = descend(descendSpecOf(e, i));
    return { ...r, label: labelOf(o) };
  } catch (err) {
    const error = isDescensoError(err)
      ? { code: err.code, message: err.message, params: err.params }
      : { code: 'internal', message: String(err) };
    return {
      vars: [],
      points: [],
      values: [],
      gradNorms: [],
      status: 'diverged',
      steps: 0,
      label: labelOf(o),
      error,
    };
  }
}

/** Work below this many optimizer-steps runs at once on the main thread. */
const LIGHT = 4000;

export interface Job<T = LabRun[]> {
  promise: Promise<T | null>;
  cancel(): void;
}

let worker: Worker | null = null;
let seq = 0;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

interface WorkerMessage {
  id: number;
  type: 'progress' | 'done';
  done?: number;
  /** Share of a fit done. */
  fraction?: number;
  runs?: LabRun[];
  fit?: FitWork;
}

/**
 * Sends `experiment` to the worker and resolves with `pick(message)` when it is done, or null
 * when cancelled. A computation in progress cannot be interrupted from outside: cancelling ends
 * the worker, and the next job starts a fresh one.
 */
function workerJob<T>(
  experiment: DescendExperiment | FitExperiment,
  pick: (m: WorkerMessage) => T | undefined,
  onProgress?: (m: WorkerMessage) => void,
): Job<T> {
  const id = ++seq;
  const w = getWorker();
  let settle: (r: T | null) => void = () => {};
  const promise = new Promise<T | null>((ok) => {
    settle = ok;
  });
  const onMessage = (ev: MessageEvent) => {
    const m = ev.data as WorkerMessage;
    if (m.id !== id) return;
    if (m.type === 'progress') onProgress?.(m);
    else {
      w.removeEventListener('message', onMessage);
      settle(pick(m) ?? null);
    }
  };
  w.addEventListener('message', onMessage);
  w.postMessage({ id, experiment });
  return {
    promise,
    cancel() {
      w.removeEventListener('message', onMessage);
      if (worker === w) {
        w.terminate();
        worker = null;
      }
      settle(null);
    },
  };
}

/** Runs a fit experiment in the worker, `onProgress(fraction)` as it trains; resolves null when cancelled. */
export function computeFit(e: FitExperiment, onProgress: (f: number) => void = () => {}): Job<FitWork> {
  return workerJob(
    e,
    (m) => m.fit,
    (m) => onProgress(m.fraction ?? 0),
  );
}

/** Starts computing the runs; `onProgress(fraction)` while a worker does it. Resolves null when cancelled. */
export function computeRuns(e: DescendExperiment, onProgress: (f: number) => void): Job {
  if (e.steps * e.optimizers.length <= LIGHT) {
    const runs = e.optimizers.map((_o, i) => runOne(e, i));
    return { promise: Promise.resolve(runs), cancel() {} };
  }
  return workerJob(
    e,
    (m) => m.runs,
    (m) => onProgress((m.done ?? 0) / e.optimizers.length),
  );
}
