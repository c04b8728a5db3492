/**
 * `sweep`'s flags read into a study: a base experiment — a descent (`descend`'s flags) or a fit
 * (`fit`'s flags, chosen by --data, --data-file, --model or --epochs) — and the options varied
 * (--vary, once or twice). The base is built by the same functions `descend` and `fit` use, so a
 * row's run is the one those commands make with the row's options.
 */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { EXPERIMENT_VERSION, SWEEP_RANKS } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import { lossNames } from '../losses/index.js';
import { modelForms } from '../models/index.js';
import { optimizerNames, optionRow } from '../optim/index.js';
import { surfaceIds } from '../surfaces/index.js';
import type { SweepStudy } from '../sweep/types.js';
import { parseVary } from '../sweep/vary.js';
import { collectNames, DTYPES, descendExperimentFromFlags, GRADIENT_METHODS } from './descend-flags.js';
import { fitExperimentFromFlags, REGIMES } from './fit-flags.js';
import { parseChoice } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags } from './optimizer-flags.js';
import { FORMATS } from './run-output.js';
import { addDataFlags } from './simulate.js';

/** --vary's collector: every occurrence kept, read once all flags are in. */
const collectVary = (v: string, prev: string[]): string[] => [...prev, v];

/** Adds an option unless a flag group added before already has it (--formula, --noise, --seed, --tol). */
function once(cmd: Command, flags: string, help: string, fallback?: string): void {
  const long = flags.split(' ')[0];
  if (cmd.options.some((o) => o.long === long)) return;
  if (fallback === undefined) cmd.option(flags, help);
  else cmd.option(flags, help, fallback);
}

/** Every flag of `sweep`: the data and fit flags, the function flags, the optimizers, --vary and the output. */
export function addSweepFlags(cmd: Command, ctx: CliContext): Command {
  const lang = ctx.lang;
  const m = (key: Parameters<typeof t>[1]) => t(lang, key as 'tour-sweep-vary', undefined);
  cmd.option('--surface <id>', `${m('tour-descend-surface')}; ${allowed(lang, surfaceIds)}`);
  addDataFlags(cmd, lang, true);
  once(cmd, '--vars <a,b,…>', m('tour-descend-vars'));
  once(cmd, '--from <x,y>', m('tour-descend-from'));
  once(cmd, '--steps <n>', t(lang, 'tour-descend-steps', { max: String(LIMITS.steps) }));
  once(cmd, '--gradient <method>', `${m('tour-descend-gradient')}; ${allowed(lang, GRADIENT_METHODS)}`);
  once(cmd, '--h <n>', m('tour-descend-h'));
  once(cmd, '--noise-seed <s>', m('tour-descend-noise-seed'));
  once(cmd, '--domain <x0,x1[,y0,y1]>', t(lang, 'tour-plot-domain', undefined));
  once(cmd, '--data-file <file.csv>', m('train-flag-data-file'));
  once(cmd, '--model <spec>', `${m('train-flag-model')}; ${allowed(lang, modelForms)}`);
  once(cmd, '--loss <name>', `${t(lang, 'tour-fit-loss', undefined)}; ${allowed(lang, lossNames)}`);
  once(cmd, '--delta <n>', m('train-flag-delta'));
  once(cmd, '--init <name=value,…>', m('train-flag-init'));
  once(cmd, '--epochs <n>', `${m('train-flag-epochs')}, 0…${LIMITS.epochs}`);
  once(cmd, '--regime <regime>', `${m('train-flag-regime')}; ${allowed(lang, REGIMES)}`);
  once(cmd, '--batch-size <n>', `${m('train-flag-batch-size')}, ≥ 1`);
  cmd.option('--no-shuffle', m('train-flag-no-shuffle'));
  cmd.option(
    '--optimizer <name>',
    `${m('tour-descend-optimizer')}; ${allowed(lang, optimizerNames)}`,
    collectNames('--optimizer'),
    [] as string[],
  );
  once(cmd, '--tol <n>', `${m('tour-descend-tol')}; ${m('train-flag-tol')}`);
  once(
    cmd,
    '--dtype <dtype>',
    `${t(lang, 'train-flag-dtype', undefined)}; ${allowed(lang, DTYPES)}`,
    'float64',
  );
  cmd.option('--vary <option=from:to:lin|log:count>', m('tour-sweep-vary'), collectVary, [] as string[]);
  cmd.option('--rank <what>', `${m('tour-sweep-rank')}; ${allowed(lang, SWEEP_RANKS)}`);
  cmd.option('--format <format>', `${m('tour-sweep-format')}; ${allowed(lang, FORMATS)}`, 'table');
  cmd.option('--plot <file>', m('tour-sweep-plot'));
  cmd.option('--save <file.json>', m('tour-save-study'));
  addOptimizerFlags(cmd, lang);
  return cmd;
}

/** A fit when the flags name data or a model; a descent otherwise. */
function isFit(opts: Record<string, unknown>): boolean {
  return ['data', 'dataFile', 'model', 'epochs', 'init', 'loss', 'regime'].some((k) => opts[k] !== undefined);
}

/** The flag of an option key: lr → --lr, weightDecay → --weight-decay. */
const flagOf = (key: string) => optionRow(key)?.flag ?? `--${key}`;
const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** The study of `sweep`'s flags; every fault names its flag. */
export function sweepStudyFromFlags(opts: Record<string, unknown>, ctx: CliContext): SweepStudy {
  const given = (opts.vary as string[] | undefined) ?? [];
  if (given.length < 1 || given.length > 2)
    throw new DescensoError('sweep-vary-count', { found: given.length });
  const vary = given.map(parseVary);
  if (vary.length === 2 && vary[0].option === vary[1].option)
    throw new DescensoError('sweep-vary-twice', { option: vary[0].option });
  for (const v of vary)
    if (opts[camel(flagOf(v.option))] !== undefined)
      throw new DescensoError('sweep-vary-fixed', { option: flagOf(v.option).slice(2) });
  const rank = opts.rank === undefined ? {} : { rank: parseChoice('--rank', String(opts.rank), SWEEP_RANKS) };
  if (isFit(opts)) {
    for (const flag of ['surface', 'steps', 'from', 'gradient'] as const)
      if (opts[flag] !== undefined) throw new DescensoError('cli-conflict', { a: `--${flag}`, b: '--data' });
    // A fit's sweep counts epochs: evaluations are a descent's measure.
    if (rank.rank === 'evaluations')
      throw new DescensoError('cli-conflict', { a: '--rank evaluations', b: '--data' });
    return {
      kind: 'sweep',
      version: EXPERIMENT_VERSION,
      base: fitExperimentFromFlags(opts, ctx),
      vary,
      ...rank,
    };
  }
  return {
    kind: 'sweep',
    version: EXPERIMENT_VERSION,
    base: descendExperimentFromFlags(opts),
    vary,
    ...rank,
  };
}
