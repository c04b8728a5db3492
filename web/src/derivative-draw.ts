/**
 * What the derivative lab draws from the core's run (src/experiment/derivative.ts): the specs of
 * its three canvas charts and the rows of its readouts and chain-rule table. Numbers are the
 * run's; only their layout on the page lives here.
 */
import type { DerivativeRunSet, DescendOutcome } from '../../src/experiment/types.js';
import { DERIVATIVE_COLORS as COLORS } from '../../src/plot/views/derivative.js';
import type { DescendStatus } from '../../src/train/descend.js';
import type { ChartSpec } from './chart.js';
import { h } from './dom.js';
import { fmt, getLang, tr } from './i18n.js';
import { endedOutside, statusText } from './run-end.js';
import { extent } from './ticks.js';

type At = NonNullable<DerivativeRunSet['at']>;

/** A descent that ran (its status is not 'error'). */
type Ran = DescendOutcome & { status: DescendStatus };
const ran = (r: DescendOutcome): r is Ran => r.status !== 'error';

/** f over the run's curve, the tangent at x and the secant through x and x + h. */
export function curveSpec(
  s: { x: number; h: number },
  at: At,
  curve: { x: number[]; y: number[] },
): ChartSpec {
  const { value: fx, slope, forward } = at;
  const lo = curve.x[0];
  const hi = curve.x[curve.x.length - 1];
  const [yLo, yHi] = extent(curve.y);
  const pad = (yHi - yLo) * 0.08 || 1;
  const line = (m: number) => [fx + m * (lo - s.x), fx + m * (hi - s.x)];
  return {
    series: [
      { name: 'f(x)', color: COLORS.f, xs: curve.x, ys: curve.y, width: 2.2 },
      { name: tr('lab-tangent'), color: COLORS.tangent, xs: [lo, hi], ys: line(slope) },
      { name: tr('lab-secant'), color: COLORS.secant, xs: [lo, hi], ys: line(forward), dash: [6, 4] },
      {
        color: COLORS.secant,
        xs: [s.x, s.x + s.h],
        ys: [fx, at.right ?? Number.NaN],
        dots: true,
        noLine: true,
      },
      { color: COLORS.point, xs: [s.x], ys: [fx], dots: true, noLine: true },
    ],
    xLabel: 'x',
    yLabel: 'f(x)',
    xRange: [lo, hi],
    yRange: [yLo - pad, yHi + pad],
  };
}

/** The run's |quotient − f′(x)| against h on log–log axes, the chosen h marked. */
export function errorSpec(step: number, at: At, errors: NonNullable<DerivativeRunSet['errors']>): ChartSpec {
  return {
    series: [
      { name: tr('lab-forward'), color: COLORS.forward, xs: errors.h, ys: errors.forward },
      { name: tr('lab-central'), color: COLORS.central, xs: errors.h, ys: errors.central },
      { color: '#111', xs: [step], ys: [Math.abs(at.forward - at.slope)], dots: true, noLine: true },
      { color: '#111', xs: [step], ys: [Math.abs(at.central - at.slope)], dots: true, noLine: true },
    ],
    logX: true,
    logY: true,
    xLabel: 'h',
    yLabel: '|error|',
  };
}

/** f(x), f′(x) and the two quotients with their errors. */
export function readoutRows(at: At): HTMLElement[] {
  const row = (k: string, v: string, id: string) => [h('dt', null, k), h('dd', { id }, v)];
  const quotient = (q: number) =>
    `${fmt(q, 10)} (${tr('lab-error-short')} ${fmt(Math.abs(q - at.slope), 2)})`;
  return [
    ...row('f(x)', fmt(at.value, 8), 'd-fx'),
    ...row(tr('lab-derivative-exact'), fmt(at.slope, 10), 'd-exact'),
    ...row(tr('lab-derivative-forward'), quotient(at.forward), 'd-forward'),
    ...row(tr('lab-derivative-central'), quotient(at.central), 'd-central'),
  ];
}

/** x against step for both descents; nothing when either could not start. */
export function descentSpec(gd: DescendOutcome, sign: DescendOutcome): ChartSpec {
  if (!ran(gd) || !ran(sign)) return { series: [] };
  return {
    series: [
      { name: tr('lab-descent-gd'), color: COLORS.gd, ys: gd.points.map((p) => p[0]), width: 2 },
      { name: tr('lab-descent-sign'), color: COLORS.sign, ys: sign.points.map((p) => p[0]), width: 2 },
    ],
    xLabel: tr('plot-step'),
    yLabel: 'x',
  };
}

/** Where each descent ended, or why they could not start. */
export function descentRows(gd: DescendOutcome, sign: DescendOutcome): HTMLElement[] {
  if (!ran(gd) || !ran(sign)) {
    // A formula that does not parse says so under its field; a start where f is undefined says so here.
    const why = [gd, sign].find((r) => r.error && r.error.path !== 'experiment.formula')?.error;
    return why ? [h('dd', { id: 'd-descent-error', class: 'error' }, why.message[getLang()])] : [];
  }
  const row = (k: string, r: Ran, id: string) => [
    h('dt', null, k),
    h('dd', { id }, endedOutside(r) ? statusText(r) : `x = ${fmt(r.points[r.points.length - 1][0], 10)}`),
  ];
  return [
    ...row(tr('lab-descent-gd'), gd, 'd-gd-final'),
    ...row(tr('lab-descent-sign'), sign, 'd-sign-final'),
  ];
}

/** u, du/dx, y, dy/du and their product at x, beside dy/dx of y(u(x)) from automatic differentiation. */
export function chainRows(c: DerivativeRunSet['chain'], x: number): HTMLElement[] {
  if (!c) return [h('caption', { class: 'help' }, tr('lab-chain-fix'))];
  const row = (k: string, v: number, id: string) =>
    h('tr', null, h('th', { scope: 'row' }, k), h('td', { class: 'n', id }, fmt(v, 8)));
  return [
    h('caption', null, tr('lab-chain-at', { x: fmt(x, 6) })),
    h(
      'tbody',
      null,
      row('u(x)', c.u, 'd-chain-u'),
      row('du/dx', c.dudx, 'd-chain-du'),
      row('y(u)', c.y, 'd-chain-y'),
      row('dy/du', c.dydu, 'd-chain-dy'),
      row('dy/du · du/dx', c.product ?? c.dydu * c.dudx, 'd-chain-product'),
      row(tr('lab-chain-direct'), c.dydx, 'd-chain-direct'),
    ),
  ];
}

/** The swatches under a chart. */
export function legend(items: [string, string][]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    items.map(([c, t]) => h('li', null, h('span', { class: 'dot', style: `background:${c}` }), t)),
  );
}
