/**
 * What a fit asks for, checked before anything is built: the spec's options with their defaults,
 * the data as flat arrays of the run's precision, what to record, and the memory budget.
 */
import type { DType, Shape } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import type { FitExpected } from '../i18n/en/train.js';
import { LIMITS } from '../limits.js';
import { isLoss } from '../losses/index.js';
import type { Model } from '../models/index.js';
import { isModel } from '../models/types.js';
import { showValue } from '../text.js';
import { checkBudget } from './budget.js';
import {
  type FitData,
  type FitRecord,
  type FitSpec,
  PARAMS_RECORDED_BY_DEFAULT,
  type Regime,
  regimes,
} from './fit-types.js';

export function bad(option: string, value: unknown, expected: FitExpected): DescensoError {
  // showValue, not String: a symbol or an object whose toString is no function would throw.
  const shown = typeof value === 'string' ? `'${value}'` : showValue(value);
  return new DescensoError('fit-bad-option', { option, value: shown, expected });
}

export const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The data as flat arrays of the run's precision, checked. */
export function readData(data: FitData, inputs: number, dtype: DType) {
  if (data === null || typeof data !== 'object') throw bad('data', data, 'object');
  const isList = (v: unknown) => Array.isArray(v) || ArrayBuffer.isView(v);
  if (!isList(data.x)) throw bad('data.x', data.x, 'array');
  if (!isList(data.y)) throw bad('data.y', data.y, 'array');
  const rows = Array.isArray(data.x) && data.x.length > 0 && Array.isArray(data.x[0]);
  const flatX: ArrayLike<number> = rows ? (data.x as number[][]).flat() : (data.x as ArrayLike<number>);
  const n = data.y.length;
  if (n === 0) throw new DescensoError('fit-data-empty', undefined);
  if (flatX.length !== n * inputs)
    throw new DescensoError('fit-data-length', { x: flatX.length, y: n, inputs });
  const make = (len: number) => (dtype === 'float32' ? new Float32Array(len) : new Float64Array(len));
  const x = make(flatX.length);
  const y = make(n);
  const copy = (what: string, from: ArrayLike<number>, to: Float64Array | Float32Array) => {
    for (let i = 0; i < from.length; i++) {
      const v = from[i];
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new DescensoError('fit-data-not-finite', { what, index: i, value: showValue(v) });
      to[i] = v;
    }
  };
  copy('x', flatX, x);
  copy('y', data.y, y);
  return { x, y, n };
}

/** The number of input features the data has: the row length when x is a list of rows. */
export function featuresOf(data: FitData): number {
  const x = data?.x;
  return Array.isArray(x) && x.length > 0 && Array.isArray(x[0]) ? (x[0] as number[]).length : 1;
}

const sizeOf = (s: Shape) => s.reduce((a, b) => a * b, 1);

/** The spec's options with their defaults, each checked before anything is built. */
export function checkFitSpec(spec: FitSpec) {
  if (spec === null || typeof spec !== 'object') throw bad('spec', spec, 'object');
  const dtype = spec.dtype ?? 'float64';
  if (dtype !== 'float64' && dtype !== 'float32') throw bad('dtype', dtype, 'dtype');
  const regime = spec.regime ?? 'batch';
  if (!regimes.includes(regime)) throw bad('regime', regime, 'regime');
  const epochs = spec.epochs ?? 100;
  if (!isInt(epochs, 0, LIMITS.epochs)) throw bad('epochs', epochs, 'epochs');
  const seed = spec.seed ?? 0;
  if (!isInt(seed, 0, 0xffffffff)) throw bad('seed', seed, 'seed');
  const batchSize = regime === 'sgd' ? 1 : (spec.batchSize ?? 32);
  if (!isInt(batchSize, 1, Number.MAX_SAFE_INTEGER)) throw bad('batchSize', batchSize, 'batchSize');
  if (spec.gradient !== undefined && typeof spec.gradient !== 'function')
    throw bad('gradient', spec.gradient, 'function');
  if (spec.onEpoch !== undefined && typeof spec.onEpoch !== 'function')
    throw bad('onEpoch', spec.onEpoch, 'function');
  if (spec.onBatch !== undefined && typeof spec.onBatch !== 'function')
    throw bad('onBatch', spec.onBatch, 'function');
  if (spec.shuffle !== undefined && typeof spec.shuffle !== 'boolean')
    throw bad('shuffle', spec.shuffle, 'boolean');
  if (spec.recordParams !== undefined && typeof spec.recordParams !== 'boolean')
    throw bad('recordParams', spec.recordParams, 'boolean');
  if (typeof spec.model !== 'string' && !isModel(spec.model)) throw bad('model', spec.model, 'model');
  if (spec.loss !== undefined && typeof spec.loss !== 'string' && !isLoss(spec.loss))
    throw bad('loss', spec.loss, 'loss');
  const opt0 = spec.optimizer as unknown;
  if (
    opt0 !== undefined &&
    !(opt0 !== null && typeof opt0 === 'object' && typeof (opt0 as { name?: unknown }).name === 'string')
  )
    throw bad('optimizer', opt0, 'optimizer');
  if (spec.stop !== undefined && (spec.stop === null || typeof spec.stop !== 'object'))
    throw bad('stop', spec.stop, 'object');
  const stop = spec.stop ?? {};
  for (const k of ['tolerance', 'gradNorm', 'maxLoss'] as const) {
    const v = stop[k];
    if (v !== undefined && !(typeof v === 'number' && v > 0 && Number.isFinite(v)))
      throw bad(`stop.${k}`, v, 'positive');
  }
  return { dtype, regime, epochs, seed, batchSize, stop };
}

/** The record options with their defaults, checked. */
export function recordOf(spec: FitSpec, model: Model): Required<FitRecord> {
  const r = spec.record ?? {};
  if (r === null || typeof r !== 'object') throw bad('record', r, 'object');
  const every = r.every ?? 1;
  if (!isInt(every, 1, Number.MAX_SAFE_INTEGER)) throw bad('record.every', every, 'batchSize');
  const size = model.paramShapes.reduce((s, shape) => s + sizeOf(shape), 0);
  const params = r.params ?? spec.recordParams ?? size <= PARAMS_RECORDED_BY_DEFAULT;
  const stepLosses = r.stepLosses ?? true;
  return { every, params: params === true, stepLosses: stepLosses === true };
}

/**
 * Refuses, before anything is allocated, a fit whose record or working arrays would pass
 * MAX_RUN_NUMBERS. The working arrays are estimated from measurement: the data in the run's
 * precision (x and y, two copies), and in a network's compiled loss and gradient about ten numbers
 * per point per hidden unit and five per parameter (values, gradients, optimizer state); the whole
 * data set has a kernel of its own (the loss of every epoch) beside the stochastic regimes' batch
 * kernel. Linear models fuse into one loop and need no per-point arrays of their own.
 */
export function checkFitBudget(
  model: Model,
  n: number,
  epochs: number,
  regime: Regime,
  batchSize: number,
  rec: Required<FitRecord>,
): void {
  const paramCount = model.paramShapes.reduce((s, shape) => s + sizeOf(shape), 0);
  const points = n + (regime === 'batch' ? 0 : Math.min(batchSize, n));
  checkBudget(2 * n * (model.inputs + 1) + 10 * points * hiddenUnits(model) + 5 * paramCount, 'fit-working');
  const rows = Math.floor(epochs / rec.every) + 2;
  checkBudget(rows * (1 + (rec.params ? paramCount : 0)), 'fit-history');
  if (regime !== 'batch' && rec.stepLosses) checkBudget(epochs * Math.ceil(n / batchSize), 'fit-steps');
}

/** The hidden units of a network (the widths of its bias vectors but the last), 0 for other models. */
function hiddenUnits(model: Model): number {
  let units = 0;
  model.paramNames.forEach((name, i) => {
    if (/^b\d+$/.test(name) && model.paramShapes[i].length === 1) units += model.paramShapes[i][0];
  });
  return units;
}
