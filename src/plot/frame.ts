/**
 * The frame every 2-D chart shares: margins sized from the actual tick labels, the two scales,
 * spines, outward ticks, tick labels, axis labels and the title, in matplotlib's plain style.
 * Layout is computed, not guessed: y tick labels decide the left margin, x tick labels the tick
 * count, so long numbers never collide.
 */
import { type Rect, rectBottom, rectRight } from './geometry.js';
import { type Scale, scaleLinear, scaleLog } from './scales.js';
import { el, FONT, group, num, text, textWidth } from './svg.js';

export interface AxisSpec {
  kind: 'linear' | 'log';
  domain: readonly [number, number];
  label?: string;
}

export interface FrameSpec {
  width: number;
  height: number;
  title?: string;
  x: AxisSpec;
  y: AxisSpec;
  /** Width kept free right of the plot (for a colour bar). */
  reserveRight?: number;
  /** Equal data units on both axes (contour maps), the plot centred in the space left. */
  equalAspect?: boolean;
  /** Light grid lines at the major ticks. */
  grid?: boolean;
}

export interface Frame {
  plot: Rect;
  x: Scale;
  y: Scale;
  /** Grid lines: draw below the data. */
  under: string;
  /** Spines, ticks, labels, title: draw above the data. */
  over: string;
}

/** Every figure clips its data to the plot area with one clip path: its reference, and its definition. */
export const PLOT_CLIP_URL = 'url(#plot-clip)';
export function plotClipDefs(plot: Rect): string {
  return el(
    'defs',
    {},
    el(
      'clipPath',
      { id: 'plot-clip' },
      el('rect', { x: plot.left, y: plot.top, width: plot.width, height: plot.height }),
    ),
  );
}

const PAD = 10;
const TICK = 4.5;
const MINOR_TICK = 2.5;
const TICK_GAP = 3.5;
const SPINE = '#000000';

const makeScale = (a: AxisSpec, range: readonly [number, number]): Scale =>
  a.kind === 'log' ? scaleLog(a.domain, range) : scaleLinear(a.domain, range);

interface Ticks {
  values: number[];
  labels: string[];
}

function ticksOf(s: Scale, count: number): Ticks {
  const values = s.ticks(count);
  const fmt = s.tickFormat(count);
  return { values, labels: values.map(fmt) };
}

/** The most y ticks whose labels stay at least 1.7 lines apart. */
function yTicks(s: Scale, length: number): Ticks {
  for (let count = Math.max(2, Math.min(10, Math.round(length / 45))); count >= 2; count--) {
    const t = ticksOf(s, count);
    if (t.values.length < 2 || spacing(s, t.values) >= FONT.tick * 1.7 || count === 2) return t;
  }
  return ticksOf(s, 2);
}

/** The most x ticks whose labels keep 10 px between them. */
function xTicks(s: Scale, length: number): Ticks {
  for (let count = Math.max(2, Math.min(10, Math.round(length / 70))); count >= 2; count--) {
    const t = ticksOf(s, count);
    const widest = Math.max(0, ...t.labels.map((l) => textWidth(l, FONT.tick)));
    if (t.values.length < 2 || spacing(s, t.values) >= widest + 10 || count === 2) return t;
  }
  return ticksOf(s, 2);
}

function spacing(s: Scale, values: readonly number[]): number {
  let min = Infinity;
  for (let i = 1; i < values.length; i++) min = Math.min(min, Math.abs(s(values[i]) - s(values[i - 1])));
  return min;
}

/** Lays out the frame inside width × height and draws its furniture. */
export function frame(spec: FrameSpec): Frame {
  const { width, height } = spec;
  const titleSpace = spec.title ? FONT.title + 12 : 0;
  const xLabelSpace = spec.x.label ? FONT.label + 8 : 0;
  const yLabelSpace = spec.y.label ? FONT.label + 10 : 0;
  const reserve = spec.reserveRight ?? 0;

  // Vertical extent first: it depends on nothing horizontal.
  let top = PAD + titleSpace + FONT.tick / 2;
  let plotH = Math.max(20, height - top - (PAD + xLabelSpace + FONT.tick + TICK_GAP + TICK));
  let y = makeScale(spec.y, [top + plotH, top]);
  let yt = yTicks(y, plotH);

  const leftFor = (t: Ticks): number =>
    PAD + yLabelSpace + Math.max(0, ...t.labels.map((l) => textWidth(l, FONT.tick))) + TICK_GAP + TICK;
  let left = leftFor(yt);
  let plotW = Math.max(20, width - left - PAD - reserve);
  let x = makeScale(spec.x, [left, left + plotW]);
  let xt = xTicks(x, plotW);

  // The last x label is centred on its tick and may hang past the plot: make room for it.
  const overhang = (): number => {
    const i = xt.values.length - 1;
    if (i < 0) return 0;
    return x(xt.values[i]) + textWidth(xt.labels[i], FONT.tick) / 2 - (width - PAD - reserve);
  };
  if (reserve === 0 && overhang() > 0) {
    plotW -= overhang();
    x = makeScale(spec.x, [left, left + plotW]);
    xt = xTicks(x, plotW);
  }

  if (spec.equalAspect) {
    const dx = Math.abs(spec.x.domain[1] - spec.x.domain[0]);
    const dy = Math.abs(spec.y.domain[1] - spec.y.domain[0]);
    if (dx > 0 && dy > 0) {
      const unitsPerPx = Math.max(dx / plotW, dy / plotH);
      const w = dx / unitsPerPx;
      const h = dy / unitsPerPx;
      left += (plotW - w) / 2;
      top += (plotH - h) / 2;
      plotW = w;
      plotH = h;
      y = makeScale(spec.y, [top + plotH, top]);
      yt = yTicks(y, plotH);
      // Re-centre: the y labels' width may have changed with their count.
      x = makeScale(spec.x, [left, left + plotW]);
      xt = xTicks(x, plotW);
    }
  }

  const plot: Rect = { left, top, width: plotW, height: plotH };
  return {
    plot,
    x,
    y,
    under: spec.grid ? grid(plot, x, y, xt, yt) : '',
    over: furniture(spec, plot, x, y, xt, yt),
  };
}

function grid(plot: Rect, x: Scale, y: Scale, xt: Ticks, yt: Ticks): string {
  const lines = [
    ...xt.values.map((v) => `M${num(x(v))},${num(plot.top)}V${num(rectBottom(plot))}`),
    ...yt.values.map((v) => `M${num(plot.left)},${num(y(v))}H${num(rectRight(plot))}`),
  ];
  return el('path', {
    class: 'grid',
    d: lines.join(''),
    fill: 'none',
    stroke: '#b0b0b0',
    'stroke-width': 0.8,
    'stroke-opacity': 0.5,
  });
}

function furniture(spec: FrameSpec, plot: Rect, x: Scale, y: Scale, xt: Ticks, yt: Ticks): string {
  const bottom = rectBottom(plot);
  const inside = (p: number, a: number, b: number): boolean =>
    p >= Math.min(a, b) - 0.5 && p <= Math.max(a, b) + 0.5;

  const xMajor = xt.values.map((v) => `M${num(x(v))},${num(bottom)}v${TICK}`).join('');
  const yMajor = yt.values.map((v) => `M${num(plot.left)},${num(y(v))}h${-TICK}`).join('');
  const xMinor =
    spec.x.kind === 'log'
      ? x
          .minorTicks()
          .filter((v) => inside(x(v), plot.left, rectRight(plot)))
          .map((v) => `M${num(x(v))},${num(bottom)}v${MINOR_TICK}`)
          .join('')
      : '';
  const yMinor =
    spec.y.kind === 'log'
      ? y
          .minorTicks()
          .filter((v) => inside(y(v), plot.top, bottom))
          .map((v) => `M${num(plot.left)},${num(y(v))}h${-MINOR_TICK}`)
          .join('')
      : '';

  const tickBaseline = bottom + TICK + TICK_GAP + FONT.tick * 0.76;
  const xLabels = xt.values.map((v, i) =>
    text(x(v), tickBaseline, xt.labels[i], { 'text-anchor': 'middle' }),
  );
  const yLabelRight = plot.left - TICK - TICK_GAP;
  const yLabels = yt.values.map((v, i) =>
    text(yLabelRight, y(v) + FONT.tick * 0.36, yt.labels[i], { 'text-anchor': 'end' }),
  );
  const widestY = Math.max(0, ...yt.labels.map((l) => textWidth(l, FONT.tick)));

  const parts = [
    el('rect', {
      class: 'spines',
      x: plot.left,
      y: plot.top,
      width: plot.width,
      height: plot.height,
      fill: 'none',
      stroke: SPINE,
      'stroke-width': 0.8,
    }),
    el('path', { class: 'ticks', d: xMajor + yMajor, stroke: SPINE, 'stroke-width': 0.8 }),
    xMinor + yMinor
      ? el('path', { class: 'minor-ticks', d: xMinor + yMinor, stroke: SPINE, 'stroke-width': 0.6 })
      : '',
    group({ class: 'tick-labels', 'font-size': FONT.tick, fill: '#000000' }, ...xLabels, ...yLabels),
  ];
  if (spec.x.label) {
    parts.push(
      text(plot.left + plot.width / 2, tickBaseline + 8 + FONT.label * 0.8, spec.x.label, {
        class: 'x-label',
        'text-anchor': 'middle',
        'font-size': FONT.label,
      }),
    );
  }
  if (spec.y.label) {
    const cx = yLabelRight - widestY - 8 - FONT.label * 0.25;
    const cy = plot.top + plot.height / 2;
    parts.push(
      text(cx, cy, spec.y.label, {
        class: 'y-label',
        'text-anchor': 'middle',
        'font-size': FONT.label,
        transform: `rotate(-90 ${num(cx)} ${num(cy)})`,
      }),
    );
  }
  if (spec.title) {
    parts.push(
      text(plot.left + plot.width / 2, plot.top - 12, spec.title, {
        class: 'title',
        'text-anchor': 'middle',
        'font-size': FONT.title,
      }),
    );
  }
  return group({ class: 'axes' }, ...parts);
}
