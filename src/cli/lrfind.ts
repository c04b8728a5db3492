/**
 * `descenso lrfind`: the learning-rate range test (src/sweep/lrfind.ts) on the data and model of
 * `fit`'s flags. Prints the lr, loss and smoothed loss of each step and the suggested lr (the
 * steepest descent of the smoothed loss against log lr), or JSON or CSV; --plot draws the curve.
 */
import type { Command } from 'commander';
import { numberCell } from '../data/csv.js';
import { DescensoError } from '../errors.js';
import { type Lang, t } from '../i18n/index.js';
import { lossNames } from '../losses/index.js';
import { modelForms } from '../models/index.js';
import { LRFIND_DEFAULTS, type LrFindResult, lrFind } from '../sweep/lrfind.js';
import { lrFindFigure } from '../sweep/lrfind-view.js';
import type { CommandSpec } from './commands.js';
import { collectNames } from './descend-flags.js';
import { DTYPES, fitExperimentFromFlags, fitOptimizers, REGIMES } from './fit-flags.js';
import { parseChoice, parseInteger, parsePositive } from './flags.js';
import { fmt } from './format.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags } from './optimizer-flags.js';
import { plotTarget, writePlot } from './plots.js';
import { note } from './printable.js';
import { FORMATS } from './run-output.js';
import { addDataFlags } from './simulate.js';
import { writeJson, writeLines } from './stream.js';

/** `fit`'s model and training flags (no --epochs, --tol, --lr: the test sets them) and the test's own. */
function addLrFindFlags(cmd: Command, lang: Lang): Command {
  const m = (key: Parameters<typeof t>[1]) => t(lang, key as 'tour-lrfind-plot', undefined);
  const dflt = (value: string) => t(lang, 'tour-help-default', { value });
  return cmd
    .option('--data-file <file.csv>', m('train-flag-data-file'))
    .option('--model <spec>', `${m('train-flag-model')}; ${allowed(lang, modelForms)}`, 'linear')
    .option(
      '--loss <name>',
      `${m('tour-fit-loss')}; ${allowed(lang, lossNames)} ${m('tour-help-default-loss')}`,
    )
    .option('--delta <n>', `${m('train-flag-delta')}, > 0 ${dflt('1')}`)
    .option('--init <name=value,…>', `${m('train-flag-init')} ${m('tour-help-default-init')}`)
    .option('--regime <regime>', `${m('train-flag-regime')}; ${allowed(lang, REGIMES)}`, 'batch')
    .option('--batch-size <n>', `${m('train-flag-batch-size')}, ≥ 1`, '32')
    .option('--no-shuffle', m('train-flag-no-shuffle'))
    .option(
      '--optimizer <name>',
      `${m('tour-descend-optimizer')}; ${allowed(lang, fitOptimizers)} ${dflt('sgd')}`,
      collectNames('--optimizer'),
      [] as string[],
    )
    .option('--dtype <dtype>', `${m('train-flag-dtype')}; ${allowed(lang, DTYPES)}`, 'float64')
    .option('--min-lr <n>', `${m('tour-lrfind-min-lr')}, > 0`, String(LRFIND_DEFAULTS.minLr))
    .option('--max-lr <n>', `${m('tour-lrfind-max-lr')}, > --min-lr`, String(LRFIND_DEFAULTS.maxLr))
    .option('--steps <n>', `${m('tour-lrfind-steps')}, 2…10000`, String(LRFIND_DEFAULTS.steps))
    .option('--format <format>', `${m('tour-sweep-format')}; ${allowed(lang, FORMATS)}`, 'table')
    .option('--plot <file>', m('tour-lrfind-plot'));
}

/** The JSON of a test: its settings, every step, the suggestion and where it stopped. */
export function lrFindJson(r: LrFindResult, settings: { minLr: number; maxLr: number; steps: number }) {
  return { ...settings, ...r };
}

/** step, lr, loss, smoothed: one line per step. */
export function lrFindCsv(r: LrFindResult): string {
  const rows = r.lrs.map((lr, k) => [k, lr, r.losses[k], r.smoothed[k]].map(numberCell).join(','));
  return `${['step,lr,loss,smoothed', ...rows].join('\n')}\n`;
}

/** The aligned table of the steps, then the suggestion and where the test stopped. */
export function lrFindTable(r: LrFindResult, lang: Lang): string[] {
  const header = [
    t(lang, 'lrfind-header-step', undefined),
    'lr',
    t(lang, 'lrfind-header-loss', undefined),
    t(lang, 'lrfind-header-smoothed', undefined),
  ];
  const rows = r.lrs.map((lr, k) => [String(k), fmt(lr, 4), fmt(r.losses[k], 6), fmt(r.smoothed[k], 6)]);
  const widths = header.map((h, j) => rows.reduce((w, row) => Math.max(w, row[j].length), h.length));
  const line = (c: string[]) => c.map((x, j) => x.padStart(widths[j])).join('  ');
  const tail = [
    r.suggested === null
      ? t(lang, 'lrfind-none', undefined)
      : t(lang, 'lrfind-suggested', { lr: fmt(r.suggested, 4) }),
    ...(r.stoppedAt === null
      ? []
      : [t(lang, 'lrfind-stopped', { step: r.stoppedAt, lr: fmt(r.lrs[r.stoppedAt], 4) })]),
  ];
  return [line(header), ...rows.map(line), '', ...tail];
}

export const lrfindCommand: CommandSpec = {
  name: 'lrfind',
  register(program: Command, ctx: CliContext) {
    const cmd = program.command('lrfind').description(t(ctx.lang, 'tour-lrfind-description', undefined));
    addDataFlags(cmd, ctx.lang, true);
    addLrFindFlags(cmd, ctx.lang);
    addOptimizerFlags(cmd, ctx.lang);
    cmd.action((opts: Record<string, unknown>) => {
      // Every flag is read before anything runs or is written.
      if (opts.lr !== undefined) throw new DescensoError('cli-conflict', { a: '--lr', b: '--min-lr' });
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const minLr = parsePositive('--min-lr', String(opts.minLr));
      const maxLr = parsePositive('--max-lr', String(opts.maxLr));
      if (!(maxLr > minLr))
        throw new DescensoError('lrfind-bad-option', { option: '--max-lr', value: String(opts.maxLr) });
      const steps = parseInteger('--steps', String(opts.steps), 2, 10_000);
      const experiment = fitExperimentFromFlags(opts, ctx);
      if (experiment.optimizers.length > 1) throw new DescensoError('lrfind-one', { what: 'optimizer' });
      const result = lrFind(experiment, { minLr, maxLr, steps });
      if (format === 'json') writeJson(ctx.io.stdout, lrFindJson(result, { minLr, maxLr, steps }));
      else if (format === 'csv') ctx.io.stdout(lrFindCsv(result));
      else writeLines(ctx.io.stdout, lrFindTable(result, ctx.lang));
      if (target) {
        const optimizer = experiment.optimizers[0]?.name ?? 'sgd';
        writePlot(target, lrFindFigure(result, optimizer, ctx.lang), ctx);
        note(ctx.io, t(ctx.lang, 'tour-wrote', { file: target.file }));
      }
    });
    return cmd;
  },
};
