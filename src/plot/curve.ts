/**
 * One-variable pictures: lossCurve draws L(w) with the optimizer's path on it (seed 004's
 * "Estimación de Parámetros": the loss red dashed, the path blue dashed, start black, end green);
 * tangentPlot shows the derivative as the slope of the tangent beside the finite-difference
 * secant (seed 002).
 */
import { badArgument, DescensoError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { showValue } from '../text.js';
import { checkOptions } from './args.js';
import { label } from './labels.js';
import type { LegendPosition } from './legend.js';
import { formatNumber } from './scales.js';
import { el } from './svg.js';
import { type XYMark, xyChart } from './xy.js';

export interface LossCurveOptions {
  /** Grid of parameter values and the loss at each. */
  w: readonly number[];
  loss: readonly number[];
  /** The optimizer's iterates and their losses. */
  path: { w: readonly number[]; loss: readonly number[] };
  labels?: {
    x?: string;
    y?: string;
    title?: string;
    loss?: string;
    path?: string;
    start?: string;
    end?: string;
  };
  yScale?: 'linear' | 'log';
  width?: number;
  height?: number;
  legend?: LegendPosition;
  lang?: Lang;
}

export const lossCurveDefaults = {
  width: 640,
  height: 420,
  xLabel: 'w',
  /** The tutorial's 'r--', 'b--', 'ko' and 'go', line width 3 and marker size 8. */
  colors: { loss: '#ff0000', path: '#0000ff', start: '#000000', end: '#008000' },
  lineWidth: 3,
  markerRadius: 5.5,
  yScale: 'linear' as 'linear' | 'log',
  legend: 'best' as LegendPosition,
  lang: 'en' as Lang,
};

const sameLength = (what: string, a: readonly number[], b: readonly number[]): void => {
  if (!a || !b || a.length !== b.length) {
    throw new DescensoError('plot-bad-input', {
      what: 'lengths',
      value: `${what}: ${showValue(a?.length ?? 0)} ≠ ${showValue(b?.length ?? 0)}`,
    });
  }
};

/** L(w) with the descent drawn on it, as an SVG string. */
export function lossCurve(options: LossCurveOptions): string {
  checkOptions('lossCurve', options);
  const o = { ...lossCurveDefaults, ...options };
  sameLength('w, loss', o.w, o.loss);
  sameLength('path.w, path.loss', o.path?.w, o.path?.loss);
  const l = o.labels ?? {};
  const c = o.colors;
  const n = o.path.w.length;
  const ends = (i: number) => (n > 0 ? { x: [o.path.w[i]], y: [o.path.loss[i]] } : { x: [], y: [] });
  return xyChart({
    marks: [
      {
        kind: 'line',
        name: l.loss ?? label(o.lang, 'plot-loss-function'),
        x: o.w,
        y: o.loss,
        color: c.loss,
        dash: '--',
        width: o.lineWidth,
      },
      {
        kind: 'line',
        name: l.path ?? label(o.lang, 'plot-descent-path'),
        x: o.path.w,
        y: o.path.loss,
        color: c.path,
        dash: '--',
        width: o.lineWidth,
      },
      {
        kind: 'points',
        name: l.start ?? label(o.lang, 'plot-initial-state'),
        ...ends(0),
        color: c.start,
        radius: o.markerRadius,
      },
      {
        kind: 'points',
        name: l.end ?? label(o.lang, 'plot-final-state'),
        ...ends(n - 1),
        color: c.end,
        radius: o.markerRadius,
      },
    ],
    yScale: o.yScale,
    title: l.title ?? label(o.lang, 'plot-parameter-estimation'),
    description: label(o.lang, 'plot-parameter-estimation'),
    xLabel: l.x ?? o.xLabel,
    yLabel: l.y ?? label(o.lang, 'plot-loss'),
    width: o.width,
    height: o.height,
    legend: o.legend,
    lang: o.lang,
  });
}

/** Samples {x, y} (x ascending) or the function itself. */
export type Curve1D = { x: readonly number[]; y: readonly number[] } | ((x: number) => number);

export interface TangentPlotOptions {
  f: Curve1D;
  /** The point of tangency. */
  x0: number;
  /** The derivative at x0: the tangent's slope. */
  slope: number;
  /** The secant through (x0, f(x0)) and (x1, f(x1)); `h` alone means x1 = x0 + h. */
  secant?: { x0: number; x1: number };
  h?: number;
  /** The x range drawn when f is a function; default x0 ± 5. */
  domain?: readonly [number, number];
  samples?: number;
  /** The variable on the x axis: names the tangent's point and is the default axis labels' x. */
  variable?: string;
  labels?: { x?: string; y?: string; title?: string; f?: string };
  width?: number;
  height?: number;
  legend?: LegendPosition;
  lang?: Lang;
}

export const tangentDefaults = {
  width: 640,
  height: 420,
  samples: 201,
  colors: { f: '#1f77b4', tangent: '#ff7f0e', secant: '#2ca02c', point: '#000000' },
  legend: 'best' as LegendPosition,
  lang: 'en' as Lang,
};

/** Linear interpolation in ascending samples; NaN outside them. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (xs.length === 0 || x < xs[0] || x > xs[xs.length - 1]) return Number.NaN;
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  if (xs[hi] === xs[lo]) return ys[lo];
  return ys[lo] + ((ys[hi] - ys[lo]) * (x - xs[lo])) / (xs[hi] - xs[lo]);
}

/** The most samples tangentPlot draws f with (its default is 201). */
export const MAX_TANGENT_SAMPLES = 100_000;

/** f, its tangent at x0 and the finite-difference secant, as an SVG string. */
export function tangentPlot(options: TangentPlotOptions): string {
  checkOptions('tangentPlot', options);
  const o = { ...tangentDefaults, ...options };
  // A count from the user: bounded before Array.from allocates it.
  if (!(typeof o.samples === 'number' && o.samples >= 2 && o.samples <= MAX_TANGENT_SAMPLES))
    throw new DescensoError('plot-bad-input', { what: 'samples', value: showValue(o.samples) });
  if (o.f === null || (typeof o.f !== 'object' && typeof o.f !== 'function'))
    throw badArgument('tangentPlot', 1, options, 'chart');
  for (const [what, v] of [
    ['x0', o.x0],
    ['slope', o.slope],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new DescensoError('plot-bad-input', { what: 'tangent', value: `${what} = ${showValue(v)}` });
  }
  let xs: readonly number[];
  let ys: readonly number[];
  let at: (x: number) => number;
  if (typeof o.f === 'function') {
    const fn = o.f;
    const [a, b] = o.domain ?? [o.x0 - 5, o.x0 + 5];
    const n = Math.max(2, Math.floor(o.samples));
    xs = Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
    ys = xs.map((x) => fn(x));
    at = fn;
  } else {
    sameLength('f.x, f.y', o.f.x, o.f.y);
    const { x, y } = o.f;
    xs = x;
    ys = y;
    at = (v) => interpolate(x, y, v);
  }
  let lo = Infinity;
  let hi = -Infinity;
  // A loop, not Math.min(...xs): a spread of 10⁵ samples overflows the call stack.
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const y0 = at(o.x0);
  const l = o.labels ?? {};
  const v = o.variable ?? 'x';
  const c = o.colors;
  const marks: XYMark[] = [
    { kind: 'line', name: l.f ?? `f(${v})`, x: xs, y: ys, color: c.f, width: 2 },
    {
      kind: 'line',
      name: label(o.lang, 'plot-tangent', {
        name: v,
        x0: formatNumber(o.x0),
        slope: formatNumber(o.slope),
      }),
      x: [lo, hi],
      y: [y0 + o.slope * (lo - o.x0), y0 + o.slope * (hi - o.x0)],
      color: c.tangent,
      width: 1.5,
      domain: false,
    },
  ];
  const secant = o.secant ?? (o.h !== undefined ? { x0: o.x0, x1: o.x0 + o.h } : undefined);
  if (secant) {
    const ya = at(secant.x0);
    const yb = at(secant.x1);
    const slope = (yb - ya) / (secant.x1 - secant.x0);
    marks.push(
      {
        kind: 'line',
        name: label(o.lang, 'plot-secant', {
          h: formatNumber(secant.x1 - secant.x0),
          slope: formatNumber(slope),
        }),
        x: [lo, hi],
        y: [ya + slope * (lo - secant.x0), ya + slope * (hi - secant.x0)],
        color: c.secant,
        dash: '--',
        width: 1.5,
        domain: false,
      },
      { kind: 'points', x: [secant.x0, secant.x1], y: [ya, yb], color: c.secant, radius: 3.5 },
    );
  }
  marks.push({ kind: 'points', x: [o.x0], y: [y0], color: c.point, radius: 4 });
  return xyChart({
    marks,
    title: l.title ?? label(o.lang, 'plot-derivative'),
    description: label(o.lang, 'plot-derivative'),
    xLabel: l.x ?? v,
    yLabel: l.y ?? `f(${v})`,
    width: o.width,
    height: o.height,
    legend: o.legend,
    lang: o.lang,
    underlay: (f) =>
      // A faint vertical guide at x0 ties the point to its x value.
      el('line', {
        class: 'guide',
        x1: f.x(o.x0),
        x2: f.x(o.x0),
        y1: f.plot.top,
        y2: f.plot.top + f.plot.height,
        stroke: '#888888',
        'stroke-width': 0.8,
        'stroke-dasharray': '2,3',
      }),
  });
}
