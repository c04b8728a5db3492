/**
 * THE table of the lab's address: every field of every kind of Experiment, its view included,
 * one row each (short key, path in the Experiment, type, the kinds that have it). A field's
 * default is the value at its path in the kind's default experiment (ADDRESS_DEFAULTS), and a
 * field at its default is not written: the lab's default experiment is the empty address.
 *
 * The keys the lab wrote before this table (cm, log, tol, speed, dom, lang and the derivative
 * lab's fx, x0, h, lr, it, u, y) keep their meaning, so an old link reads as a new one; `lab`
 * names the kind (surface → descend, regression → fit, derivative).
 *
 * A study (`lab=sweep`, `lab=sweep-fit` for a sweep of fits, `lab=basins`) is written as its
 * base's fields — the same keys as that kind's, read into `base` — and its own: `vary`, `grid`,
 * `dom` (a basin map's grid domain) and the view.
 */
import { defaultExperiment, parseExperiment } from './schema.js';
import { BASINS_BASE_KEYS } from './study-schema.js';
import {
  type BasinsStudy,
  type DerivativeExperiment,
  type DescendExperiment,
  EXPERIMENT_VERSION,
  type Experiment,
  type ExperimentKind,
  type FitExperiment,
  type SweepStudy,
} from './types.js';

export type FieldType =
  | 'number'
  | 'boolean'
  | 'text'
  | 'numbers'
  | 'texts'
  | 'pairs'
  | 'rows'
  | 'named'
  | 'optimizers'
  /** A sweep's varied options: `lr:0.001:1:log:13,momentum:0:0.95:lin:20`. */
  | 'vary'
  /** A group of fields present but empty (`"stop": {}`), written `{}`; its fields have rows of their own. */
  | 'group';

export interface AddressField {
  key: string;
  /** Dot-separated, from the experiment's top (`data.slope`, `view.colormap`). */
  path: string;
  type: FieldType;
  kinds: readonly ExperimentKind[];
}

const D: readonly ExperimentKind[] = ['descend'];
const F: readonly ExperimentKind[] = ['fit'];
const V: readonly ExperimentKind[] = ['derivative'];
const DF: readonly ExperimentKind[] = ['descend', 'fit'];
const ALL: readonly ExperimentKind[] = ['descend', 'fit', 'derivative', 'sweep', 'basins'];

const row = (key: string, path: string, type: FieldType, kinds: readonly ExperimentKind[]) => ({
  key,
  path,
  type,
  kinds,
});

export const ADDRESS_FIELDS: readonly AddressField[] = [
  // a descent
  row('s', 'surface', 'text', D),
  row('fx', 'formula', 'text', ['descend', 'derivative']),
  row('vars', 'vars', 'texts', D),
  row('x0', 'start', 'numbers', D),
  row('it', 'steps', 'number', ['descend', 'derivative']),
  row('grad', 'gradient', 'text', D),
  row('h', 'h', 'number', ['descend', 'derivative']),
  row('stop', 'stop', 'group', DF),
  row('gtol', 'stop.gradNorm', 'number', DF),
  row('vtol', 'stop.valueChange', 'number', D),
  row('noise', 'noise.sigma', 'number', D),
  row('nseed', 'noise.seed', 'number', D),
  row('dom', 'domain', 'pairs', D),
  // a fit
  row('fam', 'data.family', 'text', F),
  row('slope', 'data.slope', 'number', F),
  row('icpt', 'data.intercept', 'number', F),
  row('coef', 'data.coeffs', 'numbers', F),
  row('amp', 'data.amplitude', 'number', F),
  row('freq', 'data.frequency', 'number', F),
  row('phase', 'data.phase', 'number', F),
  row('rate', 'data.rate', 'number', F),
  row('ctr', 'data.centers', 'pairs', F),
  row('dn', 'data.noise', 'number', F),
  row('mu', 'data.mu', 'number', F),
  row('pts', 'data.points', 'number', F),
  row('xr', 'data.xRange', 'numbers', F),
  row('xd', 'data.xDist', 'text', F),
  row('dseed', 'data.seed', 'number', F),
  row('dfx', 'data.formula', 'text', F),
  row('dx', 'data.x', 'rows', F),
  row('dy', 'data.y', 'numbers', F),
  row('src', 'data.source', 'text', F),
  row('m', 'model', 'text', F),
  row('loss', 'loss', 'text', F),
  row('delta', 'delta', 'number', F),
  row('ep', 'epochs', 'number', F),
  row('reg', 'regimes', 'texts', F),
  row('bs', 'batchSize', 'number', F),
  row('shuf', 'shuffle', 'boolean', F),
  row('seed', 'seed', 'number', F),
  row('init', 'init', 'named', F),
  row('ltol', 'stop.tolerance', 'number', F),
  // both
  row('o', 'optimizers', 'optimizers', DF),
  row('dtype', 'dtype', 'text', DF),
  row('rec', 'record.every', 'number', DF),
  // the derivative lab's study
  row('x0', 'x', 'number', V),
  row('lr', 'lr', 'number', V),
  row('u', 'inner', 'text', V),
  row('y', 'outer', 'text', V),
  // a study's own fields (its base's are the rows above, under `base.`)
  row('vary', 'vary', 'vary', ['sweep']),
  row('rank', 'rank', 'text', ['sweep']),
  row('grid', 'grid', 'number', ['basins']),
  row('dom', 'domain', 'pairs', ['basins']),
  // what only draws
  row('view', 'view', 'group', ALL),
  row('cm', 'view.colormap', 'text', ALL),
  row('log', 'view.log', 'boolean', ALL),
  row('speed', 'view.speed', 'number', ALL),
  row('lang', 'view.lang', 'text', ALL),
  row('lv', 'view.levels', 'number', ALL),
  row('vals', 'view.values', 'boolean', ALL),
  row('tol', 'view.tolerance', 'number', ALL),
  row('style', 'view.style', 'text', ALL),
  row('metric', 'view.metric', 'text', ALL),
];

/**
 * What an address's table and default depend on: the kind, and for a sweep the kind of its base
 * (a sweep of descents and a sweep of fits have different fields and defaults).
 */
export type AddressForm = ExperimentKind | 'sweep-fit';

/** The kind of the experiment, as the lab's tab names it (`lab=regression`). */
export const LAB_OF_KIND: Readonly<Record<ExperimentKind, string>> = {
  descend: 'surface',
  fit: 'regression',
  derivative: 'derivative',
  sweep: 'sweep',
  basins: 'basins',
};

/** The form of an experiment: its kind, or `sweep-fit` for a sweep of fits. */
export function formOf(e: Experiment): AddressForm {
  return e.kind === 'sweep' && e.base.kind === 'fit' ? 'sweep-fit' : e.kind;
}

/** `lab=` of a form. */
export function labOfForm(form: AddressForm): string {
  return form === 'sweep-fit' ? 'sweep-fit' : LAB_OF_KIND[form];
}

/** The regression lab's default: linear data, the three regimes side by side. */
export const defaultFit: FitExperiment = {
  kind: 'fit',
  version: EXPERIMENT_VERSION,
  data: { family: 'linear', slope: 5, noise: 2, points: 100, seed: 22 },
  model: 'linear',
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr: 0.05 } }],
  epochs: 60,
  regimes: ['batch', 'sgd', 'minibatch'],
  batchSize: 16,
};

/** The derivative lab's default: the finite-differences tutorial's f(x) = 2x² − 3x + 4 at x = 2. */
export const defaultDerivative: DerivativeExperiment = {
  kind: 'derivative',
  version: EXPERIMENT_VERSION,
  formula: '2*x^2 - 3*x + 4',
  x: 2,
  h: 0.5,
  lr: 0.01,
  steps: 250,
  inner: '2*x^2 - x - 2',
  outer: '3*u + 1',
};

/** The study view's default sweep: issue 13's first, GD and Adam over lr on peaks. */
export const defaultSweep = parseExperiment({
  kind: 'sweep',
  base: {
    kind: 'descend',
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 500,
    stop: { gradNorm: 1e-6 },
    optimizers: [{ name: 'sgd' }, { name: 'adam' }],
  },
  vary: [{ option: 'lr', from: 0.001, to: 1, scale: 'log', count: 13 }],
}) as SweepStudy;

/** A sweep of fits by default: seed 004's exercise (linear data, w from 10, lr over [0.01, 1]). */
export const defaultSweepFit = parseExperiment({
  kind: 'sweep',
  base: {
    kind: 'fit',
    data: { family: 'linear', slope: 5, noise: 2, seed: 22 },
    model: 'linear',
    init: { w: 10 },
    optimizers: [{ name: 'sgd' }],
    epochs: 500,
    stop: { tolerance: 1e-9 },
  },
  vary: [{ option: 'lr', from: 0.01, to: 1, scale: 'lin', count: 100 }],
}) as SweepStudy;

/** The default basin map: GD at 0.03 on peaks, as the first tutorial runs it, from every start. */
export const defaultBasins = parseExperiment({
  kind: 'basins',
  base: {
    kind: 'descend',
    surface: 'peaks',
    steps: 200,
    optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
  },
  grid: 100,
}) as BasinsStudy;

/** What an address leaves out: the default experiment of each kind. */
export const ADDRESS_DEFAULTS: Readonly<Record<ExperimentKind, Experiment>> = {
  descend: { ...(defaultExperiment as DescendExperiment), version: EXPERIMENT_VERSION },
  fit: defaultFit,
  derivative: defaultDerivative,
  sweep: defaultSweep,
  basins: defaultBasins,
};

/** The default of each form. */
export const FORM_DEFAULTS: Readonly<Record<AddressForm, Experiment>> = {
  ...ADDRESS_DEFAULTS,
  'sweep-fit': defaultSweepFit,
};

const isView = (f: AddressField) => f.path === 'view' || f.path.startsWith('view.');
const STUDY_KINDS: readonly string[] = ['sweep', 'basins'];

/** A base's rows, under `base.`: the base kind's fields but the view (a study has one view, its own). */
function baseRows(kind: 'descend' | 'fit', keep: (f: AddressField) => boolean): AddressField[] {
  return ADDRESS_FIELDS.filter((f) => f.kinds.includes(kind) && !isView(f) && keep(f)).map((f) => ({
    ...f,
    path: `base.${f.path}`,
  }));
}

/** The rows of one form: a kind's own, and for a study its base's too. */
export function fieldsOf(form: AddressForm): AddressField[] {
  const kind: ExperimentKind = form === 'sweep-fit' ? 'sweep' : form;
  const own = ADDRESS_FIELDS.filter((f) => f.kinds.includes(kind));
  if (!STUDY_KINDS.includes(kind)) return own;
  if (form === 'basins')
    return [...baseRows('descend', (f) => BASINS_BASE_KEYS.includes(f.path.split('.')[0])), ...own];
  return [...baseRows(form === 'sweep-fit' ? 'fit' : 'descend', () => true), ...own];
}
