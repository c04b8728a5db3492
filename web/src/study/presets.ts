/**
 * The study lab's starting points: the three sweeps of issue 13 written as the `descenso sweep`
 * command builds them (so a preset's table and best are the command's, see presets.test.ts), and
 * a study on the surface lab's current experiment. Plus the helpers that keep a study runnable
 * when its base changes: the options a base's optimizers take, a range that suits an option.
 */
import { defaultSweep } from '../../../src/experiment/address.js';
import { type DescendExperiment, defaultExperiment, type Experiment } from '../../../src/experiment/index.js';
import { optimizerInfo, optionRow } from '../../../src/optim/index.js';
import type { SweepStudy, VarySpec } from '../../../src/sweep/types.js';

export type PresetName = 'peaks' | 'phase' | 'seed';
export const PRESETS: readonly PresetName[] = ['peaks', 'phase', 'seed'];

const VERSION = 2;

/** `descenso sweep --surface peaks --from=-0.35,-0.67 --optimizer sgd,adam --vary lr=0.001:1:log:13 --steps 500 --tol 1e-6` */
const peaks: SweepStudy = {
  kind: 'sweep',
  version: VERSION,
  base: {
    kind: 'descend',
    version: VERSION,
    steps: 500,
    optimizers: [{ name: 'sgd' }, { name: 'adam' }],
    surface: 'peaks',
    start: [-0.35, -0.67],
    stop: { gradNorm: 1e-6 },
  },
  vary: [{ option: 'lr', from: 0.001, to: 1, scale: 'log', count: 13 }],
};

/** `descenso sweep --surface bowl-elongated --optimizer sgd --vary lr=0.001:0.2:lin:20 --vary momentum=0:0.95:lin:20 --steps 300 --tol 1e-6` */
const phase: SweepStudy = {
  kind: 'sweep',
  version: VERSION,
  base: {
    kind: 'descend',
    version: VERSION,
    steps: 300,
    optimizers: [{ name: 'sgd' }],
    surface: 'bowl-elongated',
    stop: { gradNorm: 1e-6 },
  },
  vary: [
    { option: 'lr', from: 0.001, to: 0.2, scale: 'lin', count: 20 },
    { option: 'momentum', from: 0, to: 0.95, scale: 'lin', count: 20 },
  ],
};

/** Seed 004's data and model: `descenso sweep --data linear --slope 5 --noise 2 --seed 22 --model linear --init w=10 --optimizer sgd --vary lr=0.01:1:lin:100 --epochs 500 --tol 1e-9` */
const seed: SweepStudy = {
  kind: 'sweep',
  version: VERSION,
  base: {
    kind: 'fit',
    version: VERSION,
    data: { slope: 5, noise: 2, family: 'linear', seed: 22 },
    model: 'linear',
    optimizers: [{ name: 'sgd' }],
    epochs: 500,
    regimes: ['batch'],
    seed: 22,
    init: { w: 10 },
    stop: { tolerance: 1e-9 },
  },
  vary: [{ option: 'lr', from: 0.01, to: 1, scale: 'lin', count: 100 }],
};

const presets: Record<PresetName, SweepStudy> = { peaks, phase, seed };

export function preset(name: PresetName): SweepStudy {
  return structuredClone(presets[name]);
}

/** The core's default sweep (what `#lab=sweep` opens): the peaks preset. */
export const defaultStudy: SweepStudy = defaultSweep;

/** The tolerance a descent's study stops at when its base has none (the CLI's --tol default is none; a study needs one). */
export const STUDY_TOL = 1e-6;

/**
 * A study on a descent (the surface lab's current experiment): its function, start, steps and
 * optimizers as they are, its race tolerance as the stop rule when it has none, varying lr.
 */
export function studyOn(e: Experiment | null): SweepStudy {
  const d: DescendExperiment = e?.kind === 'descend' ? e : (defaultExperiment as DescendExperiment);
  const { view, record, ...rest } = d;
  const base: DescendExperiment = {
    ...rest,
    stop: d.stop ?? { gradNorm: view?.tolerance ?? STUDY_TOL },
  };
  return { kind: 'sweep', version: VERSION, base, vary: [rangeFor('lr')] };
}

/** The number options the base's optimizers take (lr first), for the "vary" selects. */
export function variableOptions(study: SweepStudy): string[] {
  const keys = new Set<string>();
  for (const o of study.base.optimizers) {
    try {
      for (const opt of optimizerInfo(o.name).options)
        if (opt.kind === 'number' && !opt.common) keys.add(opt.key);
    } catch {
      // an unknown name: its row will say so
    }
  }
  return ['lr', ...[...keys].filter((k) => k !== 'lr')];
}

/** A first range for an option: lr from 0.001 to 1 in log, others over their slider's range (the option table's). */
export function rangeFor(option: string): VarySpec {
  if (option === 'lr') return { option, from: 0.001, to: 1, scale: 'log', count: 13 };
  const s = optionRow(option)?.slider ?? { min: 0, max: 1, log: false };
  return { option, from: s.min, to: s.max, scale: s.log ? 'log' : 'lin', count: 12 };
}
