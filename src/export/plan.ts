/**
 * What a script needs of an experiment, resolved once for every generator: the function and its
 * Python-safe variable names, each optimizer with the defaults of its convention filled in and
 * its learning rate as a number or a schedule, the data, the model and the loss — and which
 * outcomes descenso cannot run (they have no rows in its CSV, so the script leaves them out too,
 * and says why in a comment). Faults of the whole experiment throw as `run()` throws them.
 */
import { resolveSimulation } from '../data/simulate.js';
import { DescensoError, withSource } from '../errors.js';
import { labelOf, run } from '../experiment/index.js';
import { parseExperiment } from '../experiment/schema.js';
import type {
  DataEntry,
  DescendExperiment,
  Experiment,
  FitExperiment,
  OptimizerEntry,
  RunError,
  SingleRun,
} from '../experiment/types.js';
import { type Formula, parseFormula } from '../expr/index.js';
import type { Lang } from '../i18n/index.js';
import { makeLoss } from '../losses/index.js';
import { makeModel } from '../models/index.js';
import { type ConventionEntry, conventions, isSearching, type OptimizerName } from '../optim/conventions.js';
import { makeOptimizer, resolveOptimizerName } from '../optim/optimizers.js';
import type { ScheduleSpec } from '../optim/schedules.js';
import { resolveFunction } from '../train/descend.js';
import { featuresOf } from '../train/fit-checks.js';
import { PARAMS_RECORDED_BY_DEFAULT, type Regime } from '../train/fit-types.js';
import { pythonNames } from './python.js';

/** One optimizer as a script writes it: every option resolved, lr a number or a schedule. */
export interface OptimizerPlan {
  label: string;
  name: OptimizerName;
  convention: 'pytorch' | 'keras';
  /** The convention's table entry: the framework class, the formula variant. */
  entry: ConventionEntry;
  lr: number | ScheduleSpec;
  /** Every other option of the optimizer with its default, and clipNorm/clipValue when given. */
  options: Record<string, number | boolean>;
}

export interface DescendPlan {
  kind: 'descend';
  /** The language of the script's text (a left-out run's message is given in it). */
  lang: Lang;
  /** The catalog surface's id, when the function is one. */
  surface?: string;
  formula: Formula;
  /** The variables' Python names, in order. */
  names: string[];
  start: number[];
  steps: number;
  gradient: 'autodiff' | 'forward' | 'central';
  h: number;
  stop: { gradNorm?: number; valueChange?: number };
  noise?: { sigma: number; seed: number };
  dtype: 'float64' | 'float32';
  every: number;
  domain?: [number, number][];
  runs: { optimizer: OptimizerPlan; error?: RunError }[];
}

/** The data of a fit: given points, or a simulation with every field resolved. */
export type DataPlan =
  | { kind: 'given'; x: number[] | number[][]; y: number[]; source?: string }
  | {
      kind: 'simulated';
      family: string;
      spec: ReturnType<typeof resolveSimulation>;
      /** family 'formula': y = f(x) + noise. */
      formula?: Formula;
    };

export interface FitPlan {
  kind: 'fit';
  /** The language of the script's text. */
  lang: Lang;
  data: DataPlan;
  /** Features per point (1, or the row length of given rows, 2 for blobs). */
  inputs: number;
  model: { id: string; paramNames: string[]; paramShapes: number[][]; link: 'identity' | 'logistic' };
  loss: { id: 'mse' | 'sse' | 'mae' | 'huber' | 'bce'; delta: number };
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  seed: number;
  init: Record<string, number | number[]>;
  stop: { tolerance?: number; gradNorm?: number };
  dtype: 'float64' | 'float32';
  every: number;
  /** Whether the history keeps the parameters (so the CSV has them). */
  recordParams: boolean;
  runs: { label: string; optimizer: OptimizerPlan; regime: Regime; error?: RunError }[];
}

export type ExportPlan = DescendPlan | FitPlan;

/** Names a script defines or imports: a variable of the formula never shadows one of them. */
export const SCRIPT_NAMES: ReadonlySet<string> = new Set(
  (
    'np numpy jnp jax torch tf keras math sys decimal argparse functools lax optax f grad_f hess_f value_and_grad ' +
    'DT START STEPS main print_csv js_number text_cell descend fit rows p g h lr_at abs min max sum len range ' +
    'float int str list dict print any all map zip iter next object id input open type'
  ).split(' '),
);

function optimizerPlan(o: OptimizerEntry): OptimizerPlan {
  const name = resolveOptimizerName(o.name);
  // A line search needs f along the way: the scripts' loops take a gradient step only.
  if (isSearching(name)) throw new DescensoError('export-searching', { name });
  const convention = o.convention ?? 'pytorch';
  const entry = conventions[name][convention];
  const resolved = makeOptimizer(name, o.options ?? {}, convention).options;
  const options: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(resolved))
    if (key !== 'lr' && key !== 'dtype' && (typeof value === 'number' || typeof value === 'boolean'))
      options[key] = value;
  const given = o.options?.lr;
  const lr = given === undefined ? (entry.defaults.lr as number) : (given as number | ScheduleSpec);
  return { label: labelOf(o), name, convention, entry, lr, options };
}

/** The outcomes of `run()` that could not run, by index, with their error (nothing else is computed). */
function failures(e: Experiment): (RunError | undefined)[] {
  // The runner's own rules decide (an option it refuses, newton in a fit): with 0 steps or
  // epochs it checks every outcome and computes next to nothing.
  const cheap =
    e.kind === 'descend' ? { ...e, steps: 0, domain: undefined } : e.kind === 'fit' ? { ...e, epochs: 0 } : e;
  const r = run(cheap as Experiment);
  return ((r as SingleRun).runs as { status: string; error?: RunError }[]).map((x) =>
    x.status === 'error' ? x.error : undefined,
  );
}

/** A failing optimizer still gets a plan when its name is known; a wholly unknown one none. */
function safePlan(o: OptimizerEntry): OptimizerPlan {
  try {
    return optimizerPlan(o);
  } catch {
    const name = (() => {
      try {
        return resolveOptimizerName(o.name);
      } catch {
        return 'sgd' as const;
      }
    })();
    const convention = o.convention === 'keras' ? 'keras' : 'pytorch';
    return { label: labelOf(o), name, convention, entry: conventions[name][convention], lr: 0, options: {} };
  }
}

function descendPlan(e: DescendExperiment, lang: Lang): DescendPlan {
  const resolved = resolveFunction(e);
  const errors = failures(e);
  const formula = resolved.formula;
  const dtype = e.dtype ?? 'float64';
  const start = e.start ?? resolved.start ?? formula.vars.map(() => 0);
  const domain = e.domain ?? resolved.domain;
  return {
    kind: 'descend',
    lang,
    ...(e.surface !== undefined ? { surface: e.surface } : {}),
    formula,
    names: pythonNames(formula.vars, SCRIPT_NAMES),
    start,
    steps: e.steps,
    gradient: e.gradient ?? 'autodiff',
    h: e.h ?? 1e-5,
    stop: e.stop ?? {},
    ...(e.noise ? { noise: { sigma: e.noise.sigma, seed: e.noise.seed ?? 0 } } : {}),
    dtype,
    every: e.record?.every ?? 1,
    ...(domain ? { domain } : {}),
    runs: e.optimizers.map((o, i) =>
      errors[i] ? { optimizer: safePlan(o), error: errors[i] } : { optimizer: optimizerPlan(o) },
    ),
  };
}

function dataPlan(entry: DataEntry): DataPlan {
  if (entry.x && entry.y)
    return { kind: 'given', x: entry.x, y: entry.y, ...(entry.source ? { source: entry.source } : {}) };
  const { formula: text, source: _source, x: _x, y: _y, ...rest } = entry;
  const formula = text === undefined ? undefined : withSource(text, () => parseFormula(text, { kind: '1d' }));
  // fn only lets the family resolve its defaults; the script samples the formula itself.
  const spec = resolveSimulation({ ...rest, ...(formula ? { family: 'formula', fn: () => 0 } : {}) });
  return { kind: 'simulated', family: spec.family, spec, ...(formula ? { formula } : {}) };
}

function fitPlan(e: FitExperiment, lang: Lang): FitPlan {
  const given = run({ ...e, epochs: 0 } as FitExperiment);
  const errors = failures(e);
  const inputs = featuresOf(given.data);
  const model = makeModel(e.model, { inputs });
  const loss = makeLoss(e.loss ?? (model.link === 'logistic' ? 'bce' : 'mse'));
  const size = model.paramShapes.reduce((s, shape) => s + shape.reduce((a, b) => a * b, 1), 0);
  const runs: FitPlan['runs'] = [];
  let k = 0;
  for (const o of e.optimizers)
    for (const regime of e.regimes) {
      const label = e.regimes.length > 1 ? `${labelOf(o)} (${regime})` : labelOf(o);
      const error = errors[k++];
      runs.push(
        error
          ? { label, optimizer: safePlan(o), regime, error }
          : { label, optimizer: optimizerPlan(o), regime },
      );
    }
  return {
    kind: 'fit',
    lang,
    data: dataPlan(e.data),
    inputs,
    model: {
      id: model.id,
      paramNames: [...model.paramNames],
      paramShapes: model.paramShapes.map((s) => [...s]),
      link: model.link,
    },
    loss: { id: loss.id, delta: e.delta ?? 1 },
    epochs: e.epochs,
    batchSize: e.batchSize ?? 32,
    shuffle: e.shuffle ?? true,
    seed: e.seed ?? 0,
    init: e.init ?? {},
    stop: e.stop ?? {},
    dtype: e.dtype ?? 'float64',
    every: e.record?.every ?? 1,
    recordParams: size <= PARAMS_RECORDED_BY_DEFAULT,
    runs,
  };
}

/** The plan of an experiment, its texts in `lang`; a derivative study has no script (export-derivative). */
export function planOf(experiment: Experiment, lang: Lang = 'en'): ExportPlan {
  const e = parseExperiment(experiment);
  if (e.kind === 'descend') return descendPlan(e, lang);
  if (e.kind === 'fit') return fitPlan(e, lang);
  if (e.kind === 'sweep' || e.kind === 'basins') throw new DescensoError('export-study', { kind: e.kind });
  throw new DescensoError('export-derivative', undefined);
}
