import { afterEach, describe, expect, it } from 'vitest';
import { lang } from '../../i18n.js';
import type { LabRun } from '../../work/descents.js';
import { describeMap } from './describe.js';

const run = (label: string, steps: number, status: LabRun['status'] = 'max-steps'): LabRun =>
  ({
    label,
    optimizer: { name: 'sgd' },
    vars: ['x', 'y'],
    points: Array.from({ length: steps + 1 }, (_v, i) => [i / 10, -i / 10]),
    values: Array.from({ length: steps + 1 }, (_v, i) => 1 / (i + 1)),
    gradNorms: Array.from({ length: steps + 1 }, () => 1),
    steps,
    status,
  }) as unknown as LabRun;

describe('describeMap', () => {
  afterEach(() => {
    lang.value = 'en';
  });

  it('describeMap(runs, step 2) says the step and each run’s position and value', () => {
    lang.value = 'en';
    expect(describeMap([run('sgd', 5), run('adam', 1)], 2, 5, null)).toBe(
      'Step 2 of 5. sgd: at (0.2, −0.2), f = 0.3333. adam: ran all steps. adam: at (0.1, −0.1), f = 0.5.',
    );
  });

  it('describeMap in Spanish, with a decimal comma and the run’s status', () => {
    lang.value = 'es';
    const text = describeMap([run('sgd', 3, 'diverged')], 3, 3, null);
    expect(text).toContain('Paso 3 de 3.');
    expect(text).toContain('sgd: en (0,3, −0,3)');
    expect(text).toMatch(/diverg/);
  });

  it('describeMap while computing says how far along it is', () => {
    lang.value = 'en';
    expect(describeMap([], 0, 0, 0.42)).toBe('Computing: 42 %.');
  });
});
