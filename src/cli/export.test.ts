/**
 * `descenso export`: the script printed or written atomically, faults as one line in the user's
 * language, and hostile names (a label, a data file's name, the experiment's and the script's file
 * names) that reach the script only as data: through the CLI as a process, the script still runs,
 * executes nothing it was handed, and prints descenso's CSV.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../experiment/types.js';
import { compareCsv } from '../export/compare.js';
import { exportScript } from '../export/index.js';
import { descensoCsv } from '../export/testing.js';
import { cli } from './testing.js';

const bin = join(import.meta.dirname, 'bin.ts');
const race: Experiment = {
  kind: 'descend',
  version: 2,
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps: 10,
  optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
};

function experimentFile(e: unknown, name = 'e.json'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'descenso-export-cli-'));
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(e));
  return { dir, file };
}

describe('descenso export (in process)', () => {
  it('export FILE --to numpy prints the script on stdout', async () => {
    const { file } = experimentFile(race);
    const r = await cli(['export', file, '--to', 'numpy']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('#!/usr/bin/env python3\n')).toBe(true);
    expect(r.stdout).toContain('def grad_f(x, y):');
  });

  it('export --lang es writes the script in Spanish, as a Spanish locale does; English otherwise', async () => {
    const { file } = experimentFile(race);
    const flag = await cli(['--lang', 'es', 'export', file, '--to', 'pytorch']);
    const locale = await cli(['export', file, '--to', 'pytorch'], { lang: 'es' });
    const english = await cli(['export', file, '--to', 'pytorch']);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toBe(exportScript(race, 'pytorch', { lang: 'es' }));
    expect(flag.stdout).toContain('Descenso por gradiente sobre la superficie peaks, en PyTorch.');
    expect(locale.stdout).toBe(flag.stdout);
    expect(english.stdout).toBe(exportScript(race, 'pytorch'));
  });

  it('export FILE --out script.py writes the file through a temporary one and leaves nothing else', async () => {
    const { dir, file } = experimentFile(race);
    const r = await cli(['export', file, '--to', 'jax', '--out', 'sub/script.py'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sub/script.py');
    expect(readFileSync(join(dir, 'sub', 'script.py'), 'utf8')).toContain('jax.value_and_grad');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['script.py']);
  });

  it('export without --to says what is missing in one line, in Spanish too', async () => {
    const { file } = experimentFile(race);
    const en = await cli(['export', file]);
    expect(en.code).not.toBe(0);
    expect(en.stderr).toBe('descenso: missing --to <framework>\n');
    const es = await cli(['export', file], { lang: 'es' });
    expect(es.stderr.trim().split('\n')).toHaveLength(1);
    expect(es.stderr).toContain('--to');
  });

  it('export --to nump suggests numpy', async () => {
    const { file } = experimentFile(race);
    const r = await cli(['export', file, '--to', 'nump']);
    expect(r.stderr).toContain("did you mean 'numpy'");
  });

  it('export of a derivative study says there is no script, one line in es and en', async () => {
    const { file } = experimentFile({
      kind: 'derivative',
      version: 2,
      formula: 'x^2',
      x: 1,
      h: 0.1,
      lr: 0.1,
      steps: 3,
    });
    const en = await cli(['export', file, '--to', 'numpy']);
    expect(en.stderr).toMatch(/^descenso: a derivative study has no script to export[^\n]*\n$/);
    const es = await cli(['export', file, '--to', 'numpy'], { lang: 'es' });
    expect(es.stderr).toMatch(/^descenso: un estudio de derivada no tiene guion[^\n]*\n$/);
  });

  it('export --out into a directory that is a file fails with one line naming the file', async () => {
    const { dir, file } = experimentFile(race);
    writeFileSync(join(dir, 'taken'), '');
    const r = await cli(['export', file, '--to', 'numpy', '--out', 'taken/script.py'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^descenso: cannot write the script to taken\/script\.py: [^\n]*\n$/);
  });
});

// Each would run code if it reached the script as code: quotes, a newline, a triple quote, a
// Unicode line separator, a bidirectional override, NUL, a lone surrogate, a format string.
const HOSTILE = [
  "x'); __import__('os').system('touch PWNED') #",
  'a"""\n__import__("os").system("touch PWNED")\n"""',
  'line\u2028sep\u202e{__import__("os")}\u0000\ud800 \\',
  '=1+2, "quoted"',
];

describe('descenso export (as a process) with hostile names', () => {
  it('the NumPy script runs, creates nothing and prints descenso run --format csv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-export-hostile-'));
    const sub = join(dir, 'it\'s "here"\n$(touch PWNED)');
    mkdirSync(sub);
    const e: Experiment = {
      kind: 'fit',
      version: 2,
      data: { x: [0, 1, 2, 3], y: [1, 3.1, 4.9, 7.2], source: HOSTILE[1] },
      model: 'affine',
      epochs: 5,
      regimes: ['batch'],
      optimizers: HOSTILE.map((label) => ({ name: 'sgd', label, options: { lr: 0.01 } })),
    };
    const file = join(sub, `${HOSTILE[0].replaceAll('/', '_')}.json`);
    writeFileSync(file, JSON.stringify(e));
    const out = 'out \'$(touch PWNED)".py';
    // Run from the repository (node resolves tsx there); every path given in full.
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', bin, 'export', file, '--to', 'numpy', '--out', join(sub, out)],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
      },
    );
    expect(r.stderr).toContain('wrote the numpy script');
    expect(r.status).toBe(0);
    const csv = execFileSync('python3', [join(sub, out), '--csv'], { cwd: sub, encoding: 'utf8' });
    expect(existsSync(join(sub, 'PWNED')) || existsSync(join(dir, 'PWNED'))).toBe(false);
    // What `descenso run` prints: its CSV through stdout's UTF-8 (a lone surrogate becomes U+FFFD).
    const expected = Buffer.from(descensoCsv(e), 'utf8').toString('utf8');
    const verdict = compareCsv(csv, expected, 1e-12);
    expect(verdict.reason).toBeUndefined();
    // The labels come back exactly as descenso prints them.
    expect(csv.split('\n').map((l) => l.split(',')[0])).toEqual(
      expected.split('\n').map((l) => l.split(',')[0]),
    );
  });

  it('the JAX script compiles (python3 -m py_compile) with the same names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-export-hostile-'));
    const e: Experiment = { ...race, optimizers: HOSTILE.map((label) => ({ name: 'adam', label })) };
    const file = join(dir, 'e.json');
    writeFileSync(file, JSON.stringify(e));
    const script = join(dir, "a'b.py");
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', bin, 'export', file, '--to', 'jax', '--out', script],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    execFileSync('python3', ['-m', 'py_compile', script]);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });
});
