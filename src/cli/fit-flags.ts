/**
 * `fit`'s flags read into a FitExperiment: the data (a simulated family, or a CSV file embedded
 * as x and y with its name as the source), the model, the loss, one entry per optimizer, and every
 * training flag. Every fault names its flag; limits are those of src/limits.ts, a file's too.
 */
import { parseCsv } from '../data/index.js';
import { DescensoError } from '../errors.js';
import { type DataEntry, EXPERIMENT_VERSION, type FitExperiment } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import { lossNames } from '../losses/index.js';
import { makeModel } from '../models/index.js';
import { type Regime, regimes } from '../train/fit-types.js';
import { dataEntryFromFlags, inputsOf, keyOf } from './data-flags.js';
import { DTYPES } from './descend-flags.js';
import { parseAssignments, parseChoice, parseInteger, parsePositive } from './flags.js';
import type { CliContext } from './io.js';
import { optimizerChoices } from './names.js';
import { optimizerEntries } from './optimizer-list.js';
import { note } from './printable.js';
import { readTextFile } from './read.js';

/** The training regimes (src/train's list, read here once for the flags). */
export const REGIMES: readonly Regime[] = regimes;
/** A data file bigger than this is refused before it is read. */
const MAX_FILE_BYTES = 200_000_000;
/**
 * Optimizers that need the Hessian: descend computes it from the formula, fit has no way to (a
 * model's loss Hessian is not compiled), so fit neither lists nor takes them.
 */
const NEEDS_HESSIAN: readonly string[] = ['newton'];

export { DTYPES };
/** The names `fit --optimizer` takes. */
export const fitOptimizers: readonly string[] = optimizerChoices.filter((n) => !NEEDS_HESSIAN.includes(n));

/** The flags `--data-file` excludes: any of them given means simulated data. */
const DATA_FLAGS = [
  '--data',
  '--formula',
  '--slope',
  '--intercept',
  '--coeffs',
  '--amplitude',
  '--frequency',
  '--phase',
  '--rate',
  '--noise',
  '--mu',
  '--points',
  '--x-range',
  '--x-dist',
];

/**
 * x and y from a CSV file, embedded in the entry with the file's name; a fault names the file and,
 * from the reader, the line and column. A column of text is left out by the reader: the user is
 * told on stderr, never silently.
 */
function dataFromFile(file: string, ctx: CliContext): DataEntry {
  const text = readTextFile(file, MAX_FILE_BYTES, ctx);
  try {
    const table = parseCsv(text);
    for (const name of table.textColumns) note(ctx.io, t(ctx.lang, 'tour-fit-text-column', { file, name }));
    // parseCsv's rule for a lone column (a pandas Series): said aloud, so y is never taken for x.
    if (table.columns.length === 1)
      note(ctx.io, t(ctx.lang, 'tour-fit-one-column', { file, name: table.columns[0] }));
    return { x: Array.from(table.x), y: Array.from(table.y), source: file };
  } catch (e) {
    if (e instanceof DescensoError)
      throw new DescensoError('cli-file', { file, reason: e.messageIn(ctx.lang) });
    throw e;
  }
}

/** The data the flags name: --data-file (or --data FILE.csv), else a simulated family. */
function dataOf(opts: Record<string, unknown>, ctx: CliContext): DataEntry {
  // --data FILE.csv is --data-file FILE.csv (a family name never ends in .csv).
  if (typeof opts.data === 'string' && /\.csv$/i.test(opts.data)) {
    if (opts.dataFile !== undefined)
      throw new DescensoError('cli-conflict', { a: '--data', b: '--data-file' });
    opts = { ...opts, dataFile: opts.data, data: undefined };
  }
  if (opts.dataFile === undefined) return dataEntryFromFlags(opts);
  const clash = DATA_FLAGS.find((f) => opts[keyOf(f)] !== undefined);
  if (clash) throw new DescensoError('cli-conflict', { a: '--data-file', b: clash });
  return dataFromFile(String(opts.dataFile), ctx);
}

/** The model's text, checked against the data's inputs before anything runs. */
function modelOf(opts: Record<string, unknown>, data: DataEntry): string {
  const model = String(opts.model ?? 'linear');
  const inputs = inputsOf(data);
  const takes = makeModel(model, { inputs }).inputs;
  if (takes !== inputs) throw new DescensoError('tour-fit-model-inputs', { model, takes, inputs });
  return model;
}

/** The training flags: epochs, regime, batch size, shuffle, seed, init, stop, dtype, record. */
function trainingOf(
  opts: Record<string, unknown>,
): Omit<FitExperiment, 'kind' | 'version' | 'data' | 'model' | 'optimizers'> {
  const regime: Regime = parseChoice('--regime', String(opts.regime ?? 'batch'), REGIMES);
  const batchSize =
    opts.batchSize === undefined ? undefined : parseInteger('--batch-size', String(opts.batchSize), 1);
  const seed = opts.seed === undefined ? undefined : parseInteger('--seed', String(opts.seed), 0, 0xffffffff);
  const tol = opts.tol === undefined ? undefined : parsePositive('--tol', String(opts.tol));
  const dtype = parseChoice('--dtype', String(opts.dtype ?? 'float64'), DTYPES);
  const every = opts.every === undefined ? 1 : parseInteger('--every', String(opts.every), 1);
  return {
    epochs: parseInteger('--epochs', String(opts.epochs ?? 100), 0, LIMITS.epochs),
    regimes: [regime],
    // Only the minibatch regime reads the batch size (checked whatever the regime).
    ...(batchSize !== undefined && regime === 'minibatch' ? { batchSize } : {}),
    ...(opts.shuffle === false ? { shuffle: false } : {}),
    ...(seed !== undefined ? { seed } : {}),
    // fromEntries defines each name as an own key, so `__proto__=1` reaches fit as an unknown parameter.
    ...(opts.init !== undefined
      ? { init: Object.fromEntries(parseAssignments('--init', String(opts.init))) }
      : {}),
    ...(tol !== undefined ? { stop: { tolerance: tol } } : {}),
    ...(dtype === 'float32' ? { dtype } : {}),
    ...(every > 1 && opts.plot === undefined ? { record: { every } } : {}),
  };
}

/** The FitExperiment of `fit`'s flags (shared with the tests); every fault names its flag. */
export function fitExperimentFromFlags(opts: Record<string, unknown>, ctx: CliContext): FitExperiment {
  const data = dataOf(opts, ctx);
  const model = modelOf(opts, data);
  const delta = opts.delta === undefined ? undefined : parsePositive('--delta', String(opts.delta));
  const loss = opts.loss === undefined ? undefined : parseChoice('--loss', String(opts.loss), lossNames);
  const optimizers = optimizerEntries(opts, fitOptimizers, (name) => {
    if (NEEDS_HESSIAN.includes(name))
      throw new DescensoError('cli-fit-optimizer', { name, names: fitOptimizers.join(', ') });
  });
  return {
    kind: 'fit',
    version: EXPERIMENT_VERSION,
    data,
    model,
    ...(loss !== undefined ? { loss } : {}),
    ...(delta !== undefined ? { delta } : {}),
    optimizers,
    ...trainingOf(opts),
  };
}
