/**
 * The surface lab as the shell loads it: a LabModule whose `create` makes the one store and hands
 * the shell its experiment (view and language inside), its panel, its transport and its inspect data.
 */
import { h } from 'preact';
import { type DescendExperiment, defaultExperiment, type Experiment } from '../../../src/experiment/index.js';
import type { Lab, LabContext, LabModule } from '../shell/lab.js';
import { SurfaceFigure } from './figure-view.js';
import { SurfaceLab } from './SurfaceLab.js';
import { createSurfaceStore } from './store.js';
import './surface.css';

/** A one-variable formula is the derivative lab's; every other descent is this lab's. */
export function acceptsDescent(e: Experiment): e is DescendExperiment {
  return e.kind === 'descend' && !(e.surface === undefined && e.vars?.length === 1);
}

function create(initial: Experiment, ctx: LabContext): Lab {
  const store = createSurfaceStore(acceptsDescent(initial) ? initial : defaultExperiment, ctx);
  return {
    name: 'surface',
    experiment: store.shown,
    open: (e) => {
      if (acceptsDescent(e)) store.open(e);
    },
    View: () => h(SurfaceLab, { store, ctx }),
    Figure: (p) => h(SurfaceFigure, { store, ...p }),
    playback: store.playback,
    inspect: store.inspect,
    dispose: store.dispose,
  };
}

const surfaceLab: LabModule = {
  name: 'surface',
  accepts: acceptsDescent,
  defaultExperiment,
  create,
};

export default surfaceLab;
