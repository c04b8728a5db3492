/**
 * The colour bar beside a contour map: one swatch per band in the band's colour, with a value
 * axis for even (linear) levels and, for uneven (logarithmic) ones, equal swatches labelled at
 * the levels, as matplotlib's colorbar spaces contourf's bands.
 */
import type { Rect } from './geometry.js';
import { rectBottom, rectRight } from './geometry.js';
import { levelNorm } from './levels.js';
import { formatNumber, scaleLinear } from './scales.js';
import { el, FONT, group, num, text, textWidth } from './svg.js';

const COLORBAR_GAP = 18;
const COLORBAR_WIDTH = 16;

/** Whether the boundaries are one step apart (to rounding): a linear rule's levels. */
function evenlySpaced(levels: readonly number[]): boolean {
  const step = (levels[levels.length - 1] - levels[0]) / (levels.length - 1);
  return levels.every(
    (l, k) => Math.abs(l - (levels[0] + k * step)) <= 1e-6 * Math.abs(step) * levels.length,
  );
}

/**
 * A colour-bar axis with band k between positions k and k + 1 of [bottom, top]: value v maps
 * inside its band linearly; ticks are every few levels, printed with 3 significant digits.
 */
function levelAxis(
  levels: readonly number[],
  bottom: number,
  top: number,
  count: number,
): { (v: number): number; ticks(n: number): number[]; tickFormat(n: number): (v: number) => string } {
  const norm = levelNorm(levels);
  const axis = (v: number) => bottom + (top - bottom) * norm(v);
  const stride = Math.max(1, Math.ceil((levels.length - 1) / count));
  axis.ticks = () => levels.filter((_l, k) => k % stride === 0);
  axis.tickFormat = () => (v: number) => formatNumber(v, 3);
  return axis;
}

export function colorbarMarkup(opts: {
  plot: Rect;
  levels: number[];
  color: (band: number) => string;
  label?: string;
}): string {
  const { plot, levels } = opts;
  const x0 = rectRight(plot) + COLORBAR_GAP;
  const lo = levels[0];
  const hi = levels[levels.length - 1];
  const count = Math.max(2, Math.min(10, Math.round(plot.height / 45)));
  // Uneven (logarithmic) levels get one equal swatch per band, as matplotlib's colorbar spaces
  // them, labelled at some of the levels; even ones keep a value axis.
  const uniform = !evenlySpaced(levels);
  const s = uniform
    ? levelAxis(levels, rectBottom(plot), plot.top, count)
    : scaleLinear([lo, hi], [rectBottom(plot), plot.top]);
  const rects = levels.slice(0, -1).map((l, k) =>
    el('rect', {
      x: x0,
      y: s(levels[k + 1]),
      width: COLORBAR_WIDTH,
      // A hair of overlap hides the antialiased seam between neighbouring swatches.
      height: s(l) - s(levels[k + 1]) + 0.3,
      fill: opts.color(k),
    }),
  );
  const ticks = s.ticks(count);
  const fmt = s.tickFormat(count);
  const xr = x0 + COLORBAR_WIDTH;
  const tickPath = ticks.map((v) => `M${num(xr)},${num(s(v))}h4.5`).join('');
  const labels = ticks.map((v) => text(xr + 8, s(v) + FONT.tick * 0.36, fmt(v)));
  const widest = Math.max(0, ...ticks.map((v) => textWidth(fmt(v), FONT.tick)));
  const parts = [
    ...rects,
    el('rect', {
      x: x0,
      y: plot.top,
      width: COLORBAR_WIDTH,
      height: plot.height,
      fill: 'none',
      stroke: '#000000',
      'stroke-width': 0.8,
    }),
    el('path', { d: tickPath, stroke: '#000000', 'stroke-width': 0.8 }),
    group({ 'font-size': FONT.tick }, ...labels),
  ];
  if (opts.label) {
    const cx = xr + 8 + widest + 8 + FONT.label * 0.75;
    const cy = plot.top + plot.height / 2;
    parts.push(
      text(cx, cy, opts.label, {
        class: 'colorbar-label',
        'text-anchor': 'middle',
        'font-size': FONT.label,
        transform: `rotate(-90 ${num(cx)} ${num(cy)})`,
      }),
    );
  }
  return group({ class: 'colorbar' }, ...parts);
}

/** Room the colour bar needs right of the plot, from the widest label it can show. */
export function colorbarReserve(levels: number[], labelled: boolean): number {
  const s = evenlySpaced(levels)
    ? scaleLinear([levels[0], levels[levels.length - 1]], [0, 1])
    : levelAxis(levels, 0, 1, 10);
  const widest = Math.max(0, ...s.ticks(10).map((v) => textWidth(s.tickFormat(10)(v), FONT.tick)));
  return COLORBAR_GAP + COLORBAR_WIDTH + 8 + widest + (labelled ? 8 + FONT.label + 4 : 0);
}
