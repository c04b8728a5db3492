import { describe, expect, it } from 'vitest';
import { evaluationsAt, evaluationsToTolerance } from './evaluations.js';

// Three rows: the start (1 f, 1 ∇f), a step whose line search tried 3 points (one with its gradient).
const run = {
  status: 'max-steps' as const,
  points: [[0], [1], [2]],
  values: [4, 1, 0.5],
  gradNorms: [2, 0.5, 1e-4],
  evaluations: { value: [1, 4, 6], gradient: [1, 2, 3] },
};

describe('evaluations of a run', () => {
  it('evaluationsAt gives the cumulative counts of a row, and the last row past the end', () => {
    expect(evaluationsAt(run, 1)).toEqual({ value: 4, gradient: 2 });
    expect(evaluationsAt(run, 99)).toEqual({ value: 6, gradient: 3 });
  });

  it('evaluationsAt of a run without counts or rows is undefined', () => {
    expect(evaluationsAt({ points: [[0]] }, 0)).toBeUndefined();
    expect(evaluationsAt({ points: [], evaluations: { value: [], gradient: [] } }, 0)).toBeUndefined();
  });

  it('evaluationsToTolerance adds f and ∇f evaluations at the first row within the tolerance', () => {
    expect(evaluationsToTolerance(run, 0.6)).toBe(6);
    expect(evaluationsToTolerance(run, 1e-3)).toBe(9);
    expect(evaluationsToTolerance(run, 1e-9)).toBe(-1);
  });
});
