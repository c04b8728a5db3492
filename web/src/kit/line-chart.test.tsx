import { signal } from '@preact/signals';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { type ChartSpec, chartFrame, MARGIN, penPath } from './chart-scales.js';
import { chartSvg } from './chart-svg.js';
import { LineChart } from './line-chart.js';

const spec: ChartSpec = { series: [{ color: '#00f', name: 'adam', ys: [4, 2, 1, 0.5] }] };

describe('chartFrame', () => {
  it('chartFrame maps the data’s x range onto the plot width and y upward', () => {
    const f = chartFrame({ series: [{ color: '#000', ys: [0, 10], xs: [0, 10] }] }, 400, 200);
    expect(f.sx(f.x[0])).toBeCloseTo(MARGIN.l);
    expect(f.sx(f.x[1])).toBeCloseTo(400 - MARGIN.r);
    expect(f.sy(f.y[0])).toBeCloseTo(200 - MARGIN.b);
    expect(f.sy(f.y[1])).toBeCloseTo(MARGIN.t);
  });
  it('chartFrame on a log y axis ignores values ≤ 0 and puts each decade the same distance apart', () => {
    const f = chartFrame({ logY: true, series: [{ color: '#000', ys: [0, 1, 10, 100] }] }, 400, 200);
    expect(f.y[0]).toBeGreaterThan(0);
    expect(f.sy(1) - f.sy(10)).toBeCloseTo(f.sy(10) - f.sy(100));
  });
  it('chartFrame with no data still gives finite scales', () => {
    const f = chartFrame({ series: [] }, 300, 180);
    expect(Number.isFinite(f.sx(0.5))).toBe(true);
    expect(f.yTicks.length).toBeGreaterThan(0);
  });
});

describe('penPath', () => {
  it('penPath draws a 100,000-point series with at most a few points per pixel column, ending on the last', () => {
    const ys = Float64Array.from({ length: 100_000 }, (_v, i) => Math.sin(i / 1000));
    const f = chartFrame({ series: [{ color: '#000', ys }] }, 400, 200);
    const path = penPath({ color: '#000', ys }, f);
    expect(path.length).toBeLessThan(1200);
    expect(path.at(-1)).toBe(99_999);
  });
  it('penPath breaks the line (−1) at a value it cannot draw', () => {
    const s = { color: '#000', ys: [1, Number.NaN, 2] };
    expect(penPath(s, chartFrame({ series: [s] }, 400, 200))).toEqual([0, -1, 2]);
  });
});

describe('LineChart', () => {
  it('LineChart with a cursor is two stacked layers, the series one named by the label', () => {
    const html = render(<LineChart spec={signal(spec)} cursor={signal(2)} label="loss per step" />);
    expect(html).toBe(
      '<div class="chart layers"><canvas class="layer" role="img" aria-label="loss per step"></canvas><canvas class="layer" aria-hidden="true"></canvas></div>',
    );
  });
  it('chartSvg draws the spec as an SVG figure with its title and the series in the legend', () => {
    const svg = chartSvg({ ...spec, logY: true, xLabel: 'step' }, 'Loss');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Loss');
    expect(svg).toContain('adam');
    expect(svg).toContain('step');
  });
});
