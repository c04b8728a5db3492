/**
 * `descenso surfaces [ID]`: the catalog — id, name in the user's language, formula, domain and
 * minima; with an id, one surface in full (LaTeX, NumPy code, suggested starts, notes).
 */
import type { Command } from 'commander';
import { toLatex, toPython } from '../expr/index.js';
import { type Lang, t } from '../i18n/index.js';
import { type Surface, surfaceFormula, surfaces } from '../surfaces/index.js';
import type { CommandSpec } from './commands.js';
import { parseChoice } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { surfaceByName } from './names.js';
import { textTable } from './output.js';

const FORMATS = ['table', 'json'] as const;

/** Numbers short enough for a table row: 6 significant digits, no trailing zeros. */
export function short(x: number): string {
  return String(Number(x.toPrecision(6)));
}

const point = (p: readonly number[]) => (p.length === 1 ? short(p[0]) : `(${p.map(short).join(', ')})`);

export function domainText(s: Surface): string {
  const ranges = s.dims === 1 ? [s.domain] : s.domain;
  return ranges.map(([a, b]) => `[${short(a)}, ${short(b)}]`).join(' × ');
}

export function minimaText(s: Surface, lang: Lang): string {
  if (s.minima.length === 0) return t(lang, 'tour-surf-no-minimum', undefined);
  return s.minima
    .map(
      (m) =>
        `${point(m.point)} = ${short(m.value)}${m.global ? ` ${t(lang, 'tour-surf-global', undefined)}` : ''}`,
    )
    .join('; ');
}

/** A surface as plain JSON, its name in the user's language and in both. */
function surfaceJson(s: Surface, lang: Lang) {
  return {
    id: s.id,
    name: s.name[lang],
    names: s.name,
    dims: s.dims,
    formula: s.formula,
    domain: s.domain,
    minima: s.minima,
    starts: s.starts,
    ...(s.notes ? { notes: s.notes[lang] } : {}),
  };
}

function surfaceDetail(s: Surface, lang: Lang): string {
  const f = surfaceFormula(s);
  const rows: [string, string][] = [
    ['tour-surf-name', s.name[lang]],
    ['tour-surf-formula', s.formula],
    ['tour-surf-latex', toLatex(f.ast)],
    ['tour-surf-numpy', toPython(f.ast)],
    ['tour-surf-domain', domainText(s)],
    ['tour-surf-minima', minimaText(s, lang)],
    ['tour-surf-starts', s.starts.map(point).join('; ')],
  ];
  const lines = rows.map(([k, v]) => [t(lang, k as 'tour-surf-name', undefined), v]);
  if (s.notes) lines.push([t(lang, 'tour-surf-notes', undefined), s.notes[lang]]);
  const width = Math.max(...lines.map(([k]) => k.length));
  return `${s.id}\n${lines.map(([k, v]) => `  ${`${k}:`.padEnd(width + 1)} ${v}`).join('\n')}\n`;
}

/** The table's short form: the first global minimum, and how many more there are. */
export function minimumSummary(s: Surface, lang: Lang): string {
  const [first, ...rest] = s.minima;
  if (first === undefined) return t(lang, 'tour-surf-no-minimum', undefined);
  const more = rest.length > 0 ? ` ${t(lang, 'tour-surf-more', { count: rest.length })}` : '';
  return `${point(first.point)} = ${short(first.value)}${more}`;
}

export function surfacesTable(lang: Lang): string {
  const head = ['id', 'name', 'domain', 'minimum', 'formula'].map((k) =>
    t(lang, `tour-surf-${k}` as 'tour-surf-id', undefined),
  );
  return textTable(
    head,
    surfaces.map((s) => [s.id, s.name[lang], domainText(s), minimumSummary(s, lang), s.formula]),
  );
}

export const surfacesCommand: CommandSpec = {
  name: 'surfaces',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('surfaces')
      .description(t(lang, 'tour-surf-description', undefined))
      .argument('[id]', t(lang, 'tour-surf-arg', undefined))
      .option('--format <format>', `${t(lang, 'tour-format', undefined)}; ${allowed(lang, FORMATS)}`, 'table')
      .action((id: string | undefined, opts: Record<string, unknown>) => {
        const format = parseChoice('--format', String(opts.format), FORMATS);
        const chosen = id === undefined ? undefined : surfaceByName(id);
        if (format === 'json') {
          const out = chosen ? surfaceJson(chosen, lang) : surfaces.map((s) => surfaceJson(s, lang));
          ctx.io.stdout(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        ctx.io.stdout(chosen ? surfaceDetail(chosen, lang) : surfacesTable(lang));
      });
  },
};
