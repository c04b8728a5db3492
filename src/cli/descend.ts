/** `descenso descend`: an optimizer (or several) walking a surface or a formula. */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import type { DescendRunSet } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import { optimizerNames } from '../optim/index.js';
import { surfaceIds } from '../surfaces/index.js';
import type { CommandSpec } from './commands.js';
import { collectNames, DTYPES, descendExperimentFromFlags, GRADIENT_METHODS } from './descend-flags.js';
import { explainedJson, explainedText, explainFaults, explainRuns } from './explain-output.js';
import { parseChoice, parseInteger } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags } from './optimizer-flags.js';
import { writeFigure } from './plot-output.js';
import { plotTarget } from './plots.js';
import { FORMATS, printRun } from './run-output.js';
import { runFlags } from './runner.js';
import { saveExperiment, saveTarget } from './save.js';
import { writeLines } from './stream.js';

type DescendHelpKey =
  | 'tour-descend-description'
  | 'tour-descend-surface'
  | 'tour-descend-formula'
  | 'tour-descend-vars'
  | 'tour-descend-optimizer'
  | 'tour-descend-from'
  | 'tour-descend-gradient'
  | 'tour-descend-h'
  | 'tour-descend-tol'
  | 'tour-descend-noise'
  | 'tour-descend-noise-seed'
  | 'tour-save';

/** The flags of `descend`: the function, the optimizers, the run, the output. */
function addDescendFlags(cmd: Command, ctx: CliContext): Command {
  const lang = ctx.lang;
  const m = (key: DescendHelpKey) => t(lang, key, undefined);
  const one = t(lang, 'tour-help-one-function', undefined);
  return cmd
    .option('--surface <id>', `${m('tour-descend-surface')}; ${one}; ${allowed(lang, surfaceIds)}`)
    .option('--formula <text>', `${m('tour-descend-formula')}; ${one}`)
    .option('--vars <a,b,…>', `${m('tour-descend-vars')} ${t(lang, 'tour-help-default-vars', undefined)}`)
    .option(
      '--optimizer <name>',
      `${m('tour-descend-optimizer')}; ${allowed(lang, optimizerNames)} ${t(lang, 'tour-help-default', { value: 'sgd' })}`,
      collectNames('--optimizer'),
      [] as string[],
    )
    .option('--from <x,y>', m('tour-descend-from'))
    .option('--steps <n>', t(lang, 'tour-descend-steps', { max: String(LIMITS.steps) }), '100')
    .option(
      '--gradient <method>',
      `${m('tour-descend-gradient')}; ${allowed(lang, GRADIENT_METHODS)}`,
      'autodiff',
    )
    .option('--h <n>', m('tour-descend-h'), '1e-5')
    .option('--tol <n>', `${m('tour-descend-tol')} ${t(lang, 'tour-help-default-none-steps', undefined)}`)
    .option(
      '--dtype <dtype>',
      `${t(lang, 'train-flag-dtype', undefined)}; ${allowed(lang, DTYPES)}`,
      'float64',
    )
    .option('--noise <sigma>', m('tour-descend-noise'))
    .option('--noise-seed <s>', m('tour-descend-noise-seed'))
    .option('--every <n>', t(lang, 'tour-every', undefined), '1')
    .option('--format <format>', `${t(lang, 'tour-format', undefined)}; ${allowed(lang, FORMATS)}`, 'table')
    .option('--save <file.json>', m('tour-save'))
    .option('--plot <file>', t(lang, 'tour-plot-file', undefined))
    .option('--plot-values', t(lang, 'tour-plot-values', undefined))
    .option('--domain <x0,x1[,y0,y1]>', t(lang, 'tour-plot-domain', undefined))
    .option('--explain <K>', t(lang, 'explain-flag', undefined));
}

/** --explain K: a step number (from 0); the table and the JSON carry it, a CSV has no place for it. */
function explainFlag(opts: Record<string, unknown>, format: string): number | undefined {
  if (opts.explain === undefined) return undefined;
  if (format === 'csv') throw new DescensoError('cli-conflict', { a: '--explain', b: '--format csv' });
  return parseInteger('--explain', String(opts.explain), 0, LIMITS.steps);
}

export const descendCommand: CommandSpec = {
  name: 'descend',
  register(program: Command, ctx: CliContext) {
    const cmd = program.command('descend').description(t(ctx.lang, 'tour-descend-description', undefined));
    addDescendFlags(cmd, ctx);
    addOptimizerFlags(cmd, ctx.lang);
    cmd.action(async (opts: Record<string, unknown>) => {
      // Every flag is read before anything runs or is written.
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const every = parseInteger('--every', String(opts.every), 1);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const save = opts.save === undefined ? undefined : saveTarget(String(opts.save));
      const explain = explainFlag(opts, format);
      const experiment = descendExperimentFromFlags(opts);
      if (save !== undefined) saveExperiment(save, experiment, ctx);
      const run = runFlags(experiment, 'descend', ctx);
      const explained = explain === undefined ? [] : explainRuns(run as DescendRunSet, explain);
      const json = explain === undefined ? {} : { explain: explainedJson(explained, ctx.lang) };
      await printRun(run, { format, every, paths: false, json }, ctx);
      if (explain !== undefined && format === 'table')
        writeLines(ctx.io.stdout, explainedText(explained, ctx.lang));
      const fault = explainFaults(explained, ctx.lang, run.runs.length > 1);
      if (fault !== undefined) {
        ctx.io.stderr(`descenso: ${fault}\n`);
        ctx.exitStatus = 2;
      }
      if (target) writeFigure(target, run, undefined, ctx);
    });
    return cmd;
  },
};
