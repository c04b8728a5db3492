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
    // the most steps: the lightest of four shades (mixed with white by 3 × 0.18)
    expect(light.slice(0, 3)).toEqual(orange.map((v) => Math.round(v + (255 - v) * 0.54)));
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
