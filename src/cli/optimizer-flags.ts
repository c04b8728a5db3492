/**
 * The optimizer flags shared by `descend`, `fit` and `run`: one flag per row of the option table
 * (src/optim/options.ts: its flag, its help, its kind), plus --lr-schedule and --convention, so
 * every command spells and checks them the same way and a new option needs no edit here.
 */
import type { Command } from 'commander';
import { type Lang, t } from '../i18n/index.js';
import {
  type Convention,
  conventionNames,
  conventions,
  type OptionRow,
  optimizerNames,
  optionTable,
  parseScheduleText,
  type ScheduleSpec,
  scheduleExamples,
} from '../optim/index.js';
import { parseChoice, parseNumber } from './flags.js';

/** The table's rows as commander spells their flags: `--weight-decay <n>`, a bare `--nesterov`. */
export const optimizerFlags: readonly OptionRow[] = optionTable;

/** commander's property for a flag: --weight-decay → weightDecay. */
const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** The optimizers that take `key`, or none when all of them do (lr, clipping). */
function takers(row: OptionRow): readonly string[] {
  if (row.common) return [];
  const names = optimizerNames.filter((n) => Object.hasOwn(conventions[n].pytorch.defaults, row.key));
  return names.length === optimizerNames.length ? [] : names;
}

/** A flag's help: what it does, its symbol and who takes it, and its default. */
export function optionFlagHelp(row: OptionRow, lang: Lang): string {
  const notes = [...(row.symbol !== row.key ? [row.symbol] : []), ...takers(row)];
  const text = `${t(lang, row.help, undefined)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  if (row.kind === 'boolean') return text;
  const fallback = row.common ? 'tour-optflag-off' : 'tour-optflag-default';
  return `${text} ${t(lang, fallback, undefined)}`;
}

/** Adds the hyper-parameter flags, --lr-schedule and --convention to a command. */
export function addOptimizerFlags(cmd: Command, lang: Lang): Command {
  cmd.option('--convention <name>', t(lang, 'tour-optflag-convention', undefined), 'pytorch');
  for (const row of optimizerFlags) {
    cmd.option(row.kind === 'boolean' ? row.flag : `${row.flag} <n>`, optionFlagHelp(row, lang));
    if (row.schedule)
      cmd.option(
        '--lr-schedule <spec>',
        t(lang, 'tour-optflag-lr-schedule', { values: Object.values(scheduleExamples).slice(1).join(' | ') }),
      );
  }
  return cmd;
}

/**
 * Reads the optimizer options from parsed flags: only the ones given, so unset ones take the
 * convention's defaults. With --lr-schedule, `lr` is a schedule whose base learning rate is --lr.
 */
export function readOptimizerFlags(opts: Record<string, unknown>): {
  options: Record<string, number | boolean | ScheduleSpec>;
  convention: Convention;
} {
  const options: Record<string, number | boolean | ScheduleSpec> = {};
  for (const row of optimizerFlags) {
    const v = opts[camel(row.flag)];
    if (row.kind === 'boolean') {
      if (v === true) options[row.key] = true;
    } else if (v !== undefined) options[row.key] = parseNumber(row.flag, String(v));
  }
  if (opts.lrSchedule !== undefined) {
    const lr = options.lr as number | undefined;
    options.lr = parseScheduleText(String(opts.lrSchedule), { lr, where: '--lr-schedule' });
  }
  const convention = parseChoice('--convention', String(opts.convention ?? 'pytorch'), conventionNames);
  return { options, convention };
}
