import { t } from '../i18n/index.js';
import { type OptimizerName, type OptionValue, optimizerNames } from './conventions.js';
import { optimizerInfo } from './info.js';
import { checkRange, optionSymbols, optionTable } from './options.js';
import { type Convention, conventionNames } from './types.js';

/**
 * The generated part of docs/optimizers.md: the option table, defaults, equations and differences
 * straight from the option and conventions tables and the English dictionary, so the docs cannot drift from the code (a test
 * checks the file contains this text; `npx tsx scripts/optimizers-doc.ts` rewrites it).
 */

export const DOC_BEGIN = '<!-- BEGIN GENERATED: optimizersMarkdown() -->';
export const DOC_END = '<!-- END GENERATED -->';

/** Numbers as a person writes them: 0.001, 1e-8. */
export function formatOption(value: OptionValue): string {
  if (typeof value === 'boolean') return String(value);
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential();
  return String(value);
}

/** A table cell: pipes would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function defaultsTable(name: OptimizerName): string[] {
  const info = optimizerInfo(name);
  const rows = Object.keys(info.defaults.pytorch).map((option) => {
    const values = conventionNames.map((c: Convention) => {
      const v = formatOption(info.defaults[c][option]);
      return info.fixed[c].includes(option) ? `${v} (fixed)` : v;
    });
    return `| ${option} | ${cell(optionSymbols[option] ?? option)} | ${values.join(' | ')} |`;
  });
  return ['| option | symbol | pytorch | keras |', '| --- | --- | --- | --- |', ...rows];
}

function equationsTable(name: OptimizerName): string[] {
  const { equations } = optimizerInfo(name);
  const n = Math.max(equations.pytorch.length, equations.keras.length);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = [equations.pytorch[i], equations.keras[i]];
    rows.push(`| ${a ? `\`${cell(a)}\`` : ''} | ${b ? `\`${cell(b)}\`` : ''} |`);
  }
  return ['| pytorch | keras |', '| --- | --- |', ...rows];
}

function overview(): string[] {
  const keyOptions = ['lr', 'eps', 'rho', 'beta1', 'beta2', 'weightDecay'];
  const header = `| optimizer | ${keyOptions.map((o) => `${o} (pytorch / keras)`).join(' | ')} |`;
  const rows = optimizerNames.map((name) => {
    const info = optimizerInfo(name);
    const cols = keyOptions.map((o) =>
      o in info.defaults.pytorch
        ? `${formatOption(info.defaults.pytorch[o])} / ${formatOption(info.defaults.keras[o])}`
        : '—',
    );
    return `| ${name} | ${cols.join(' | ')} |`;
  });
  return [header, `| --- |${keyOptions.map(() => ' --- |').join('')}`, ...rows];
}

/** The option table: one row per option, as the CLI and the lab read it. */
function optionsTable(): string[] {
  const rows = optionTable.map((r) => {
    const slider = r.slider ? `${r.slider.min} … ${r.slider.max}${r.slider.log ? ' (log)' : ''}` : '—';
    const flag = r.schedule ? `\`${r.flag}\`, \`--lr-schedule\`` : `\`${r.flag}\``;
    const range = r.schedule ? `${checkRange(r.check)} or a schedule` : checkRange(r.check);
    const help = `${t('en', r.help, undefined)}${r.common ? ' (every optimizer)' : ''}`;
    return `| \`${r.key}\` | ${cell(r.symbol)} | ${cell(range)} | ${slider} | ${flag} | ${cell(help)} |`;
  });
  return [
    '| option | symbol | range | lab slider | flag | what it does |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

/** The generated Markdown, markers included. */
export function optimizersMarkdown(): string {
  const lines: string[] = [
    DOC_BEGIN,
    '',
    '## Options',
    '',
    ...optionsTable(),
    '',
    '## Defaults at a glance',
    '',
    ...overview(),
    '',
  ];
  for (const name of optimizerNames) {
    const info = optimizerInfo(name);
    const aliases =
      info.aliases.length > 0 ? ` (alias ${info.aliases.map((a) => `\`${a}\``).join(', ')})` : '';
    const present = conventionNames.filter((c) => info.framework[c]);
    const absent = conventionNames.filter((c) => !info.framework[c]);
    const fw =
      present.length === 0
        ? 'In neither framework.'
        : `Framework: ${present.map((c) => `\`${info.framework[c]}\` (${c})`).join(', ')}${absent.length > 0 ? `; none in ${absent.join(', ')}` : ''}.`;
    const summary = `${info.summary[0].toUpperCase()}${info.summary.slice(1)}.`;
    lines.push(`## \`${name}\`${aliases}`, '', `${summary} ${fw}`, '');
    lines.push(...defaultsTable(name), '', ...equationsTable(name), '', 'Differences:', '');
    lines.push(...info.differences.map((d) => `- ${d}`), '');
  }
  lines.push(DOC_END);
  return `${lines.join('\n')}\n`;
}
