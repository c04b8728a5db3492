/**
 * The derivative lab's figures as views: functions of (experiment, run) that return SVG, with no
 * DOM and no formula parsed again (the run carries f sampled, the quotients, the error table and
 * the descents). The lab's exports, the CLI and the docs draw the same pictures from them:
 * - the tangent view: f with its tangent at x (slope by automatic differentiation) and the secant
 *   through x and x + h (slope the forward quotient);
 * - the error view: |quotient − f′(x)| against h on log–log axes, the chosen h marked;
 * - the descent view: gradient descent and sign-step descent from x, x (or f) against step;
 * - the figure: the three side by side, with the chain rule's terms when the run has them.
 */
import type { DerivativeExperiment, DerivativeRunSet, DescendOutcome } from '../../experiment/types.js';
import type { Lang } from '../../i18n/index.js';
import { printable } from '../../text.js';
import { stepOfRow } from '../../train/descend.js';
import { tangentDefaults, tangentPlot } from '../curve.js';
import { label } from '../labels.js';
import { lineChart } from '../lines.js';
import { panels } from '../panels.js';
import { formatNumber } from '../scales.js';
import { FONT, svgDocument, text } from '../svg.js';
import { type XYMark, xyChart } from '../xy.js';

export interface DerivativeViewOptions {
  width?: number;
  height?: number;
  /** Default: the experiment's view.lang, else English. */
  lang?: Lang;
  /** A title instead of the view's own. */
  title?: string;
}

/** The colours of the derivative figures, shared with the lab's canvases. */
export const DERIVATIVE_COLORS = {
  ...tangentDefaults.colors,
  forward: '#ff7f0e',
  central: '#00a0a0',
  gd: '#1f77b4',
  sign: '#d62728',
} as const;

export const derivativeViewDefaults = { width: 640, height: 420 };

/** The longest formula shown whole in a title; longer ones end in an ellipsis. */
const TITLE_FORMULA = 60;

const langOf = (e: DerivativeExperiment, o: DerivativeViewOptions): Lang => o.lang ?? e.view?.lang ?? 'en';

const size = (o: DerivativeViewOptions) => ({
  width: o.width ?? derivativeViewDefaults.width,
  height: o.height ?? derivativeViewDefaults.height,
});

/**
 * f as tangentPlot takes it: exact at the samples of the run's curve and at x and x + h (the
 * secant's ends, from the run's own f(x) and f(x + h)), so that a secant with h far below the
 * spacing of the samples keeps the quotient the run computed instead of an interpolated one.
 */
function sampledF(e: DerivativeExperiment, run: DerivativeRunSet): (v: number) => number {
  const curve = run.curve!;
  const known = new Map<number, number>(curve.x.map((v, i) => [v, curve.y[i]]));
  if (run.at) {
    known.set(e.x, run.at.value);
    if (run.at.right !== undefined) known.set(e.x + e.h, run.at.right);
  }
  return (v) => known.get(v) ?? Number.NaN;
}

/** f, its tangent at x and the secant with step h, as an SVG string. */
export function derivativeTangentView(
  e: DerivativeExperiment,
  run: DerivativeRunSet,
  options: DerivativeViewOptions = {},
): string {
  const lang = langOf(e, options);
  const title = options.title ?? label(lang, 'plot-derivative');
  const common = { ...size(options), lang, labels: { x: 'x', y: 'f(x)', f: 'f(x)', title } };
  const curve = run.curve;
  const at = run.at;
  if (curve && at && Number.isFinite(at.value) && Number.isFinite(at.slope)) {
    const n = curve.x.length;
    return tangentPlot({
      f: sampledF(e, run),
      x0: e.x,
      slope: at.slope,
      h: e.h,
      domain: [curve.x[0], curve.x[n - 1]],
      samples: n,
      ...common,
    });
  }
  // Where f or its slope is not defined at x there is no tangent: f alone, as far as it is defined.
  return lineChart({
    series: curve ? [{ name: 'f(x)', x: curve.x, y: curve.y, color: DERIVATIVE_COLORS.f, width: 2 }] : [],
    xLabel: 'x',
    yLabel: 'f(x)',
    title,
    legend: 'none',
    ...size(options),
    lang,
  });
}

/** |forward − f′(x)| and |central − f′(x)| against h on log–log axes, the experiment's h marked. */
export function derivativeErrorView(
  e: DerivativeExperiment,
  run: DerivativeRunSet,
  options: DerivativeViewOptions = {},
): string {
  const lang = langOf(e, options);
  const marks: XYMark[] = [];
  const { errors, at } = run;
  if (errors) {
    const line = (name: string, y: number[], color: string): XYMark => ({
      kind: 'line',
      name,
      x: errors.h,
      y,
      color,
      width: 2,
    });
    marks.push(
      line(label(lang, 'plot-forward-quotient'), errors.forward, DERIVATIVE_COLORS.forward),
      line(label(lang, 'plot-central-quotient'), errors.central, DERIVATIVE_COLORS.central),
    );
  }
  if (at) {
    const mark = (q: number, color: string): XYMark => ({
      kind: 'points',
      x: [e.h],
      y: [Math.abs(q - at.slope)],
      color,
      radius: 4.5,
    });
    marks.push(mark(at.forward, DERIVATIVE_COLORS.forward), mark(at.central, DERIVATIVE_COLORS.central));
  }
  const title = options.title ?? label(lang, 'plot-derivative-errors');
  return xyChart({
    marks,
    xScale: 'log',
    yScale: 'log',
    title,
    description: title,
    xLabel: 'h',
    yLabel: label(lang, 'plot-abs-error'),
    ...size(options),
    legend: 'best',
    grid: true,
    lang,
  });
}

export interface DerivativeDescentOptions extends DerivativeViewOptions {
  /** What is drawn against the step: the point x (the lab's chart, default) or the value f(x). */
  quantity?: 'x' | 'value';
}

/** Gradient descent and sign-step descent from x, x (or f(x)) against step; runs that could not start are left out. */
export function derivativeDescentView(
  e: DerivativeExperiment,
  run: DerivativeRunSet,
  options: DerivativeDescentOptions = {},
): string {
  const lang = langOf(e, options);
  const value = options.quantity === 'value';
  const names = { gd: label(lang, 'plot-gradient-step'), sign: label(lang, 'plot-sign-step') };
  const drawn = run.runs.filter((r: DescendOutcome) => r.status !== 'error' && r.points.length > 0);
  return lineChart({
    series: drawn.map((r) => ({
      name: r.label === 'gd' || r.label === 'sign' ? names[r.label] : r.label,
      x: r.points.map((_p, i) => stepOfRow(r, i)),
      y: value ? r.values : r.points.map((p) => p[0]),
      color: r.label === 'sign' ? DERIVATIVE_COLORS.sign : DERIVATIVE_COLORS.gd,
      width: 2,
    })),
    xLabel: label(lang, 'plot-step'),
    yLabel: value ? 'f(x)' : 'x',
    title: options.title ?? label(lang, 'plot-derivative-descents', { lr: formatNumber(e.lr) }),
    ...size(options),
    legend: 'best',
    grid: true,
    lang,
  });
}

/** The chain rule's terms at x as a small table-like panel (null without a chain). */
export function derivativeChainView(
  e: DerivativeExperiment,
  run: DerivativeRunSet,
  options: DerivativeViewOptions = {},
): string | null {
  const c = run.chain;
  if (!c) return null;
  const lang = langOf(e, options);
  const { width, height } = size(options);
  const fmt = (v: number) => formatNumber(v, 8);
  const rows: [string, string][] = [
    ['u(x)', `${shortFormula(e.inner ?? '')} = ${fmt(c.u)}`],
    ['du/dx', fmt(c.dudx)],
    ['y(u)', `${shortFormula(e.outer ?? '')} = ${fmt(c.y)}`],
    ['dy/du', fmt(c.dydu)],
    ['dy/du · du/dx', fmt(c.product ?? c.dydu * c.dudx)],
    [label(lang, 'plot-chain-direct'), fmt(c.dydx)],
  ];
  const title = options.title ?? label(lang, 'plot-chain-rule', { x: formatNumber(e.x) });
  const line = 28;
  const top = Math.max(60, (height - line * rows.length) / 2);
  const body = [
    text(width / 2, 34, title, { class: 'title', 'text-anchor': 'middle', 'font-size': FONT.title }),
    ...rows.flatMap(([k, v], i) => [
      text(width * 0.42, top + i * line, k, { 'text-anchor': 'end', 'font-size': FONT.label }),
      text(width * 0.46, top + i * line, v, { 'font-size': FONT.label, class: 'n' }),
    ]),
  ].join('');
  return svgDocument(width, height, title, body);
}

/** A formula for a title: on one line (controls shown escaped), cut with an ellipsis when long. */
const shortFormula = (text: string) => printable(text, TITLE_FORMULA);

/** The tangent, error and descent views (and the chain rule's terms) in one figure, two per row. */
export function derivativeFigure(
  e: DerivativeExperiment,
  run: DerivativeRunSet,
  options: DerivativeViewOptions = {},
): string {
  const lang = langOf(e, options);
  const each = { ...options, lang, title: undefined };
  const chain = derivativeChainView(e, run, each);
  const charts = [
    derivativeTangentView(e, run, each),
    derivativeErrorView(e, run, each),
    derivativeDescentView(e, run, each),
    ...(chain ? [chain] : []),
  ];
  const title =
    options.title ??
    label(lang, 'plot-derivative-study', { formula: shortFormula(e.formula), x: formatNumber(e.x) });
  return panels(charts, { columns: 2, title, lang });
}
