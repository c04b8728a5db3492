/**
 * The studies' computation client: `createStudyWork()` sends a sweep or a basin map to its own
 * worker and hands each chunk to the caller as it comes. Latest wins: a new request, or
 * `cancel()`, tells the worker to stop at its next chunk and resolves the older promise
 * 'cancelled' at once (answers still on their way for it are dropped by id). A fault of the
 * whole study resolves as its error, as data.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { RunError } from '../../../src/experiment/types.js';
import type { SweepStudy } from '../../../src/sweep/types.js';
import type { BasinRows, BasinSpec } from './study-basins.js';
import type { StudyAnswer, StudyRequest } from './study-protocol.js';
import type { PlacedRows } from './study-sweep.js';

export interface StudyWorkerLike {
  postMessage(m: StudyRequest): void;
  terminate(): void;
  onmessage: ((ev: { data: StudyAnswer }) => void) | null;
  onerror: ((ev: { message?: string }) => void) | null;
}

export type StudyEnd = { type: 'done' } | { type: 'cancelled' } | { type: 'error'; error: RunError };

export interface StudyWork {
  sweep(
    study: SweepStudy,
    onRows: (placed: PlacedRows, done: number, total: number) => void,
  ): Promise<StudyEnd>;
  basins(spec: BasinSpec, onRows: (rows: BasinRows) => void): Promise<StudyEnd>;
  /** Stops the request in flight (its promise resolves 'cancelled'). */
  cancel(): void;
  readonly busy: ReadonlySignal<boolean>;
  dispose(): void;
}

function spawnStudyWorker(): StudyWorkerLike {
  return new Worker(new URL('./study-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as StudyWorkerLike;
}

interface Pending {
  id: number;
  onAnswer(a: StudyAnswer): void;
  end(e: StudyEnd): void;
}

export function createStudyWork(spawn: () => StudyWorkerLike = spawnStudyWorker): StudyWork {
  let worker: StudyWorkerLike | null = null;
  let seq = 0;
  let current: Pending | null = null;
  const busy = signal(false);

  const finish = (e: StudyEnd) => {
    const p = current;
    if (!p) return;
    current = null;
    busy.value = false;
    p.end(e);
  };
  const get = (): StudyWorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (ev) => {
      const a = ev.data;
      if (!current || a.id !== current.id) return;
      if (a.type === 'done') finish({ type: 'done' });
      else if (a.type === 'error') finish({ type: 'error', error: a.error });
      else current.onAnswer(a);
    };
    w.onerror = (ev) => {
      // a worker that failed to load or crashed: the request ends with the fault, the next spawns anew
      worker?.terminate();
      worker = null;
      finish({
        type: 'error',
        error: { code: 'lab-worker', message: { es: ev.message ?? 'worker', en: ev.message ?? 'worker' } },
      });
    };
    worker = w;
    return w;
  };
  const start = (req: Exclude<StudyRequest, { type: 'cancel' }>, onAnswer: (a: StudyAnswer) => void) => {
    finish({ type: 'cancelled' });
    busy.value = true;
    return new Promise<StudyEnd>((end) => {
      current = { id: req.id, onAnswer, end };
      get().postMessage(req);
    });
  };

  return {
    sweep: (study, onRows) =>
      start({ id: ++seq, type: 'sweep', study }, (a) => {
        if (a.type === 'sweep-rows') onRows(a.placed, a.done, a.total);
      }),
    basins: (spec, onRows) =>
      start({ id: ++seq, type: 'basins', spec }, (a) => {
        if (a.type === 'basin-rows') onRows(a.rows);
      }),
    cancel: () => {
      if (!current) return;
      worker?.postMessage({ id: ++seq, type: 'cancel' });
      finish({ type: 'cancelled' });
    },
    busy,
    dispose: () => {
      finish({ type: 'cancelled' });
      worker?.terminate();
      worker = null;
    },
  };
}
