/// <reference lib="webworker" />
/** The heavy runs, off the main thread: one message per finished optimizer, then all the runs. */
import type { DescendExperiment } from '../../src/experiment/index.js';
import { type LabRun, runOne } from './runs.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<{ id: number; experiment: DescendExperiment }>) => {
  const { id, experiment } = ev.data;
  const runs: LabRun[] = [];
  for (let i = 0; i < experiment.optimizers.length; i++) {
    runs.push(runOne(experiment, i));
    scope.postMessage({ id, type: 'progress', done: i + 1 });
  }
  scope.postMessage({ id, type: 'done', runs });
};
