/** A tiny lab for the shell's tests: its experiment as a signal, every call recorded. */
import { signal } from '@preact/signals';
import { h } from 'preact';
import { defaultSweep } from '../../../src/experiment/address.js';
import {
  defaultDerivative,
  defaultExperiment,
  defaultFit,
  type Experiment,
} from '../../../src/experiment/index.js';
import { createPlayback } from '../kit/playback.js';
import type { Lab, LabModule, LabName } from './lab.js';
import { oneVariable } from './routing.js';

export interface TestLab extends Lab {
  opened: Experiment[];
  disposed: boolean;
}

export function testModule(name: LabName, made: TestLab[] = []): LabModule {
  const accepts: Record<LabName, (e: Experiment) => boolean> = {
    surface: (e) => e.kind === 'descend' && !oneVariable(e),
    regression: (e) => e.kind === 'fit',
    derivative: (e) => e.kind === 'derivative' || oneVariable(e),
    study: (e) => e.kind === 'sweep',
  };
  const defaults: Record<LabName, Experiment> = {
    surface: defaultExperiment,
    regression: defaultFit,
    derivative: defaultDerivative,
    study: defaultSweep,
  };
  return {
    name,
    accepts: accepts[name],
    defaultExperiment: defaults[name],
    create(initial) {
      const experiment = signal(initial);
      const lab: TestLab = {
        name,
        experiment,
        opened: [initial],
        disposed: false,
        open(e) {
          lab.opened.push(e);
          experiment.value = e;
        },
        View: () => h('div', { class: `${name}-lab`, 'data-ready': 'true' }, name),
        Figure: (p) => h('div', { class: `${name}-figure`, 'data-view3d': String(p.view3d ?? false) }, name),
        playback: createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 }),
        inspect: () => ({ experiment: experiment.peek() }),
        dispose() {
          lab.disposed = true;
        },
      };
      made.push(lab);
      return lab;
    },
  };
}

/** Loaders for the three test labs, each module resolved at once. */
export function testLoaders(made: TestLab[] = []) {
  return {
    surface: async () => testModule('surface', made),
    regression: async () => testModule('regression', made),
    derivative: async () => testModule('derivative', made),
  };
}
