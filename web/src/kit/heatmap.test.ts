import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS } from '../../../src/plot/index.js';
import { descentMap, sampleGrid } from '../../../src/plot/views/index.js';
import { levelsOf } from './heatmap.js';

const rosenbrock = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
const saddle = (x: number, y: number) => x * x - y * y;

/** The band boundaries an SVG map was drawn with (data-level of each band, then the top). */
const svgLevels = (svg: string) =>
  [...svg.matchAll(/class="band" data-level="([^"]+)"/g)].map((m) => Number(m[1]));

describe('levelsOf (the heat map) and the SVG map share the one level rule', () => {
  for (const [name, f] of [
    ['rosenbrock (log levels)', rosenbrock],
    ['x² − y² (linear levels)', saddle],
  ] as const)
    it(`levelsOf(${name}) gives the boundaries descentMap draws for the same samples`, () => {
      const n = 41;
      const { values } = sampleGrid(f, [-2, 2], [-1, 3], n);
      const field = {
        vars: ['x', 'y'],
        domain: [
          [-2, 2],
          [-1, 3],
        ] as [number, number][],
        n,
        values: Array.from(values),
        text: '',
        latex: '',
      };
      const { levels } = levelsOf(Float64Array.from(values), DEFAULT_LEVELS);
      const drawn = svgLevels(descentMap({}, { runs: [], field }));
      // every band of the SVG starts at a level of the canvas, in order (empty bands are skipped)
      expect(drawn.length).toBeGreaterThan(10);
      for (const v of drawn) expect(levels).toContain(v);
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    });

  it('levelsOf colours a band’s middle with the colour position the SVG fills it with', () => {
    const { values } = sampleGrid(rosenbrock, [-2, 2], [-1, 3], 41);
    const { levels, norm } = levelsOf(Float64Array.from(values), 30);
    const bands = levels.length - 1;
    for (const k of [0, 7, 29])
      expect(norm((levels[k] + levels[k + 1]) / 2)).toBeCloseTo((k + 0.5) / bands, 12);
  });
});
