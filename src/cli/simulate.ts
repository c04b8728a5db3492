/**
 * `descenso simulate`: a data set drawn as NumPy would draw it, as JSON or CSV. The data flags
 * are defined here once (and read in data-flags.ts), and `fit` uses the same ones.
 */
import type { Command } from 'commander';
import {
  type Dataset,
  datasetTable,
  FAMILIES,
  simulationDefaults,
  toCsv,
  X_DISTRIBUTIONS,
} from '../data/index.js';
import { type Lang, type MessageKey, t } from '../i18n/index.js';
import { LIMITS } from '../limits.js';
import type { CommandSpec } from './commands.js';
import { dataFromFlags } from './data-flags.js';
import { parseChoice } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { writeJson } from './stream.js';

type FlagKey = Extract<MessageKey, `train-flag-${string}`>;

/**
 * Adds --data, --formula, the family's numbers, --points, --x-range, --x-dist and --seed; with
 * `csv` (fit), --data also takes a CSV file.
 */
export function addDataFlags(cmd: Command, lang: Lang, csv = false): Command {
  // A flag's help with its default, read from the simulation table (linear's, then the families that differ).
  const m = (key: FlagKey, field?: keyof (typeof simulationDefaults)['linear'], range = '') =>
    field === undefined
      ? t(lang, key, undefined)
      : `${t(lang, key, undefined)}${range} ${t(lang, 'tour-help-default', { value: familyDefaults(field) })}`;
  const file = csv ? `; ${t(lang, 'tour-fit-data-csv', undefined)}` : '';
  return (
    cmd
      .option(
        '--data <family>',
        `${m('train-flag-data')}; ${allowed(lang, FAMILIES)} ${t(lang, 'tour-help-default-data', undefined)}${file}`,
      )
      .option('--formula <text>', m('train-flag-formula'))
      .option('--slope <n>', m('train-flag-slope', 'slope'))
      .option('--intercept <n>', m('train-flag-intercept', 'intercept'))
      .option('--coeffs <a,b,c>', m('train-flag-coeffs', 'coeffs'))
      .option('--amplitude <n>', m('train-flag-amplitude', 'amplitude'))
      .option('--frequency <n>', m('train-flag-frequency', 'frequency'))
      .option('--phase <n>', m('train-flag-phase', 'phase'))
      .option('--rate <n>', m('train-flag-rate', 'rate'))
      // fit's --noise is the data's, never the gradient's (descend's --noise): said in fit's help.
      .option(
        '--noise <sigma>',
        `${m('train-flag-noise', 'noise', ', ≥ 0')}${csv ? ` ${t(lang, 'tour-help-noise-data', undefined)}` : ''}`,
      )
      .option('--mu <mu>', m('train-flag-mu', 'mu'))
      .option('--points <n>', m('train-flag-points', 'points', `, 1…${LIMITS.points}`))
      .option('--x-range <a,b>', m('train-flag-x-range', 'xRange'))
      .option('--x-dist <dist>', m('train-flag-x-dist', 'xDist', `; ${allowed(lang, X_DISTRIBUTIONS)}`))
      .option(
        '--seed <s>',
        `${t(lang, 'train-flag-seed', undefined)}, 0…4294967295 ${
          csv
            ? t(lang, 'tour-help-default-seed-fit', undefined)
            : t(lang, 'tour-help-default', { value: '22' })
        }`,
      )
  );
}

/** A value as typed on the command line: lists with commas, long decimals cut to 4 significant digits. */
function typed(v: unknown): string {
  if (Array.isArray(v)) return v.map(typed).join(',');
  if (typeof v === 'number') return String(Number(v.toPrecision(4)));
  return String(v);
}

/** "5; affine: 0.5": the linear family's default, then the families whose default differs. */
function familyDefaults(field: keyof (typeof simulationDefaults)['linear']): string {
  const base = typed(simulationDefaults.linear[field]);
  const others = new Map<string, string[]>();
  for (const f of FAMILIES) {
    const v = typed(simulationDefaults[f][field]);
    if (v !== base) others.set(v, [...(others.get(v) ?? []), f]);
  }
  return [base, ...[...others].map(([v, fams]) => `${fams.join(', ')}: ${v}`)].join('; ');
}

/** A data set as plain JSON: x (rows for two features), y, and label for blobs. */
export function datasetJson(data: Dataset): { x: number[] | number[][]; y: number[]; label?: number[] } {
  const y = Array.from(data.y);
  if (data.cols === 2) {
    const x = y.map((_v, i) => [data.x[2 * i], data.x[2 * i + 1]]);
    return { x, y, label: Array.from(data.label ?? data.y) };
  }
  return { x: Array.from(data.x), y };
}

const FORMATS = ['json', 'csv'] as const;

export const simulateCommand: CommandSpec = {
  name: 'simulate',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    const cmd = program.command('simulate').description(t(lang, 'train-simulate-description', undefined));
    addDataFlags(cmd, lang);
    cmd.option(
      '--format <format>',
      `${t(lang, 'train-flag-format-simulate', undefined)}; ${allowed(lang, FORMATS)}`,
      'json',
    );
    cmd.action((opts: Record<string, unknown>) => {
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const data = dataFromFlags(opts);
      if (format === 'csv') ctx.io.stdout(toCsv(datasetTable(data)));
      else writeJson(ctx.io.stdout, datasetJson(data));
    });
    return cmd;
  },
};
