/**
 * The general x–y chart behind lineChart, scatterFit, lossCurve and tangentPlot: marks (lines and
 * point clouds) over a linear or log frame, with a legend. Each public chart is a thin spec of
 * this one, the way Observable Plot's marks share one renderer.
 */
import type { Lang } from '../i18n/index.js';
import { append, decimateRuns, thinPoints } from './decimate.js';
import { type Frame, frame, PLOT_CLIP_URL, plotClipDefs } from './frame.js';
import { contains, densify, inflate, isFinitePoint, visibleRuns } from './geometry.js';
import { label } from './labels.js';
import { type LegendEntry, type LegendPosition, legend } from './legend.js';
import { powerOfTen } from './scales.js';
import {
  dashArray,
  el,
  FONT,
  group,
  type LineStyle,
  type Point,
  pointsAttr,
  svgDocument,
  text,
} from './svg.js';

export interface XYMark {
  kind: 'line' | 'points';
  /** Legend label; marks without one stay out of the legend. */
  name?: string;
  x: readonly number[];
  y: readonly number[];
  color: string;
  /** Line width (lines) in px. */
  width?: number;
  dash?: LineStyle;
  /** Circle radius (points, and line markers) in px. */
  radius?: number;
  opacity?: number;
  /** Circles at every point of a line. */
  markers?: boolean;
  /** Whether the mark's values widen the axes (false for guide lines such as tangents). */
  domain?: boolean;
}

export interface XYSpec {
  marks: readonly XYMark[];
  xScale?: 'linear' | 'log';
  yScale?: 'linear' | 'log';
  title?: string;
  /** What the figure shows, for its <title> when it has no visible title. */
  description: string;
  xLabel?: string;
  yLabel?: string;
  width: number;
  height: number;
  legend?: LegendPosition;
  grid?: boolean;
  lang: Lang;
  /** Extra markup drawn inside the plot's clip, under the marks, given the laid-out frame. */
  underlay?: (f: Frame) => string;
}

/** matplotlib's default: 5 % of the data span on each side. */
const MARGIN = 0.05;

/** Whether a value can be drawn on a scale of this kind. */
const drawable = (v: number, kind: 'linear' | 'log'): boolean =>
  Number.isFinite(v) && (kind === 'linear' || v > 0);

function extent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The axis domain for data spanning `e`, with margins; null data gets a placeholder domain. */
function padded(e: [number, number] | null, kind: 'linear' | 'log'): [number, number] {
  if (kind === 'log') {
    if (!e) return [1, 10];
    let [a, b] = [Math.log10(e[0]), Math.log10(e[1])];
    if (a === b) [a, b] = [a - 0.5, b + 0.5];
    const m = (b - a) * MARGIN;
    [a, b] = [clamp(a - m, LOG_LIMIT), clamp(b + m, LOG_LIMIT)];
    const lo = 10 ** a;
    const hi = 10 ** b;
    // Under one labelled decade the axis would carry at most one tick label: widen to decades.
    const majors = Math.floor(b + 1e-9) - Math.ceil(a - 1e-9) + 1;
    return majors >= 2 ? [lo, hi] : [powerOfTen(Math.floor(a)), powerOfTen(Math.ceil(b))];
  }
  if (!e) return [0, 1];
  let [a, b] = [clamp(e[0], LINEAR_LIMIT), clamp(e[1], LINEAR_LIMIT)];
  if (a === b) {
    const d = a === 0 ? 1 : Math.abs(a) * 0.1;
    [a, b] = [a - d, b + d];
  }
  const m = (b - a) * MARGIN;
  return [a - m, b + m];
}

/**
 * Axes stop at ±1e300 (log: 10^±300) so that margins and spans stay finite; a value beyond is
 * still drawn, leaving the plot through its edge like any other point outside the axes.
 */
const LINEAR_LIMIT = 1e300;
const LOG_LIMIT = 300;
const clamp = (v: number, limit: number): number => Math.max(-limit, Math.min(limit, v));

/** Legend swatches for marks that have a name. */
function entriesOf(marks: readonly XYMark[]): LegendEntry[] {
  return marks
    .filter((m) => m.name !== undefined && m.name !== '')
    .map((m) =>
      m.kind === 'points'
        ? { label: m.name!, marker: { shape: 'circle' as const, color: m.color, radius: m.radius ?? 3 } }
        : {
            label: m.name!,
            line: { color: m.color, width: Math.min(m.width ?? 1.5, 3), dash: m.dash },
            marker: m.markers
              ? { shape: 'circle' as const, color: m.color, radius: m.radius ?? 3 }
              : undefined,
          },
    );
}

/** Builds the chart. */
export function xyChart(spec: XYSpec): string {
  const xKind = spec.xScale ?? 'linear';
  const yKind = spec.yScale ?? 'linear';
  const xs: number[] = [];
  const ys: number[] = [];
  let anyPoint = false;
  for (const m of spec.marks) {
    const n = Math.min(m.x.length, m.y.length);
    for (let i = 0; i < n; i++) {
      if (m.domain === false) continue;
      anyPoint = true;
      if (drawable(m.x[i], xKind) && drawable(m.y[i], yKind)) {
        xs.push(m.x[i]);
        ys.push(m.y[i]);
      }
    }
  }
  const xExtent = extent(xs);
  const yExtent = extent(ys);
  const f = frame({
    width: spec.width,
    height: spec.height,
    title: spec.title,
    x: { kind: xKind, domain: padded(xExtent, xKind), label: spec.xLabel },
    y: { kind: yKind, domain: padded(yExtent, yKind), label: spec.yLabel },
    grid: spec.grid,
  });
  const { plot } = f;
  const bounds = inflate(plot, 24);
  const toPixel = (x: number, y: number): Point =>
    drawable(x, xKind) && drawable(y, yKind) ? { x: f.x(x), y: f.y(y) } : { x: Number.NaN, y: Number.NaN };

  const avoid: Point[] = [];
  const marks = spec.marks.map((m) => {
    const n = Math.min(m.x.length, m.y.length);
    const px: Point[] = [];
    for (let i = 0; i < n; i++) px.push(toPixel(m.x[i], m.y[i]));
    const cls = m.kind === 'points' ? 'points' : 'line';
    const circles = (r: number): string[] =>
      thinPoints(px.filter((p) => isFinitePoint(p) && contains(bounds, p))).map((p) =>
        el('circle', { cx: p.x, cy: p.y, r, fill: m.color, 'fill-opacity': m.opacity }),
      );
    if (m.kind === 'points') {
      append(avoid, thinPoints(px.filter(isFinitePoint)));
      return group({ class: cls, 'data-name': m.name }, ...circles(m.radius ?? 3));
    }
    const runs = decimateRuns(visibleRuns(px, bounds));
    // A lone drawable value between gaps has no neighbour to join: show it as a dot.
    const lone = thinPoints(
      px.filter(
        (p, i) =>
          isFinitePoint(p) &&
          !isFinitePoint(px[i - 1] ?? { x: NaN, y: NaN }) &&
          !isFinitePoint(px[i + 1] ?? { x: NaN, y: NaN }),
      ),
    );
    for (const r of runs) append(avoid, densify(r));
    const width = m.width ?? 1.5;
    return group(
      { class: cls, 'data-name': m.name },
      ...runs.map((r) =>
        el('polyline', {
          points: pointsAttr(r),
          fill: 'none',
          stroke: m.color,
          'stroke-width': width,
          'stroke-dasharray': dashArray(m.dash, width),
          'stroke-opacity': m.opacity,
          'stroke-linejoin': 'round',
        }),
      ),
      ...(m.markers
        ? circles(m.radius ?? 3)
        : lone.map((p) => el('circle', { cx: p.x, cy: p.y, r: width, fill: m.color }))),
    );
  });

  const empty = !anyPoint || xs.length === 0;
  const message = empty
    ? text(
        plot.left + plot.width / 2,
        plot.top + plot.height / 2,
        label(spec.lang, anyPoint && yKind === 'log' ? 'plot-no-positive' : 'plot-no-data'),
        { class: 'message', 'text-anchor': 'middle', 'font-size': FONT.label, fill: '#555555' },
      )
    : '';

  const body = [
    plotClipDefs(plot),
    f.under,
    group({ class: 'marks', 'clip-path': PLOT_CLIP_URL }, spec.underlay ? spec.underlay(f) : '', ...marks),
    f.over,
    message,
    legend(entriesOf(spec.marks), plot, spec.legend ?? 'best', avoid),
  ].join('');
  return svgDocument(spec.width, spec.height, spec.title || spec.description, body);
}
