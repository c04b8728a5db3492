import { describe, expect, it } from 'vitest';
import { descend } from '../train/descend.js';
import { basins } from './basins.js';
import { basinsFigure, shadeEdges } from './basins-view.js';

describe('basins', () => {
  it('basins(peaks, sgd) labels each start by the catalog minimum its own descent ends at', () => {
    const r = basins({
      surface: 'peaks',
      optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
      grid: 9,
      steps: 300,
    });
    expect(r.x).toHaveLength(9);
    expect(r.minima).toHaveLength(3);
    const [map] = r.maps;
    // Row-major over y then x: start k is (x[k % 9], y[⌊k / 9⌋]); each checked against descend alone.
    map.labels.forEach((label, k) => {
      const d = descend({
        surface: 'peaks',
        optimizer: { name: 'sgd', options: { lr: 0.03 } },
        start: [r.x[k % 9], r.y[Math.floor(k / 9)]],
        steps: 300,
      });
      const end = d.points[d.points.length - 1];
      const near = r.minima.findIndex((m) => Math.hypot(end[0] - m[0], end[1] - m[1]) <= 0.12);
      expect([label, map.steps[k]]).toEqual([
        d.status === 'max-steps' || d.status === 'converged' ? near : -1,
        d.steps,
      ]);
    });
    expect(new Set(map.labels)).toEqual(new Set([-1, 0, 1, 2]));
  });

  it('basins(formula x⁴ − 2x² + y²) clusters the endpoints into its two minima (±1, 0)', () => {
    const r = basins({
      formula: 'x^4 - 2*x^2 + y^2',
      optimizers: [{ name: 'adam', options: { lr: 0.05 } }],
      grid: 10,
      steps: 400,
      stop: { gradNorm: 1e-6 },
      domain: [
        [-2, 2],
        [-2, 2],
      ],
    });
    expect(
      r.minima
        .map(([x, y]) => [Math.round(x * 1e3) / 1e3 + 0, Math.round(y * 1e3) / 1e3 + 0])
        .sort((a, b) => a[0] - b[0]),
    ).toEqual([
      [-1, 0],
      [1, 0],
    ]);
    // Left half to one minimum, right half to the other (x = 0 is not on a grid of 10).
    const left = r.maps[0].labels.filter((_l, k) => r.x[k % 10] < 0);
    expect(new Set(left).size).toBe(1);
  });

  it('basins(a 1-D surface) is refused: a map needs two variables', () => {
    expect(() =>
      basins({ surface: 'double-well', optimizers: [{ name: 'sgd' }], grid: 5, steps: 5 }),
    ).toThrow(expect.objectContaining({ code: 'basins-needs-2d' }));
  });

  it('basinsFigure(two optimizers) draws two maps with the minima starred and one legend', async () => {
    const r = basins({
      surface: 'himmelblau',
      optimizers: [
        { name: 'sgd', options: { lr: 0.01 } },
        { name: 'adam', options: { lr: 0.1 } },
      ],
      grid: 12,
      steps: 200,
      stop: { gradNorm: 1e-4 },
    });
    await expect(basinsFigure(r, 'es')).toMatchFileSnapshot('./__snapshots__/basins-himmelblau.svg');
  });

  it('shadeEdges(maps) splits the labelled starts into fifths by steps, over every map', () => {
    const map = (steps: number[], labels: number[]) => ({ optimizer: 'o', steps, labels, statuses: [] });
    // ten starts of 1…10 steps and one that reached no minimum (its 999 steps do not count)
    const a = map([1, 2, 3, 4, 5, 999], [0, 0, 0, 0, 0, -1]);
    const b = map([6, 7, 8, 9, 10], [1, 1, 1, 1, 1]);
    expect(shadeEdges([a, b])).toEqual([3, 5, 7, 9]);
    // all alike (no tolerance: every start ran its steps): one shade, no edge
    expect(shadeEdges([map([500, 500, 500], [0, 1, 0])])).toEqual([]);
  });

  it('basinsFigure(peaks with a tolerance) shades a basin in five tints, and says the steps of each', () => {
    const r = basins({
      surface: 'peaks',
      optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
      grid: 40,
      steps: 500,
      stop: { gradNorm: 1e-6 },
    });
    const svg = basinsFigure(r, 'en');
    // A basin's colour mixed with white by a = 0, 0.18, 0.36, 0.54, 0.72 (v + (255 − v)·a, rounded):
    // for minimum 0's #1f77b4 = (31, 119, 180) the lightest is 31 + 224·0.72 = 192.28 → c0, …
    const tints = (c: number[]) =>
      [0, 0.18, 0.36, 0.54, 0.72].map(
        (a) =>
          `#${c
            .map((v) =>
              Math.round(v + (255 - v) * a)
                .toString(16)
                .padStart(2, '0'),
            )
            .join('')}`,
      );
    const basinTints = [tints([31, 119, 180]), tints([255, 127, 14]), tints([44, 160, 44])];
    // every one of the five shades colours some cell of some basin
    for (let k = 0; k < 5; k++) expect(basinTints.some((b) => svg.includes(`fill="${b[k]}"`))).toBe(true);
    expect(basinTints[0][4]).toBe('#c0d9ea');
    expect(svg).toContain('steps taken (lighter: more)');
    expect(svg).toMatch(/>\d+–\d+ steps</);
  });

  it('basinsFigure(no tolerance) says every start ran all its steps instead of shading', () => {
    const r = basins({
      surface: 'peaks',
      optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
      grid: 10,
      steps: 50,
    });
    expect(basinsFigure(r, 'es')).toContain('cada inicio da 50 pasos');
  });
});
