/**
 * The Experiment: one plain-JSON description of a run, whatever its source — CLI flags, a file for
 * `descenso run`, the lab's address bar or its export. Everything enters through `parseExperiment`,
 * which checks every field and names the path of the first fault (`optimizers[1].options.lr`).
 * The shapes are types.ts's; every bound is src/limits.ts's.
 */
import { LIMITS } from '../limits.js';
import {
  bool,
  choice,
  fail,
  int,
  isObj,
  nonNegative,
  num,
  numList,
  type Obj,
  object,
  only,
  positive,
  seed,
  show,
  str,
} from './check.js';
import { dataEntry } from './data-entry.js';
import { parseJson } from './json.js';
import { optimizerList } from './optimizer-entry.js';
import { basinsStudy, sweepStudy } from './study-schema.js';
import {
  type DataEntry,
  type DerivativeExperiment,
  type DescendExperiment,
  EXPERIMENT_VERSION,
  type Experiment,
  type FitExperiment,
} from './types.js';
import { viewSettings } from './view.js';

export { OPTION_KEYS } from './optimizer-entry.js';
export { BASINS_BASE_KEYS, BASINS_KEYS, SWEEP_KEYS, VARIABLE_OPTIONS } from './study-schema.js';
export type {
  BasinsBase,
  BasinsStudy,
  DataEntry,
  DerivativeExperiment,
  DescendExperiment,
  Experiment,
  ExperimentKind,
  FitExperiment,
  OptimizerEntry,
  OptionValue,
  Study,
  SweepStudy,
  VarySpec,
  ViewSettings,
} from './types.js';
export { EXPERIMENT_VERSION } from './types.js';

/** The versions this descenso reads: a version-1 file is read as the same experiment. */
export const EXPERIMENT_VERSIONS: readonly number[] = [1, EXPERIMENT_VERSION];

/** The old names of LIMITS' bounds, for callers that import them. */
export const MAX_OPTIMIZERS = LIMITS.optimizers;
export const MAX_DESCEND_STEPS = LIMITS.steps;
export const MAX_EPOCHS = LIMITS.epochs;
export const MAX_DOMAIN = LIMITS.domain;

/** The lab's default: the first tutorial's run (peaks, GD at 0.03 from (−0.35, −0.67)) beside Momentum and Adam. */
export const defaultExperiment: DescendExperiment = {
  kind: 'descend',
  version: EXPERIMENT_VERSION,
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps: 200,
  gradient: 'autodiff',
  optimizers: [
    { name: 'sgd', options: { lr: 0.03 }, label: 'GD' },
    { name: 'sgd', options: { lr: 0.03, momentum: 0.9 }, label: 'Momentum' },
    { name: 'adam', options: { lr: 0.1 }, label: 'Adam' },
  ],
};

/** The fields a descent experiment may have (the fuzzers draw from them too). */
export const DESCEND_KEYS: readonly string[] = [
  'kind',
  'version',
  'surface',
  'formula',
  'vars',
  'start',
  'steps',
  'gradient',
  'h',
  'stop',
  'noise',
  'dtype',
  'record',
  'optimizers',
  'domain',
  'view',
];

/** The fields a fit experiment may have. */
export const FIT_KEYS: readonly string[] = [
  'kind',
  'version',
  'data',
  'model',
  'loss',
  'delta',
  'optimizers',
  'epochs',
  'regimes',
  'batchSize',
  'shuffle',
  'seed',
  'init',
  'stop',
  'dtype',
  'record',
  'view',
];

/** The fields of a derivative study. */
export const DERIVATIVE_KEYS: readonly string[] = [
  'kind',
  'version',
  'formula',
  'x',
  'h',
  'lr',
  'steps',
  'inner',
  'outer',
  'view',
];

const DTYPES = ['float64', 'float32'] as const;

/** `record: {every}`: keep every k-th step (or epoch) and the last; k up to `max`. */
function record(v: unknown, path: string, max: number): { every: number } {
  const o = object(v, path, ['every']);
  return { every: int(o.every, `${path}.every`, 1, max) };
}

/** The optional fields of an object `o` whose checks are given, set on `out` when present. */
function optional(o: Obj, out: Obj, checks: Record<string, (v: unknown, path: string) => unknown>): void {
  for (const [k, check] of Object.entries(checks))
    if (o[k] !== undefined) out[k] = check(o[k], `experiment.${k}`);
}

function descendStop(v: unknown, path: string): DescendExperiment['stop'] {
  const o = object(v, path, ['gradNorm', 'valueChange']);
  const out: DescendExperiment['stop'] = {};
  if (o.gradNorm !== undefined) out.gradNorm = nonNegative(o.gradNorm, `${path}.gradNorm`);
  if (o.valueChange !== undefined) out.valueChange = nonNegative(o.valueChange, `${path}.valueChange`);
  return out;
}

function noise(v: unknown, path: string): DescendExperiment['noise'] {
  const o = object(v, path, ['sigma', 'seed']);
  const out: NonNullable<DescendExperiment['noise']> = { sigma: nonNegative(o.sigma, `${path}.sigma`) };
  if (o.seed !== undefined) out.seed = seed(o.seed, `${path}.seed`);
  return out;
}

function names(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-names' });
  if (v.length > LIMITS.variables)
    fail(path, { kind: 'list-length', min: 0, max: LIMITS.variables, found: v.length });
  return v.map((x, i) => str(x, `${path}[${i}]`, 40));
}

function domainList(v: unknown, path: string): [number, number][] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length < 1 || v.length > 2) fail(path, { kind: 'list-length', min: 1, max: 2, found: v.length });
  return v.map((pair, i) => {
    const at = `${path}[${i}]`;
    const [lo, hi] = numList(pair, at, 2, 2);
    for (const [k, x] of [lo, hi].entries())
      if (Math.abs(x) > LIMITS.domain)
        fail(`${at}[${k}]`, { kind: 'out-of-range', value: x, min: -LIMITS.domain, max: LIMITS.domain });
    if (!(lo < hi)) fail(at, { kind: 'bounds-order' });
    return [lo, hi];
  });
}

function descendExperiment(o: Obj): DescendExperiment {
  only(o, 'experiment', DESCEND_KEYS);
  if ((o.surface === undefined) === (o.formula === undefined))
    fail('experiment', { kind: 'surface-or-formula' });
  const e: DescendExperiment = {
    kind: 'descend',
    version: EXPERIMENT_VERSION,
    steps: o.steps === undefined ? 100 : int(o.steps, 'experiment.steps', 0, LIMITS.steps),
    optimizers: optimizerList(o.optimizers, 'experiment.optimizers'),
  };
  optional(o, e as unknown as Obj, {
    surface: (v, p) => str(v, p, LIMITS.labelLength),
    formula: (v, p) => str(v, p, LIMITS.formulaLength),
    vars: names,
    start: (v, p) => numList(v, p, 1, LIMITS.variables),
    gradient: (v, p) => choice(v, p, ['autodiff', 'forward', 'central'] as const),
    h: positive,
    stop: descendStop,
    noise,
    dtype: (v, p) => choice(v, p, DTYPES),
    record: (v, p) => record(v, p, LIMITS.steps),
    domain: domainList,
    view: viewSettings,
  });
  return e;
}

function fitStop(v: unknown, path: string): FitExperiment['stop'] {
  const o = object(v, path, ['tolerance', 'gradNorm']);
  const out: FitExperiment['stop'] = {};
  if (o.tolerance !== undefined) out.tolerance = positive(o.tolerance, `${path}.tolerance`);
  if (o.gradNorm !== undefined) out.gradNorm = positive(o.gradNorm, `${path}.gradNorm`);
  return out;
}

function regimes(v: unknown, path: string): FitExperiment['regimes'] {
  if (!Array.isArray(v) || v.length === 0 || v.length > 3) fail(path, { kind: 'regimes' });
  return v.map((r, i) => choice(r, `${path}[${i}]`, ['batch', 'sgd', 'minibatch'] as const));
}

function init(v: unknown, path: string): Record<string, number> {
  if (!isObj(v)) fail(path, { kind: 'init-not-object' });
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [paramName(k, `${path}.${k}`), num(x, `${path}.${k}`)]),
  );
}

function fitExperiment(o: Obj): FitExperiment {
  only(o, 'experiment', FIT_KEYS);
  const e: FitExperiment = {
    kind: 'fit',
    version: EXPERIMENT_VERSION,
    data: dataEntry(o.data ?? {}, 'experiment.data'),
    model: o.model === undefined ? 'linear' : str(o.model, 'experiment.model', 40),
    optimizers: optimizerList(
      o.optimizers ?? [{ name: 'sgd', options: { lr: 0.01 } }],
      'experiment.optimizers',
    ),
    epochs: o.epochs === undefined ? 100 : int(o.epochs, 'experiment.epochs', 0, LIMITS.epochs),
    regimes: o.regimes === undefined ? ['batch'] : regimes(o.regimes, 'experiment.regimes'),
  };
  optional(o, e as unknown as Obj, {
    loss: (v, p) => choice(v, p, ['mse', 'sse', 'mae', 'huber', 'bce'] as const),
    delta: positive,
    batchSize: (v, p) => int(v, p, 1, LIMITS.points),
    shuffle: bool,
    seed,
    init,
    stop: fitStop,
    dtype: (v, p) => choice(v, p, DTYPES),
    record: (v, p) => record(v, p, LIMITS.epochs),
    view: viewSettings,
  });
  return e;
}

function derivativeExperiment(o: Obj): DerivativeExperiment {
  only(o, 'experiment', DERIVATIVE_KEYS);
  // The derivative lab's defaults: the tutorial's 2x² − 3x + 4 studied at x = 2.
  const e: DerivativeExperiment = {
    kind: 'derivative',
    version: EXPERIMENT_VERSION,
    formula: str(o.formula, 'experiment.formula', LIMITS.formulaLength),
    x: o.x === undefined ? 2 : num(o.x, 'experiment.x'),
    h: o.h === undefined ? 0.5 : positive(o.h, 'experiment.h'),
    lr: o.lr === undefined ? 0.01 : positive(o.lr, 'experiment.lr'),
    steps: o.steps === undefined ? 250 : int(o.steps, 'experiment.steps', 0, LIMITS.derivativeSteps),
  };
  optional(o, e as unknown as Obj, {
    inner: (v, p) => str(v, p, LIMITS.formulaLength),
    outer: (v, p) => str(v, p, LIMITS.formulaLength),
    view: viewSettings,
  });
  return e;
}

/** A model parameter's name as `init` gives it: an identifier, never a member of Object.prototype. */
function paramName(k: string, path: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(k) || k in Object.prototype || k === 'prototype')
    fail(path, { kind: 'bad-name' });
  return k;
}

/** Checks an untrusted data entry (an experiment's `data`) and returns a clean one. */
export function parseDataEntry(value: unknown): DataEntry {
  return dataEntry(value, 'experiment.data');
}

/** Every kind of Experiment: three kinds of run, two kinds of study. */
export const EXPERIMENT_KINDS = ['descend', 'fit', 'derivative', 'sweep', 'basins'] as const;

/** Checks an untrusted value (parsed JSON) and returns a clean Experiment, or throws naming the path. */
export function parseExperiment(value: unknown): Experiment {
  if (!isObj(value)) fail('experiment', { kind: 'not-object', got: show(value) });
  if (value.version !== undefined && !EXPERIMENT_VERSIONS.includes(value.version as number))
    fail('experiment.version', { kind: 'version', version: EXPERIMENT_VERSION });
  const kind = choice(value.kind, 'experiment.kind', EXPERIMENT_KINDS);
  if (kind === 'descend') return descendExperiment(value);
  if (kind === 'sweep') return sweepStudy(value, parseExperiment);
  if (kind === 'basins') return basinsStudy(value, parseExperiment);
  return kind === 'fit' ? fitExperiment(value) : derivativeExperiment(value);
}

/** Parses JSON text into an Experiment; a syntax fault names its line, column and what was found. */
export function experimentFromJson(text: string): Experiment {
  if (typeof text !== 'string') fail('experiment', { kind: 'not-text', got: show(text) });
  return parseExperiment(parseJson(text));
}
