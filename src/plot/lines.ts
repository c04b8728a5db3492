/**
 * lineChart: values against steps — loss vs epoch on a log axis (seed 004's semilogy), the value
 * of f along a descent, several optimizers side by side. On a log axis non-positive and
 * non-finite values are left out and the line is cut there instead of failing.
 */
import { badArgument, DescensoError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { showValue } from '../text.js';
import { checkOptions } from './args.js';
import { categoricalColor } from './colormaps.js';
import { label } from './labels.js';
import type { LegendPosition } from './legend.js';
import type { LineStyle } from './svg.js';
import { xyChart } from './xy.js';

export interface LineSeries {
  name: string;
  /** Defaults to 0, 1, 2, … (the epoch or step index). */
  x?: readonly number[];
  y: readonly number[];
  color?: string;
  dash?: LineStyle;
  width?: number;
}

export interface LineChartOptions {
  series: readonly LineSeries[];
  xLabel?: string;
  yLabel?: string;
  yScale?: 'linear' | 'log';
  xScale?: 'linear' | 'log';
  title?: string;
  width?: number;
  height?: number;
  /** Circles at every point. */
  markers?: boolean;
  legend?: LegendPosition;
  grid?: boolean;
  lang?: Lang;
}

export const lineDefaults = {
  width: 640,
  height: 420,
  yScale: 'linear' as 'linear' | 'log',
  xScale: 'linear' as 'linear' | 'log',
  markers: false,
  grid: false,
  legend: 'best' as LegendPosition,
  lang: 'en' as Lang,
};

/** Checks one series and returns its x values (given or 0..n−1). */
export function seriesX(
  s: { name: string; x?: readonly number[]; y: readonly number[] },
  what: string,
): readonly number[] {
  if (!s || (!Array.isArray(s.y) && !ArrayBuffer.isView(s.y))) {
    throw new DescensoError('plot-bad-input', { what: 'series', value: showValue(s?.name ?? null) });
  }
  if (s.x === undefined) return Array.from({ length: s.y.length }, (_, i) => i);
  if (s.x.length !== s.y.length) {
    throw new DescensoError('plot-bad-input', {
      what: 'lengths',
      value: `${what} ${showValue(s.name)}, x: ${showValue(s.x.length)} ≠ y: ${s.y.length}`,
    });
  }
  return s.x;
}

/** A line chart as an SVG string. */
export function lineChart(options: LineChartOptions): string {
  checkOptions('lineChart', options);
  if (!Array.isArray(options.series)) throw badArgument('lineChart', 1, options, 'chart');
  const o = { ...lineDefaults, ...options };
  return xyChart({
    marks: o.series.map((s, i) => ({
      kind: 'line' as const,
      name: s.name,
      x: seriesX(s, 'series'),
      y: s.y,
      color: s.color ?? categoricalColor(i),
      dash: s.dash,
      width: s.width,
      markers: o.markers,
    })),
    xScale: o.xScale,
    yScale: o.yScale,
    title: o.title,
    description: label(o.lang, 'plot-line-chart'),
    xLabel: o.xLabel ?? label(o.lang, 'plot-epochs'),
    yLabel: o.yLabel ?? label(o.lang, 'plot-loss'),
    width: o.width,
    height: o.height,
    legend: o.legend,
    grid: o.grid,
    lang: o.lang,
  });
}
