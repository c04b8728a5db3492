/**
 * The range test's figure, an SVG string without a DOM: the loss after each step (thin, grey) and
 * its smoothed value (the line) against lr on a log axis, the suggested lr marked by a dashed line
 * and a star. The y axis stops a little above the first smoothed loss, so the blow-up that ended
 * the test does not flatten the curve (the data is clipped to the plot).
 */
import { type Lang, t } from '../i18n/index.js';
import { categoricalColor } from '../plot/colormaps.js';
import { frame, PLOT_CLIP_URL, plotClipDefs } from '../plot/frame.js';
import { starPath } from '../plot/geometry.js';
import { el, FONT, group, num, svgDocument, text } from '../plot/svg.js';
import type { LrFindResult } from './lrfind.js';

const WIDTH = 640;
const HEIGHT = 460;

function path(xs: number[], ys: number[], x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  xs.forEach((v, k) => {
    if (Number.isFinite(ys[k])) d += `${d === '' ? 'M' : 'L'}${num(x(v))},${num(y(ys[k]))}`;
  });
  return d;
}

/** Which line is which: the raw loss (grey) and the smoothed loss (coloured), bottom left. */
function legendOf(left: number, top: number, color: string, lang: Lang): string {
  const row = (k: number, stroke: string, width: number, label: string) =>
    el('path', { d: `M${num(left + 8)},${num(top + 14 + k * 18)}h20`, stroke, 'stroke-width': width }) +
    text(left + 34, top + 18 + k * 18, label, { 'font-size': FONT.legend });
  return group(
    { class: 'lrfind-legend' },
    el('rect', {
      x: num(left),
      y: num(top),
      width: 130,
      height: 44,
      fill: '#ffffff',
      'fill-opacity': 0.85,
      stroke: '#cccccc',
    }),
    row(0, '#9a9a9a', 1, t(lang, 'lrfind-header-loss', undefined)),
    row(1, color, 2.2, t(lang, 'lrfind-header-smoothed', undefined)),
  );
}

/** The loss and smoothed loss against lr (log axis), the suggestion starred. */
export function lrFindFigure(r: LrFindResult, optimizer: string, lang: Lang): string {
  // A test that blew up on its first step has no finite loss: the axis is then [0, 1].
  const finite = r.smoothed.filter(Number.isFinite);
  const low = finite.length === 0 ? 0 : Math.min(...finite, ...r.losses.filter(Number.isFinite));
  const high = finite.length === 0 ? 1 : Math.min(Math.max(...finite), Math.max(finite[0], low) * 1.25);
  const pad = (high - low) * 0.05 || Math.abs(high) * 0.1 || 1;
  const title = t(lang, 'lrfind-title', { optimizer });
  const f = frame({
    width: WIDTH,
    height: HEIGHT,
    title,
    x: { kind: 'log', domain: [r.lrs[0], Math.max(r.lrs[r.lrs.length - 1], r.lrs[0] * 10)], label: 'lr' },
    y: { kind: 'linear', domain: [low - pad, high + pad], label: t(lang, 'lrfind-header-loss', undefined) },
    grid: true,
  });
  const color = categoricalColor(0);
  const raw = el('path', {
    d: path(r.lrs, r.losses, f.x, f.y),
    fill: 'none',
    stroke: '#9a9a9a',
    'stroke-width': 1,
  });
  const smooth = el('path', {
    d: path(r.lrs, r.smoothed, f.x, f.y),
    fill: 'none',
    stroke: color,
    'stroke-width': 2.2,
  });
  let mark = '';
  if (r.suggested !== null) {
    const k = r.lrs.indexOf(r.suggested);
    const x = f.x(r.suggested);
    const y = f.y(r.smoothed[k]);
    const left = x < f.plot.left + f.plot.width / 2;
    const label = `${t(lang, 'lrfind-suggested-mark', undefined)}: lr = ${Number(r.suggested.toPrecision(3))}`;
    mark = group(
      { class: 'lrfind-suggested' },
      el('path', {
        d: `M${num(x)},${num(f.plot.top)}V${num(f.plot.top + f.plot.height)}`,
        stroke: '#d62728',
        'stroke-width': 1.2,
        'stroke-dasharray': '5,4',
      }),
      el('path', {
        d: starPath(x, y, 9, (v) => num(v)),
        fill: '#ffffff',
        stroke: '#d62728',
        'stroke-width': 1.4,
      }),
      // The label on the side of the line with more room.
      text(x + (left ? 8 : -8), f.plot.top + FONT.legend + 4, label, {
        'font-size': FONT.legend,
        fill: '#d62728',
        'text-anchor': left ? 'start' : 'end',
      }),
    );
  }
  const body =
    plotClipDefs(f.plot) +
    f.under +
    group({ class: 'lrfind-lines', 'clip-path': PLOT_CLIP_URL }, raw, smooth) +
    f.over +
    mark +
    legendOf(f.plot.left + 12, f.plot.top + f.plot.height - 44, color, lang);
  return svgDocument(WIDTH, HEIGHT, title, body);
}
