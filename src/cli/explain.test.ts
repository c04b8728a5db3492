import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descend } from '../train/descend.js';
import { explainDescent } from '../train/explain-descent.js';
import { cli } from './testing.js';

const ADAM = ['descend', '--surface', 'peaks', '--optimizer', 'adam', '--lr', '0.1', '--steps', '10'];

describe('descend --explain K', () => {
  it('descend --explain 3 prints, after the table, each term of Adam step 3 with the run’s numbers', async () => {
    const r = await cli([...ADAM, '--explain', '3']);
    expect(r.code).toBe(0);
    const [table, explained] = r.stdout.split('== adam, step 3 (pytorch convention) ==');
    expect(table).toContain('status: 10 steps');
    expect(explained).toMatch(
      / {4}m = β₁·m \+ \(1 − β₁\)·g = 0\.9·\(-1\.33551\) \+ 0\.1·\(-6\.9403\) = -1\.895/,
    );
    expect(explained).toContain('√v̂ = √v/√(1 − β₂ᵗ) = ');
    // The Δp printed is the run's own step from p₃ to p₄ (8 decimals, as the table prints).
    const run = descend({ surface: 'peaks', steps: 10, optimizer: { name: 'adam', options: { lr: 0.1 } } });
    const e = explainDescent(
      { surface: 'peaks', steps: 10, optimizer: { name: 'adam', options: { lr: 0.1 } } },
      3,
      10,
    );
    expect(e.after).toEqual(run.points[4]);
    expect(explained).toContain(`Δp = −lr·d = −0.1·(-0.986861) = ${e.delta[0].toFixed(8)}`);
    expect(explained).toContain('the keras convention, from the same history: its Δp = (');
  });

  it('descend --explain in Spanish names the step and the convention in Spanish', async () => {
    const r = await cli([...ADAM, '--explain', '0'], { lang: 'es' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== adam, paso 0 (convención pytorch) ==');
    expect(r.stdout).toContain('coordenada x:');
    expect(r.stdout).toContain('la convención keras, con la misma historia: su Δp');
  });

  it('descend --explain K past the steps taken says K and the last step in one line, status 2', async () => {
    const r = await cli([...ADAM, '--explain', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "descenso: --explain 10: no such step; the run's steps are 0 to 9 (step K goes from p_K to p_K+1)\n",
    );
    const es = await cli([...ADAM, '--explain', '12'], { lang: 'es' });
    expect(es.stderr).toContain('--explain 12: no existe ese paso; los pasos de la ejecución van de 0 a 9');
  });

  it('descend --explain with two optimizers names the one that ended before K (a tolerance stopped it)', async () => {
    const r = await cli([
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd,bfgs',
      '--lr',
      '1',
      '--steps',
      '30',
      '--tol',
      '1e-6',
      '--explain',
      '25',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('== sgd, step 25 (pytorch convention) ==');
    expect(r.stderr).toMatch(/^descenso: bfgs: --explain 25: no such step; the run's steps are 0 to 8 /);
  });

  it('descend --explain with --format json carries the explanation under explain', async () => {
    const r = await cli([...ADAM, '--explain', '2', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const [e] = out.explain;
    expect(e).toMatchObject({ label: 'adam', optimizer: 'adam', convention: 'pytorch', step: 2 });
    expect(e.after).toEqual(out.runs[0].points[3]);
    const m = e.coords[0].find((term: { symbol: string }) => term.symbol === 'm');
    expect(m.text).toMatch(/^m = β₁·m \+ \(1 − β₁\)·g = /);
    expect(e.other.convention).toBe('keras');
  });

  it('descend --explain refuses a CSV and a step that is no integer, naming the flag', async () => {
    const csv = await cli([...ADAM, '--explain', '2', '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--explain and --format csv cannot be used together');
    const bad = await cli([...ADAM, '--explain', 'two']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--explain');
  });

  it('descenso descend --explain as a process prints the explanation and exits 0', () => {
    const bin = join(import.meta.dirname, 'bin.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', bin, ...ADAM, '--explain', '1'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== adam, step 1 (pytorch convention) ==');
    expect(r.stderr).toBe('');
  });
});
