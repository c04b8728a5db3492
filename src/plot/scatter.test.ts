import { describe, expect, it } from 'vitest';
import { scatterFit } from './scatter.js';
import { xmlProblem } from './xml.js';

const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;
const x = [0, 0.25, 0.5, 0.75, 1];
const y = [0.31, 0.39, 0.58, 0.62, 0.83];

describe('scatterFit', () => {
  it('scatterFit of five points and a fitted line matches its SVG snapshot', async () => {
    const svg = scatterFit({
      x,
      y,
      curves: [{ name: 'y = 0.3 + 0.5x', x: [0, 1], y: [0.3, 0.8] }],
      xLabel: 'Independent',
      yLabel: 'dependent',
      title: 'Fit',
      width: 400,
      height: 300,
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/scatter-fit.svg');
  });

  it('scatterFit draws one circle per point and the first curve red and dashed, as the tutorials do', () => {
    const svg = scatterFit({ x, y, curves: [{ name: 'model', x: [0, 1], y: [0.3, 0.8] }], legend: 'none' });
    const points = /<g class="points"[^>]*>(.*?)<\/g>/.exec(svg)![1];
    expect(count(points, /<circle/g)).toBe(5);
    expect(svg).toMatch(
      /data-name="model"><polyline [^>]*stroke="#ff0000" stroke-width="2" stroke-dasharray="[\d.,]+"/,
    );
  });

  it('scatterFit names the points Data, or Datos in Spanish, in the legend', () => {
    expect(scatterFit({ x, y })).toContain('>Data</text>');
    expect(scatterFit({ x, y, lang: 'es' })).toContain('>Datos</text>');
  });

  it('scatterFit skips non-finite points without breaking the SVG', () => {
    const svg = scatterFit({ x: [0, 1, 2], y: [1, Number.NaN, Infinity] });
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(xmlProblem(svg)).toBeNull();
  });

  it('scatterFit rejects x and y of different lengths with DescensoError plot-bad-input', () => {
    expect(() => scatterFit({ x: [1, 2], y: [1] })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
  });
});
