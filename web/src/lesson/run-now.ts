/**
 * One step's run with its fault as data (both languages): what the lesson's runner does on the
 * main thread and what its worker does off it.
 */
import { isDescensoError } from '../../../src/errors.js';
import { type Experiment, run } from '../../../src/experiment/index.js';
import type { Run } from '../../../src/experiment/types.js';
import type { Bilingual } from '../../../src/lessons/types.js';

/** A step's Run, or why there is none. */
export type StepRun = { run: Run } | { fault: Bilingual };
export type RunStep = (e: Experiment) => Promise<StepRun>;

/** `run(e)` with its fault as data. */
export function runNow(e: Experiment): StepRun {
  try {
    return { run: run(e) };
  } catch (err) {
    if (isDescensoError(err)) return { fault: { es: err.messageIn('es'), en: err.messageIn('en') } };
    return { fault: { es: String(err), en: String(err) } };
  }
}
