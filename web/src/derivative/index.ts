/**
 * The derivative lab as the shell loads it: f and a point x, the tangent and the difference
 * quotients with their error against h, sign-step descent beside gradient descent from x (the
 * derivatives tutorial's two loops), and the chain rule worked term by term. It opens its own kind
 * of experiment and a descent of x alone (its old export); it does not animate.
 */
import { h } from 'preact';
import { defaultDerivative, type Experiment } from '../../../src/experiment/index.js';
import type { Lab, LabContext, LabModule } from '../shell/lab.js';
import './derivative.css';
import { DerivativeFigure } from './figure-view.js';
import { createDerivativeStore, oneVariable } from './store.js';
import { DerivativeView } from './view.js';

function create(initial: Experiment, ctx: LabContext): Lab {
  const store = createDerivativeStore(initial);
  return {
    name: 'derivative',
    experiment: store.experiment,
    open: (e) => store.open(e),
    View: () => h(DerivativeView, { store, ctx }),
    Figure: () => h(DerivativeFigure, { store }),
    inspect: () => {
      const run = store.run.value;
      return {
        experiment: store.experiment.value,
        at: run.at,
        chain: run.chain,
        runs: run.runs.map((r) => ({
          label: r.label,
          status: r.status,
          last: r.points[r.points.length - 1],
        })),
        errorsByPath: run.errorsByPath,
      };
    },
    dispose: () => {},
  };
}

const derivativeLab: LabModule = {
  name: 'derivative',
  accepts: (e) => e.kind === 'derivative' || oneVariable(e),
  defaultExperiment: defaultDerivative,
  create,
};

export default derivativeLab;
