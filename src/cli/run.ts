/**
 * `descenso run EXPERIMENT.json`: one Experiment file (src/experiment's schema) runs a descent, a
 * fit, or a comparison of several optimizers. Faults name the JSON path where they are
 * (`experiment.optimizers[1].options.lr`) or the file's problem; the output is a table per run,
 * JSON or CSV, and --plot draws what `descend` and `fit` draw.
 */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import {
  type Experiment,
  type ExperimentResult,
  experimentFromJson,
  experimentWork,
  runExperiment,
} from '../experiment/index.js';
import { type Lang, t } from '../i18n/index.js';
import { makeOptimizer } from '../optim/index.js';
import type { CommandSpec } from './commands.js';
import { fitOptimizers } from './fit.js';
import { parseChoice, parseInteger } from './flags.js';
import { allowed } from './help.js';
import { type CliContext, flushOutput } from './io.js';
import { descendFigure, fitPlot, plotTarget, writePlot } from './plots.js';
import { note } from './printable.js';
import { withTicks } from './progress.js';
import { readTextFile } from './read.js';
import { type LabelledRuns, statusNotes, tableText, writeResultCsv } from './report.js';
import { writeJson, writeLines } from './stream.js';

const FORMATS = ['table', 'json', 'csv'] as const;
/** Experiment files are small; anything bigger is a mistake (a data file passed by accident). */
const MAX_FILE_BYTES = 50_000_000;

/** The file's text, or a one-line reason in the user's language. */
export function readExperimentFile(file: string, ctx: CliContext): string {
  return readTextFile(file, MAX_FILE_BYTES, ctx);
}

/** A fault found while running, placed at its path in the file (said in both languages). */
function atPath(path: string, inner: DescensoError): DescensoError {
  const problem = { kind: 'run' as const, es: inner.messageIn('es'), en: inner.messageIn('en') };
  const err = new DescensoError('experiment-invalid', { path, problem }, inner.position);
  err.source = inner.source;
  return err;
}

/** Every optimizer is built once before running, so a bad option is reported at its path. */
function checkOptimizers(e: Experiment): void {
  if (e.kind === 'derivative') return;
  e.optimizers.forEach((o, i) => {
    if (e.kind === 'fit' && !fitOptimizers.includes(o.name))
      throw atPath(
        `experiment.optimizers[${i}].name`,
        new DescensoError('cli-fit-optimizer', { name: o.name, names: fitOptimizers.join(', ') }),
      );
    try {
      makeOptimizer(o.name, o.options ?? {}, o.convention ?? 'pytorch');
    } catch (err) {
      if (!(err instanceof DescensoError)) throw err;
      const option = (err.params as { option?: string }).option;
      const base = `experiment.optimizers[${i}]`;
      const path =
        err.code === 'optim-unknown'
          ? `${base}.name`
          : option !== undefined && o.options && Object.hasOwn(o.options, option)
            ? `${base}.options.${option}`
            : base;
      throw atPath(path, err);
    }
  });
}

/** Where in the file a fault raised while running lies, from its code. */
function pathOf(err: DescensoError, e: Experiment): string | undefined {
  const code = err.code as string;
  const p = err.params as Record<string, unknown>;
  if (e.kind === 'descend') {
    if (code === 'surface-unknown') return 'experiment.surface';
    if (err.position !== undefined) return 'experiment.formula';
    if (code === 'descend-start-length' || code === 'descend-undefined-start') return 'experiment.start';
    if (code === 'descend-bad-option') return `experiment.${String(p.option)}`;
    return undefined;
  }
  if (err.position !== undefined) return 'experiment.data.formula';
  if (code.startsWith('model-')) return 'experiment.model';
  if (code.startsWith('loss-')) return 'experiment.loss';
  if (code === 'fit-unknown-param' || code === 'fit-bad-param') return `experiment.init.${String(p.name)}`;
  if (code === 'fit-bad-labels') return 'experiment.data.y';
  if (code.startsWith('fit-data') || code.startsWith('data-') || code === 'fit-undefined-start')
    return 'experiment.data';
  if (code === 'fit-bad-option') return `experiment.${String(p.option)}`;
  return undefined;
}

/**
 * Runs the experiment with a progress bar over all its steps or epochs; a fault of the user's
 * making comes back naming its path in the file.
 */
export function runChecked(e: Experiment, ctx: Pick<CliContext, 'io' | 'lang'>): ExperimentResult {
  checkOptimizers(e);
  try {
    return withTicks(
      ctx.io,
      'run',
      experimentWork(e),
      (tick) => runExperiment(e, { onProgress: tick }) as ExperimentResult,
    );
  } catch (err) {
    if (!(err instanceof DescensoError)) throw err;
    const path = pathOf(err, e);
    throw path === undefined ? err : atPath(path, err);
  }
}

/** The figure of an experiment's result: a descent's map or a fit's panels. */
export function experimentFigure(
  e: Experiment,
  result: ExperimentResult,
  values: boolean,
  lang: Lang,
): string {
  if (result.kind === 'descend' && e.kind === 'descend') return descendFigure(e, result.runs, values, lang);
  if (result.kind === 'fit' && e.kind === 'fit')
    return fitPlot({ model: e.model, loss: e.loss, data: result.data, runs: result.runs, lang });
  throw new DescensoError('experiment-invalid', {
    path: 'experiment.kind',
    problem: { kind: 'unknown-kind', name: String(e.kind) },
  });
}

export const runCommand: CommandSpec = {
  name: 'run',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('run')
      .description(t(lang, 'tour-run-description', undefined))
      .argument('<file>', t(lang, 'tour-run-arg', undefined))
      .option('--format <format>', `${t(lang, 'tour-format', undefined)}; ${allowed(lang, FORMATS)}`, 'table')
      .option('--every <n>', t(lang, 'tour-every', undefined), '1')
      .option('--plot <file>', t(lang, 'tour-plot-file', undefined))
      .option('--plot-values', t(lang, 'tour-plot-values', undefined))
      .action(async (file: string, opts: Record<string, unknown>) => {
        const format = parseChoice('--format', String(opts.format), FORMATS);
        const every = parseInteger('--every', String(opts.every), 1);
        const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
        const experiment = experimentFromJson(readExperimentFile(file, ctx));
        const result = runChecked(experiment, ctx);
        if (format === 'json') writeJson(ctx.io.stdout, { experiment, result });
        else if (format === 'csv') {
          writeResultCsv(ctx.io.stdout, result, every);
          // A reader that closed the pipe (| head) wanted no more: the status would only be noise.
          await flushOutput(ctx.io);
          for (const line of statusNotes(result as unknown as LabelledRuns, lang)) note(ctx.io, line);
        } else writeLines(ctx.io.stdout, tableText(result, every, ctx));
        if (target) {
          writePlot(target, experimentFigure(experiment, result, opts.plotValues === true, lang), ctx);
          note(ctx.io, t(lang, 'tour-wrote', { file: target.file }));
        }
      });
  },
};
