import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

describe('descend with several optimizers compares them', () => {
  it('descend --optimizer sgd --optimizer adam ends with a comparison table: run, status, steps, f, |grad|', async () => {
    const r = await cli([
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd',
      '--optimizer',
      'adam',
      '--lr',
      '0.05',
      '--steps',
      '20',
      '--every',
      '20',
    ]);
    expect(r.code).toBe(0);
    const tail = r.stdout.slice(r.stdout.indexOf('== comparison =='));
    const lines = tail
      .trim()
      .split('\n')
      .map((l) => l.trim());
    expect(lines[1]).toMatch(/^run\s+status\s+step\s+f\s+\|grad\|/);
    expect(lines[2]).toMatch(/^sgd\s+max-steps\s+20\s/);
    expect(lines[3]).toMatch(/^adam\s+max-steps\s+20\s/);
  });

  it('descend with one optimizer prints no comparison', async () => {
    const r = await cli(['descend', '--surface', 'peaks', '--steps', '5']);
    expect(r.stdout).not.toContain('==');
  });

  it('descend in Spanish names the comparison in Spanish', async () => {
    const r = await cli(
      ['descend', '--surface', 'peaks', '--optimizer', 'sgd', '--optimizer', 'adam', '--steps', '3'],
      { lang: 'es' },
    );
    expect(r.stdout).toContain('== comparación ==');
    expect(r.stdout).toMatch(/ejecución\s+estado/);
  });

  it("descend with nelder-mead and gd compares evaluations: SciPy's 116 iterations and 219 f, no ∇f; gd one of each per step", async () => {
    const args = [
      'descend',
      '--surface',
      'rosenbrock',
      '--optimizer',
      'nelder-mead,gd',
      '--lr',
      '1e-3',
      '--tol',
      '1e-8',
      '--steps',
      '300',
      '--every',
      '1000',
    ];
    const r = await cli(args);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .slice(r.stdout.indexOf('== comparison =='))
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/));
    expect(lines[1]).toEqual(['run', 'status', 'step', 'f', '|grad|', 'nf', 'ngrad']);
    expect([lines[2][0], lines[2][1], lines[2][2], lines[2][5], lines[2][6]]).toEqual([
      'nelder-mead',
      'converged',
      '116',
      '219',
      '0',
    ]);
    // gd: the start and each of its 300 steps cost one f and one ∇f
    expect([lines[3][0], lines[3][2], lines[3][5], lines[3][6]]).toEqual(['gd', '300', '301', '301']);
    expect(r.stdout).toContain('evaluations: 219 of f, 0 of ∇f');
    const csv = await cli([...args, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('run,step,x,y,f,grad_norm,nf,ngrad,status');
    const json = JSON.parse((await cli([...args, '--format', 'json'])).stdout);
    expect(json.runs[0].evaluations.value.at(-1)).toBe(219);
    expect(json.runs[1].evaluations.gradient.at(-1)).toBe(301);
  });

  it("descend with gradient methods only keeps the tutorials' columns: no nf, no ngrad", async () => {
    const r = await cli(['descend', '--surface', 'peaks', '--optimizer', 'sgd,adam', '--steps', '3']);
    expect(r.stdout).not.toContain('nf');
    expect(r.stdout).not.toContain('evaluations');
  });
});
