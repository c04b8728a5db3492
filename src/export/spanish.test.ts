import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRA_CASES } from '../../scripts/verify-exports-matrix.js';
import { exportCases } from './cases.js';
import { exportScript } from './index.js';
import { runScripts } from './testing.js';
import { exportTargets } from './types.js';

/**
 * The scripts in Spanish: for every case of the shared matrix (and of verify:exports' wider one)
 * and every framework, no human text of the Spanish script is English, and the script is the same
 * program — the NumPy one prints the English one's CSV byte for byte, the others compile (their
 * frameworks are not installed here).
 */

/** Words that are English and never Spanish (short words both languages share are left out). */
const ENGLISH =
  /(?<![\p{L}\p{N}_])(the|The|of|and|with|is|are|for|not|by|when|When|then|from|each|every|its|it|as|or|in|on|at|to|written|above|before|after|which|where|has|have|loss|rate|weights|step|steps|epoch|epochs|run|runs|Run|left|start|point|points|update|optimizer|optimizers|differences|descent|Gradient|Training|training|model|fit|data|noise|drawn|shows|keep|stop|about|ten|lines|line|mean|Mean|squared|absolute|method|class|framework|centered|default|defaults)(?![\p{L}\p{N}_])|\p{L}'s(?![\p{L}])/u;

/** A text without the code it names: calls, dotted names, constants, statuses, norms, `quoted code`. */
function words(text: string): string {
  return text
    .replace(/`[^`]*`/g, '')
    .replace(/‖[^‖]*‖/g, '')
    .replace(/\b\w+(?:\.\w+)+/g, '')
    .replace(/\b\w+\([^()]*\)/g, '')
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, '')
    .replace(/\b(left-domain|max-steps)\b/g, '');
}

/** The human texts of a script, read independently of src/export/localize.ts: comments, docstrings, printed messages. */
function humanTexts(script: string): string[] {
  const texts: string[] = [];
  let inDoc = false;
  for (const line of script.split('\n')) {
    const quotes = (line.match(/"""/g) ?? []).length;
    if (inDoc || quotes > 0) {
      texts.push(line.replace(/"""/g, ''));
      if (quotes % 2 === 1) inDoc = !inDoc;
      continue;
    }
    // The string literals blanked out (same length), so a # inside one is not a comment.
    const code = line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (q) => '_'.repeat(q.length));
    const hash = code.indexOf('#');
    if (hash >= 0 && !line.startsWith('#!')) texts.push(line.slice(hash + 1));
    if (/\b(print|SystemExit)\(/.test(line))
      for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'/g)) texts.push(m[1].replace(/\{[^}]*\}/g, ''));
  }
  return texts.map(words).filter((t) => t.trim() !== '');
}

/** The lines of code of a script, without docstrings, comments and printed messages. */
function codeLines(script: string): string[] {
  const code: string[] = [];
  let inDoc = false;
  for (const line of script.split('\n')) {
    const quotes = (line.match(/"""/g) ?? []).length;
    if (inDoc || quotes > 0) {
      if (quotes % 2 === 1) inDoc = !inDoc;
      continue;
    }
    if (/\b(print|SystemExit)\(/.test(line)) continue;
    const hash = line.replace(/'(?:[^'\\]|\\.)*'/g, (q) => '_'.repeat(q.length)).indexOf('#');
    const text = (hash < 0 ? line : line.slice(0, hash)).trimEnd();
    if (text.trim() !== '') code.push(text);
  }
  return code;
}

const cases = Object.keys(exportCases);
const spanish = Object.fromEntries(
  cases.flatMap((name) =>
    exportTargets.map((t) => [`${name}.${t}`, exportScript(exportCases[name], t, { lang: 'es' })]),
  ),
);
// The wider matrix of npm run verify:exports reaches texts the cases do not (every optimizer in
// both conventions, every schedule, weight decay): checked for English too, not run.
const wider = Object.fromEntries(
  EXTRA_CASES.flatMap((c) =>
    exportTargets.map((t) => [`${c.name}.${t}`, exportScript(c.experiment, t, { lang: 'es' })]),
  ),
);

describe('exportScript(experiment, target, { lang: "es" })', () => {
  const all = { ...spanish, ...wider };
  it.each(Object.keys(all))('%s has no English comment, docstring or printed message', (key) => {
    const english = humanTexts(all[key]).filter((t) => ENGLISH.test(t));
    expect(english).toEqual([]);
  });

  it('is the English script when no language or English is asked for', () => {
    const e = exportCases[cases[0]];
    for (const t of exportTargets) expect(exportScript(e, t, { lang: 'en' })).toBe(exportScript(e, t));
  });

  it('finds the English words the check looks for in the English scripts (the check can fail)', () => {
    for (const t of exportTargets)
      expect(humanTexts(exportScript(exportCases[cases[0]], t)).some((x) => ENGLISH.test(x))).toBe(true);
  });

  it('changes only the human texts: every line of code is the English one', () => {
    for (const name of cases) {
      const en = exportScript(exportCases[name], 'numpy');
      expect(codeLines(spanish[`${name}.numpy`])).toEqual(codeLines(en));
    }
  });
});

describe('the Spanish NumPy scripts run with --csv', () => {
  // One python3 runs both languages' scripts (NumPy imported once).
  const outputs = runScripts(
    Object.fromEntries(
      cases.flatMap((name) => [
        [`en:${name}`, exportScript(exportCases[name], 'numpy')],
        [`es:${name}`, spanish[`${name}.numpy`]],
      ]),
    ),
  );
  it.each(cases)('%s prints the English script’s CSV byte for byte', (name) => {
    expect(outputs[`es:${name}`].error).toBeUndefined();
    expect(outputs[`es:${name}`].stdout).toBe(outputs[`en:${name}`].stdout);
    expect(outputs[`es:${name}`].stdout?.length).toBeGreaterThan(0);
  });
});

describe('the Spanish PyTorch, TensorFlow and JAX scripts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'descenso-es-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('compile with python3 -m py_compile', () => {
    const files = Object.entries(spanish)
      .filter(([key]) => !key.endsWith('.numpy'))
      .map(([key, text]) => {
        const file = join(dir, `${key.replace(/\W/g, '_')}.py`);
        writeFileSync(file, text);
        return file;
      });
    const r = spawnSync('python3', ['-m', 'py_compile', ...files], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
