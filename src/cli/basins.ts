/**
 * `descenso basins`: every start of a grid over a surface (or a 2-D formula), run batched, each
 * labelled by the minimum it reaches; several optimizers side by side. Prints a summary per
 * optimizer (the share of starts each minimum attracts), the map as JSON (x, y, minima, labels,
 * steps) or CSV, and --plot draws it.
 */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { type Lang, t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import { optimizerNames } from '../optim/index.js';
import { formatNumber } from '../plot/scales.js';
import { surfaceIds } from '../surfaces/index.js';
import { type BasinsResult, basins } from '../sweep/basins.js';
import { basinsFigure } from '../sweep/basins-view.js';
import type { CommandSpec } from './commands.js';
import { collectNames, DTYPES, descendExperimentFromFlags } from './descend-flags.js';
import { parseChoice, parseInteger } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags } from './optimizer-flags.js';
import { plotTarget, writePlot } from './plots.js';
import { note } from './printable.js';
import { FORMATS } from './run-output.js';
import { writeJson, writeLines } from './stream.js';

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
    .option('--plot <file>', m('tour-basins-plot'));
}

/** The JSON of the issue for one optimizer; with several, `maps` holds each one's labels and steps. */
export function basinsJson(r: BasinsResult) {
  const head = { x: r.x, y: r.y, minima: r.minima };
  if (r.maps.length === 1)
    return { ...head, optimizer: r.maps[0].optimizer, labels: r.maps[0].labels, steps: r.maps[0].steps };
  return { ...head, maps: r.maps.map((m) => ({ optimizer: m.optimizer, labels: m.labels, steps: m.steps })) };
}

/** Per optimizer: the share of starts each minimum attracts, those that diverged or did not settle, and the mean steps. */
export function basinsTable(r: BasinsResult, lang: Lang): string[] {
  const lines: string[] = [];
  const total = r.x.length * r.y.length;
  const pct = (k: number) => `${((100 * k) / total).toFixed(1)}%`;
  for (const m of r.maps) {
    lines.push(t(lang, 'basins-title', { optimizer: m.optimizer }));
    r.minima.forEach((p, k) => {
      const count = m.labels.filter((l) => l === k).length;
      lines.push(
        `  ${t(lang, 'basins-minimum', { index: k, x: formatNumber(p[0], 3), y: formatNumber(p[1], 3) })}: ${pct(count)}`,
      );
    });
    const diverged = m.statuses.filter((s) => s === 'diverged' || s === 'left-domain').length;
    const failed = m.labels.filter((l) => l < 0).length;
    lines.push(`  ${t(lang, 'sweep-diverged-cell', undefined)}: ${pct(diverged)}`);
    lines.push(`  ${t(lang, 'basins-not-converged', undefined)}: ${pct(failed - diverged)}`);
  }
  return lines;
}

/** One CSV line per start and optimizer: where it started, the minimum it reached, its steps. */
function basinsCsv(r: BasinsResult): string {
  const n = r.x.length;
  const lines = ['optimizer,x,y,label,steps,status'];
  for (const m of r.maps)
    for (let i = 0; i < m.labels.length; i++)
      lines.push(
        [m.optimizer, r.x[i % n], r.y[Math.floor(i / n)], m.labels[i], m.steps[i], m.statuses[i]].join(','),
      );
  return `${lines.join('\n')}\n`;
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
      const grid = parseInteger('--grid', String(opts.grid), 2, LIMITS.basinsGrid);
      // The function, optimizers, steps, tolerance and domain read as `descend` reads them.
      const e = descendExperimentFromFlags({ ...opts, plot: undefined });
      if (e.domain && e.domain.length !== 2)
        throw new DescensoError('cli-bad-count', { flag: '--domain', min: 4, max: 4, found: 2 });
      const result = basins({
        surface: e.surface,
        formula: e.formula,
        vars: e.vars,
        optimizers: e.optimizers,
        grid,
        steps: e.steps,
        ...(e.stop ? { stop: e.stop } : {}),
        ...(e.domain ? { domain: e.domain } : {}),
        ...(e.dtype ? { dtype: e.dtype } : {}),
      });
      if (format === 'json') writeJson(ctx.io.stdout, basinsJson(result));
      else if (format === 'csv') ctx.io.stdout(basinsCsv(result));
      else writeLines(ctx.io.stdout, basinsTable(result, ctx.lang));
      if (target) {
        writePlot(target, basinsFigure(result, ctx.lang), ctx);
        note(ctx.io, t(ctx.lang, 'tour-wrote', { file: target.file }));
      }
    });
    return cmd;
  },
};
