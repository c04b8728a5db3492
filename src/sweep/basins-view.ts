/**
 * The basin map as SVG: each start of the grid a cell coloured by the minimum it reached, lighter
 * the more steps it took; diverged starts (or ones that left the domain) dark, starts that did not
 * converge grey; the minima starred. One panel per optimizer, side by side. Cells of one colour
 * in a row are drawn as one rectangle, so a 400 × 400 map stays a small file.
 */
import { type Lang, t } from '../i18n/index.js';
import { frame } from '../plot/frame.js';
import { starPath } from '../plot/geometry.js';
import { formatNumber } from '../plot/scales.js';
import { el, FONT, group, num, svgDocument, text } from '../plot/svg.js';
import type { BasinMap, BasinsResult } from './basins.js';
import { bounds } from './views.js';

const SIZE = 520;
const LEGEND = 220;
/** Basin colours: distinct, none of them near the dark and grey that mark the runs that failed. */
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#17becf',
  '#e377c2',
  '#bcbd22',
  '#8c564b',
];
const DIVERGED = '#262626';
const UNSETTLED = '#bdbdbd';
/** Shades of a basin's colour by steps taken: four, from the full colour to a light tint. */
const SHADES = 4;

const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
/** `color` mixed with white by `amount` (0: the colour, 1: white). */
function tint(color: string, amount: number): string {
  const mixed = hex(color).map((v) => Math.round(v + (255 - v) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour of each start: its basin shaded by steps, or the marks of the runs that failed. */
function cellColors(map: BasinMap): string[] {
  let [lo, hi] = [Number.POSITIVE_INFINITY, 0];
  map.labels.forEach((label, i) => {
    if (label >= 0) [lo, hi] = [Math.min(lo, map.steps[i]), Math.max(hi, map.steps[i])];
  });
  // Shaded between the fewest and the most steps of the labelled starts: all alike, all full colour.
  const span = Math.max(1, hi - lo);
  return map.labels.map((label, i) => {
    if (label >= 0) {
      const shade = Math.min(SHADES - 1, Math.floor(((map.steps[i] - lo) / span) * SHADES));
      return tint(PALETTE[label % PALETTE.length], shade * 0.18);
    }
    const s = map.statuses[i];
    return s === 'diverged' || s === 'left-domain' ? DIVERGED : UNSETTLED;
  });
}

function panel(result: BasinsResult, map: BasinMap, lang: Lang, left: number): string {
  const f = frame({
    width: SIZE,
    height: SIZE,
    title: t(lang, 'basins-title', { optimizer: map.optimizer }),
    x: { kind: 'linear', domain: result.domain[0], label: 'x' },
    y: { kind: 'linear', domain: result.domain[1], label: 'y' },
    equalAspect: true,
  });
  const n = result.x.length;
  const cx = bounds(
    result.x.map((v) => f.x(v)),
    f.plot.left,
    f.plot.left + f.plot.width,
  );
  const cy = bounds(
    result.y.map((v) => f.y(v)),
    f.plot.top + f.plot.height,
    f.plot.top,
  );
  const colors = cellColors(map);
  const rects: string[] = [];
  for (let i = 0; i < n; i++) {
    const [y0, y1] = cy[i];
    let j = 0;
    while (j < n) {
      const c = colors[i * n + j];
      let k = j + 1;
      while (k < n && colors[i * n + k] === c) k++;
      const [x0] = cx[j];
      const [, x1] = cx[k - 1];
      rects.push(
        el('rect', {
          x: num(x0),
          y: num(Math.min(y0, y1)),
          width: num(x1 - x0),
          height: num(Math.abs(y1 - y0)),
          fill: c,
        }),
      );
      j = k;
    }
  }
  const stars = result.minima.map(([mx, my]) =>
    el('path', {
      d: starPath(f.x(mx), f.y(my), 8, (v) => num(v)),
      fill: '#ffffff',
      stroke: '#000000',
      'stroke-width': 1.2,
    }),
  );
  // crispEdges: neighbouring rows meet without an antialiased seam between them.
  const cells = group({ 'shape-rendering': 'crispEdges' }, ...rects);
  return group({ transform: `translate(${left},0)` }, f.under, cells, f.over, ...stars);
}

/** The legend: each minimum's colour and place, then the marks of the runs that failed. */
function legend(result: BasinsResult, lang: Lang, left: number): string {
  const rows = [
    ...result.minima.map((m, k) => ({
      color: PALETTE[k % PALETTE.length],
      label: t(lang, 'basins-minimum', { index: k, x: formatNumber(m[0], 3), y: formatNumber(m[1], 3) }),
    })),
    { color: DIVERGED, label: t(lang, 'sweep-diverged-cell', undefined) },
    { color: UNSETTLED, label: t(lang, 'basins-not-converged', undefined) },
  ];
  const top = 60;
  return group(
    { class: 'legend', 'font-size': FONT.legend },
    ...rows.map((r, k) =>
      group(
        {},
        el('rect', { x: left, y: top + k * 20 - 10, width: 12, height: 12, fill: r.color }),
        text(left + 18, top + k * 20, r.label),
      ),
    ),
  );
}

/** The basin maps of every optimizer, side by side, with one legend. */
export function basinsFigure(result: BasinsResult, lang: Lang): string {
  const panels = result.maps.map((m, k) => panel(result, m, lang, k * SIZE));
  const width = SIZE * result.maps.length + LEGEND;
  const title = result.maps.map((m) => t(lang, 'basins-title', { optimizer: m.optimizer })).join(' · ');
  return svgDocument(
    width,
    SIZE,
    title,
    panels.join('') + legend(result, lang, SIZE * result.maps.length + 10),
  );
}
