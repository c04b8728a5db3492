/**
 * `descenso fit`: a model trained on simulated data (the `simulate` flags) or on a CSV file, with
 * the optimizer flags `descend` uses (several optimizers compared when listed). Prints the history
 * as an aligned table (epoch, loss, parameters, like the tutorials' logs), CSV, or the Run as JSON.
 */
import type { Command } from 'commander';
import { type MessageKey, t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import { lossNames } from '../losses/index.js';
import { modelForms } from '../models/index.js';
import type { CommandSpec } from './commands.js';
import { collectNames } from './descend-flags.js';
import { DTYPES, fitExperimentFromFlags, fitOptimizers, REGIMES } from './fit-flags.js';
import { parseChoice, parseInteger } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags } from './optimizer-flags.js';
import { writeFigure } from './plot-output.js';
import { plotTarget } from './plots.js';
import { FORMATS, printRun } from './run-output.js';
import { runFlags } from './runner.js';
import { saveExperiment, saveTarget } from './save.js';
import { addDataFlags } from './simulate.js';

export { fitOptimizers };

/** The training flags of `fit` (the data flags come from `simulate`). */
function addFitFlags(cmd: Command, lang: CliContext['lang']): Command {
  const m = (key: Extract<MessageKey, `train-${string}`>) => t(lang, key, undefined);
  const note = (key: 'tour-help-default-loss' | 'tour-help-default-init' | 'tour-help-default-none-epochs') =>
    t(lang, key, undefined);
  return cmd
    .option('--data-file <file.csv>', m('train-flag-data-file'))
    .option('--model <spec>', `${m('train-flag-model')}; ${allowed(lang, modelForms)}`, 'linear')
    .option(
      '--loss <name>',
      `${t(lang, 'tour-fit-loss', undefined)}; ${allowed(lang, lossNames)} ${note('tour-help-default-loss')}`,
    )
    .option('--delta <n>', `${m('train-flag-delta')}, > 0 ${t(lang, 'tour-help-default', { value: '1' })}`)
    .option('--init <name=value,…>', `${m('train-flag-init')} ${note('tour-help-default-init')}`)
    .option('--epochs <n>', `${m('train-flag-epochs')}, 0…${LIMITS.epochs}`, '100')
    .option('--regime <regime>', `${m('train-flag-regime')}; ${allowed(lang, REGIMES)}`, 'batch')
    .option('--batch-size <n>', `${m('train-flag-batch-size')}, ≥ 1`, '32')
    .option('--no-shuffle', m('train-flag-no-shuffle'))
    .option(
      '--optimizer <name>',
      `${t(lang, 'tour-descend-optimizer', undefined)}; ${allowed(lang, fitOptimizers)} ${t(lang, 'tour-help-default', { value: 'sgd' })}`,
      collectNames('--optimizer'),
      [] as string[],
    )
    .option('--dtype <dtype>', `${m('train-flag-dtype')}; ${allowed(lang, DTYPES)}`, 'float64')
    .option('--tol <n>', `${m('train-flag-tol')}, > 0 ${note('tour-help-default-none-epochs')}`)
    .option('--every <n>', m('train-flag-every'), '1')
    .option('--format <format>', `${m('train-flag-format-fit')}; ${allowed(lang, FORMATS)}`, 'table')
    .option('--save <file.json>', t(lang, 'tour-save', undefined))
    .option('--plot <file>', t(lang, 'tour-fit-plot', undefined));
}

export const fitCommand: CommandSpec = {
  name: 'fit',
  register(program: Command, ctx: CliContext) {
    const cmd = program.command('fit').description(t(ctx.lang, 'train-fit-description', undefined));
    addDataFlags(cmd, ctx.lang, true);
    addFitFlags(cmd, ctx.lang);
    addOptimizerFlags(cmd, ctx.lang);
    cmd.action(async (opts: Record<string, unknown>) => {
      // Every flag is read before anything runs or is written.
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const every = parseInteger('--every', String(opts.every), 1);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const save = opts.save === undefined ? undefined : saveTarget(String(opts.save));
      const experiment = fitExperimentFromFlags(opts, ctx);
      if (save !== undefined) saveExperiment(save, experiment, ctx);
      const run = runFlags(experiment, 'fit', ctx);
      // The figure first, as fit always drew it: a long table is then not between the two notes.
      if (target) writeFigure(target, run, undefined, ctx);
      await printRun(run, { format, every, paths: false }, ctx);
    });
    return cmd;
  },
};
