import { shown } from '../autodiff/shown.js';
import { badArgument, DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { type Expr, variablesOf } from './ast.js';
import { tokenize } from './lexer.js';
import { lookupConstant, lookupFunction } from './names.js';
import { parse, type Scope } from './parser.js';

/**
 * A parsed formula: the text as typed, its tree, and the canonical names of its variables in
 * the order a function built from it takes its arguments.
 */
export interface Formula {
  source: string;
  ast: Expr;
  vars: string[];
}

/**
 * What the variables of a formula are:
 * - 'surface': x and y, also written w0, w_0, w₀ (for x) and w1, w_1, w₁ (for y), as in the
 *   tutorials' loss(w_0, w_1). vars is always ['x', 'y'].
 * - '1d': x alone. vars is ['x'].
 * - 'nd': any names; vars in order of first appearance, or exactly `options.vars` when given
 *   (then other names are refused). `e` and `pi` are constants unless listed in `vars`.
 */
export type FormulaKind = 'surface' | '1d' | 'nd';

export interface ParseOptions {
  kind?: FormulaKind;
  /** For kind 'nd' only: the variables, in argument order. */
  vars?: string[];
}

/**
 * Longest formula accepted, in characters; longer text is refused before it is read. Room for a
 * flat sum of 20,000 terms or thousands of distinct variables, while a pasted file of megabytes
 * is refused at once instead of being parsed, built and compiled.
 */
export const MAX_FORMULA_LENGTH: number = LIMITS.formulaLength;

/** The constants, as names a run of letters can be split into when explaining `xpi`. */
const constantNames = ['pi', 'π', 'e'];

function aliasScope(aliases: ReadonlyMap<string, string>, expected: string, names: string[]): Scope {
  return {
    variable: (name) => aliases.get(name),
    fixed: true,
    expected,
    splittable: [...names, ...constantNames],
  };
}

const surfaceScope = aliasScope(
  new Map([
    ['x', 'x'],
    ['y', 'y'],
    ['w0', 'x'],
    ['w_0', 'x'],
    ['w1', 'y'],
    ['w_1', 'y'],
  ]),
  'x, y (w0 = w_0 = w₀ = x, w1 = w_1 = w₁ = y)',
  ['x', 'y'],
);

const lineScope = aliasScope(new Map([['x', 'x']]), 'x', ['x']);

/** Any plain name that is neither a function nor a constant is a variable. */
const openScope: Scope = {
  variable: (name) =>
    lookupFunction(name) !== undefined || lookupConstant(name) !== undefined ? undefined : name,
  fixed: false,
  expected: '',
  splittable: [],
};

/** Checks and normalizes the `vars` option the way the lexer normalizes names (`w₀` → `w_0`). */
function normalizeVars(vars: readonly string[]): string[] {
  const names: string[] = [];
  for (const v of vars) {
    const bad = () => new DescensoError('expr-bad-var-name', { name: JSON.stringify(shown(v)) });
    if (typeof v !== 'string' || v.length === 0 || v.length > 100) throw bad();
    let tokens: ReturnType<typeof tokenize>;
    try {
      tokens = tokenize(v);
    } catch {
      throw bad();
    }
    const t = tokens[0];
    if (
      tokens.length !== 2 ||
      t.type !== 'ident' ||
      t.name.includes('.') ||
      lookupFunction(t.name) !== undefined
    ) {
      throw bad();
    }
    if (names.includes(t.name)) {
      throw new DescensoError('expr-repeated-var', { name: JSON.stringify(shown(v)) });
    }
    names.push(t.name);
  }
  return names;
}

function listScope(vars: string[]): Scope {
  const set = new Set(vars);
  return {
    variable: (name) => (set.has(name) ? name : undefined),
    fixed: true,
    expected: vars.length > 0 ? vars.join(', ') : '—',
    splittable: [...vars, ...constantNames],
  };
}

/**
 * Parses a formula typed by a user or copied from NumPy/TensorFlow code.
 * Throws a DescensoError (code `expr-…`, with `position`) when the text is not a formula.
 */
export function parseFormula(text: string, options: ParseOptions = {}): Formula {
  if (options === null || typeof options !== 'object')
    throw badArgument('parseFormula', 2, options, 'object');
  const kind = options.kind ?? 'surface';
  if (typeof text !== 'string') {
    throw new DescensoError('expr-not-text', { type: typeof text });
  }
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new DescensoError(
      'expr-too-long',
      { length: text.length, limit: MAX_FORMULA_LENGTH },
      MAX_FORMULA_LENGTH,
    );
  }
  if (text.trim() === '') throw new DescensoError('expr-empty', undefined, 0);
  if (options.vars !== undefined && kind !== 'nd') {
    throw new DescensoError('expr-vars-kind', { kind: shown(kind) });
  }

  switch (kind) {
    case 'surface':
      return { source: text, ast: parse(text, surfaceScope), vars: ['x', 'y'] };
    case '1d':
      return { source: text, ast: parse(text, lineScope), vars: ['x'] };
    case 'nd': {
      if (options.vars !== undefined) {
        const vars = normalizeVars(options.vars);
        return { source: text, ast: parse(text, listScope(vars)), vars };
      }
      const ast = parse(text, openScope);
      return { source: text, ast, vars: variablesOf(ast) };
    }
    default:
      throw new DescensoError('expr-bad-kind', { kind: shown(kind) });
  }
}

/**
 * Throws `expr-no-variable` when the formula has no variable: a constant such as `1` has no
 * gradient to compute and no point to descend from (it is otherwise a valid formula).
 */
export function requireVariable(formula: Formula): void {
  if (formula === null || typeof formula !== 'object' || !Array.isArray(formula.vars))
    throw badArgument('requireVariable', 0, formula, 'formula');
  if (formula.vars.length === 0) throw new DescensoError('expr-no-variable', undefined);
}

/**
 * The line of `source` holding `position`, and under it a `^` at that column, for printing a
 * parse error. Long lines are cut to a window of `width` characters around the fault, and tabs
 * are kept in the padding so the caret lines up in a terminal.
 */
export function caretLine(source: string, position: number, width = 80): string {
  if (typeof source !== 'string') throw badArgument('caretLine', 1, source, 'string');
  if (typeof position !== 'number') throw badArgument('caretLine', 2, position, 'number');
  if (typeof width !== 'number' || !(width >= 1)) throw badArgument('caretLine', 3, width, 'width');
  const pos = Math.max(0, Math.min(Number.isFinite(position) ? Math.floor(position) : 0, source.length));
  const lineStart = source.lastIndexOf('\n', pos - 1) + 1;
  const newline = source.indexOf('\n', pos);
  const lineEnd = newline === -1 ? source.length : newline;
  // Work in code points so that a caret after `w₀` or `𝑥` still points at the right character.
  const before = Array.from(source.slice(lineStart, pos).replace(/\r$/, ''));
  const after = Array.from(source.slice(pos, lineEnd).replace(/\r$/, ''));
  const half = Math.max(10, Math.floor(width / 2));
  let head = before;
  let tail = after;
  let prefix = '';
  let suffix = '';
  if (before.length + after.length > width) {
    if (before.length > half) {
      head = before.slice(before.length - half + 1);
      prefix = '…';
    }
    const room = width - prefix.length - head.length;
    if (after.length > room) {
      tail = after.slice(0, Math.max(1, room - 1));
      suffix = '…';
    }
  }
  const pad = [...prefix, ...head].map((ch) => (ch === '\t' ? '\t' : ' ')).join('');
  return `${prefix}${head.join('')}${tail.join('')}${suffix}\n${pad}^`;
}
