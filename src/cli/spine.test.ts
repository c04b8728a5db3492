/**
 * The CLI on the spine (issue 11): flags → Experiment → run() → one JSON shape. A command line and
 * the file its --save writes give the same numbers, bit for bit; a command line gives what the
 * library's own descend/fit give; one optimizer that cannot run does not stop the others.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'descenso-spine-'));
const json = (stdout: string) => JSON.parse(stdout);

describe('descend --save, then run', () => {
  it('descend --surface peaks --optimizer adam,sgd --lr 0.05 --steps 40 --save e.json: run e.json prints the same JSON', async () => {
    const args = [
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'adam,sgd',
      '--lr',
      '0.05',
      '--steps',
      '40',
    ];
    const file = join(dir, 'e.json');
    const direct = await cli([...args, '--format', 'json', '--save', file]);
    expect(direct.code).toBe(0);
    const again = await cli(['run', file, '--format', 'json']);
    expect(again.code).toBe(0);
    // The whole text: the experiment echoed and every point, value and status, bit for bit.
    expect(again.stdout).toBe(direct.stdout);
    const out = json(direct.stdout);
    expect(out.version).toBe(2);
    expect(out.runs.map((r: { label: string }) => r.label)).toEqual(['adam', 'sgd']);
    expect(out.runs[0].points).toHaveLength(41);
    expect(json(readFileSync(file, 'utf8'))).toEqual(out.experiment);
  });

  it('descend --save writes the file and still prints its table', async () => {
    const file = join(dir, 'table.json');
    const r = await cli(['descend', '--surface', 'peaks', '--steps', '2', '--save', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^step\s+x\s+y\s+f\s+\|grad\|$/m);
    expect(json(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'descend', surface: 'peaks', steps: 2 });
  });

  it('descend --save e.csv is refused before anything runs, naming the file', async () => {
    const r = await cli(['descend', '--surface', 'peaks', '--save', join(dir, 'e.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--save writes JSON');
  });
});

describe('fit with several optimizers and --tol', () => {
  const args = [
    'fit',
    '--optimizer',
    'sgd,adam',
    '--tol',
    '1e-6',
    '--lr',
    '0.1',
    '--epochs',
    '300',
    '--points',
    '20',
  ];

  it('fit --optimizer sgd,adam --tol 1e-6 runs both, and the same fit saved as a file does too', async () => {
    const file = join(dir, 'fit.json');
    const direct = await cli([...args, '--format', 'json', '--save', file]);
    expect(direct.code).toBe(0);
    const out = json(direct.stdout);
    expect(out.runs.map((r: { label: string }) => r.label)).toEqual(['sgd', 'adam']);
    for (const r of out.runs) {
      expect(['converged', 'max-steps']).toContain(r.status);
      expect(r.history.length).toBeGreaterThan(1);
    }
    expect(out.experiment.stop).toEqual({ tolerance: 1e-6 });
    const again = await cli(['run', file, '--format', 'json']);
    expect(again.stdout).toBe(direct.stdout);
  });

  it('fit with two optimizers prints a table per optimizer under its name', async () => {
    const r = await cli([...args, '--every', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('== sgd ==');
    expect(r.stdout).toContain('\n== adam ==\n');
  });
});

describe('one optimizer that cannot run', () => {
  it('descend --optimizer sgd,adam --momentum 0.9: sgd runs, adam says why in its place, exit 2', async () => {
    const r = await cli([
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd,adam',
      '--momentum',
      '0.9',
      '--steps',
      '2',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('== sgd ==');
    expect(r.stdout).toMatch(/status: 2 steps/);
    expect(r.stdout).toMatch(/== adam ==\n.*momentum/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^descenso: adam: .*momentum/);
  });

  it('--format json gives the failed run its error: code, message in the language asked, path', async () => {
    const args = [
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd,adam',
      '--momentum',
      '0.9',
      '--steps',
      '2',
    ];
    const r = await cli([...args, '--format', 'json', '--lang', 'es']);
    expect(r.code).toBe(2);
    const [sgd, adam] = json(r.stdout).runs;
    expect(sgd.status).toBe('max-steps');
    expect(adam.status).toBe('error');
    expect(adam.error.path).toBe('experiment.optimizers[1].options.momentum');
    expect(adam.error.message).toMatch(/momentum/);
    expect(Object.keys(adam)).toEqual(['label', 'status', 'error']);
  });
});

describe('descenso as a process', () => {
  const bin = join(import.meta.dirname, 'bin.ts');
  const descenso = (args: string[]) =>
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

  it('descend --save in one process, run in another: the same JSON', async () => {
    const file = join(dir, 'process.json');
    const args = [
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'adam,sgd',
      '--lr',
      '0.05',
      '--steps',
      '40',
    ];
    const direct = await descenso([...args, '--format', 'json', '--save', file]);
    const again = await descenso(['run', file, '--format', 'json']);
    expect(direct.code).toBe(0);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(direct.stdout);
  });
});

describe('schedules and clipping from flags', () => {
  it('descend --lr 0.1 --lr-schedule exponential:gamma=0.9 is SGD with lr_k = 0.1·0.9^k, by hand', async () => {
    const args = ['descend', '--formula', 'x^2', '--from', '1', '--steps', '6', '--lr', '0.1'];
    const r = await cli([...args, '--lr-schedule', 'exponential:gamma=0.9', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.experiment.optimizers[0].options.lr).toEqual({ kind: 'exponential', lr: 0.1, gamma: 0.9 });
    // f(x) = x², f'(x) = 2x: x_{k+1} = x_k − lr_k·2x_k with lr_k = 0.1·0.9^k.
    const hand = [1];
    for (let k = 0; k < 6; k++) hand.push(hand[k] - 0.1 * 0.9 ** k * (2 * hand[k]));
    expect(out.runs[0].points.map((p: number[]) => p[0])).toEqual(hand);
  });

  it('--clip-norm and --clip-value reach every optimizer entry, and the saved file runs the same', async () => {
    const file = join(dir, 'clip.json');
    const args = [
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd,adam',
      '--clip-norm',
      '1',
      '--clip-value',
      '0.5',
    ];
    const direct = await cli([...args, '--steps', '5', '--format', 'json', '--save', file]);
    expect(direct.code).toBe(0);
    const out = json(direct.stdout);
    for (const o of out.experiment.optimizers) expect(o.options).toEqual({ clipNorm: 1, clipValue: 0.5 });
    expect((await cli(['run', file, '--format', 'json'])).stdout).toBe(direct.stdout);
  });
});

describe('descend --noise and --dtype', () => {
  const base = ['descend', '--surface', 'peaks', '--lr', '0.03', '--steps', '5', '--format', 'json'];

  it('descend --noise 0.5 --noise-seed 3 is seeded gradient noise: the saved file gives the same path, not the noiseless one', async () => {
    const file = join(dir, 'noise.json');
    const noisy = await cli([...base, '--noise', '0.5', '--noise-seed', '3', '--save', file]);
    expect(noisy.code).toBe(0);
    expect(json(noisy.stdout).experiment.noise).toEqual({ sigma: 0.5, seed: 3 });
    expect((await cli(['run', file, '--format', 'json'])).stdout).toBe(noisy.stdout);
    const clean = json((await cli(base)).stdout);
    expect(json(noisy.stdout).runs[0].points[5]).not.toEqual(clean.runs[0].points[5]);
  });

  it('descend --dtype float32 rounds every value to float32 and says so in the experiment', async () => {
    const out = json((await cli([...base, '--dtype', 'float32'])).stdout);
    expect(out.experiment.dtype).toBe('float32');
    for (const v of out.runs[0].values) expect(Math.fround(v)).toBe(v);
  });
});

describe('run of a derivative study', () => {
  it('run derivative.json --format json prints at, errors and the two descents gd and sign in the one shape', async () => {
    const file = join(dir, 'derivative.json');
    writeFileSync(
      file,
      JSON.stringify({ kind: 'derivative', formula: 'x^2', x: 1, h: 0.001, lr: 0.1, steps: 2 }),
    );
    const r = await cli(['run', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.version).toBe(2);
    expect(out.at.slope).toBe(2);
    expect(out.errors.h.length).toBe(out.errors.forward.length);
    // f'(x) = 2x at lr 0.1: gd goes 1 → 0.8 → 0.64; sign steps by lr: 1 → 0.9 → 0.8.
    expect(out.runs.map((x: { label: string }) => x.label)).toEqual(['gd', 'sign']);
    expect(out.runs[0].points.map((p: number[]) => p[0])).toEqual([1, 0.8, 0.64]);
    expect(out.runs[1].points.map((p: number[]) => p[0])).toEqual([1, 0.9, 0.8]);
  });
});
