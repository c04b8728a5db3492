import { describe, expect, test } from 'vitest';
import { run } from '../experiment/run.js';
import type { FitExperiment } from '../experiment/types.js';
import { lrFind } from './lrfind.js';

// Seed 004's data and start: fit converges for lr 0.01 … 0.7 and diverges from 0.8 (issue 13).
const seed004: FitExperiment = {
  kind: 'fit',
  version: 2,
  data: { family: 'linear', slope: 5, noise: 2, seed: 22 },
  model: 'linear',
  optimizers: [{ name: 'sgd' }],
  epochs: 100,
  regimes: ['batch'],
  init: { w: 10 },
};

const fitWith = (lr: number) =>
  run({ ...seed004, optimizers: [{ name: 'sgd', options: { lr } }], epochs: 500, stop: { tolerance: 1e-9 } })
    .runs[0].status;

describe('lrFind', () => {
  test('lrFind(seed 004) suggests an lr that a plain fit converges with', () => {
    const r = lrFind(seed004);
    expect(r.suggested).not.toBeNull();
    expect(r.suggested!).toBeGreaterThanOrEqual(0.01);
    expect(r.suggested!).toBeLessThanOrEqual(0.7);
    expect(fitWith(r.suggested!)).toBe('converged');
    // The test stopped where fit itself diverges: past 0.8.
    expect(r.stoppedAt).not.toBeNull();
    expect(r.lrs[r.stoppedAt!]).toBeGreaterThan(0.7);
    expect(fitWith(r.lrs[r.stoppedAt!])).toBe('diverged');
  });

  test('lrFind(seed 004, minibatch) also suggests a converging lr', () => {
    const r = lrFind({ ...seed004, regimes: ['minibatch'] });
    expect(r.suggested!).toBeGreaterThanOrEqual(0.01);
    expect(r.suggested!).toBeLessThanOrEqual(0.7);
    expect(fitWith(r.suggested!)).toBe('converged');
  });

  test('lrFind stops on the step whose smoothed loss passes 4× its minimum since the first tenth', () => {
    const r = lrFind(seed004);
    const k = r.stoppedAt!;
    const minSince10 = (j: number) => Math.min(...r.smoothed.slice(10, j));
    expect(r.smoothed[k]).toBeGreaterThan(4 * minSince10(k));
    for (let j = 11; j < k; j++) expect(r.smoothed[j]).toBeLessThanOrEqual(4 * minSince10(j));
    expect(r.losses).toHaveLength(k + 1);
  });

  test('lrFind(seed 004, sgd regime) is not stopped by single noisy points at the start', () => {
    // One point per step: the first losses swing by far more than 4×, and are left out of the rule.
    const r = lrFind({ ...seed004, regimes: ['sgd'] });
    expect(r.stoppedAt!).toBeGreaterThan(50);
    expect(fitWith(r.suggested!)).toBe('converged');
  });

  test('lrFind grows lr exponentially from minLr to maxLr and smooths with bias correction', () => {
    const r = lrFind(seed004, { minLr: 1e-5, maxLr: 1e-3, steps: 21 });
    expect(r.stoppedAt).toBeNull();
    expect(r.lrs).toHaveLength(21);
    expect(r.lrs[0]).toBe(1e-5);
    expect(r.lrs[10]).toBeCloseTo(1e-4, 15);
    expect(r.lrs[20]).toBeCloseTo(1e-3, 12);
    // Bias correction: the first smoothed value is the first loss itself.
    expect(r.smoothed[0]).toBeCloseTo(r.losses[0], 12);
    const avg2 = (0.9 * 0.1 * r.losses[0] + 0.1 * r.losses[1]) / (1 - 0.81);
    expect(r.smoothed[1]).toBeCloseTo(avg2, 12);
  });

  test('lrFind whose first step diverges records it as an infinite loss and suggests nothing', () => {
    const r = lrFind(seed004, { minLr: 1e8, maxLr: 1e9, steps: 5 });
    expect(r).toEqual({
      lrs: [1e8],
      losses: [Number.POSITIVE_INFINITY],
      smoothed: [Number.POSITIVE_INFINITY],
      suggested: null,
      stoppedAt: 0,
    });
  });

  test('lrFind with bad options throws lrfind-bad-option naming the option', () => {
    expect(() => lrFind(seed004, { minLr: 0 })).toThrow(/minLr/);
    expect(() => lrFind(seed004, { minLr: 1, maxLr: 0.5 })).toThrow(/maxLr: 0.5/);
    expect(() => lrFind(seed004, { steps: 1 })).toThrow(/steps: 1/);
    expect(() => lrFind({ ...seed004, regimes: ['batch', 'sgd'] })).toThrow(/one regime/);
  });
});
