import { describe, expect, it } from 'vitest';
import { type DescendExperiment, defaultExperiment } from '../../../../src/experiment/index.js';
import { BASIN_PALETTE, basinPixels } from './basin-draw.js';
import { BASIN_STEPS, basinSpecOf } from './basin-state.js';

const rgba = (px: Uint8ClampedArray, i: number) => Array.from(px.subarray(i * 4, i * 4 + 4));

describe('basinPixels', () => {
  // a 2 × 2 grid, row 0 at the bottom: basin 0 in few steps, basin 1 in many, a divergence, a start not computed yet
  const map = {
    optimizer: 'sgd',
    labels: Int16Array.from([0, 1, -1, -2]),
    steps: Int32Array.from([10, 50, 3, 0]),
    status: Uint8Array.from([1, 1, 2, 0]),
  };
  const px = basinPixels(map, 2);

  it('puts the grid’s top row first: row 1 (y high) is the image’s row 0', () => {
    // image row 0 = grid row 1: the diverged start (dark) then the one not computed (clear)
    expect(rgba(px, 0)).toEqual([0x26, 0x26, 0x26, 150]);
    expect(rgba(px, 1)).toEqual([0, 0, 0, 0]);
  });

  it('colours a basin by its minimum, full colour for the fewest steps and lighter for the most', () => {
    const hex = BASIN_PALETTE[0];
    const full = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    expect(rgba(px, 2)).toEqual([...full, 150]);
    const orange = [1, 3, 5].map((i) => Number.parseInt(BASIN_PALETTE[1].slice(i, i + 2), 16));
    const light = rgba(px, 3);
    // two starts reached a minimum: the quintile edges are [50], so 50 steps is the second of
    // the core's five shades (mixed with white by 0.72 / 4), as `descenso basins --plot` shades it
    expect(light.slice(0, 3)).toEqual(orange.map((v) => Math.round(v + (255 - v) * 0.18)));
  });

  it('shades by the quintiles of the steps, so a long tail of slow starts does not wash out the rest', () => {
    // 9 starts in basin 0: eight took 10–17 steps, one took 1,000
    const steps = [10, 11, 12, 13, 14, 15, 16, 17, 1000];
    const tail = {
      optimizer: 'sgd',
      labels: Int16Array.from(steps.map(() => 0)),
      steps: Int32Array.from(steps),
      status: Uint8Array.from(steps.map(() => 1)),
    };
    const out = basinPixels(tail, 3);
    const reds = [6, 7, 8, 3, 4, 5, 0, 1, 2].map((pixel) => out[pixel * 4]);
    // five distinct shades among the first eight starts; equal widths would give them one
    expect(new Set(reds.slice(0, 8)).size).toBe(5);
    expect(reds[8]).toBe(reds[7]);
  });
});

describe('basinSpecOf', () => {
  it('is null for finite differences or a noisy gradient (a batch would not be the runs drawn)', () => {
    const e = defaultExperiment as DescendExperiment;
    const area: [[number, number], [number, number]] = [
      [-3, 3],
      [-3, 3],
    ];
    expect(basinSpecOf({ ...e, gradient: 'central' }, area)).toBeNull();
    expect(basinSpecOf({ ...e, noise: { sigma: 0.1 } }, area)).toBeNull();
    expect(basinSpecOf({ ...e, steps: 50_000 }, area)?.steps).toBe(BASIN_STEPS);
    expect(basinSpecOf({ ...e, start: [1, 1] }, area)).toEqual(basinSpecOf(e, area));
  });
});
