/**
 * The runs behind a lesson's numbers: `run(step experiment)`, on the main thread when the work is
 * small (the tutorials' five-step descents, the derivative's quotients) and in a worker when it is
 * not (a regression of a thousand epochs, a sweep), so a step change never freezes the page.
 * Faults come back as data, in both languages, never as a rejection.
 */
import { type Experiment, experimentWork } from '../../../src/experiment/index.js';

import { type RunStep, runNow, type StepRun } from './run-now.js';

export type { RunStep, StepRun };

/** Work (optimizer-steps, as `experimentWork` counts) up to this runs on the main thread. */
export const LIGHT_STEP_WORK = 4000;

/** What the worker answers a request with. */
export type RunAnswer = StepRun & { id: number };

function workOf(e: Experiment): number {
  try {
    return experimentWork(e);
  } catch {
    return 0; // refused by the schema: run() says why at once
  }
}

/** A runner of step experiments; `dispose` stops its worker. */
export function createStepRunner(light = LIGHT_STEP_WORK): { run: RunStep; dispose(): void } {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (r: StepRun) => void>();
  const spawn = (): Worker => {
    const w = new Worker(new URL('./run-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (ev: MessageEvent<RunAnswer>) => {
      const a = ev.data;
      const done = waiting.get(a.id);
      waiting.delete(a.id);
      const { id: _, ...answer } = a;
      done?.(answer);
    };
    return w;
  };
  return {
    run: (e) => {
      if (workOf(e) <= light) return Promise.resolve(runNow(e));
      worker ??= spawn();
      const id = ++next;
      const answer = new Promise<StepRun>((ok) => waiting.set(id, ok));
      worker.postMessage({ id, experiment: e });
      return answer;
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
