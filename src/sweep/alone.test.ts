import { describe, expect, it } from 'vitest';
import { descend } from '../train/descend.js';
import { descendGroups } from './alone.js';
import { basins } from './basins.js';
import { BATCH_STATUSES, batchDescend } from './batch.js';

const starts = [
  [0, 0],
  [-3, 3],
  [4, -4],
];

describe('groups the batch cannot run', () => {
  it('descendGroups runs bfgs one start at a time, each run what descend gives it alone, the batchable group still in the batch, in order', () => {
    const spec = {
      surface: 'himmelblau',
      steps: 40,
      stop: { gradNorm: 1e-8 },
      groups: [
        { optimizer: { name: 'sgd', options: { lr: 0.01 } }, starts },
        { optimizer: 'bfgs', starts },
      ],
    };
    const { groups } = descendGroups(spec, 2);
    expect(groups[0]).toEqual(batchDescend({ ...spec, groups: [spec.groups[0]] }).groups[0]);
    starts.forEach((start, i) => {
      const alone = descend({
        surface: 'himmelblau',
        optimizer: 'bfgs',
        start,
        steps: 40,
        stop: { gradNorm: 1e-8 },
      });
      const last = alone.points.length - 1;
      expect(BATCH_STATUSES[groups[1].status[i]]).toBe(alone.status);
      expect(groups[1].steps[i]).toBe(alone.steps);
      expect(Array.from(groups[1].points.subarray(2 * i, 2 * i + 2))).toEqual(alone.points[last]);
      expect(groups[1].values[i]).toBe(alone.values[last]);
    });
  });

  it('basins(himmelblau, bfgs and cg-pr) maps every start of a 5×5 grid to one of the four minima', () => {
    const r = basins({
      surface: 'himmelblau',
      optimizers: [{ name: 'bfgs' }, { name: 'cg-pr' }],
      grid: 5,
      steps: 100,
      stop: { gradNorm: 1e-8 },
    });
    expect(r.maps.map((m) => m.optimizer)).toEqual(['bfgs', 'cg-pr']);
    for (const m of r.maps) {
      expect(m.statuses.every((s) => s === 'converged')).toBe(true);
      expect(m.labels.every((l) => l >= 0 && l < 4)).toBe(true);
    }
  });
});
