/**
 * The runs of a descend experiment, computed up front with src/'s `descend` — on the main thread
 * when the work is small, in a Web Worker (with progress, cancellable) when it is heavy.
 * Same experiment, same numbers: both paths call `runOne`.
 */
import { isDescensoError } from '../../src/errors.js';
import { type DescendExperiment, type FitExperiment, labelOf } from '../../src/experiment/index.js';
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
    const r = descend({
      surface: e.surface,
      formula: e.formula,
      vars: e.vars,
      start: e.start,
      steps: e.steps,
      gradient: e.gradient,
      h: e.h,
      optimizer: { name: o.name, options: o.options, convention: o.convention },
    });
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

export interface Job {
  promise: Promise<LabRun[] | null>;
  cancel(): void;
}

let worker: Worker | null = null;
let seq = 0;

/** Runs a fit experiment in the worker; resolves null when cancelled. */
export function computeFit(e: FitExperiment): { promise: Promise<FitWork | null>; cancel(): void } {
  const id = ++seq;
  const w = getWorker();
  let settle: (r: FitWork | null) => void = () => {};
  const promise = new Promise<FitWork | null>((ok) => {
    settle = ok;
  });
  const onMessage = (ev: MessageEvent) => {
    const m = ev.data as { id: number; type: string; fit?: FitWork };
    if (m.id !== id || m.type !== 'done') return;
    w.removeEventListener('message', onMessage);
    settle(m.fit ?? null);
  };
  w.addEventListener('message', onMessage);
  w.postMessage({ id, experiment: e });
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

function getWorker(): Worker {
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Starts computing the runs; `onProgress(fraction)` while a worker does it. Resolves null when cancelled. */
export function computeRuns(e: DescendExperiment, onProgress: (f: number) => void): Job {
  if (e.steps * e.optimizers.length <= LIGHT) {
    const runs = e.optimizers.map((_o, i) => runOne(e, i));
    return { promise: Promise.resolve(runs), cancel() {} };
  }
  const id = ++seq;
  const w = getWorker();
  let settle: (r: LabRun[] | null) => void = () => {};
  const promise = new Promise<LabRun[] | null>((ok) => {
    settle = ok;
  });
  const onMessage = (ev: MessageEvent) => {
    const m = ev.data as { id: number; type: 'progress' | 'done'; done?: number; runs?: LabRun[] };
    if (m.id !== id) return;
    if (m.type === 'progress') onProgress((m.done ?? 0) / e.optimizers.length);
    else {
      w.removeEventListener('message', onMessage);
      settle(m.runs ?? null);
    }
  };
  w.addEventListener('message', onMessage);
  w.postMessage({ id, experiment: e });
  return {
    promise,
    cancel() {
      // A descend in progress cannot be interrupted from outside: end the worker, start afresh next time.
      w.removeEventListener('message', onMessage);
      if (worker === w) {
        w.terminate();
        worker = null;
      }
      settle(null);
    },
  };
}
