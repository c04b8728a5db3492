/**
 * `descenso optimizers [NAME]`: every optimizer (or one) with its update equations, its options
 * (defaults in the PyTorch and Keras conventions, symbol, range, flag), and where the two
 * frameworks differ — read from the conventions table, the option table and the dictionaries, so
 * the CLI cannot drift from the code. The overview also shows the schedule syntax of --lr-schedule.
 */
import type { Command } from 'commander';
import { type Lang, t } from '../i18n/index.js';
import {
  conventionNames,
  type OptimizerInfo,
  optimizerInfo,
  optimizerNames,
  scheduleExamples,
  scheduleFormulas,
  scheduleKinds,
} from '../optim/index.js';
import { formatOption } from '../optim/markdown.js';
import type { CommandSpec } from './commands.js';
import { parseChoice } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { optimizerByName } from './names.js';
import { textTable } from './output.js';

const FORMATS = ['table', 'json'] as const;

/** The framework class of each convention, or "none" in the user's language. */
function frameworks(info: OptimizerInfo, lang: Lang): string {
  return conventionNames
    .map((c) => `${c}: ${info.framework[c] ?? t(lang, 'tour-opt-no-framework', undefined)}`)
    .join('; ');
}

/**
 * Its options, one row each of the option table: key, symbol, the default per convention ("—"
 * for clipping, off unless given), the range the check accepts and the flag.
 */
function defaultsTable(info: OptimizerInfo, lang: Lang): string {
  const fixed = t(lang, 'tour-opt-fixed', undefined);
  const rows = info.options.map((o) => [
    o.key,
    o.symbol,
    ...conventionNames.map((c) => {
      if (o.common) return '—';
      const v = formatOption(info.defaults[c][o.key]);
      return info.fixed[c].includes(o.key) ? `${v} ${fixed}` : v;
    }),
    o.range,
    o.schedule ? `${o.flag}, --lr-schedule` : o.flag,
  ]);
  return textTable(
    [
      t(lang, 'tour-opt-option', undefined),
      t(lang, 'tour-opt-symbol', undefined),
      ...conventionNames,
      t(lang, 'tour-optflag-range', undefined),
      t(lang, 'tour-optflag-flag', undefined),
    ],
    rows,
  );
}

/** What clipping does, shown with every optimizer that takes it (all but the searching ones). */
const CLIP_EQUATIONS = ['gᵢ ← max(−c∞, min(c∞, gᵢ))', 'g ← g·min(1, c₂/‖g‖₂)'];

/** The schedule syntax with one example and the formula per kind, for the overview. */
function schedulesText(lang: Lang): string {
  const rows = scheduleKinds.map((k) => [scheduleExamples[k], scheduleFormulas[k]]);
  const table = indent(textTable(['--lr-schedule', 'lr(k)'], rows));
  return `${t(lang, 'tour-optflag-schedules', undefined)}\n${table}\n`;
}

const indent = (text: string, by = '  ') =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');

/** One optimizer in full: summary, frameworks, defaults, equations per convention, differences. */
export function optimizerText(name: string, lang: Lang): string {
  const info = optimizerInfo(name, lang);
  const aliases =
    info.aliases.length > 0 ? ` (${t(lang, 'tour-opt-alias', { names: info.aliases.join(', ') })})` : '';
  const lines = [`${info.name}${aliases} — ${info.summary}`, `  ${frameworks(info, lang)}`, ''];
  lines.push(`  ${t(lang, 'tour-opt-defaults', undefined)}`, indent(defaultsTable(info, lang), '    '), '');
  for (const c of conventionNames) {
    lines.push(`  ${t(lang, 'tour-opt-update', { convention: c })}`);
    for (const eq of info.equations[c]) lines.push(`    ${eq}`);
    lines.push('');
  }
  // The searching methods take no clipping (their options list has none).
  if (info.options.some((o) => o.common))
    lines.push(
      `  ${t(lang, 'tour-optflag-clipping', undefined)}`,
      ...CLIP_EQUATIONS.map((e) => `    ${e}`),
      '',
    );
  lines.push(`  ${t(lang, 'tour-opt-differences', undefined)}`);
  for (const d of info.differences) lines.push(`    - ${d}`);
  return `${lines.join('\n')}\n`;
}

/** The list at a glance: name, summary, the framework classes and the default learning rates. */
export function optimizersOverview(lang: Lang): string {
  const rows = optimizerNames.map((n) => {
    const info = optimizerInfo(n, lang);
    const lr = conventionNames.map((c) => formatOption(info.defaults[c].lr)).join(' / ');
    return [n, lr, info.summary];
  });
  const table = textTable(
    [
      t(lang, 'tour-opt-name', undefined),
      t(lang, 'tour-opt-lr', { conventions: conventionNames.join(' / ') }),
      t(lang, 'tour-opt-summary', undefined),
    ],
    rows,
  );
  return `${table}\n${schedulesText(lang)}`;
}

export const optimizersCommand: CommandSpec = {
  name: 'optimizers',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('optimizers')
      .description(t(lang, 'tour-opt-description', undefined))
      .argument('[name]', t(lang, 'tour-opt-arg', { names: optimizerNames.join(', ') }))
      .option('--format <format>', `${t(lang, 'tour-format', undefined)}; ${allowed(lang, FORMATS)}`, 'table')
      .action((name: string | undefined, opts: Record<string, unknown>) => {
        const format = parseChoice('--format', String(opts.format), FORMATS);
        const names = name === undefined ? optimizerNames : [optimizerByName(name)];
        if (format === 'json') {
          const infos = names.map((n) => optimizerInfo(n, lang));
          ctx.io.stdout(`${JSON.stringify(name === undefined ? infos : infos[0], null, 2)}\n`);
          return;
        }
        const parts = names.map((n) => optimizerText(n, lang));
        if (name === undefined) parts.unshift(optimizersOverview(lang));
        ctx.io.stdout(parts.join('\n'));
      });
  },
};
