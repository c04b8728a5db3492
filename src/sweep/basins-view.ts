/**
 * The basin map as SVG: each start of the grid a cell coloured by the minimum it reached, lighter
 * the more steps it took; diverged starts (or ones that left the domain) dark, starts that did not
 * converge grey; the minima starred. One panel per optimizer, side by side. Cells of one colour
 * in a row are drawn as one rectangle, so a 400 × 400 map stays a small file.
 *
 * The shades split the labelled starts of all maps into equal fifths by steps taken (quantiles, not
 * equal widths: steps have a long tail — a few starts on a ridge take ten times the rest — and
 * equal widths put nearly every cell in the first shade). One set of shades for every panel, so a
 * lighter panel took more steps; the legend gives each shade's steps.
 * Without a tolerance every start runs all its steps: the legend says so instead.
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
/** Shades of a basin's colour by steps taken: five, from the full colour to a light tint. */
const SHADES = 5;
/** How far the lightest shade is mixed with white. */
const LIGHTEST = 0.72;
/** The grey the legend shows the shades in (they apply to every basin's colour). */
const SHADE_SWATCH = '#4d4d4d';

const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
/** `color` mixed with white by `amount` (0: the colour, 1: white). */
function tint(color: string, amount: number): string {
  const mixed = hex(color).map((v) => Math.round(v + (255 - v) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const tintOf = (shade: number) => (shade * LIGHTEST) / (SHADES - 1);

/**
 * The steps at which each shade after the first begins: the quantiles k/SHADES of the labelled
 * starts' steps (a tie stays in one shade, so fewer distinct steps give fewer shades).
 */
export function shadeEdges(maps: readonly BasinMap[]): number[] {
  const steps = labelledSteps(maps).sort((a, b) => a - b);
  if (steps.length === 0) return [];
  const edges: number[] = [];
  for (let k = 1; k < SHADES; k++) {
    const q = steps[Math.min(steps.length - 1, Math.floor((k * steps.length) / SHADES))];
    if (q > steps[0] && q > (edges.at(-1) ?? Number.NEGATIVE_INFINITY)) edges.push(q);
  }
  return edges;
}

/** The steps of every start that reached a minimum, over all maps. */
function labelledSteps(maps: readonly BasinMap[]): number[] {
  return maps.flatMap((m) => m.steps.filter((_s, i) => m.labels[i] >= 0));
}

/** The shade of a start that took `steps`: how many edges it reached. */
function shadeOf(steps: number, edges: readonly number[]): number {
  let k = 0;
  while (k < edges.length && steps >= edges[k]) k++;
  return k;
}

/** The colour of each start: its basin shaded by steps, or the marks of the runs that failed. */
function cellColors(map: BasinMap, edges: readonly number[]): string[] {
  return map.labels.map((label, i) => {
    if (label >= 0) return tint(PALETTE[label % PALETTE.length], tintOf(shadeOf(map.steps[i], edges)));
    const s = map.statuses[i];
    return s === 'diverged' || s === 'left-domain' ? DIVERGED : UNSETTLED;
  });
}

function panel(result: BasinsResult, map: BasinMap, lang: Lang, left: number, edges: number[]): string {
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
  const colors = cellColors(map, edges);
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

/** The rows of the shades' legend: the steps of each shade. */
function shadeRows(result: BasinsResult, lang: Lang): { color: string; label: string }[] {
  const labelled = labelledSteps(result.maps);
  if (labelled.length === 0) return [];
  const edges = shadeEdges(result.maps);
  const most = labelled.reduce((m, s) => Math.max(m, s), 0);
  if (edges.length === 0)
    return [
      { color: SHADE_SWATCH, label: t(lang, 'basins-steps-same', { n: most }) },
      { color: '', label: t(lang, 'basins-steps-hint', undefined) },
    ];
  const least = labelled.reduce((m, s) => Math.min(m, s), most);
  const starts = [least, ...edges];
  return starts.map((from, k) => ({
    color: tint(SHADE_SWATCH, tintOf(k)),
    label: t(lang, 'basins-steps-range', { from, to: k + 1 < starts.length ? starts[k + 1] - 1 : most }),
  }));
}

/** The legend: each minimum's colour and place, the marks of the runs that failed, then the shades. */
function legend(result: BasinsResult, lang: Lang, left: number): string {
  const rows = [
    ...result.minima.map((m, k) => ({
      color: PALETTE[k % PALETTE.length],
      label: t(lang, 'basins-minimum', { index: k, x: formatNumber(m[0], 3), y: formatNumber(m[1], 3) }),
    })),
    { color: DIVERGED, label: t(lang, 'sweep-diverged-cell', undefined) },
    { color: UNSETTLED, label: t(lang, 'basins-not-converged', undefined) },
  ];
  const shades = shadeRows(result, lang);
  const top = 60;
  const shadesTop = top + (rows.length + 1) * 20;
  const row = (r: { color: string; label: string }, y: number) =>
    group(
      {},
      r.color ? el('rect', { x: left, y: y - 10, width: 12, height: 12, fill: r.color }) : '',
      text(left + 18, y, r.label),
    );
  return group(
    { class: 'legend', 'font-size': FONT.legend },
    ...rows.map((r, k) => row(r, top + k * 20)),
    ...(shades.length > 0 ? [text(left, shadesTop, t(lang, 'basins-steps-title', undefined))] : []),
    ...shades.map((r, k) => row(r, shadesTop + (k + 1) * 20)),
  );
}

/** The basin maps of every optimizer, side by side, with one legend. */
export function basinsFigure(result: BasinsResult, lang: Lang): string {
  const edges = shadeEdges(result.maps);
  const panels = result.maps.map((m, k) => panel(result, m, lang, k * SIZE, edges));
  const width = SIZE * result.maps.length + LEGEND;
  const title = result.maps.map((m) => t(lang, 'basins-title', { optimizer: m.optimizer })).join(' · ');
  return svgDocument(
    width,
    SIZE,
    title,
    panels.join('') + legend(result, lang, SIZE * result.maps.length + 10),
  );
}
