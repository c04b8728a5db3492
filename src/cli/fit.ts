/**
 * `descenso fit`: a model trained on simulated data (the `simulate` flags) or on a CSV file, with
 * the optimizer flags `descend` uses. Prints the history as an aligned table (epoch, loss,
 * parameters, like the tutorials' logs) or the Run as JSON.
 */
import type { Command } from 'commander';
import { parseCsv } from '../data/index.js';
import { DescensoError } from '../errors.js';
import { type MessageKey, t } from '../i18n/index.js';
import { lossNames, makeLoss } from '../losses/index.js';
import { makeModel, modelForms } from '../models/index.js';
import { type FitData, type FitSpec, fit, type Run, regimes } from '../train/fit.js';
import type { CommandSpec } from './commands.js';
import { dataFromFlags } from './data-flags.js';
import { parseAssignments, parseChoice, parseInteger, parsePositive } from './flags.js';
import { allowed } from './help.js';
import { type CliContext, flushOutput } from './io.js';
import { optimizerChoices } from './names.js';
import { addOptimizerFlags, readOptimizerFlags } from './optimizer-flags.js';
import { fitPlot, plotTarget, writePlot } from './plots.js';
import { note } from './printable.js';
import { withTicks } from './progress.js';
import { readTextFile } from './read.js';
import { fitStatusLine, fitTable, recordEvery, statusNotes, writeFitCsv } from './report.js';
import { addDataFlags, datasetJson } from './simulate.js';
import { writeJson, writeLines } from './stream.js';

const FORMATS = ['table', 'json', 'csv'] as const;
const DTYPES = ['float64', 'float32'] as const;
/** A data file bigger than this is refused before it is read. */
const MAX_FILE_BYTES = 200_000_000;
/**
 * Optimizers that need the Hessian: descend computes it from the formula, fit has no way to (a
 * model's loss Hessian is not compiled), so fit neither lists nor takes them.
 */
const NEEDS_HESSIAN: readonly string[] = ['newton'];
/** The names `fit --optimizer` takes. */
export const fitOptimizers: readonly string[] = optimizerChoices.filter((n) => !NEEDS_HESSIAN.includes(n));

/** The flags `--data-file` excludes: any of them given means simulated data. */
const DATA_FLAGS = [
  'data',
  'formula',
  'slope',
  'intercept',
  'coeffs',
  'amplitude',
  'frequency',
  'phase',
  'rate',
  'noise',
  'mu',
  'points',
  'xRange',
  'xDist',
];

/**
 * x and y from a CSV file; a fault names the file and, from the reader, the line and column. A
 * column of text is left out by the reader: the user is told on stderr, never silently.
 */
function dataFromFile(file: string, ctx: CliContext): FitData {
  const text = readTextFile(file, MAX_FILE_BYTES, ctx);
  try {
    const table = parseCsv(text);
    for (const name of table.textColumns) note(ctx.io, t(ctx.lang, 'tour-fit-text-column', { file, name }));
    // parseCsv's rule for a lone column (a pandas Series): said aloud, so y is never taken for x.
    if (table.columns.length === 1)
      note(ctx.io, t(ctx.lang, 'tour-fit-one-column', { file, name: table.columns[0] }));
    return { x: table.x, y: table.y };
  } catch (e) {
    if (e instanceof DescensoError)
      throw new DescensoError('cli-file', { file, reason: e.messageIn(ctx.lang) });
    throw e;
  }
}

/** The fit spec the flags describe (shared with the tests); every fault names its flag. */
export function fitSpecFromFlags(opts: Record<string, unknown>, ctx: CliContext): FitSpec {
  let data: FitData;
  // --data FILE.csv is --data-file FILE.csv (a family name never ends in .csv).
  if (typeof opts.data === 'string' && /\.csv$/i.test(opts.data)) {
    if (opts.dataFile !== undefined)
      throw new DescensoError('cli-conflict', { a: '--data', b: '--data-file' });
    opts = { ...opts, dataFile: opts.data, data: undefined };
  }
  if (opts.dataFile !== undefined) {
    const clash = DATA_FLAGS.find((k) => opts[k] !== undefined);
    if (clash)
      throw new DescensoError('cli-conflict', {
        a: '--data-file',
        b: `--${clash.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      });
    data = dataFromFile(String(opts.dataFile), ctx);
  } else {
    const d = datasetJson(dataFromFlags(opts));
    data = { x: d.x, y: d.y };
  }
  const inputs = Array.isArray(data.x[0]) ? (data.x[0] as number[]).length : 1;
  const modelText = String(opts.model ?? 'linear');
  const model = makeModel(modelText, { inputs });
  if (model.inputs !== inputs)
    throw new DescensoError('tour-fit-model-inputs', { model: modelText, takes: model.inputs, inputs });
  const delta = opts.delta === undefined ? undefined : parsePositive('--delta', String(opts.delta));
  const loss =
    opts.loss === undefined
      ? undefined
      : makeLoss(parseChoice('--loss', String(opts.loss), lossNames), delta === undefined ? {} : { delta });
  const optimizer = String(opts.optimizer ?? 'sgd');
  if (NEEDS_HESSIAN.includes(optimizer))
    throw new DescensoError('cli-fit-optimizer', { name: optimizer, names: fitOptimizers.join(', ') });
  parseChoice('--optimizer', optimizer, fitOptimizers);
  const { options, convention } = readOptimizerFlags(opts);
  const regime = parseChoice('--regime', String(opts.regime ?? 'batch'), regimes);
  const spec: FitSpec = {
    model,
    data,
    ...(loss ? { loss } : {}),
    optimizer: { name: optimizer, options, convention },
    epochs: parseInteger('--epochs', String(opts.epochs ?? 100), 0, 10_000_000),
    regime,
    dtype: parseChoice('--dtype', String(opts.dtype ?? 'float64'), DTYPES),
    shuffle: opts.shuffle !== false,
  };
  if (opts.batchSize !== undefined) spec.batchSize = parseInteger('--batch-size', String(opts.batchSize), 1);
  if (opts.seed !== undefined) spec.seed = parseInteger('--seed', String(opts.seed), 0, 0xffffffff);
  // fromEntries defines each name as an own key, so `__proto__=1` reaches fit as an unknown parameter.
  if (opts.init !== undefined) spec.init = Object.fromEntries(parseAssignments('--init', String(opts.init)));
  if (opts.tol !== undefined) spec.stop = { tolerance: parsePositive('--tol', String(opts.tol)) };
  return spec;
}

/** The Run as the JSON the CLI prints. */
export function fitJson(run: Run) {
  return {
    model: run.model,
    loss: run.loss,
    params: run.params,
    history: run.history,
    status: run.status,
    ...(run.divergedAt !== undefined ? { divergedAt: run.divergedAt } : {}),
    ...(run.warnings ? { warnings: run.warnings.map((w) => ({ code: w.code, message: w.message })) } : {}),
  };
}

export const fitCommand: CommandSpec = {
  name: 'fit',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    const m = (key: Extract<MessageKey, `train-${string}`>) => t(lang, key, undefined);
    const cmd = program.command('fit').description(m('train-fit-description'));
    addDataFlags(cmd, lang, true);
    const defaultNote = (
      key: 'tour-help-default-loss' | 'tour-help-default-init' | 'tour-help-default-none-epochs',
    ) => t(lang, key, undefined);
    cmd
      .option('--data-file <file.csv>', m('train-flag-data-file'))
      .option('--model <spec>', `${m('train-flag-model')}; ${allowed(lang, modelForms)}`, 'linear')
      .option(
        '--loss <name>',
        `${t(lang, 'tour-fit-loss', undefined)}; ${allowed(lang, lossNames)} ${defaultNote('tour-help-default-loss')}`,
      )
      .option('--delta <n>', `${m('train-flag-delta')}, > 0 ${t(lang, 'tour-help-default', { value: '1' })}`)
      .option('--init <name=value,…>', `${m('train-flag-init')} ${defaultNote('tour-help-default-init')}`)
      .option('--epochs <n>', `${m('train-flag-epochs')}, 0…10000000`, '100')
      .option('--regime <regime>', `${m('train-flag-regime')}; ${allowed(lang, regimes)}`, 'batch')
      .option('--batch-size <n>', `${m('train-flag-batch-size')}, ≥ 1`, '32')
      .option('--no-shuffle', m('train-flag-no-shuffle'))
      .option('--optimizer <name>', `${m('train-flag-optimizer')}; ${allowed(lang, fitOptimizers)}`, 'sgd')
      .option('--dtype <dtype>', `${m('train-flag-dtype')}; ${allowed(lang, DTYPES)}`, 'float64')
      .option('--tol <n>', `${m('train-flag-tol')}, > 0 ${defaultNote('tour-help-default-none-epochs')}`)
      .option('--every <n>', m('train-flag-every'), '1')
      .option('--format <format>', `${m('train-flag-format-fit')}; ${allowed(lang, FORMATS)}`, 'table')
      .option('--plot <file>', t(lang, 'tour-fit-plot', undefined));
    addOptimizerFlags(cmd, lang);
    cmd.action(async (opts: Record<string, unknown>) => {
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const every = parseInteger('--every', String(opts.every), 1);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const spec = fitSpecFromFlags(opts, ctx);
      // A plot draws every epoch (the figure thins what cannot be seen); the table prints every K-th.
      const kept = target ? 1 : every;
      const run = withTicks(ctx.io, 'fit', spec.epochs ?? 100, (tick) =>
        fit({ ...spec, ...recordEvery(kept), onEpoch: tick }),
      );
      if (target) {
        const label = String(opts.optimizer ?? 'sgd');
        const svg = fitPlot({
          model: spec.model,
          loss: spec.loss,
          data: spec.data,
          runs: [{ label, ...run }],
          lang,
        });
        writePlot(target, svg, ctx);
        note(ctx.io, t(lang, 'tour-wrote', { file: target.file }));
      }
      const warnings = (run.warnings ?? []).map((w) =>
        t(lang, 'fit-warning', { text: t(lang, w.code, w.params as never) }),
      );
      if (format === 'json') {
        writeJson(ctx.io.stdout, fitJson(run));
        return;
      }
      if (format === 'csv') {
        const runs = [{ label: String(opts.optimizer ?? 'sgd'), ...run }];
        writeFitCsv(ctx.io.stdout, runs, every);
        // A reader that closed the pipe (| head) wanted no more: the status would only be noise.
        await flushOutput(ctx.io);
        for (const line of statusNotes({ kind: 'fit', runs }, lang)) note(ctx.io, line);
        for (const w of warnings) note(ctx.io, w);
        return;
      }
      writeLines(ctx.io.stdout, [...fitTable(run, every, lang), fitStatusLine(run, lang)]);
      for (const w of warnings) note(ctx.io, w);
    });
    return cmd;
  },
};
