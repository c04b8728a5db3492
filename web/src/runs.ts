/**
 * The runs of an experiment, computed up front by the core's `run()` — on the main thread when the
 * work is small, in a Web Worker (with progress, cancellable) when it is heavy. Same experiment,
 * same numbers: both paths call `run()`, and what could not run comes back as data (an outcome's
 * `error`, with its message in both languages), never as a throw.
 */
import { DescensoError, isDescensoError } from '../../src/errors.js';
import {
  type DescendExperiment,
  type DescendOutcome,
  type FitExperiment,
  labelOf,
  type RunError,
  run,
  runError,
} from '../../src/experiment/index.js';
import type { DescendRun } from '../../src/train/descend.js';
import type { FitWork } from './regression/fit-work.js';

/**
 * One optimizer's descent as the surface lab draws it: the core's outcome, where one that could
 * not run (status 'error') has no rows and is marked 'diverged' for the drawing helpers, which
 * take a descent's statuses; every place that shows a status says `error` first.
 */
export type LabRun = Omit<DescendOutcome, 'status'> & { status: DescendRun['status'] };

function labRun(o: DescendOutcome): LabRun {
  return o.status === 'error' ? { ...o, status: 'diverged' } : { ...o, status: o.status };
}

/** A fault of the whole experiment (a thrown DescensoError, or anything else) as data. */
export function faultOf(err: unknown): RunError {
  const e = isDescensoError(err) ? err : new DescensoError('lab-address-fault', { reason: String(err) });
  const path = isDescensoError(err)
    ? String((err.params as { path?: unknown })?.path ?? 'experiment')
    : 'experiment';
  return runError(e, path);
}

/**
 * The descents of `e` by run(); a fault of the whole experiment (the function undefined at the
 * start, say) is every optimizer's error, so each row of the race says it.
 */
export function descentsOf(e: DescendExperiment, onProgress?: (done: number) => void): LabRun[] {
  try {
    return run(e, onProgress ? { onProgress } : {}).runs.map(labRun);
  } catch (err) {
    const error = faultOf(err);
    return e.optimizers.map((o) => ({
      label: labelOf(o),
      optimizer: o,
      vars: [],
      points: [],
      values: [],
      gradNorms: [],
      steps: 0,
      status: 'diverged' as const,
      error,
    }));
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

/** What the worker posts: progress (a fraction of the work), then the result of its one run(). */
export interface WorkerMessage {
  id: number;
  type: 'progress' | 'done';
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
  onProgress: (fraction: number) => void,
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
    if (m.type === 'progress') onProgress(m.fraction ?? 0);
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
  return workerJob(e, (m) => m.fit, onProgress);
}

/** Starts computing the runs; `onProgress(fraction)` while a worker does it. Resolves null when cancelled. */
export function computeRuns(e: DescendExperiment, onProgress: (f: number) => void): Job {
  if (e.steps * e.optimizers.length <= LIGHT) return { promise: Promise.resolve(descentsOf(e)), cancel() {} };
  return workerJob(e, (m) => m.runs, onProgress);
}
