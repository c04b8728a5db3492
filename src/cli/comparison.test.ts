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
    const lines = tail.trim().split('\n').map((l) => l.trim());
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
});
