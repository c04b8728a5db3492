/**
 * The fits of a fit experiment: one outcome per optimizer × regime, in that order. An optimizer
 * that cannot be built (or cannot train a model: newton needs the loss's Hessian) is that
 * outcome's error as data; a fault of the whole experiment (the data, the model, the loss, init)
 * throws at its path.
 */
import { simulate } from '../data/simulate.js';
import { badArgument, DescensoError, withSource } from '../errors.js';
import { evaluate, parseFormula } from '../expr/index.js';
import { makeLoss } from '../losses/index.js';
import { makeModel } from '../models/index.js';
import { optimizerNames, searchingOptimizers } from '../optim/conventions.js';
import { resolveOptimizerName } from '../optim/optimizers.js';
import { type BatchStep, fit } from '../train/fit.js';
import { featuresOf } from '../train/fit-checks.js';
import type { Regime } from '../train/fit-types.js';
import { placed, runError } from './error-path.js';
import { labelOf, optimizerFault, optimizerSpecOf } from './run-descend.js';
import { parseDataEntry } from './schema.js';
import type { DataEntry, FitExperiment, FitOutcome, FitRunSet, OptimizerEntry, RunError } from './types.js';

/** Optional hooks of a fit (the CLI's progress bar, the lab's batch view); they never change the numbers. */
export interface FitHooks {
  onProgress?: (done: number) => void;
  /** Every step of the stochastic fits, with the index of the run in the result (see fit's onBatch). */
  onBatch?: (run: number, step: BatchStep) => void;
}

/**
 * Optimizers a fit cannot use: Newton needs the Hessian of the loss, which fit does not compile;
 * the searching methods need the loss at trial points, which a fit's (mini-)batches do not give.
 */
const NEEDS_HESSIAN: readonly string[] = ['newton'];
const CANNOT_FIT: readonly string[] = [...NEEDS_HESSIAN, ...searchingOptimizers];

/** The data of a fit experiment: the user's own points, or a simulation. */
export function experimentData(entry: DataEntry): { x: number[] | number[][]; y: number[] } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw badArgument('experimentData', 1, entry, 'data-entry');
  const d = parseDataEntry(entry);
  if (d.x && d.y) return { x: d.x, y: d.y };
  const { formula: text, source: _source, ...rest } = d;
  let fn: ((x: number) => number) | undefined;
  if (text !== undefined) {
    const f = withSource(text, () => parseFormula(text, { kind: '1d' }));
    fn = (x: number) => evaluate(f.ast, { x });
  }
  const ds = simulate({
    ...(rest as Record<string, unknown>),
    ...(fn ? { fn, family: 'formula' } : {}),
  } as never);
  const y = Array.from(ds.y);
  // Two features a point (blobs): rows of x, as fit reads them; the flat array would be 2n values of one.
  if (ds.cols === 2) return { x: y.map((_v, i) => [ds.x[2 * i], ds.x[2 * i + 1]]), y };
  return { x: Array.from(ds.x), y };
}

/** Why entry i cannot train: it needs a Hessian, or makeOptimizer refuses its options. */
function fitFault(e: FitExperiment, o: OptimizerEntry, i: number): RunError | undefined {
  let name: string | undefined;
  try {
    name = resolveOptimizerName(o.name);
  } catch {
    name = undefined;
  }
  if (name !== undefined && CANNOT_FIT.includes(name)) {
    const names = optimizerNames.filter((n) => !CANNOT_FIT.includes(n)).join(', ');
    const why = NEEDS_HESSIAN.includes(name) ? 'hessian' : 'search';
    const err = new DescensoError('experiment-fit-optimizer', { name: o.name, names, why });
    return runError(err, `experiment.optimizers[${i}].name`);
  }
  return optimizerFault(o, i, e.dtype);
}

export function runFit(e: FitExperiment, hooks: FitHooks): FitRunSet {
  const data = placed(e, () => experimentData(e.data));
  // Built once here so that a fault of the model or the loss is the experiment's, at its path.
  const model = placed(e, () => makeModel(e.model, { inputs: featuresOf(data) }));
  const lossName = e.loss ?? (model.link === 'logistic' ? 'bce' : 'mse');
  const loss = placed(e, () => makeLoss(lossName, e.delta === undefined ? {} : { delta: e.delta }));
  const runs: FitOutcome[] = [];
  e.optimizers.forEach((o, i) => {
    const fault = fitFault(e, o, i);
    for (const regime of e.regimes) {
      const head = { label: e.regimes.length > 1 ? `${labelOf(o)} (${regime})` : labelOf(o), optimizer: o };
      if (fault) {
        const empty = { model: model.id, paramNames: [...model.paramNames], loss: loss.id, params: {} };
        runs.push({
          ...head,
          ...empty,
          regime,
          dtype: e.dtype ?? 'float64',
          history: [],
          status: 'error',
          error: fault,
        });
      } else runs.push({ ...head, ...placed(e, () => fitOne(e, o, regime, data, runs.length, hooks)) });
    }
  });
  return { kind: 'fit', version: e.version, experiment: e, data, runs };
}

function fitOne(
  e: FitExperiment,
  o: OptimizerEntry,
  regime: Regime,
  data: FitRunSet['data'],
  index: number,
  hooks: FitHooks,
) {
  const { onProgress: tick, onBatch } = hooks;
  const before = index * e.epochs;
  return fit({
    model: e.model,
    data,
    // A Huber δ needs the loss object; otherwise the name, as before.
    loss: e.delta === undefined || e.loss === undefined ? e.loss : makeLoss(e.loss, { delta: e.delta }),
    optimizer: optimizerSpecOf(o),
    epochs: e.epochs,
    regime,
    batchSize: e.batchSize,
    seed: e.seed,
    init: e.init,
    dtype: e.dtype,
    ...(e.shuffle !== undefined ? { shuffle: e.shuffle } : {}),
    ...(e.stop ? { stop: e.stop } : {}),
    ...(e.record ? { record: { every: e.record.every } } : {}),
    ...(tick ? { onEpoch: (k: number) => tick(before + k) } : {}),
    ...(onBatch ? { onBatch: (step: BatchStep) => onBatch(index, step) } : {}),
  });
}
