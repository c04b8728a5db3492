import { describe, expect, it } from 'vitest';
import { basins } from '../../../src/sweep/basins.js';
import { runSweep } from '../../../src/sweep/sweep.js';
import type { SweepRow, SweepStudy } from '../../../src/sweep/types.js';
import { type BasinSpec, basinsProgressively, emptyMaps, placeRows } from './study-basins.js';
import { chunkPairs, sweepProgressively, sweepResult, sweepShape } from './study-sweep.js';

const peaks: SweepStudy = {
  kind: 'sweep',
  version: 2,
  base: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 300,
    stop: { gradNorm: 1e-6 },
    optimizers: [{ name: 'sgd' }, { name: 'adam' }],
  },
  // an odd count: the last chunk pairs the last value with its neighbour and keeps only the last
  vary: [{ option: 'lr', from: 0.001, to: 1, scale: 'log', count: 7 }],
};

const phase: SweepStudy = {
  kind: 'sweep',
  version: 2,
  base: {
    kind: 'descend',
    version: 2,
    surface: 'bowl-elongated',
    steps: 200,
    stop: { gradNorm: 1e-6 },
    optimizers: [{ name: 'sgd' }],
  },
  vary: [
    { option: 'lr', from: 0.01, to: 0.2, scale: 'lin', count: 5 },
    { option: 'momentum', from: 0, to: 0.9, scale: 'lin', count: 4 },
  ],
};

const fit: SweepStudy = {
  kind: 'sweep',
  version: 2,
  base: {
    kind: 'fit',
    version: 2,
    data: { family: 'linear', slope: 5, noise: 2, seed: 22, points: 50 },
    model: 'linear',
    init: { w: 10 },
    optimizers: [{ name: 'sgd' }],
    epochs: 100,
    regimes: ['batch'],
    stop: { tolerance: 1e-9 },
  },
  vary: [{ option: 'lr', from: 0.05, to: 0.9, scale: 'lin', count: 4 }],
};

async function progressive(study: SweepStudy): Promise<{ rows: (SweepRow | null)[]; calls: number }> {
  const rows: (SweepRow | null)[] = new Array(sweepShape(study).total).fill(null);
  let calls = 0;
  await sweepProgressively(
    study,
    (p) => {
      calls++;
      p.at.forEach((at, i) => {
        expect(rows[at]).toBeNull(); // each row placed once
        rows[at] = p.rows[i];
      });
    },
    () => false,
  );
  return { rows, calls };
}

describe('sweepProgressively', () => {
  it('chunkPairs(7) covers every value, the last paired with its neighbour', () => {
    expect(chunkPairs(7)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [5, 6],
    ]);
    expect(chunkPairs(1)).toEqual([[0, 0]]);
  });

  for (const [name, study] of [
    ['a curve on peaks (sgd, adam, 7 log values)', peaks],
    ['a phase diagram on bowl-elongated (lr × momentum)', phase],
    ['a fit of the seed-like data', fit],
  ] as const)
    it(`${name}: the rows chunk by chunk are runSweep's rows, and so is the best`, async () => {
      const whole = runSweep(study);
      const { rows, calls } = await progressive(study);
      expect(calls).toBe(chunkPairs(study.vary[0].count).length);
      expect(rows).toEqual(whole.runs);
      expect(sweepResult(study, rows).best).toEqual(whole.best);
    });

  it('stops between chunks when asked, and says so', async () => {
    let calls = 0;
    const finished = await sweepProgressively(
      phase,
      () => calls++,
      () => calls >= 1,
    );
    expect(finished).toBe(false);
    expect(calls).toBe(1);
  });
});

describe('basinsProgressively', () => {
  it('labels, steps and statuses of peaks by rows equal descenso basins on the same grid', async () => {
    const spec: BasinSpec = {
      surface: 'peaks',
      steps: 200,
      stop: { gradNorm: 1e-4 },
      optimizers: [
        { name: 'sgd', options: { lr: 0.03 } },
        { name: 'adam', options: { lr: 0.05 } },
      ],
      grid: 24,
      area: [
        [-3, 3],
        [-3, 3],
      ],
    };
    const core = basins({ ...spec, domain: spec.area });
    const maps = emptyMaps(spec);
    let chunks = 0;
    await basinsProgressively(
      { ...spec, domain: spec.area },
      (rows) => {
        chunks++;
        placeRows(maps, spec.grid, rows);
      },
      () => false,
    );
    expect(chunks).toBeGreaterThan(1);
    maps.forEach((m, k) => {
      expect(Array.from(m.labels)).toEqual(core.maps[k].labels);
      expect(Array.from(m.steps)).toEqual(core.maps[k].steps);
    });
  });

  it('an optimizer a batch cannot run gets its error, the others their maps', async () => {
    const spec: BasinSpec = {
      surface: 'peaks',
      steps: 50,
      optimizers: [{ name: 'newton' }, { name: 'sgd', options: { lr: 0.03 } }],
      grid: 8,
      area: [
        [-3, 3],
        [-3, 3],
      ],
    };
    const maps = emptyMaps(spec);
    await basinsProgressively(
      spec,
      (rows) => placeRows(maps, spec.grid, rows),
      () => false,
    );
    expect(maps[0].error?.code).toBe('sweep-not-batched');
    expect(maps[1].error).toBeUndefined();
    expect(Array.from(maps[1].labels).some((l) => l >= 0)).toBe(true);
  });
});
