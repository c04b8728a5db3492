/// <reference lib="webworker" />
/**
 * The heavy work, off the main thread: one run() per message (through descentsOf and fitWork,
 * which call it), its progress hook posting at most one message per percent.
 */
import { type DescendExperiment, experimentWork, type FitExperiment } from '../../src/experiment/index.js';
import { descentsOf } from './runs.js';
import { fitWork } from './work/fit-work.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<{ id: number; experiment: DescendExperiment | FitExperiment }>) => {
  const { id, experiment } = ev.data;
  let total = 1;
  try {
    total = Math.max(1, experimentWork(experiment));
  } catch {
    // an experiment the schema refuses: run() says why, as data
  }
  let sent = -1;
  const onProgress = (done: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === sent) return;
    sent = percent;
    scope.postMessage({ id, type: 'progress', fraction: done / total });
  };
  if (experiment.kind === 'fit')
    scope.postMessage({ id, type: 'done', fit: fitWork(experiment, onProgress) });
  else scope.postMessage({ id, type: 'done', runs: descentsOf(experiment, onProgress) });
};
