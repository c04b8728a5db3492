import { describe, expect, it } from 'vitest';
import type { FitExperiment } from '../../../src/experiment/index.js';
import { LIMITS } from '../../../src/limits.js';
import { defaultFit } from '../shell/address.js';
import { fitPoints, fitSize, MAX_CSV_ROWS, MAX_FIT_WORK } from './limits.js';

const fit = (over: Partial<FitExperiment>): FitExperiment => ({ ...defaultFit, ...over });

describe('fitSize', () => {
  it('fitSize(default fit) is 100 points × 60 epochs × 3 runs × 1 parameter = 18,000', () => {
    expect(fitSize(defaultFit)).toBe(18_000);
  });

  it('fitSize counts every number of the model: mlp:8 has 8 + 8 + 8 + 1 = 25', () => {
    expect(fitSize(fit({ model: 'mlp:8', regimes: ['batch'], epochs: 10 }))).toBe(100 * 10 * 25);
  });

  it('fitSize of a 10⁶-row upload trained 60 epochs in three regimes is over the limit, 10⁴ rows is not', () => {
    const rows = (n: number) => ({ x: new Array<number>(n).fill(0), y: new Array<number>(n).fill(0) });
    expect(fitSize(fit({ data: rows(1_000_000) }))).toBeGreaterThan(MAX_FIT_WORK);
    expect(fitSize(fit({ data: rows(10_000) }))).toBeLessThanOrEqual(MAX_FIT_WORK);
  });

  it('fitPoints reads the family defaults (affine: 200), and an unknown or hostile family counts 100', () => {
    expect(fitPoints(fit({ data: { family: 'affine' } }))).toBe(200);
    expect(fitPoints(fit({ data: { family: 'constructor' } }))).toBe(100);
    expect(fitPoints(fit({ data: { points: 5000 } }))).toBe(5000);
  });

  it('fitSize of a model that cannot be built counts it as one number (the fit itself reports the fault)', () => {
    expect(fitSize(fit({ model: 'toString' }))).toBe(18_000);
  });
});

describe("the lab's CSV limit", () => {
  it("MAX_CSV_ROWS is the experiment's limit on data points (LIMITS.points): an upload the lab takes is a file descenso run takes", () => {
    expect(MAX_CSV_ROWS).toBe(LIMITS.points);
  });
});
