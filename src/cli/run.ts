/**
 * `descenso run EXPERIMENT.json`: one Experiment file (src/experiment's schema) runs a descent, a
 * fit, or a comparison of several optimizers, through the same `run()` as `descend` and `fit`.
 * Faults name the JSON path where they are (`experiment.optimizers[1].options.lr`) or the file's
 * problem; one optimizer that cannot run holds its place and the others run. The output is the
 * same as `descend`'s and `fit`'s: a table per run, CSV, or JSON; --plot draws what they draw.
 */
import type { Command } from 'commander';
import { experimentFromJson } from '../experiment/index.js';
import { t } from '../i18n/index.js';
import type { CommandSpec } from './commands.js';
import { parseChoice, parseInteger } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { writeFigure } from './plot-output.js';
import { plotTarget } from './plots.js';
import { readTextFile } from './read.js';
import { FORMATS, printRun } from './run-output.js';
import { runWithProgress } from './runner.js';
import { printStudy } from './study-output.js';

/** Experiment files are small; anything bigger is a mistake (a data file passed by accident). */
const MAX_FILE_BYTES = 50_000_000;

/** The file's text, or a one-line reason in the user's language. */
export function readExperimentFile(file: string, ctx: CliContext): string {
  return readTextFile(file, MAX_FILE_BYTES, ctx);
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
        const run = runWithProgress(experiment, 'run', ctx);
        // A study prints as the command that saved it does.
        if (run.kind === 'sweep' || run.kind === 'basins') return printStudy(run, format, target, ctx);
        await printRun(run, { format, every, paths: true }, ctx);
        if (target) writeFigure(target, run, opts.plotValues === true ? true : undefined, ctx);
      });
  },
};
