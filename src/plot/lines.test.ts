import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { categorical } from './colormaps.js';
import { lineChart } from './lines.js';
import { xmlProblem } from './xml.js';

const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;
const tickLabels = (svg: string): string[] =>
  [...(/<g class="tick-labels"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/>([^<]*)<\/text>/g)].map(
    (m) => m[1],
  );

// Seed 001's loss per epoch for f = w·x on X = [1..4], Y = 2X, lr = 0.01: L_k = 30·(1 − 0.15)^(2k).
const loss = Array.from({ length: 10 }, (_, k) => 30 * 0.85 ** (2 * k));

describe('lineChart', () => {
  it('lineChart of two short series matches its SVG snapshot', async () => {
    const svg = lineChart({
      series: [
        { name: 'lr = 0.01', y: loss },
        { name: 'half', y: loss.map((v) => v / 2), dash: '--' },
      ],
      yScale: 'log',
      title: 'Loss vs epochs',
      width: 400,
      height: 300,
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/lines-log.svg');
  });

  it('lineChart with yScale log puts the labelled y ticks at powers of ten', () => {
    const svg = lineChart({ series: [{ name: 'loss', y: [100, 10, 1, 0.1, 0.01] }], yScale: 'log' });
    const labels = tickLabels(svg);
    expect(labels).toEqual(expect.arrayContaining(['10⁻²', '10⁻¹', '10⁰', '10¹', '10²']));
    expect(svg).toContain('class="minor-ticks"');
  });

  it('lineChart with yScale log drops zeros, negatives and NaN, cutting the line instead of failing', () => {
    const svg = lineChart({
      series: [{ name: 'loss', y: [4, 2, 0, 1, -3, 0.5, Number.NaN, 0.25, 0.125] }],
      yScale: 'log',
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(xmlProblem(svg)).toBeNull();
    const line = /<g class="line" data-name="loss">(.*?)<\/g>/.exec(svg)![1];
    expect(count(line, /<polyline/g)).toBe(2);
    // The lone 1 and 0.5 between gaps have no neighbours to join: each is drawn as a dot.
    expect(count(line, /<circle/g)).toBe(2);
  });

  it('lineChart with yScale log and no positive value says so instead of drawing', () => {
    const svg = lineChart({ series: [{ name: 'loss', y: [0, 0, -1] }], yScale: 'log' });
    expect(svg).toContain('no positive values to show on a log scale');
    expect(xmlProblem(svg)).toBeNull();
  });

  it('lineChart maps x = 0 and the last x to the plot edges less 5 % margins', () => {
    const svg = lineChart({ series: [{ name: 's', x: [0, 10], y: [0, 1] }] });
    const [x0, , x1] = /class="line" data-name="s"><polyline points="([^"]+)"/
      .exec(svg)![1]
      .split(/[ ,]/)
      .map(Number);
    const r = /<clipPath id="plot-clip"><rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/
      .exec(svg)!
      .slice(1)
      .map(Number);
    expect(x0).toBeCloseTo(r[0] + r[1] * (0.5 / 11), 1);
    expect(x1).toBeCloseTo(r[0] + r[1] * (10.5 / 11), 1);
  });

  it('lineChart gives each series the next categorical colour and one legend entry', () => {
    const series = ['a', 'b', 'c'].map((name, i) => ({ name, y: [i, i + 1, i + 3] }));
    const svg = lineChart({ series });
    series.forEach((s, i) => {
      expect(svg).toMatch(new RegExp(`data-name="${s.name}"><polyline [^>]*stroke="${categorical[i]}"`));
    });
    expect(count(svg, /class="legend-entry"/g)).toBe(3);
  });

  it('lineChart with markers draws a circle at every point', () => {
    const svg = lineChart({ series: [{ name: 's', y: [3, 1, 2, 5] }], markers: true, legend: 'none' });
    expect(count(svg, /<circle/g)).toBe(4);
  });

  it('lineChart in Spanish labels the axes Épocas and Pérdida', () => {
    const svg = lineChart({ series: [{ name: 's', y: [3, 1] }], lang: 'es' });
    expect(svg).toContain('>Épocas</text>');
    expect(svg).toContain('>Pérdida</text>');
  });

  it('lineChart escapes series names and titles', () => {
    const svg = lineChart({ series: [{ name: 'a<b>&"c"', y: [1, 2] }], title: "it's <i>" });
    expect(svg).toContain('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlProblem(svg)).toBeNull();
  });

  it('lineChart rejects x and y of different lengths with DescensoError plot-bad-input', () => {
    expect(() => lineChart({ series: [{ name: 's', x: [0, 1, 2], y: [1, 2] }] })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
    expect(() => lineChart({ series: [{ name: 's', x: [0], y: [1, 2] }] })).toThrow(DescensoError);
  });

  it('lineChart tick labels print clean decimals (0.3, never 0.30000000000000004)', () => {
    const svg = lineChart({ series: [{ name: 's', y: [0.1, 0.2, 0.30000000000000004, 0.7] }] });
    for (const l of tickLabels(svg)) expect(l.length).toBeLessThanOrEqual(5);
    expect(tickLabels(svg)).toContain('0.3');
  });
});
