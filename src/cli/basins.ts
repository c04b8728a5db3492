/**
 * `descenso basins`: every start of a grid over a surface (or a 2-D formula), run batched, each
 * labelled by the minimum it reaches; several optimizers side by side. Prints a summary per
 * optimizer (the share of starts each minimum attracts), the map as JSON (x, y, minima, labels,
 * steps) or CSV, and --plot draws it.
 */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { parseExperiment } from '../experiment/schema.js';
import { type BasinsBase, type BasinsStudy, EXPERIMENT_VERSION } from '../experiment/types.js';
import { type Lang, t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import { optimizerNames } from '../optim/index.js';
import { surfaceIds } from '../surfaces/index.js';
import type { CommandSpec } from './commands.js';
import { collectNames, DTYPES, descendExperimentFromFlags } from './descend-flags.js';
import { parseChoice, parseInteger } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags } from './optimizer-flags.js';
import { plotTarget } from './plots.js';
import { FORMATS } from './run-output.js';
import { runFlags } from './runner.js';
import { saveExperiment, saveTarget } from './save.js';
import { printStudy } from './study-output.js';

export { basinsCsv, basinsJson, basinsTable } from './basins-output.js';

function addBasinsFlags(cmd: Command, lang: Lang): Command {
  const m = (key: Parameters<typeof t>[1]) => t(lang, key as 'tour-basins-grid', undefined);
  return cmd
    .option('--surface <id>', `${m('tour-descend-surface')}; ${allowed(lang, surfaceIds)}`)
    .option('--formula <text>', m('tour-descend-formula'))
    .option('--vars <a,b>', m('tour-descend-vars'))
    .option(
      '--optimizer <name>',
      `${m('tour-descend-optimizer')}; ${allowed(lang, optimizerNames)}`,
      collectNames('--optimizer'),
      [] as string[],
    )
    .option('--grid <n>', `${m('tour-basins-grid')}, 2…${LIMITS.basinsGrid}`, '100')
    .option('--steps <n>', t(lang, 'tour-descend-steps', { max: String(LIMITS.steps) }), '100')
    .option('--tol <n>', m('tour-descend-tol'))
    .option(
      '--dtype <dtype>',
      `${t(lang, 'train-flag-dtype', undefined)}; ${allowed(lang, DTYPES)}`,
      'float64',
    )
    .option('--domain <x0,x1,y0,y1>', t(lang, 'tour-plot-domain', undefined))
    .option('--format <format>', `${m('tour-sweep-format')}; ${allowed(lang, FORMATS)}`, 'table')
    .option('--plot <file>', m('tour-basins-plot'))
    .option('--save <file.json>', t(lang, 'tour-save-study', undefined));
}

/** The study of `basins`' flags: the descent every start makes, the grid and its domain. */
export function basinsStudyFromFlags(opts: Record<string, unknown>): BasinsStudy {
  const grid = parseInteger('--grid', String(opts.grid), 2, LIMITS.basinsGrid);
  // The function, optimizers, steps, tolerance and domain read as `descend` reads them.
  const e = descendExperimentFromFlags({ ...opts, plot: undefined, save: undefined });
  if (e.domain && e.domain.length !== 2)
    throw new DescensoError('cli-bad-count', { flag: '--domain', min: 4, max: 4, found: 2 });
  const base: BasinsBase = {
    kind: 'descend',
    version: EXPERIMENT_VERSION,
    steps: e.steps,
    optimizers: e.optimizers,
  };
  if (e.surface !== undefined) base.surface = e.surface;
  if (e.formula !== undefined) base.formula = e.formula;
  if (e.vars !== undefined) base.vars = e.vars;
  if (e.stop !== undefined) base.stop = e.stop;
  if (e.dtype !== undefined) base.dtype = e.dtype;
  return {
    kind: 'basins',
    version: EXPERIMENT_VERSION,
    base,
    grid,
    ...(e.domain ? { domain: e.domain } : {}),
  };
}

export const basinsCommand: CommandSpec = {
  name: 'basins',
  register(program: Command, ctx: CliContext) {
    const cmd = program.command('basins').description(t(ctx.lang, 'tour-basins-description', undefined));
    addBasinsFlags(cmd, ctx.lang);
    addOptimizerFlags(cmd, ctx.lang);
    cmd.action((opts: Record<string, unknown>) => {
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const save = opts.save === undefined ? undefined : saveTarget(String(opts.save));
      const study = parseExperiment(basinsStudyFromFlags(opts)) as BasinsStudy;
      if (save !== undefined) saveExperiment(save, study, ctx);
      printStudy(runFlags(study, 'basins', ctx), format, target, ctx);
    });
    return cmd;
  },
};
