/**
 * The regression lab as the shell loads it: a fit experiment in, a store and its panel out.
 * Computations go to the worker (latest wins); the panel re-renders what reads what changed.
 */
import { computed, effect, untracked } from '@preact/signals';
import { createElement } from 'preact';
import { defaultFit, type Experiment, type FitExperiment } from '../../../src/experiment/index.js';
import { lang, tr } from '../i18n.js';
import { fitSize } from '../kit/limits.js';
import type { Lab, LabContext, LabModule } from '../shell/lab.js';
import { createWork } from '../work/client.js';
import { fitWork } from '../work/fit-work.js';
import { RegressionFigure } from './figure-view.js';
import { RegressionPanel } from './panel.js';
import { runLabel } from './readout.js';
import { createRegressionStore, type FitCompute, type RegressionStore } from './store.js';
import './regression.css';

/**
 * Fits on this thread up to this size (points × epochs × runs × parameters, as MAX_FIT_WORK counts
 * it): the default fit is 18,000 and answers at once; 10⁵ points go to the worker, so the page
 * answers while they train. (The work client measures a fit in epochs alone, which leaves 10⁵
 * points on the main thread: this lab decides by its own measure and sends every fit it gives the
 * client to the worker.)
 */
export const LIGHT_FIT = 200_000;

/** The shared work client (latest wins; heavy fits in a worker) behind the store's compute. */
function fitCompute(): { compute: FitCompute; dispose: () => void } {
  const work = createWork({ light: 0 });
  const compute: FitCompute = (e, onProgress) => {
    if (fitSize(e) <= LIGHT_FIT) {
      work.cancel();
      return { promise: Promise.resolve(fitWork(e)), cancel: () => {} };
    }
    const follow = effect(() => onProgress(work.progress.value));
    const promise = work.request(e).finally(follow);
    return { promise, cancel: () => work.cancel() };
  };
  return { compute, dispose: () => work.dispose() };
}

/**
 * Faults of the experiment and of single runs as the shell's notices, from the moment the store
 * exists (an address that cannot run is refused before the panel is drawn, then the fallback opens).
 */
function notices(store: RegressionStore, ctx: LabContext): () => void {
  const a = effect(() => {
    const f = store.fault.value;
    // what notify reads (the shell's notices, the language) is not this effect's business
    if (f) untracked(() => ctx.notify(f.message[lang.peek()], 'error'));
  });
  const b = effect(() => {
    const n = store.computed.value?.regimes.length ?? 1;
    for (const r of store.runs.value)
      if (r.error)
        ctx.notify(
          tr('lab-error-run', { name: runLabel(r, n), reason: r.error.message[lang.peek()] }),
          'error',
        );
  });
  return () => {
    a();
    b();
  };
}

function create(initial: Experiment, ctx: LabContext): Lab {
  const first = initial.kind === 'fit' ? initial : defaultFit;
  const work = fitCompute();
  const store = createRegressionStore(first, { compute: work.compute, autoplay: true, fallback: defaultFit });
  const stopNotices = notices(store, ctx);
  const View = () => createElement(RegressionPanel, { store, ctx });
  return {
    name: 'regression',
    experiment: computed<Experiment>(() => store.experiment.value),
    open: (e) => {
      if (e.kind === 'fit') store.open(e);
    },
    View,
    Figure: () => createElement(RegressionFigure, { store }),
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
      stopNotices();
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
