import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/index.js';
import surfaceLab, { acceptsDescent } from './index.js';

describe('the surface LabModule', () => {
  it('accepts a descent on a surface or a two-variable formula, not a one-variable formula (the derivative lab’s) nor a fit', () => {
    expect(surfaceLab.name).toBe('surface');
    expect(acceptsDescent(defaultExperiment)).toBe(true);
    expect(acceptsDescent({ ...defaultExperiment, surface: undefined, formula: 'x^2+y^2' })).toBe(true);
    expect(acceptsDescent({ ...defaultExperiment, surface: undefined, formula: 'x^2', vars: ['x'] })).toBe(
      false,
    );
    expect(
      acceptsDescent({ kind: 'derivative', version: 2, formula: 'x^2', x: 1, h: 1e-4, lr: 0.1, steps: 5 }),
    ).toBe(false);
  });
});
