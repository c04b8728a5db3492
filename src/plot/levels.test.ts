import { describe, expect, it } from 'vitest';
import { contourLevels, levelNorm, levelScaleOf } from './levels.js';
import { niceLevels } from './scales.js';
import { sampleGrid } from './views/common.js';

const peaks = (x: number, y: number) =>
  3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
  10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
  (1 / 3) * Math.exp(-((x + 1) ** 2) - y ** 2);
const rosenbrock = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe('contourLevels(values, count, scale)', () => {
  it("contourLevels of peaks on [−3, 3]² (100²) is linear under 'auto': matplotlib's levels of its range", () => {
    const { values } = sampleGrid(peaks, [-3, 3], [-3, 3], 100);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    expect(levelScaleOf(values)).toBe('linear');
    expect(contourLevels(values, 30)).toEqual(niceLevels(lo, hi, 30));
    expect(contourLevels(values, 30, 'auto')).toEqual(contourLevels(values, 30, 'linear'));
  });

  it("contourLevels of Rosenbrock on [−2, 2] × [−1, 3] is logarithmic under 'auto': 30 bands from its min to its max, denser at the bottom", () => {
    const { values } = sampleGrid(rosenbrock, [-2, 2], [-1, 3], 61);
    const levels = contourLevels(values, 30);
    expect(levelScaleOf(values)).toBe('log');
    expect(levels).toHaveLength(31);
    expect(levels[0]).toBe(Math.min(...values));
    expect(levels[30]).toBe(Math.max(...values));
    expect(levels[1] - levels[0]).toBeLessThan((levels[30] - levels[29]) / 10);
  });

  it('contourLevels(values, count, "log") forced on an even spread still rises strictly', () => {
    const levels = contourLevels([0, 1, 2, 3, 4], 8, 'log');
    for (let k = 1; k < levels.length; k++) expect(levels[k]).toBeGreaterThan(levels[k - 1]);
  });

  it('contourLevels(min, max, count) is the linear rule of a range (the old call still works)', () => {
    expect(contourLevels(-6.55, 8.1, 30)).toEqual(niceLevels(-6.55, 8.1, 30));
  });

  it('contourLevels skips NaN and ±∞ and returns [] when nothing is finite', () => {
    expect(contourLevels([Number.NaN, 1, Infinity, 3], 2, 'linear')).toEqual(niceLevels(1, 3, 2));
    expect(contourLevels([Number.NaN, -Infinity], 10)).toEqual([]);
  });

  it('contourLevels refuses a count outside 1..1000 and an unknown scale with plot-bad-input', () => {
    for (const bad of [0, 1.5, 1001, Number.NaN])
      expect(() => contourLevels([0, 1], bad)).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
    expect(() => contourLevels([0, 1], 5, 'cubic' as 'log')).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
  });
});

describe('levelNorm(levels)', () => {
  it('levelNorm maps the middle of band k to (k + ½)/bands, the colour the SVG fills band k with', () => {
    const levels = [0, 1, 10, 100];
    const norm = levelNorm(levels);
    expect(norm(0.5)).toBeCloseTo(0.5 / 3, 15);
    expect(norm(5.5)).toBeCloseTo(1.5 / 3, 15);
    expect(norm(55)).toBeCloseTo(2.5 / 3, 15);
  });

  it('levelNorm clamps outside the levels to 0 and 1 and keeps NaN', () => {
    const norm = levelNorm([0, 2]);
    expect(norm(-1)).toBe(0);
    expect(norm(0)).toBe(0);
    expect(norm(3)).toBe(1);
    expect(norm(Number.NaN)).toBeNaN();
  });
});
