import { describe, expect, it } from 'vitest';
import type { DescendExperiment } from '../../src/experiment/index.js';
import { startOf } from './surface-lab.js';

const exp = (over: Partial<DescendExperiment>) =>
  ({ kind: 'descend', version: 1, steps: 10, optimizers: [{ name: 'sgd' }], ...over }) as DescendExperiment;

describe('startOf', () => {
  it("startOf(peaks, no start) is the tutorial's (−0.35, −0.67), the point the runs leave from (the fields showed 0, 0)", () => {
    expect(startOf(exp({ surface: 'peaks' }))).toEqual([-0.35, -0.67]);
  });

  it('startOf(formula, no start) is (1, 1); a start given is kept', () => {
    expect(startOf(exp({ formula: 'x^2 + y^2' }))).toEqual([1, 1]);
    expect(startOf(exp({ surface: 'peaks', start: [2, -1] }))).toEqual([2, -1]);
  });

  it('startOf(unknown surface) is (0, 0) instead of throwing', () => {
    expect(startOf(exp({ surface: 'nope' }))).toEqual([0, 0]);
  });
});
