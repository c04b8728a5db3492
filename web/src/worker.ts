/// <reference lib="webworker" />
/** The heavy work, off the main thread: descend runs (one message per finished optimizer) and fits. */
import type { DescendExperiment, FitExperiment } from '../../src/experiment/index.js';
import { fitWork } from './fit-work.js';
import { type LabRun, runOne } from './runs.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<{ id: number; experiment: DescendExperiment | FitExperiment }>) => {
  const { id, experiment } = ev.data;
  if (experiment.kind === 'fit') {
    // at most one progress message per percent
    let sent = -1;
    const fit = fitWork(experiment, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent === sent) return;
      sent = percent;
      scope.postMessage({ id, type: 'progress', fraction });
    });
    scope.postMessage({ id, type: 'done', fit });
    return;
  }
  const runs: LabRun[] = [];
  for (let i = 0; i < experiment.optimizers.length; i++) {
    runs.push(runOne(experiment, i));
    scope.postMessage({ id, type: 'progress', done: i + 1 });
  }
  scope.postMessage({ id, type: 'done', runs });
};
