import { describe, expect, it } from 'vitest';
import type { FitOutcome } from '../../../src/experiment/index.js';
import { epochsToTolerance, raceRows } from './race.js';

const h = (...losses: number[]) => losses.map((loss, epoch) => ({ epoch, loss }));

describe('epochsToTolerance', () => {
  it('epochsToTolerance is the first epoch whose loss moved by at most tol·max(1, |loss|)', () => {
    // changes: 6, 2, 0.5, 0.05 → within 0.1 first at epoch 4
    expect(epochsToTolerance(h(10, 4, 2, 1.5, 1.45), 0.1)).toBe(4);
    // relative above 1: |20.5 − 20| = 0.5 ≤ 0.05·20
    expect(epochsToTolerance(h(40, 20.5, 20), 0.05)).toBe(2);
  });

  it('epochsToTolerance is null when no epoch settles, or the loss is not finite', () => {
    expect(epochsToTolerance(h(10, 5, 2), 0.1)).toBeNull();
    expect(epochsToTolerance(h(Number.NaN, Number.NaN), 1)).toBeNull();
  });
});

describe('raceRows', () => {
  const run = (label: string, losses: number[], status: FitOutcome['status'] = 'max-steps') =>
    ({ label, regime: 'batch', status, history: h(...losses) }) as unknown as FitOutcome;

  it('raceRows gives each run its optimizer (runs are optimizers × regimes), the loss shown and the last', () => {
    const rows = raceRows([run('a', [4, 2, 1]), run('b', [4, 3]), run('c', [5, 5])], 2, 0.01, 5);
    expect(rows.map((r) => [r.optimizer, r.loss, r.finalLoss, r.settled])).toEqual([
      [0, 1, 1, null],
      [0, 3, 3, null],
      [1, 5, 5, 1],
    ]);
    expect(raceRows([run('a', [4, 2, 1])], 1, 0.01, 1)[0].loss).toBe(2);
  });
});
