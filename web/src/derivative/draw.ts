/**
 * What the derivative lab draws from the core's run (src/experiment/derivative.ts): the specs of
 * its three canvas charts, where each descent ended, and the text alternative of the canvases.
 * Numbers are the run's; only their layout on the page lives here.
 */
import type { DerivativeRunSet, DescendOutcome } from '../../../src/experiment/types.js';
import { DERIVATIVE_COLORS as COLORS } from '../../../src/plot/views/derivative.js';
import type { DescendStatus } from '../../../src/train/descend.js';
import { fmt, getLang as lang, tr } from '../i18n.js';
import type { ChartSpec } from '../kit/chart-scales.js';
import { endedOutside, statusText } from '../kit/run-end.js';
import { extent } from '../kit/ticks.js';

export type At = NonNullable<DerivativeRunSet['at']>;

/** A descent that ran (its status is not 'error'). */
export type Ran = DescendOutcome & { status: DescendStatus };
export const ran = (r: DescendOutcome): r is Ran => r.status !== 'error';

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

/** Where a descent ended, in words: x, or its status when it left what f is about. */
export function endText(r: Ran): string {
  return endedOutside(r) ? statusText(r) : `x = ${fmt(r.points[r.points.length - 1][0], 10)}`;
}

/** Why the descents could not start (a formula that does not parse says so under its field instead). */
export function descentFault(gd: DescendOutcome, sign: DescendOutcome): string | null {
  if (ran(gd) && ran(sign)) return null;
  const why = [gd, sign].find((r) => r.error && r.error.path !== 'experiment.formula')?.error;
  return why ? why.message[lang()] : null;
}

/** The canvases in words, for screen readers: the point, the slope, the quotients, where the descents end. */
export function liveText(run: DerivativeRunSet): string {
  const { at, experiment: e } = run;
  if (!at) return tr('lab-derivative-live-fault');
  const quotient = (q: number) =>
    `${fmt(q, 10)} (${tr('lab-error-short')} ${fmt(Math.abs(q - at.slope), 2)})`;
  const head = tr('lab-derivative-live', {
    x: fmt(e.x, 6),
    fx: fmt(at.value, 8),
    slope: fmt(at.slope, 10),
    forward: quotient(at.forward),
    central: quotient(at.central),
  });
  const [gd, sign] = run.runs;
  if (!gd || !sign || !ran(gd) || !ran(sign)) return head;
  return `${head} ${tr('lab-derivative-live-descent', { gd: endText(gd), sign: endText(sign) })}`;
}
