import { describe, expect, it } from 'vitest';
import { codeOf, hostileObject } from '../testing.js';
import {
  categoricalColor,
  colormap,
  contourLevels,
  contourMap,
  escapeXml,
  formatNumber,
  lineChart,
  lossCurve,
  panels,
  scaleLinear,
  scaleLog,
  scatterFit,
  tangentPlot,
} from './index.js';

const weird = hostileObject();

describe('the chart functions with arguments of the wrong kind', () => {
  const charts: [string, (o: never) => string][] = [
    ['contourMap', contourMap],
    ['lineChart', lineChart],
    ['lossCurve', lossCurve],
    ['scatterFit', scatterFit],
    ['tangentPlot', tangentPlot],
  ];
  it.each(charts)('%s(undefined, null, a number, an array) throws bad-argument', (_n, chart) => {
    for (const o of [undefined, null, 3, [1, 2]])
      expect(codeOf(() => chart(o as never))).toBe('bad-argument');
  });

  it('lineChart({ series: a number }) throws bad-argument; a series named by a BigInt is no TypeError', () => {
    expect(codeOf(() => lineChart({ series: 3 } as never))).toBe('bad-argument');
    expect(codeOf(() => lineChart({ series: [{ name: 10n, y: 1 }] } as never))).toBe('plot-bad-input');
  });

  it('contourMap({ grid: sizes that are objects whose toString is no function }) throws plot-bad-input', () => {
    expect(codeOf(() => contourMap({ grid: { nx: weird, ny: weird } } as never))).toBe('plot-bad-input');
  });

  it('tangentPlot(samples 1e12) throws plot-bad-input before allocating; 201 samples draw', () => {
    expect(codeOf(() => tangentPlot({ f: (x: number) => x * x, x0: 1, slope: 2, samples: 1e12 }))).toBe(
      'plot-bad-input',
    );
    expect(tangentPlot({ f: (x: number) => x * x, x0: 1, slope: 2 })).toContain('<svg');
  });

  it('panels(not a list of strings) and panels([svg], { gap: NaN }) throw plot-bad-input', () => {
    expect(codeOf(() => panels(3 as never))).toBe('plot-bad-input');
    expect(codeOf(() => panels([1, 2] as never))).toBe('plot-bad-input');
    const svg = lineChart({ series: [{ name: 'a', y: [1, 2] }] });
    expect(codeOf(() => panels([svg], { gap: Number.NaN }))).toBe('plot-bad-input');
    expect(codeOf(() => panels([svg], [1] as never))).toBe('plot-bad-input');
  });

  it('scaleLinear and scaleLog(undefined, a BigInt pair) throw plot-bad-input', () => {
    for (const scale of [scaleLinear, scaleLog]) {
      expect(codeOf(() => scale(undefined as never, [0, 1]))).toBe('plot-bad-input');
      expect(codeOf(() => scale([1n, 2n] as never, [0, 1]))).toBe('plot-bad-input');
    }
  });

  it('formatNumber(a symbol) and (1, 0 digits) throw bad-argument; (π, 3) is 3.14', () => {
    expect(codeOf(() => formatNumber(Symbol('n') as never))).toBe('bad-argument');
    expect(codeOf(() => formatNumber(1, 0))).toBe('bad-argument');
    expect(formatNumber(Math.PI, 3)).toBe('3.14');
  });

  it('categoricalColor, colormap, contourLevels and escapeXml refuse an object whose toString is no function', () => {
    expect(codeOf(() => categoricalColor(weird))).toBe('bad-argument');
    expect(codeOf(() => categoricalColor(Number.NaN))).toBe('bad-argument');
    expect(codeOf(() => colormap(weird))).toBe('plot-unknown-colormap');
    expect(codeOf(() => contourLevels(0, 1, weird))).toBe('plot-bad-input');
    expect(codeOf(() => escapeXml(weird))).toBe('bad-argument');
    expect(escapeXml(3 as never)).toBe('3');
  });
});
