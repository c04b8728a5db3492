import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../experiment/run.js';
import { cli } from './testing.js';

// Seed 004's data and start (issue 13): fit converges for lr 0.01 … 0.7 and diverges from 0.8.
const seed004 = [
  '--data',
  'linear',
  '--slope',
  '5',
  '--noise',
  '2',
  '--seed',
  '22',
  '--model',
  'linear',
  '--init',
  'w=10',
];

describe('descenso lrfind', () => {
  it('lrfind on seed 004 --format json suggests an lr with which fit --tol 1e-9 converges', async () => {
    const r = await cli(['lrfind', ...seed004, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'minLr',
      'maxLr',
      'steps',
      'lrs',
      'losses',
      'smoothed',
      'suggested',
      'stoppedAt',
    ]);
    expect([out.minLr, out.maxLr, out.steps]).toEqual([1e-6, 10, 100]);
    expect(out.lrs[0]).toBe(1e-6);
    expect(out.suggested).toBeGreaterThanOrEqual(0.01);
    expect(out.suggested).toBeLessThanOrEqual(0.7);
    const fit = await cli([
      'fit',
      ...seed004,
      '--lr',
      String(out.suggested),
      '--epochs',
      '500',
      '--tol',
      '1e-9',
      '--format',
      'json',
    ]);
    expect(JSON.parse(fit.stdout).runs[0].status).toBe('converged');
  });

  it('lrfind --regime minibatch takes the same numbers as run() of the equivalent fit', async () => {
    const r = await cli(['lrfind', ...seed004, '--regime', 'minibatch', '--steps', '20', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    const gamma = (10 / 1e-6) ** (1 / 19);
    // The same fit made by hand: the loss after step k is the batch loss of step k + 1.
    const fit = run({
      kind: 'fit',
      version: 2,
      data: { family: 'linear', slope: 5, noise: 2, seed: 22 },
      model: 'linear',
      optimizers: [{ name: 'sgd', options: { lr: { kind: 'exponential', lr: 1e-6, gamma } } }],
      epochs: 6,
      regimes: ['minibatch'],
      seed: 22,
      init: { w: 10 },
    }).runs[0];
    expect(out.losses[0]).toBe(fit.stepLosses?.[1]);
    expect(out.losses.length).toBeGreaterThan(5);
  });

  it('lrfind prints a table in Spanish with the suggestion and the stop under it', async () => {
    const r = await cli(['lrfind', ...seed004], { lang: 'es' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].trim().split(/\s+/)).toEqual(['paso', 'lr', 'pérdida', 'suavizada']);
    expect(lines.at(-2)).toMatch(/^lr sugerido: 0[.,]0546 \(descenso más pronunciado/);
    expect(lines.at(-1)).toMatch(/^detenida en el paso 94 /);
  });

  it('lrfind --format csv gives step,lr,loss,smoothed per step', async () => {
    const r = await cli(['lrfind', ...seed004, '--steps', '10', '--max-lr', '0.001', '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('step,lr,loss,smoothed');
    expect(lines).toHaveLength(11);
    expect(lines[1].split(',')[1]).toBe('0.000001');
  });

  it('lrfind --plot lr.svg draws the curve on a log axis with the suggestion marked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrfind-'));
    const r = await cli(['lrfind', ...seed004, '--plot', 'lr.svg'], { cwd: dir });
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'lr.svg'), 'utf8');
    expect(svg).toContain('class="lrfind-suggested"');
    expect(svg).toContain('suggested: lr = 0.0546');
    expect(svg).toMatch(/10⁻⁶/);
  });

  it('lrfind with a bad flag says so in one line, in Spanish and English, and exits 2', async () => {
    const es = await cli(['lrfind', ...seed004, '--steps', '1'], { lang: 'es' });
    expect([es.code, es.stdout, es.stderr]).toEqual([
      2,
      '',
      'descenso: --steps está fuera de rango: 1 (se admite: 2…10000)\n',
    ]);
    const en = await cli(['lrfind', ...seed004, '--min-lr', '1', '--max-lr', '0.5']);
    expect(en.code).toBe(2);
    expect(en.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(en.stderr).toMatch(/^descenso: invalid lr range test option --max-lr: 0.5/);
    const lr = await cli(['lrfind', ...seed004, '--lr', '0.1']);
    expect([lr.code, lr.stderr.trimEnd().split('\n').length]).toEqual([2, 1]);
    expect(lr.stderr).toContain('--lr');
  });
});
