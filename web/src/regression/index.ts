/**
 * The regression lab as the shell loads it: a fit experiment in, a store and its panel out.
 * Computations go to the worker (latest wins); the panel re-renders what reads what changed.
 */
import { computed } from '@preact/signals';
import { createElement } from 'preact';
import { defaultFit, type Experiment, type FitExperiment } from '../../../src/experiment/index.js';
import { computeFit } from '../runs.js';
import type { Lab, LabContext, LabModule } from '../shell/lab.js';
import { RegressionPanel } from './panel.js';
import { createRegressionStore } from './store.js';
import './regression.css';

function create(initial: Experiment, ctx: LabContext): Lab {
  const first = initial.kind === 'fit' ? initial : defaultFit;
  const store = createRegressionStore(first, { compute: computeFit, autoplay: true, fallback: defaultFit });
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
    dispose: () => store.dispose(),
  };
}

const regression: LabModule = {
  name: 'regression',
  accepts: (e: Experiment): e is FitExperiment => e.kind === 'fit',
  defaultExperiment: defaultFit,
  create,
};

export default regression;
