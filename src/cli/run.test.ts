import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'descenso-run-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

// The first tutorial's run beside momentum: peaks from (−0.35, −0.67), forward differences as the tutorial.
const race = write('race.json', {
  kind: 'descend',
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps: 5,
  gradient: 'forward',
  optimizers: [
    { name: 'sgd', options: { lr: 0.03 }, label: 'GD' },
    { name: 'sgd', options: { lr: 0.03, momentum: 0.9 }, label: 'Momentum' },
  ],
});
// y = w·x on the first NumPy tutorial's four points, plain GD at 0.01 (the true gradient of the mean).
const fitFile = write('fit.json', {
  kind: 'fit',
  data: { x: [1, 2, 3, 4], y: [2, 4, 6, 8] },
  model: 'linear',
  epochs: 2,
  optimizers: [{ name: 'sgd', options: { lr: 0.01 } }],
});

describe('descenso run', () => {
  it('run race.json prints one table per optimizer under its label, the tutorial numbers first', async () => {
    const r = await cli(['run', race]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('== GD ==');
    expect(lines[1]).toMatch(/^step\s+x\s+y\s+f\s+\|grad\|$/);
    expect(lines[3]).toMatch(/^\s+1\s+-0\.26931594\s+-0\.72470447\s/);
    expect(lines[7]).toMatch(/^\s+5\s+0\.26578620\s+-1\.59573582\s/);
    expect(lines[8]).toBe('status: 5 steps (maximum reached)');
    expect(r.stdout).toContain('\n== Momentum ==\n');
  });

  it('run race.json --format csv gives one row per step and run, labels first', async () => {
    const r = await cli(['run', race, '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('run,step,x,y,f,grad_norm,status');
    expect(lines).toHaveLength(1 + 2 * 6);
    expect(lines[1]).toMatch(/^GD,0,-0\.35,-0\.67,.*,max-steps$/);
    expect(lines[7]).toMatch(/^Momentum,0,/);
  });

  it('run --format csv neutralises a label a spreadsheet would run as a formula', async () => {
    const hostile = write('hostile.json', {
      kind: 'descend',
      surface: 'peaks',
      steps: 2,
      optimizers: [{ name: 'sgd', label: '=HYPERLINK("http://x","y")' }],
    });
    const r = await cli(['run', hostile, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith(`"'=HYPERLINK(""http://x"",""y"")",`)).toBe(true);
  });

  it('run race.json --format json prints the one shape of docs/json.md: version, experiment, runs', async () => {
    const r = await cli(['run', race, '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(2);
    expect(out.experiment.kind).toBe('descend');
    expect(out.runs.map((x: { label: string }) => x.label)).toEqual(['GD', 'Momentum']);
    expect(out.runs[0].points[5][0]).toBeCloseTo(0.2657862, 7);
  });

  it('run fit.json --every 2 prints the history: w = 0 → 0.3 → 0.555 at lr 0.01', async () => {
    // L(w) = (1/4) Σ (w·xᵢ − 2xᵢ)², ∂L/∂w = (1/2) Σ xᵢ²(w − 2) = 15(w − 2): −30 at 0, −25.5 at 0.3.
    const r = await cli(['run', fitFile, '--every', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'epoch          mse           w',
      '    0  30.00000000  0.00000000',
      '    2  15.66018750  0.55500000',
      'status: 2 epochs (maximum reached)',
      '',
    ]);
  });

  it('run fit.json --format csv (Spanish locale) keeps the numbers plain', async () => {
    const r = await cli(['run', fitFile, '--format', 'csv'], { lang: 'es' });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['run,epoch,loss,w,status', 'sgd,0,30,0,max-steps']);
    // Shortest round-trip numbers with a point, never a decimal comma.
    expect(lines[1 + 1]).toMatch(/^sgd,1,21\.67\d+,0\.3,max-steps$/);
    expect(lines[3]).toMatch(/^sgd,2,15\.6601875,0\.55\d*,max-steps$/);
  });

  it('run --plot FILE.svg draws the contour map of a descent experiment', async () => {
    const file = join(dir, 'race.svg');
    const r = await cli(['run', race, '--plot', file, '--plot-values']);
    expect(r.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('>GD<');
    expect(svg).toContain('>Momentum<');
    expect(svg).toContain('Value against step');
  });

  it('run names the JSON path of a fault found while running (an unknown surface, a model)', async () => {
    const surface = write('surface.json', { kind: 'descend', surface: 'nope', optimizers: ['sgd'] });
    const r1 = await cli(['run', surface]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('invalid experiment at experiment.surface: unknown surface');
    const model = write('model.json', {
      kind: 'fit',
      data: { x: [1], y: [2] },
      model: 'poly:x',
      optimizers: ['sgd'],
    });
    const r2 = await cli(['run', model], { lang: 'es' });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('experimento no válido en experiment.model:');
  });

  it('run names the path of a schema fault (an unknown field, an unknown optimizer)', async () => {
    const field = write('field.json', { kind: 'descend', surface: 'peaks', optimizers: ['sgd'], speed: 3 });
    expect((await cli(['run', field])).stderr).toContain('experiment.speed');
    const name = write('name.json', { kind: 'descend', surface: 'peaks', optimizers: ['sgd', 'adamm'] });
    expect((await cli(['run', name])).stderr).toContain('experiment.optimizers[1].name');
  });

  it('run --lang es says a schema fault wholly in Spanish, on one line, exit 2', async () => {
    const field = write('field-es.json', {
      kind: 'descend',
      surface: 'peaks',
      optimizers: ['sgd'],
      speed: 3,
    });
    const r = await cli(['run', field, '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^descenso: experimento no válido en experiment\.speed: campo desconocido \(se admiten: kind, version, surface/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const noisy = write('noise.json', { kind: 'fit', data: { noise: -1 } });
    const en = await cli(['run', noisy, '--lang', 'en']);
    const es = await cli(['run', noisy, '--lang', 'es']);
    expect(en.stderr).toBe('descenso: invalid experiment at experiment.data.noise: must be ≥ 0\n');
    expect(es.stderr).toBe('descenso: experimento no válido en experiment.data.noise: debe ser ≥ 0\n');
  });

  it('run --lang es places a run-time fault at its path in Spanish', async () => {
    const surface = write('surface-es.json', { kind: 'descend', surface: 'nope', optimizers: ['sgd'] });
    const r = await cli(['run', surface, '--lang', 'es']);
    expect(r.stderr).toContain('experimento no válido en experiment.surface: superficie desconocida');
  });

  it('run --lang es heads the tables in Spanish (paso, época); CSV keeps its English column names', async () => {
    const es = await cli(['run', race, '--lang', 'es']);
    expect(es.stdout.split('\n')[1]).toMatch(/^paso\s+x\s+y\s+f\s+\|grad\|$/);
    const fitEs = await cli(['run', fitFile, '--lang', 'es']);
    expect(fitEs.stdout).toMatch(/^época\s+mse\s+w$/m);
    expect(fitEs.stdout).not.toMatch(/^epoch/m);
    const csvEs = await cli(['run', race, '--format', 'csv', '--lang', 'es']);
    expect(csvEs.stdout.split('\n')[0]).toBe('run,step,x,y,f,grad_norm,status');
  });

  it('descend says "1 step" and "1 paso", not "1 steps"', async () => {
    const en = await cli(['descend', '--surface', 'peaks', '--steps', '1']);
    expect(en.stdout).toContain('status: 1 step (maximum reached)');
    const es = await cli(['descend', '--surface', 'peaks', '--steps', '1', '--lang', 'es']);
    expect(es.stdout).toContain('estado: 1 paso (máximo alcanzado)');
  });

  it('run of a start that does not fit the formula, or where f is undefined, names experiment.start in one line', async () => {
    const two = write('two.json', { kind: 'descend', formula: 'x^2', start: [1, 1], optimizers: ['sgd'] });
    const r = await cli(['run', two]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'descenso: invalid experiment at experiment.start: the formula has 1 variable (x); the start has 2 coordinates: 1, 1\n',
    );
    const log0 = write('log0.json', { kind: 'descend', formula: 'log(x)', start: [0], optimizers: ['sgd'] });
    expect((await cli(['run', log0])).stderr).toMatch(
      /at experiment\.start: f is not defined at the start \(x = 0\)/,
    );
  });
});

describe('the status in CSV output', () => {
  it('descend --lr 1e308 --format csv: the row says diverged, and stderr says where (en, es)', async () => {
    const r = await cli(['descend', '--surface', 'peaks', '--lr', '1e308', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'run,step,x,y,f,grad_norm,status',
      'sgd,0,-0.35,-0.67,3.589302094991791,3.2493451561119233,diverged',
    ]);
    expect(r.stderr).toBe('status: diverged at step 1\n');
    const es = await cli(['descend', '--surface', 'peaks', '--lr', '1e308', '--format', 'csv'], {
      lang: 'es',
    });
    expect(es.stderr).toMatch(/^estado: .*1\n$/);
  });

  it('descend with two optimizers labels each status line on stderr', async () => {
    const r = await cli([
      'descend',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd,adam',
      '--steps',
      '2',
      '--format',
      'csv',
    ]);
    expect(r.stderr).toBe(
      'sgd: status: 2 steps (maximum reached)\nadam: status: 2 steps (maximum reached)\n',
    );
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .every((l) => l.endsWith(',max-steps')),
    ).toBe(true);
  });

  it('fit --format csv: one row per epoch with the status, the status line on stderr', async () => {
    const r = await cli(['fit', '--epochs', '2', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('run,epoch,loss,w,status');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^sgd,2,.*,max-steps$/);
    expect(r.stderr).toBe('status: 2 epochs (maximum reached)\n');
  });

  it('run --format csv of a diverging experiment says diverged in the rows and on stderr', async () => {
    const file = write('diverge.json', {
      kind: 'descend',
      surface: 'peaks',
      steps: 5,
      optimizers: [{ name: 'sgd', options: { lr: 1e308 } }],
    });
    const r = await cli(['run', file, '--format', 'csv']);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .every((l) => l.endsWith(',diverged')),
    ).toBe(true);
    expect(r.stderr).toBe('status: diverged at step 1\n');
  });
});

describe('user text on stderr and in tables stays one printable line', () => {
  it('labels with ESC and a newline are escaped in the table heads and the CSV status lines', async () => {
    const file = write('labels.json', {
      kind: 'descend',
      surface: 'peaks',
      steps: 1,
      optimizers: [
        { name: 'sgd', label: 'a\u001b[2J\nb' },
        { name: 'adam', label: 'c' },
      ],
    });
    const table = await cli(['run', file]);
    expect(table.stdout.split('\n')[0]).toBe('== a\\x1b[2J\\nb ==');
    const csvRun = await cli(['run', file, '--format', 'csv']);
    expect(csvRun.stderr.split('\n')).toEqual([
      'a\\x1b[2J\\nb: status: 1 step (maximum reached)',
      'c: status: 1 step (maximum reached)',
      '',
    ]);
  });

  it('--plot to a file name with a newline says where it wrote on one line', async () => {
    const r = await cli(['grad', 'x^2', '--at', '1', '--plot', 'a\nb.svg'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^[^\n]*a\\nb\.svg[^\n]*\n$/);
  });
});

describe('run of a fit with an optimizer fit cannot use', () => {
  it('run fit.json with newton names the path and says why, not the library API text', async () => {
    const file = write('fit-newton.json', {
      kind: 'fit',
      data: { family: 'linear' },
      model: 'linear',
      epochs: 2,
      optimizers: ['newton'],
    });
    const r = await cli(['run', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^descenso: invalid experiment at experiment\.optimizers\[0\]\.name: .*newton.*Hessian/,
    );
    expect(r.stderr).not.toContain('extra.hessian');
  });
});
