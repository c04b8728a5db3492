/**
 * The study lab as the shell loads it: a LabModule whose `create` makes the one store; the study
 * is its experiment (the address and the JSON export carry it), a row it opens goes through the
 * shell to the surface or regression lab.
 */
import { h } from 'preact';
import type { Experiment, SweepStudy } from '../../../src/experiment/types.js';
import type { Lab, LabContext, LabModule } from '../shell/lab.js';
import { StudyFigureFrame } from './figure-view.js';
import { defaultStudy } from './presets.js';
import { StudyLab } from './StudyLab.js';
import { createStudyStore } from './store.js';
import './study.css';

const isSweep = (e: Experiment): e is SweepStudy => e.kind === 'sweep';

function create(initial: Experiment, ctx: LabContext): Lab {
  const store = createStudyStore(isSweep(initial) ? initial : defaultStudy, {
    notify: ctx.notify,
    open: ctx.open,
    surfaceExperiment: () => ctx.experimentOf?.('surface') ?? null,
  });
  return {
    name: 'study',
    experiment: store.study,
    open: (e) => {
      if (isSweep(e)) store.open(e);
    },
    View: () => h(StudyLab, { store }),
    Figure: () => h(StudyFigureFrame, { store }),
    inspect: store.inspect,
    dispose: store.dispose,
  };
}

const studyLab: LabModule = {
  name: 'study',
  accepts: isSweep,
  defaultExperiment: defaultStudy,
  create,
};

export default studyLab;
