/**
 * The runs of an experiment, computed up front by the core's `run()` — on the main thread when the
 * work is small, in a Web Worker (with progress, cancellable) when it is heavy. Same experiment,
 * same numbers: both paths call `run()`, and what could not run comes back as data (an outcome's
 * `error`, with its message in both languages), never as a throw.
 */
import type { DescendExperiment, FitExperiment } from '../../src/experiment/index.js';
import { descentsOf, type LabRun } from './work/descents.js';
import type { FitWork } from './work/fit-work.js';

// The old labs' entry points; the rebuilt labs use work/client.ts (createWork).
export { descentsOf, faultOf, type LabRun } from './work/descents.js';

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
