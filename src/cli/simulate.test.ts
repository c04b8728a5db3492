import { describe, expect, it } from 'vitest';
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import type { CliIO } from './io.js';
import { main } from './main.js';

/** Runs the CLI with a fake io; returns the exit status and what it wrote. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: { LANG: 'en_US.UTF-8' },
    cwd: process.cwd(),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('descenso simulate', () => {
  it('simulate with no flags prints the JAX tutorial data as JSON: seed 22, linspace(−2, 2, 100), 5x + 2·N(0, 1)', async () => {
    const r = await cli('simulate');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { x: number[]; y: number[] };
    const rs = new RandomState(22);
    const x = linspace(-2, 2, 100);
    const noise = rs.normal(0, 1, 100);
    expect(data.x).toEqual(Array.from(x));
    expect(data.y).toEqual(Array.from(x, (v, i) => 5 * v + 2 * noise[i]));
    // the tutorial's table: first and last rows
    expect(data.y[0].toFixed(6)).toBe('-10.183900');
    expect(data.y[99].toFixed(6)).toBe('8.233714');
  });

  it('simulate --data affine --format csv prints a header and one row per point', async () => {
    const r = await cli('simulate', '--data', 'affine', '--points', '5', '--seed', '42', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('x,y');
    expect(lines).toHaveLength(6);
    const rs = new RandomState(42);
    const x0 = rs.uniform(0, 1, 5)[0];
    expect(Number(lines[1].split(',')[0])).toBe(x0);
  });

  it('simulate --data linear --slope 2 --noise 0 --x-range=0,1 --points 3 gives y = 2x exactly', async () => {
    const r = await cli('simulate', '--slope', '2', '--noise', '0', '--x-range=0,1', '--points', '3');
    expect(JSON.parse(r.stdout)).toEqual({ x: [0, 0.5, 1], y: [0, 1, 2] });
  });

  it('simulate --data poly --coeffs 1,0,1 --noise 0 samples 1 + x²', async () => {
    const r = await cli('simulate', '--data', 'poly', '--coeffs', '1,0,1', '--noise', '0', '--points', '3');
    expect(JSON.parse(r.stdout).y).toEqual([5, 1, 5]);
  });

  it('simulate --formula samples the formula plus noise, --noise 0 the formula alone', async () => {
    const r = await cli(
      'simulate',
      '--formula',
      'x^2 + 1',
      '--noise',
      '0',
      '--points',
      '3',
      '--x-range=-1,1',
    );
    expect(JSON.parse(r.stdout)).toEqual({ x: [-1, 0, 1], y: [2, 1, 2] });
  });

  it('simulate --data blobs prints rows of two features and the labels', async () => {
    const r = await cli('simulate', '--data', 'blobs', '--points', '4');
    const data = JSON.parse(r.stdout) as { x: number[][]; y: number[]; label: number[] };
    expect(data.x).toHaveLength(4);
    expect(data.x[0]).toHaveLength(2);
    expect(data.label).toEqual([0, 1, 0, 1]);
  });

  it('simulate twice with the same seed prints the same numbers', async () => {
    const a = await cli('simulate', '--data', 'sine', '--seed', '3');
    const b = await cli('simulate', '--data', 'sine', '--seed', '3');
    expect(a.stdout).toBe(b.stdout);
    expect((await cli('simulate', '--data', 'sine', '--seed', '4')).stdout).not.toBe(a.stdout);
  });

  it('simulate --formula with a fault exits 2 and draws a caret under it', async () => {
    const r = await cli('simulate', '--formula', '3*sin(x) + x^^2');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[1]).toBe('  3*sin(x) + x^^2');
    expect(lines[2]).toBe(`  ${' '.repeat(13)}^`);
  });

  it.each([
    [['--data', 'cubic'], '--data'],
    [['--points', '0'], '--points'],
    [['--points', 'many'], '--points'],
    [['--noise', '-1'], '--noise'],
    [['--x-range=2,1'], '--x-range'],
    [['--x-range=1'], '--x-range'],
    [['--x-dist', 'normal'], '--x-dist'],
    [['--seed', '-3'], '--seed'],
    [['--slope', 'abc'], '--slope'],
    [['--coeffs', '1,x'], '--coeffs'],
    [['--data', 'formula'], '--formula'],
    [['--data', 'linear', '--formula', 'x'], '--formula'],
    [['--format', 'xml'], '--format'],
  ])('simulate %j exits 2 naming %s', async (args, flag) => {
    const r = await cli('simulate', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
  });

  it('simulate errors speak Spanish with --lang es', async () => {
    const r = await cli('simulate', '--points', '0', '--lang', 'es');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fuera de rango');
  });
});
