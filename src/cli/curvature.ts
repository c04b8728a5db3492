/**
 * `descenso curvature`: the Hessian of a catalog surface or a formula at a point, its eigenvalues
 * and unit eigenvectors, the condition number and what their signs say; on a quadratic with a
 * minimum, the fastest lr of gradient descent and the fastest lr and momentum of the heavy ball
 * (src/curvature). Text in the user's language, or --json.
 */
import type { Command } from 'commander';
import { type Curvature, type CurvatureSource, curvatureAt } from '../curvature/index.js';
import { withSource } from '../errors.js';
import { type Lang, type MessageKey, t } from '../i18n/index.js';
import { surfaceFormula, surfaceIds } from '../surfaces/index.js';
import { parseUserFormula } from '../train/descend.js';
import type { CommandSpec } from './commands.js';
import { functionOf } from './descend-flags.js';
import { parsePoint } from './flags.js';
import { tableLines } from './format.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { surfaceByName } from './names.js';

/** A number as the text shows it: eight significant digits, the rest in --json. */
export function shortNumber(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? '∞' : '-∞';
  const v = Number(x.toPrecision(8));
  return Object.is(v, -0) ? '0' : String(v);
}

/** The function of --surface or --formula (exactly one; --vars beside a formula), its variables and default point. */
export function curvatureSourceOf(opts: Record<string, unknown>): {
  source: CurvatureSource;
  vars: string[];
  start: number[];
} {
  // the same flags and checks as descend's (exactly one of them, --vars beside a formula only)
  const given = functionOf(opts);
  if (given.surface !== undefined) {
    const s = surfaceByName(given.surface);
    const f = surfaceFormula(s);
    return { source: f, vars: f.vars, start: s.starts[0] ?? f.vars.map(() => 0) };
  }
  const text = String(given.formula);
  const f = withSource(text, () => parseUserFormula(text, given.vars));
  return { source: f, vars: f.vars, start: f.vars.map(() => 0) };
}

/** The JSON of a curvature: every number at full precision, κ = ∞ written as null. */
export function curvatureJson(c: Curvature) {
  return { ...c, condition: Number.isFinite(c.condition) ? c.condition : null };
}

/** The rows of H under its variables' names. */
function hessianLines(c: Curvature): string[] {
  const rows = c.hessian.map((row, i) => [c.vars[i], ...row.map(shortNumber)]);
  return tableLines(['', ...c.vars], rows).map((l) => `  ${l}`);
}

/** The text of a curvature, line by line, in `lang`. */
export function curvatureText(c: Curvature, lang: Lang): string[] {
  const m = <K extends MessageKey>(key: K, p?: Parameters<typeof t<K>>[2]) => t(lang, key, p as never);
  const list = (xs: readonly number[]) => xs.map(shortNumber).join(', ');
  const lines = [
    m('curvature-at', { vars: c.vars.join(', '), point: list(c.point) }),
    m('curvature-value', { value: shortNumber(c.value), gradient: list(c.gradient) }),
    m('curvature-hessian', { method: c.method }),
    ...hessianLines(c),
    m('curvature-eigen'),
    ...tableLines(
      ['', 'λ', 'v'],
      c.eigenvalues.map((v, k) => [`${k + 1}`, shortNumber(v), `(${list(c.eigenvectors[k])})`]),
    ).map((l) => `  ${l}`),
    m('curvature-condition', { kappa: shortNumber(c.condition) }),
    m(`curvature-shape-${c.shape}`),
  ];
  if (!c.quadratic) return [...lines, m('curvature-not-quadratic')];
  lines.push(m('curvature-quadratic'));
  const f = c.fastest;
  if (!f) return [...lines, m('curvature-no-minimum')];
  return [
    ...lines,
    m('curvature-fastest-gd', {
      lr: shortNumber(f.gd.lr),
      rate: shortNumber(f.gd.rate),
      stable: shortNumber(f.gd.stableBelow),
    }),
    m('curvature-fastest-momentum', {
      lr: shortNumber(f.momentum.lr),
      momentum: shortNumber(f.momentum.momentum),
      rate: shortNumber(f.momentum.rate),
    }),
    m('curvature-convention'),
  ];
}

export const curvatureCommand: CommandSpec = {
  name: 'curvature',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('curvature')
      .description(t(lang, 'curvature-description', undefined))
      .option('--surface <id>', `${t(lang, 'tour-descend-surface', undefined)}; ${allowed(lang, surfaceIds)}`)
      .option('--formula <text>', t(lang, 'tour-descend-formula', undefined))
      .option('--vars <a,b>', t(lang, 'tour-descend-vars', undefined))
      .option('--at <point>', t(lang, 'curvature-flag-at', undefined))
      .option('--json', t(lang, 'curvature-flag-json', undefined))
      .action((opts: Record<string, unknown>) => {
        const { source, vars, start } = curvatureSourceOf(opts);
        const point = opts.at === undefined ? start : parsePoint('--at', String(opts.at), vars);
        const c = curvatureAt(source, point);
        if (opts.json) ctx.io.stdout(`${JSON.stringify(curvatureJson(c))}\n`);
        else ctx.io.stdout(`${curvatureText(c, lang).join('\n')}\n`);
      });
  },
};
