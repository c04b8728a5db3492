/** `descenso descend`: an optimizer (or several) walking a surface or a formula. */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { MAX_OPTIMIZERS } from '../experiment/index.js';
import { MAX_DOMAIN } from '../experiment/schema.js';
import { t } from '../i18n/index.js';
import { optimizerNames } from '../optim/index.js';
import { surfaceIds } from '../surfaces/index.js';
import { type DescendRun, type DescendSpec, descend, resolveFunction } from '../train/descend.js';
import { gradientMethodNames } from '../train/gradient-methods.js';
import type { CommandSpec } from './commands.js';
import { parseChoice, parseInteger, parseNumberList, parsePoint, parsePositive } from './flags.js';
import { allowed } from './help.js';
import { type CliContext, flushOutput } from './io.js';
import { optimizerChoices, surfaceByName } from './names.js';
import { addOptimizerFlags, readOptimizerFlags } from './optimizer-flags.js';
import { descendFigure, plotTarget, writePlot } from './plots.js';
import { note } from './printable.js';
import { withTicks } from './progress.js';
import { recordEvery, runTable, statusLine, statusNotes, writeDescendCsv } from './report.js';
import { writeJson, writeLines } from './stream.js';

type DescendHelpKey =
  | 'tour-descend-description'
  | 'tour-descend-surface'
  | 'tour-descend-formula'
  | 'tour-descend-vars'
  | 'tour-descend-optimizer'
  | 'tour-descend-from'
  | 'tour-descend-gradient'
  | 'tour-descend-h'
  | 'tour-descend-tol';

/** Names separated by commas; a flag given no name at all is an error, not the default. */
const nameList = (flag: string, v: string): string[] => {
  const out = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (out.length === 0) throw new DescensoError('cli-missing-value', { flag });
  return out;
};
const collect = (v: string, prev: string[]) => [...prev, ...nameList('--optimizer', v)];

export interface DescendFlags {
  specs: DescendSpec[];
  names: string[];
}

/** Builds one spec per --optimizer from the parsed flags (shared with `run` and the tests). */
export function specsFromFlags(opts: Record<string, unknown>): DescendFlags {
  const surface = opts.surface as string | undefined;
  const formula = opts.formula as string | undefined;
  if (surface !== undefined && formula !== undefined)
    throw new DescensoError('cli-conflict', { a: '--surface', b: '--formula' });
  if (surface === undefined && formula === undefined)
    throw new DescensoError('tour-need-function', undefined);
  // A surface names its own variables: --vars beside it would be ignored without a word.
  if (surface !== undefined && opts.vars !== undefined)
    throw new DescensoError('cli-conflict', { a: '--surface', b: '--vars' });
  // Checked here, before anything runs, so the name gets its "did you mean".
  if (surface !== undefined) surfaceByName(surface);
  const names = [...((opts.optimizer as string[] | undefined) ?? [])];
  if (names.length === 0) names.push('sgd');
  // The bound an experiment file has: a command line says no more than a file can.
  if (names.length > MAX_OPTIMIZERS)
    throw new DescensoError('cli-too-many-optimizers', { max: MAX_OPTIMIZERS, found: names.length });
  for (const n of names) parseChoice('--optimizer', n, optimizerChoices);
  const { options, convention } = readOptimizerFlags(opts);
  const steps = opts.steps === undefined ? 100 : parseInteger('--steps', String(opts.steps), 0, 1_000_000);
  const gradient = parseChoice('--gradient', String(opts.gradient ?? 'autodiff'), gradientMethodNames);
  const h = opts.h === undefined ? undefined : parsePositive('--h', String(opts.h));
  const vars = opts.vars === undefined ? undefined : nameList('--vars', String(opts.vars));
  const tol = opts.tol === undefined ? undefined : parsePositive('--tol', String(opts.tol));
  const base: Omit<DescendSpec, 'optimizer'> = {
    ...(surface !== undefined ? { surface } : { formula, vars }),
    steps,
    gradient,
    ...(h !== undefined ? { h } : {}),
    ...(tol !== undefined ? { stop: { gradNorm: tol } } : {}),
  };
  return {
    names,
    specs: names.map((name) => ({ ...base, optimizer: { name, options, convention } })),
  };
}

const FORMATS = ['table', 'json', 'csv'] as const;

/** The engine's record spacing when it thinned the rows (src/train's recordEvery), for the JSON. */
const recordedEvery = (r: DescendRun): { recordEvery?: number } => {
  const k = (r as { recordEvery?: number }).recordEvery;
  return k !== undefined && k > 1 ? { recordEvery: k } : {};
};
const METHODS = gradientMethodNames;

export const descendCommand: CommandSpec = {
  name: 'descend',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    const m = (key: DescendHelpKey) => t(lang, key, undefined);
    const cmd = program
      .command('descend')
      .description(m('tour-descend-description'))
      .option(
        '--surface <id>',
        `${m('tour-descend-surface')}; ${t(lang, 'tour-help-one-function', undefined)}; ${allowed(lang, surfaceIds)}`,
      )
      .option(
        '--formula <text>',
        `${m('tour-descend-formula')}; ${t(lang, 'tour-help-one-function', undefined)}`,
      )
      .option('--vars <a,b,…>', `${m('tour-descend-vars')} ${t(lang, 'tour-help-default-vars', undefined)}`)
      .option(
        '--optimizer <name>',
        `${m('tour-descend-optimizer')}; ${allowed(lang, optimizerNames)} ${t(lang, 'tour-help-default', { value: 'sgd' })}`,
        collect,
        [] as string[],
      )
      .option('--from <x,y>', m('tour-descend-from'))
      .option('--steps <n>', t(lang, 'tour-descend-steps', { max: '1000000' }), '100')
      .option('--gradient <method>', `${m('tour-descend-gradient')}; ${allowed(lang, METHODS)}`, 'autodiff')
      .option('--h <n>', m('tour-descend-h'), '1e-5')
      .option('--tol <n>', `${m('tour-descend-tol')} ${t(lang, 'tour-help-default-none-steps', undefined)}`)
      .option('--every <n>', t(lang, 'tour-every', undefined), '1')
      .option('--format <format>', `${t(lang, 'tour-format', undefined)}; ${allowed(lang, FORMATS)}`, 'table')
      .option('--plot <file>', t(lang, 'tour-plot-file', undefined))
      .option('--plot-values', t(lang, 'tour-plot-values', undefined))
      .option('--domain <x0,x1[,y0,y1]>', t(lang, 'tour-plot-domain', undefined));
    addOptimizerFlags(cmd, lang);
    cmd.action(async (opts: Record<string, unknown>) => {
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const every = parseInteger('--every', String(opts.every), 1);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const domain = opts.domain === undefined ? undefined : parseDomain(String(opts.domain));
      const { specs, names } = specsFromFlags(opts);
      if (opts.from !== undefined) {
        // The variables are known once the function is: read --from against them.
        const vars = resolveFunction(specs[0]).formula.vars;
        const start = parsePoint('--from', String(opts.from), vars);
        for (const s of specs) s.start = start;
      }
      // One bar over every optimizer's steps, moved by each run's onStep.
      const per = specs[0].steps ?? 100;
      // A plot draws every step (the figure thins what cannot be seen); the table prints every K-th.
      const kept = target ? 1 : every;
      const runs = withTicks(ctx.io, 'descend', per * specs.length, (tick) =>
        specs.map((s, i) => descend({ ...s, ...recordEvery(kept), onStep: (k) => tick(i * per + k) })),
      );
      const labelled = runs.map((r, i) => ({ label: names[i], ...r }));
      if (format === 'json') {
        const pick = (r: DescendRun) => ({
          vars: r.vars,
          points: r.points,
          values: r.values,
          status: r.status,
          steps: r.steps,
          ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt } : {}),
          // With --every K the engine keeps steps 0, K, 2K, … and the last: say so, or the rows read as steps 0, 1, 2.
          ...recordedEvery(r),
        });
        const out =
          runs.length === 1
            ? pick(runs[0])
            : { runs: runs.map((r, i) => ({ optimizer: names[i], ...pick(r) })) };
        writeJson(ctx.io.stdout, out);
      } else if (format === 'csv') {
        writeDescendCsv(ctx.io.stdout, labelled, every);
        // A reader that closed the pipe (| head) wanted no more: the status would only be noise.
        await flushOutput(ctx.io);
        for (const line of statusNotes({ kind: 'descend', runs: labelled }, lang)) note(ctx.io, line);
      } else {
        runs.forEach((r, i) => {
          if (runs.length > 1) ctx.io.stdout(`${i > 0 ? '\n' : ''}== ${names[i]} ==\n`);
          writeLines(ctx.io.stdout, [...runTable(r, every, lang), statusLine(r, ctx)]);
        });
      }
      if (target) {
        writePlot(
          target,
          descendFigure({ ...specs[0], domain }, labelled, opts.plotValues === true, lang),
          ctx,
        );
        note(ctx.io, t(lang, 'tour-wrote', { file: target.file }));
      }
    });
    return cmd;
  },
};

/** --domain x0,x1 or x0,x1,y0,y1: the ranges drawn by --plot, each low < high. */
export function parseDomain(value: string): [number, number][] {
  const v =
    value.split(',').length === 2
      ? parseNumberList('--domain', value, 2)
      : parseNumberList('--domain', value, 4);
  // The bound an experiment file's domain has: a grid over ±1e308 would sample nothing but NaN.
  const far = v.find((x) => Math.abs(x) > MAX_DOMAIN);
  if (far !== undefined)
    throw new DescensoError('cli-out-of-range', {
      flag: '--domain',
      value: String(far),
      range: `${-MAX_DOMAIN}…${MAX_DOMAIN}`,
    });
  const pairs: [number, number][] = [];
  for (let i = 0; i < v.length; i += 2) {
    if (!(v[i] < v[i + 1])) throw new DescensoError('tour-domain-order', { low: v[i], high: v[i + 1] });
    pairs.push([v[i], v[i + 1]]);
  }
  return pairs;
}
