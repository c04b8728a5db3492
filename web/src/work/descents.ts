/**
 * The runs of a descend experiment as the surface lab draws them: the core's `run()`, where
 * whatever could not run comes back as data (an outcome's `error`, with its message in both
 * languages), never as a throw. The same function runs on the main thread (small work) and in the
 * worker (heavy work): same experiment, same numbers.
 */
import { DescensoError, isDescensoError } from '../../../src/errors.js';
import {
  type DescendExperiment,
  type DescendOutcome,
  labelOf,
  type RunError,
  run,
  runError,
} from '../../../src/experiment/index.js';
import type { DescendRun } from '../../../src/train/descend.js';

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

/** Every optimizer of `e` failed with `error` (a fault of the whole experiment, or of the worker). */
export function faultRuns(e: DescendExperiment, error: RunError): LabRun[] {
  return (Array.isArray(e.optimizers) ? e.optimizers : []).map((o) => ({
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

/**
 * The descents of `e` by run(); a fault of the whole experiment (the function undefined at the
 * start, say) is every optimizer's error, so each row of the race says it.
 */
export function descentsOf(e: DescendExperiment, onProgress?: (done: number) => void): LabRun[] {
  try {
    return run(e, onProgress ? { onProgress } : {}).runs.map(labRun);
  } catch (err) {
    return faultRuns(e, faultOf(err));
  }
}
