/**
 * The computation client both animated labs share: `createWork()` runs experiments latest-wins.
 * Small work runs at once on the main thread; heavy work goes to a Web Worker, with progress and,
 * for a long descent, its first steps posted at once (`onPartial`) so a drag shows something
 * every frame; the full run is asked for only once the preview is back and no newer request came
 * for `settle` ms, so a drag (a request per frame) never starts a full run it would have to stop.
 * A newer request supersedes an older one: the older promise resolves null, a worker still on the
 * older one's full run is terminated (a spare, already started, takes over), and one still on
 * its short preview is left to skip what it no longer needs. Faults come back as data
 * (an outcome's `error`, a fit's `error`), never as a rejection.
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { type DescendExperiment, experimentWork, type FitExperiment } from '../../../src/experiment/index.js';
import { descentsOf, faultOf, faultRuns, type LabRun } from './descents.js';
import { type FitWork, fitWork } from './fit-work.js';
import { unpackRuns } from './packed.js';
import type { WorkAnswer, WorkRequest } from './protocol.js';

/** What the client needs of a worker (a real one, or the tests' in-process one). */
export interface WorkerLike {
  postMessage(m: WorkRequest): void;
  terminate(): void;
  onmessage: ((ev: { data: WorkAnswer }) => void) | null;
  onerror: ((ev: { message?: string }) => void) | null;
}

export interface WorkOptions {
  /** Work (optimizer-steps, or the fit's units) up to this runs on the main thread. */
  light?: number;
  /** A long descent's first this many steps come first, as a partial answer. */
  preview?: number;
  /** Quiet milliseconds after a preview before the full run is asked for. */
  settle?: number;
  spawn?: () => WorkerLike;
}

export interface Work {
  /** The runs of `e`; null when a newer request or cancel() superseded it. */
  request(e: DescendExperiment, onPartial?: (runs: LabRun[]) => void): Promise<LabRun[] | null>;
  request(e: FitExperiment): Promise<FitWork | null>;
  /** Drops the request in flight (its promise resolves null). */
  cancel(): void;
  /** True while a request is in flight. */
  readonly busy: ReadonlySignal<boolean>;
  /** The fraction done of the request in flight, in [0, 1]. */
  readonly progress: ReadonlySignal<number>;
  /** The number of workers started so far (a cancelled full run costs one). */
  readonly started: ReadonlySignal<number>;
  dispose(): void;
}

export const LIGHT_WORK = 4000;
export const PREVIEW_STEPS = 400;
export const SETTLE_MS = 100;

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

interface Pending {
  id: number;
  e: DescendExperiment | FitExperiment;
  done: (result: LabRun[] | FitWork | null) => void;
  onPartial?: (runs: LabRun[]) => void;
}

function sizeOf(e: DescendExperiment | FitExperiment): number {
  try {
    return experimentWork(e);
  } catch {
    return 0; // refused by the schema: run() says why at once, as data
  }
}

function faultAnswer(e: DescendExperiment | FitExperiment, err: unknown): LabRun[] | FitWork {
  return e.kind === 'fit' ? { error: faultOf(err) } : faultRuns(e, faultOf(err));
}

export function createWork(options: WorkOptions = {}): Work {
  const light = options.light ?? LIGHT_WORK;
  const preview = options.preview ?? PREVIEW_STEPS;
  const spawn = options.spawn ?? spawnWorker;
  const settleMs = options.settle ?? SETTLE_MS;
  let fullTimer: ReturnType<typeof setTimeout> | undefined;
  const current = signal<Pending | null>(null);
  const progress = signal(0);
  const started = signal(0);
  let seq = 0;
  let active: WorkerLike | null = null;
  let spare: WorkerLike | null = null;
  /** The request the active worker is running in full (its preview, if any, posted), or 0. */
  let fullRun = 0;

  /** After a quiet moment, the full run of the request whose preview came back. */
  const askFull = (p: Pending) => {
    clearTimeout(fullTimer);
    fullTimer = setTimeout(() => {
      if (current.peek() !== p || !active) return;
      fullRun = p.id;
      active.postMessage({ id: p.id, experiment: p.e });
    }, settleMs);
  };
  const settle = (result: LabRun[] | FitWork | null) => {
    const p = current.peek();
    if (!p) return;
    current.value = null;
    p.done(result);
  };
  const onAnswer = (w: WorkerLike, a: WorkAnswer) => {
    if (w !== active) return;
    const p = current.peek();
    if (a.type === 'done' && a.id === fullRun) fullRun = 0;
    if (!p || a.id !== p.id) return;
    if (a.type === 'progress') progress.value = a.fraction;
    else if (a.type === 'partial') {
      p.onPartial?.(unpackRuns(a.runs));
      askFull(p);
    } else settle('fit' in a ? a.fit : unpackRuns(a.runs));
  };
  const start = (): WorkerLike => {
    const w = spawn();
    started.value++;
    w.onmessage = (ev) => onAnswer(w, ev.data);
    w.onerror = (ev) => {
      if (w !== active) return;
      const p = current.peek();
      drop();
      if (p) settle(faultAnswer(p.e, new Error(ev.message ?? 'worker')));
    };
    return w;
  };
  /** Ends the active worker (a run no longer wanted); the spare, already started, takes over. */
  const drop = () => {
    active?.terminate();
    active = spare;
    spare = null;
    fullRun = 0;
  };
  const worker = (): WorkerLike => {
    // a run that is no longer wanted and cannot be interrupted: end it
    if (active && fullRun !== 0) drop();
    active ??= start();
    spare ??= start();
    return active;
  };

  function request(e: DescendExperiment | FitExperiment, onPartial?: (runs: LabRun[]) => void) {
    settle(null);
    const id = ++seq;
    const promise = new Promise<LabRun[] | FitWork | null>((done) => {
      current.value = { id, e, done, onPartial };
    });
    progress.value = 0;
    if (sizeOf(e) <= light) {
      // small: at once, on this thread; a worker still busy with older work is left to finish
      settle(e.kind === 'fit' ? fitWork(e) : descentsOf(e));
      return promise;
    }
    const long = e.kind !== 'fit' && e.steps > preview;
    const w = worker();
    // the worker answers in order: a request without preview starts its full run at once
    if (!long) fullRun = id;
    w.postMessage({ id, experiment: e, ...(long ? { preview, previewOnly: true } : {}) });
    return promise;
  }

  return {
    request: request as Work['request'],
    cancel: () => {
      if (fullRun !== 0) drop();
      settle(null);
    },
    busy: computed(() => current.value !== null),
    progress,
    started,
    dispose: () => {
      clearTimeout(fullTimer);
      settle(null);
      active?.terminate();
      spare?.terminate();
      active = spare = null;
    },
  };
}
