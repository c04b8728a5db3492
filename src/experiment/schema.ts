/**
 * The Experiment: one plain-JSON description of a run, whatever its source — CLI flags, a file for
 * `descenso run`, the lab's address bar or its export. Everything enters through `parseExperiment`,
 * which checks every field and names the path of the first fault (`optimizers[1].options.lr`).
 */
import { DescensoError } from '../errors.js';
import type { ExperimentProblem } from '../i18n/en/experiment.js';
import { optimizerAliases, optimizerNames } from '../optim/conventions.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';
import { parseJson } from './json.js';

export const EXPERIMENT_VERSION = 1;
export const MAX_OPTIMIZERS = 10;
export const MAX_DESCEND_STEPS = 10_000;
export const MAX_EPOCHS = 100_000;

export interface OptimizerEntry {
  name: string;
  options?: Record<string, number | boolean>;
  convention?: 'pytorch' | 'keras';
  /** A label for legends (default: the name). */
  label?: string;
}

export interface DescendExperiment {
  kind: 'descend';
  version: number;
  surface?: string;
  formula?: string;
  vars?: string[];
  start?: number[];
  steps: number;
  gradient?: 'autodiff' | 'forward' | 'central';
  h?: number;
  optimizers: OptimizerEntry[];
  /**
   * The ranges drawn, one [low, high] per variable (one or two): a typed formula's map in the lab,
   * the axes of `descenso run --plot`. Default: a catalog surface's own domain; for a formula,
   * [−3, 3]² in the lab and the region around the paths in the CLI.
   */
  domain?: [number, number][];
}

/** The largest |bound| a domain may have. */
export const MAX_DOMAIN = 1e6;

export interface DataEntry {
  family?: string;
  slope?: number;
  intercept?: number;
  coeffs?: number[];
  noise?: number;
  mu?: number;
  points?: number;
  xRange?: [number, number];
  xDist?: 'linspace' | 'uniform';
  seed?: number;
  /** family 'formula': y = f(x) + noise. */
  formula?: string;
  /** Data of the user's own instead of a simulation. */
  x?: number[];
  y?: number[];
}

export interface FitExperiment {
  kind: 'fit';
  version: number;
  data: DataEntry;
  model: string;
  loss?: string;
  optimizers: OptimizerEntry[];
  epochs: number;
  regimes: ('batch' | 'sgd' | 'minibatch')[];
  batchSize?: number;
  seed?: number;
  init?: Record<string, number>;
  dtype?: 'float64' | 'float32';
}

export type Experiment = DescendExperiment | FitExperiment;

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

// ---- validation -------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

function fail(path: string, problem: ExperimentProblem): never {
  throw new DescensoError('experiment-invalid', { path, problem });
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every key of `o` must be one of `allowed`: `__proto__`, `constructor` or `prototype` never are. */
function only(o: Obj, path: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k))
      fail(`${path}.${k}`, {
        kind: 'unknown-field',
        allowed: allowed.join(', '),
        suggestion: suggestName(k, allowed) ?? null,
      });
}

function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, { kind: 'not-number', got: show(v) });
  return v;
}

function positive(v: unknown, path: string): number {
  const x = num(v, path);
  if (!(x > 0)) fail(path, { kind: 'out-of-range', value: x, positive: true });
  return x;
}

function int(v: unknown, path: string, min: number, max: number): number {
  const x = num(v, path);
  if (!(Number.isInteger(x) && x >= min && x <= max))
    fail(path, { kind: 'out-of-range', value: x, min, max, integer: true });
  return x;
}

function str(v: unknown, path: string, max = 10_000): string {
  if (typeof v !== 'string') fail(path, { kind: 'not-text', got: show(v) });
  if (v.length > max) fail(path, { kind: 'too-long', max });
  return v;
}

function choice<T extends string>(v: unknown, path: string, choices: readonly T[]): T {
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    const suggestion = typeof v === 'string' ? (suggestName(v, choices) ?? null) : null;
    fail(path, { kind: 'not-choice', choices: choices.join(', '), got: show(v), suggestion });
  }
  return v as T;
}

function numList(v: unknown, path: string, min = 1, max = 10_000_000): number[] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length < min || v.length > max) fail(path, { kind: 'list-length', min, max, found: v.length });
  return v.map((x, i) => num(x, `${path}[${i}]`));
}

/** The value as short JSON for a message (src/text.ts); undefined (a missing field) stays undefined. */
function show(v: unknown): string | undefined {
  return v === undefined ? undefined : showValue(v);
}

/** Every optimizer option an experiment may set (the fuzzers draw from it too). */
export const OPTION_KEYS: readonly string[] = [
  'lr',
  'momentum',
  'dampening',
  'nesterov',
  'beta1',
  'beta2',
  'eps',
  'rho',
  'centered',
  'amsgrad',
  'weightDecay',
  'initialAccumulator',
  'momentumDecay',
  'damping',
];

/** An optimizer's name or alias (any case, as makeOptimizer takes it), checked here so the fault has a path. */
function optimizerName(v: unknown, path: string): string {
  const name = str(v, path, 40);
  const known = [...optimizerNames, ...Object.keys(optimizerAliases)];
  if (!known.includes(name.trim().toLowerCase())) {
    const suggestion = suggestName(name.trim(), known) ?? null;
    fail(path, { kind: 'not-choice', choices: known.join(', '), got: show(name), suggestion });
  }
  return name;
}

function optimizerEntry(v: unknown, path: string): OptimizerEntry {
  // The shorthand "adam" is the entry's name: its faults are reported at .name, as for objects.
  if (typeof v === 'string') return { name: optimizerName(v, `${path}.name`) };
  if (!isObj(v)) fail(path, { kind: 'not-optimizer', got: show(v) });
  only(v, path, ['name', 'options', 'convention', 'label']);
  const out: OptimizerEntry = { name: optimizerName(v.name, `${path}.name`) };
  if (v.options !== undefined) {
    if (!isObj(v.options)) fail(`${path}.options`, { kind: 'options-not-object' });
    const options: Record<string, number | boolean> = {};
    for (const [k, x] of Object.entries(v.options)) {
      if (!OPTION_KEYS.includes(k))
        fail(`${path}.options.${k}`, {
          kind: 'unknown-option',
          known: OPTION_KEYS.join(', '),
          suggestion: suggestName(k, OPTION_KEYS) ?? null,
        });
      options[k] = typeof x === 'boolean' ? x : num(x, `${path}.options.${k}`);
    }
    out.options = options;
  }
  if (v.convention !== undefined)
    out.convention = choice(v.convention, `${path}.convention`, ['pytorch', 'keras'] as const);
  if (v.label !== undefined) out.label = str(v.label, `${path}.label`, 60);
  return out;
}

function optimizerList(v: unknown, path: string): OptimizerEntry[] {
  if (!Array.isArray(v) || v.length === 0) fail(path, { kind: 'no-optimizers' });
  if (v.length > MAX_OPTIMIZERS) fail(path, { kind: 'too-many-optimizers', max: MAX_OPTIMIZERS });
  return v.map((o, i) => optimizerEntry(o, `${path}[${i}]`));
}

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
  'optimizers',
  'domain',
];

/** The fields a fit experiment may have. */
export const FIT_KEYS: readonly string[] = [
  'kind',
  'version',
  'data',
  'model',
  'loss',
  'optimizers',
  'epochs',
  'regimes',
  'batchSize',
  'seed',
  'init',
  'dtype',
];

function descendExperiment(o: Obj): DescendExperiment {
  only(o, 'experiment', DESCEND_KEYS);
  if ((o.surface === undefined) === (o.formula === undefined))
    fail('experiment', { kind: 'surface-or-formula' });
  const e: DescendExperiment = {
    kind: 'descend',
    version: EXPERIMENT_VERSION,
    steps: o.steps === undefined ? 100 : int(o.steps, 'experiment.steps', 0, MAX_DESCEND_STEPS),
    optimizers: optimizerList(o.optimizers, 'experiment.optimizers'),
  };
  if (o.surface !== undefined) e.surface = str(o.surface, 'experiment.surface', 60);
  if (o.formula !== undefined) e.formula = str(o.formula, 'experiment.formula');
  if (o.vars !== undefined) {
    if (!Array.isArray(o.vars)) fail('experiment.vars', { kind: 'not-names' });
    e.vars = o.vars.map((x, i) => str(x, `experiment.vars[${i}]`, 40));
  }
  if (o.start !== undefined) e.start = numList(o.start, 'experiment.start', 1, 100);
  if (o.gradient !== undefined)
    e.gradient = choice(o.gradient, 'experiment.gradient', ['autodiff', 'forward', 'central'] as const);
  if (o.h !== undefined) e.h = positive(o.h, 'experiment.h');
  if (o.domain !== undefined) e.domain = domainList(o.domain, 'experiment.domain');
  return e;
}

function domainList(v: unknown, path: string): [number, number][] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length < 1 || v.length > 2) fail(path, { kind: 'list-length', min: 1, max: 2, found: v.length });
  return v.map((pair, i) => {
    const at = `${path}[${i}]`;
    const [lo, hi] = numList(pair, at, 2, 2);
    for (const [k, x] of [lo, hi].entries())
      if (Math.abs(x) > MAX_DOMAIN)
        fail(`${at}[${k}]`, { kind: 'out-of-range', value: x, min: -MAX_DOMAIN, max: MAX_DOMAIN });
    if (!(lo < hi)) fail(at, { kind: 'bounds-order' });
    return [lo, hi];
  });
}

function dataEntry(v: unknown, path: string): DataEntry {
  if (!isObj(v)) fail(path, { kind: 'not-data' });
  only(v, path, [
    'family',
    'slope',
    'intercept',
    'coeffs',
    'noise',
    'mu',
    'points',
    'xRange',
    'xDist',
    'seed',
    'formula',
    'x',
    'y',
  ]);
  const d: DataEntry = {};
  for (const k of ['slope', 'intercept', 'noise', 'mu'] as const)
    if (v[k] !== undefined) d[k] = num(v[k], `${path}.${k}`);
  if (d.noise !== undefined && d.noise < 0) fail(`${path}.noise`, { kind: 'negative' });
  if (v.family !== undefined)
    d.family = choice(v.family, `${path}.family`, [
      'linear',
      'affine',
      'poly',
      'sine',
      'exp',
      'blobs',
      'formula',
    ] as const);
  if (v.coeffs !== undefined) d.coeffs = numList(v.coeffs, `${path}.coeffs`, 1, 21);
  if (v.points !== undefined) d.points = int(v.points, `${path}.points`, 1, 1_000_000);
  if (v.seed !== undefined) d.seed = int(v.seed, `${path}.seed`, 0, 2 ** 32 - 1);
  if (v.xRange !== undefined) {
    const r = numList(v.xRange, `${path}.xRange`, 2, 2);
    if (!(r[0] < r[1])) fail(`${path}.xRange`, { kind: 'bounds-order' });
    d.xRange = [r[0], r[1]];
  }
  if (v.xDist !== undefined) d.xDist = choice(v.xDist, `${path}.xDist`, ['linspace', 'uniform'] as const);
  if (v.formula !== undefined) d.formula = str(v.formula, `${path}.formula`);
  if ((v.x === undefined) !== (v.y === undefined)) fail(path, { kind: 'x-and-y' });
  if (v.x !== undefined) {
    d.x = numList(v.x, `${path}.x`, 1, 1_000_000);
    d.y = numList(v.y, `${path}.y`, d.x.length, d.x.length);
  }
  return d;
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
    epochs: o.epochs === undefined ? 100 : int(o.epochs, 'experiment.epochs', 0, MAX_EPOCHS),
    regimes: ['batch'],
  };
  if (o.loss !== undefined)
    e.loss = choice(o.loss, 'experiment.loss', ['mse', 'sse', 'mae', 'huber', 'bce'] as const);
  if (o.regimes !== undefined) {
    if (!Array.isArray(o.regimes) || o.regimes.length === 0 || o.regimes.length > 3)
      fail('experiment.regimes', { kind: 'regimes' });
    e.regimes = o.regimes.map((r, i) =>
      choice(r, `experiment.regimes[${i}]`, ['batch', 'sgd', 'minibatch'] as const),
    );
  }
  if (o.batchSize !== undefined) e.batchSize = int(o.batchSize, 'experiment.batchSize', 1, 1_000_000);
  if (o.seed !== undefined) e.seed = int(o.seed, 'experiment.seed', 0, 2 ** 32 - 1);
  if (o.init !== undefined) {
    if (!isObj(o.init)) fail('experiment.init', { kind: 'init-not-object' });
    e.init = Object.fromEntries(
      Object.entries(o.init).map(([k, x]) => [
        paramName(k, `experiment.init.${k}`),
        num(x, `experiment.init.${k}`),
      ]),
    );
  }
  if (o.dtype !== undefined) e.dtype = choice(o.dtype, 'experiment.dtype', ['float64', 'float32'] as const);
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

/** Checks an untrusted value (parsed JSON) and returns a clean Experiment, or throws naming the path. */
export function parseExperiment(value: unknown): Experiment {
  if (!isObj(value)) fail('experiment', { kind: 'not-object', got: show(value) });
  if (value.version !== undefined && value.version !== EXPERIMENT_VERSION)
    fail('experiment.version', { kind: 'version', version: EXPERIMENT_VERSION });
  const kind = choice(value.kind, 'experiment.kind', ['descend', 'fit'] as const);
  return kind === 'descend' ? descendExperiment(value) : fitExperiment(value);
}

/** Parses JSON text into an Experiment; a syntax fault names its line, column and what was found. */
export function experimentFromJson(text: string): Experiment {
  if (typeof text !== 'string') fail('experiment', { kind: 'not-text', got: show(text) });
  return parseExperiment(parseJson(text));
}
