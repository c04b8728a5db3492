import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

describe('descenso basins', () => {
  it('basins --surface peaks --optimizer sgd --lr 0.03 --grid 200 --steps 500 --format json prints x, y, minima, labels, steps', async () => {
    const r = await cli([
      'basins',
      '--surface',
      'peaks',
      '--optimizer',
      'sgd',
      '--lr',
      '0.03',
      '--grid',
      '200',
      '--steps',
      '500',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['x', 'y', 'minima', 'optimizer', 'labels', 'steps']);
    expect([out.x.length, out.y.length, out.labels.length, out.steps.length]).toEqual([
      200, 200, 40000, 40000,
    ]);
    expect(out.minima[0]).toEqual([0.22827892055636909, -1.6255349574999964]);
    expect(new Set(out.labels)).toEqual(new Set([-1, 0, 1, 2]));
    // 40,000 descents of 500 steps: seconds on an idle machine, far more on a shared one.
  }, 180_000);

  it('basins --optimizer sgd,adam --plot map.svg writes both maps; the table gives each minimum its share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'basins-'));
    const r = await cli(
      [
        'basins',
        '--surface',
        'himmelblau',
        '--optimizer',
        'sgd,adam',
        '--lr',
        '0.01',
        '--grid',
        '20',
        '--steps',
        '300',
        '--tol',
        '1e-4',
        '--plot',
        'map.svg',
      ],
      { cwd: dir, lang: 'es' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'cuencas de atracción: sgd',
      expect.stringMatching(/^ {2}mínimo 0 \(3, 2\): \d+\.\d%$/),
    ]);
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg.match(/cuencas de atracción: (sgd|adam)/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('basins --surface quartic says in one line that a map needs two variables', async () => {
    const r = await cli(['basins', '--surface', 'quartic', '--grid', '5']);
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      'descenso: basins draws functions of two variables; this one has 1',
    ]);
  });
});
