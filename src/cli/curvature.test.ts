import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curvatureAt } from '../curvature/index.js';
import { cli } from './testing.js';

describe('descenso curvature', () => {
  it('curvature --surface bowl-rotated --at 1,0.5 prints H, λ = 2 and 20, κ = 10 and the fastest settings', async () => {
    const r = await cli(['curvature', '--surface', 'bowl-rotated', '--at', '1,0.5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('at (x, y) = (1, 0.5)');
    expect(lines).toContain('  x  11  -9');
    expect(lines).toContain('  y  -9  11');
    expect(r.stdout).toContain('(0.70710678, 0.70710678)');
    expect(r.stdout).toContain('κ = |λ|max / |λ|min = 10\n');
    // 2/(2 + 20) = 1/11; 4/(√20 + √2)²; ((√10 − 1)/(√10 + 1))²
    expect(r.stdout).toContain('lr = 2/(λmin + λmax) = 0.090909091');
    expect(r.stdout).toContain('lr = 2/λmax = 0.1\n');
    expect(r.stdout).toContain('lr = 4/(√λmax + √λmin)² = 0.11544308');
    expect(r.stdout).toContain('= 0.26987386, the error × 0.51949385 per step');
    expect(r.stdout).toContain('PyTorch');
  });

  it('curvature --json gives the core’s numbers at full precision', async () => {
    const r = await cli([
      'curvature',
      '--formula',
      'a^2 + 2*b^2 + 3*c^2 + a*b',
      '--at',
      'c=3,a=1,b=2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const core = curvatureAt({ formula: 'a^2 + 2*b^2 + 3*c^2 + a*b' }, [1, 2, 3]);
    expect(out).toEqual(JSON.parse(JSON.stringify(core)));
    expect(out.fastest.gd.lr).toBe(core.fastest?.gd.lr);
  });

  it('curvature --surface peaks (no --at) takes the surface’s start and says it is no quadratic', async () => {
    const r = await cli(['curvature', '--surface', 'peaks', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.point).toEqual([-0.35, -0.67]);
    expect(out.quadratic).toBe(false);
    expect(out.fastest).toBeNull();
    const text = await cli(['curvature', '--surface', 'peaks']);
    expect(text.stdout).toContain('not a quadratic');
  });

  it('curvature on (x + y)² writes κ = ∞ (null in JSON) and a singular shape', async () => {
    const r = await cli(['curvature', '--formula', '(x + y)^2', '--at', '1,2']);
    expect(r.stdout).toContain('κ = |λ|max / |λ|min = ∞');
    expect(r.stdout).toContain('positive semidefinite');
    expect(r.stdout).toContain('a quadratic without a minimum');
    const j = await cli(['curvature', '--formula', '(x + y)^2', '--at', '1,2', '--json']);
    expect(JSON.parse(j.stdout).condition).toBeNull();
  });

  it('curvature --surface saddle speaks Spanish under LANG=es with a decimal point kept in numbers', async () => {
    const r = await cli(['curvature', '--surface', 'saddle', '--at', '0.5,0'], { lang: 'es' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('en (x, y) = (0.5, 0)');
    expect(r.stdout).toContain('Hessiana H (diferenciación automática):');
    expect(r.stdout).toContain('indefinida: una silla de montar');
    expect(r.stdout).toContain('una cuadrática sin mínimo');
  });

  it.each([
    [['curvature', '--surface', 'peaks', '--at', '1'], '--at expects 2 numbers'],
    [['curvature', '--surface', 'peaks', '--at', '1,abc'], '--at'],
    [['curvature', '--formula', 'x +* y'], "unexpected '*'"],
    [['curvature', '--formula', 'log(x) + y^2', '--at', '-1,0'], 'not finite at (-1, 0)'],
    [['curvature', '--surface', 'peaks', '--formula', 'x'], '--surface'],
    [['curvature'], '--surface ID or --formula TEXT'],
    [['curvature', '--surface', 'peak'], "did you mean 'peaks'"],
    [['curvature', '--formula', 'x^2', '--at', 'y=1'], 'y'],
  ])('curvature %j exits 2 with one line naming the fault', async (args, words) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(words);
    // one line of message (a formula's fault adds the formula and its caret)
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(3);
  });

  it.each([
    [['curvature', '--surface', 'constructor']],
    [['curvature', '--surface', '__proto__']],
    [['curvature', '--formula', 'x\u001b[2J + y']],
    [
      [
        'curvature',
        '--formula',
        '__proto__^2 + constructor^2',
        '--vars',
        '__proto__,constructor',
        '--at',
        '1',
      ],
    ],
    [['curvature', '--formula', 'x^2', '--at', 'x=1\u202e']],
    [['curvature', '--formula', 'x^2', '--at', '1e400']],
    [['curvature', '--formula', 'exp(exp(exp(x)))', '--at', '10']],
  ])('curvature %j (hostile) exits 2 with a printable message, no stack', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^descenso: /);
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError/);
    // no control character reaches the terminal (line breaks aside)
    const controls = [...r.stderr].filter((ch) => {
      const k = ch.codePointAt(0) ?? 0;
      return (k < 32 && ch !== '\n') || k === 0x7f || k === 0x202e;
    });
    expect(controls).toEqual([]);
  });

  it('curvature with variables named __proto__ and constructor works like any other names', async () => {
    const r = await cli([
      'curvature',
      '--formula',
      '__proto__^2 + 3*constructor^2',
      '--vars',
      '__proto__,constructor',
      '--at',
      '1,2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).eigenvalues).toEqual([2, 6]);
  });

  it('curvature --surface peaks --at 1 says it in Spanish under LANG=es', async () => {
    const r = await cli(['curvature', '--surface', 'peaks', '--at', '1'], { lang: 'es' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--at .*2 números/);
  });
});

describe('descenso curvature as a process', () => {
  it('node bin.ts curvature --surface bowl-elongated --json prints the JSON and exits 0; a bad point exits 2', async () => {
    const bin = join(import.meta.dirname, 'bin.ts');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (s: string) => {
          stdout += s;
        });
        child.stderr.setEncoding('utf8').on('data', (s: string) => {
          stderr += s;
        });
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
      });
    const ok = await run(['curvature', '--surface', 'bowl-elongated', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).eigenvalues).toEqual([2, 20]);
    const bad = await run(['curvature', '--surface', 'bowl-elongated', '--at', '1,2,3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
