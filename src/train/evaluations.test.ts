import { describe, expect, it } from 'vitest';
import { descend } from './descend.js';
import { countEvaluations } from './evaluations.js';

describe('countEvaluations', () => {
  it('counts each f and ∇f once per point asked in a row: φ then φ′ at one point is one f and one ∇f', () => {
    const calls: string[] = [];
    const c = countEvaluations(
      (p) => {
        calls.push(`f${p}`);
        return p[0] ** 2;
      },
      (p) => {
        calls.push(`g${p}`);
        return [p[0] ** 2, [2 * p[0]]];
      },
    );
    expect(c.value([1])).toBe(1);
    expect(c.valueAndGrad([1])).toEqual([1, [2]]);
    expect(c.counts).toEqual({ value: 1, gradient: 1 });
    // Asked again at the same point (the descent at the point its search accepted): free.
    expect(c.valueAndGrad([1])).toEqual([1, [2]]);
    expect(c.value([1])).toBe(1);
    expect(c.counts).toEqual({ value: 1, gradient: 1 });
    expect(c.valueAndGrad([3])).toEqual([9, [6]]);
    expect(c.counts).toEqual({ value: 2, gradient: 2 });
    expect(calls).toEqual(['f1', 'g1', 'g3']);
  });
});

describe('descend counts evaluations', () => {
  it('descend(sgd, 5 steps) counts one f and one ∇f per step, the start included: 1, 2, …, 6', () => {
    const run = descend({
      surface: 'himmelblau',
      optimizer: { name: 'sgd', options: { lr: 0.01 } },
      steps: 5,
    });
    expect(run.evaluations).toEqual({ value: [1, 2, 3, 4, 5, 6], gradient: [1, 2, 3, 4, 5, 6] });
    expect(run.traces).toBeUndefined();
  });

  it('descend(adam, record every 3) keeps the counts of the rows it records', () => {
    const run = descend({ surface: 'peaks', optimizer: 'adam', steps: 7, record: { every: 3 } });
    expect(run.evaluations).toEqual({ value: [1, 4, 7, 8], gradient: [1, 4, 7, 8] });
  });

  it('descend(bfgs) on Rosenbrock counts its line searches: at least one f per step, cumulative, and a trace per row ending at the row’s point', () => {
    const run = descend({
      surface: 'rosenbrock',
      optimizer: 'bfgs',
      start: [-1.2, 1],
      steps: 60,
      stop: { gradNorm: 1e-8 },
    });
    expect(run.status).toBe('converged');
    const { value, gradient } = run.evaluations as { value: number[]; gradient: number[] };
    expect(value.length).toBe(run.points.length);
    expect([value[0], gradient[0]]).toEqual([1, 1]);
    for (let i = 1; i < value.length; i++) {
      expect(value[i]).toBeGreaterThan(value[i - 1]);
      expect(gradient[i]).toBeGreaterThanOrEqual(gradient[i - 1]);
    }
    // A Wolfe search ends on a point where it took ∇f: the descent's own gradient there is not paid twice.
    expect(value[value.length - 1]).toBeGreaterThan(gradient[gradient.length - 1]);
    const traces = run.traces ?? [];
    expect(traces.length).toBe(run.points.length);
    expect(traces[0]).toBeNull();
    for (let i = 1; i < traces.length; i++) {
      const trials = traces[i]?.trials ?? [];
      expect(trials.length).toBeGreaterThan(0);
      expect(trials[trials.length - 1]).toEqual(run.points[i]);
    }
  });

  it('descend(gd-armijo) on a bowl from (1, 1) with lr 1 halves until f falls enough, counting those f', () => {
    // f = x² + y², g = (2, 2): α = 1 lands on (−1, −1), f = 2, not below 2 − 1e-4·8; α = 0.5 lands on the minimum.
    const run = descend({ formula: 'x^2 + y^2', optimizer: 'gd-armijo', start: [1, 1], steps: 1 });
    expect(run.points[1]).toEqual([0, 0]);
    expect(run.evaluations).toEqual({ value: [1, 3], gradient: [1, 2] });
    expect(run.traces?.[1]?.trials).toEqual([
      [-1, -1],
      [0, 0],
    ]);
  });
});
