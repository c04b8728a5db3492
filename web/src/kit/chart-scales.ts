/**
 * A line chart's frame, without a canvas: the axis ranges the data (or fixed ranges) give, linear
 * or log, the plot rectangle inside the margins, the scales and the ticks. The chart's layers and
 * its tests share it; it is computed once per data and size, not per frame.
 */
import { linearTicks } from '../../../src/plot/index.js';
import { axisRange, logTicks } from './ticks.js';

export interface Series {
  color: string;
  /** The legend's label in exports. */
  name?: string;
  ys: ArrayLike<number>;
  /** Default 0, 1, 2, … */
  xs?: ArrayLike<number>;
  dash?: number[];
  /** A marker (a dotted vertical line) at this index: a divergence. */
  markAt?: number;
  /** Dots at the points instead of (or with) the line. */
  dots?: boolean;
  /** No line, only the dots. */
  noLine?: boolean;
  width?: number;
}

export interface ChartSpec {
  series: Series[];
  logY?: boolean;
  logX?: boolean;
  xLabel?: string;
  yLabel?: string;
  /** Fixed ranges (default: the data's). */
  xRange?: [number, number];
  yRange?: [number, number];
}

export const MARGIN = { l: 58, r: 12, t: 10, b: 34 };

export interface ChartFrame {
  plot: { x: number; y: number; w: number; h: number };
  x: [number, number];
  y: [number, number];
  sx(x: number): number;
  sy(y: number): number;
  xTicks: number[];
  yTicks: number[];
}

/** Whether v can be drawn on an axis (log axes take only positive values). */
export function drawable(v: number, log?: boolean): boolean {
  return Number.isFinite(v) && (!log || v > 0);
}

/** The data's extent over all series: [x0, x1, y0, y1] (Infinity/−Infinity when nothing is drawable). */
function extentOf(spec: ChartSpec): [number, number, number, number] {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const s of spec.series)
    for (let i = 0; i < s.ys.length; i++) {
      const x = s.xs ? s.xs[i] : i;
      const y = s.ys[i];
      if (!drawable(x, spec.logX) || !drawable(y, spec.logY)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return [x0, x1, y0, y1];
}

/** The frame of `spec` in a w×h box. */
export function chartFrame(spec: ChartSpec, w: number, h: number): ChartFrame {
  let [x0, x1, y0, y1] = extentOf(spec);
  if (spec.xRange) [x0, x1] = spec.xRange;
  if (spec.yRange) [y0, y1] = spec.yRange;
  // each axis on its own: no data (or a log axis with nothing positive) gets a default range,
  // never one a log axis cannot show (log 0 = −∞)
  [x0, x1] = axisRange(x0, x1, spec.logX);
  [y0, y1] = axisRange(y0, y1, spec.logY);
  const plot = {
    x: MARGIN.l,
    y: MARGIN.t,
    w: Math.max(1, w - MARGIN.l - MARGIN.r),
    h: Math.max(1, h - MARGIN.t - MARGIN.b),
  };
  const tx = (v: number) => (spec.logX ? Math.log10(v) : v);
  const ty = (v: number) => (spec.logY ? Math.log10(v) : v);
  const [X0, X1, Y0, Y1] = [tx(x0), tx(x1), ty(y0), ty(y1)];
  return {
    plot,
    x: [x0, x1],
    y: [y0, y1],
    sx: (x) => plot.x + ((tx(x) - X0) / (X1 - X0)) * plot.w,
    sy: (y) => plot.y + plot.h - ((ty(y) - Y0) / (Y1 - Y0)) * plot.h,
    xTicks: spec.logX ? logTicks(x0, x1) : linearTicks(x0, x1, Math.max(2, Math.floor(plot.w / 70))),
    yTicks: spec.logY ? logTicks(y0, y1) : linearTicks(y0, y1, 5),
  };
}

/**
 * The indices of a series worth drawing at this scale: where many points fall on one pixel column,
 * only the ones that move the pen (a 100,000-step curve costs its width in pixels, not its length).
 * Undrawable points break the line (index −1).
 */
export function penPath(s: Series, frame: ChartFrame, logX?: boolean, logY?: boolean): number[] {
  const out: number[] = [];
  let lastX = Number.NaN;
  let pen = false;
  const n = s.ys.length;
  for (let i = 0; i < n; i++) {
    const x = s.xs ? s.xs[i] : i;
    if (!drawable(x, logX) || !drawable(s.ys[i], logY)) {
      if (pen) out.push(-1);
      pen = false;
      continue;
    }
    const px = frame.sx(x);
    if (pen && Math.abs(px - lastX) < 0.35 && i < n - 1) continue;
    out.push(i);
    pen = true;
    lastX = px;
  }
  return out;
}
