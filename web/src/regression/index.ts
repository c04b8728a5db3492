/**
 * The regression lab as the shell loads it: a fit experiment in, a store and its panel out.
 * Computations go to the worker (latest wins); the panel re-renders what reads what changed.
 */
import { computed, effect } from '@preact/signals';
import { createElement } from 'preact';
import { defaultFit, type Experiment, type FitExperiment } from '../../../src/experiment/index.js';
import type { Lab, LabContext, LabModule } from '../shell/lab.js';
import { createWork } from '../work/client.js';
import { RegressionPanel } from './panel.js';
import { createRegressionStore, type FitCompute } from './store.js';
import './regression.css';

/** The shared work client (latest wins; heavy fits in a worker) behind the store's compute. */
function fitCompute(): { compute: FitCompute; dispose: () => void } {
  const work = createWork();
  const compute: FitCompute = (e, onProgress) => {
    const follow = effect(() => onProgress(work.progress.value));
    const promise = work.request(e).finally(follow);
    return { promise, cancel: () => work.cancel() };
  };
  return { compute, dispose: () => work.dispose() };
}

function create(initial: Experiment, ctx: LabContext): Lab {
  const first = initial.kind === 'fit' ? initial : defaultFit;
  const work = fitCompute();
  const store = createRegressionStore(first, { compute: work.compute, autoplay: true, fallback: defaultFit });
  const View = () => createElement(RegressionPanel, { store, ctx });
  return {
    name: 'regression',
    experiment: computed<Experiment>(() => store.experiment.value),
    open: (e) => {
      if (e.kind === 'fit') store.open(e);
    },
    View,
    playback: store.playback,
    inspect: () => ({
      experiment: store.experiment.peek(),
      runs: store.runs.peek(),
      work: store.work.peek(),
      epoch: store.playback.whole.peek(),
      computing: store.computing.peek(),
      fault: store.fault.peek(),
    }),
    dispose: () => {
      store.dispose();
      work.dispose();
    },
  };
}

const regression: LabModule = {
  name: 'regression',
  accepts: (e: Experiment): e is FitExperiment => e.kind === 'fit',
  defaultExperiment: defaultFit,
  create,
};

export default regression;
