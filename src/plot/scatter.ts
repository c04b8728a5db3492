/**
 * scatterFit: measured points and the curves fitted to them — seed 002's data with the fitted
 * line, seed 004's "Datos" and "Modelo".
 */
import { DescensoError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { showValue } from '../text.js';
import { checkOptions } from './args.js';
import { categoricalColor } from './colormaps.js';
import { label } from './labels.js';
import type { LegendPosition } from './legend.js';
import { seriesX } from './lines.js';
import type { LineStyle } from './svg.js';
import { xyChart } from './xy.js';

export interface FitCurve {
  name: string;
  x: readonly number[];
  y: readonly number[];
  color?: string;
  dash?: LineStyle;
  width?: number;
}

export interface ScatterFitOptions {
  x: readonly number[];
  y: readonly number[];
  /** Legend label of the points; default "Data"/"Datos". */
  name?: string;
  color?: string;
  curves?: readonly FitCurve[];
  xLabel?: string;
  yLabel?: string;
  title?: string;
  width?: number;
  height?: number;
  legend?: LegendPosition;
  lang?: Lang;
}

export const scatterDefaults = {
  width: 640,
  height: 420,
  xLabel: 'x',
  yLabel: 'y',
  /** matplotlib's first colour for the data, the tutorials' red dashes for the model. */
  color: '#1f77b4',
  curveColors: ['#ff0000'] as readonly string[],
  curveDash: '--' as LineStyle,
  radius: 3.5,
  legend: 'best' as LegendPosition,
  lang: 'en' as Lang,
};

/** Points and fitted curves as an SVG string. */
export function scatterFit(options: ScatterFitOptions): string {
  checkOptions('scatterFit', options);
  const o = { ...scatterDefaults, ...options };
  if (!o.x || !o.y || o.x.length !== o.y.length) {
    throw new DescensoError('plot-bad-input', {
      what: 'lengths',
      value: `x: ${showValue(o.x?.length ?? 0)} ≠ y: ${showValue(o.y?.length ?? 0)}`,
    });
  }
  const curves = (o.curves ?? []).map((c, i) => ({
    kind: 'line' as const,
    name: c.name,
    x: seriesX(c, 'curves'),
    y: c.y,
    color: c.color ?? o.curveColors[i] ?? categoricalColor(i - o.curveColors.length),
    dash: c.dash ?? o.curveDash,
    width: c.width ?? 2,
  }));
  return xyChart({
    marks: [
      {
        kind: 'points',
        name: o.name ?? label(o.lang, 'plot-data'),
        x: o.x,
        y: o.y,
        color: o.color,
        radius: o.radius,
      },
      ...curves,
    ],
    title: o.title,
    description: label(o.lang, 'plot-scatter'),
    xLabel: o.xLabel,
    yLabel: o.yLabel,
    width: o.width,
    height: o.height,
    legend: o.legend,
    lang: o.lang,
  });
}
