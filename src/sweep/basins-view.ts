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
import {
  BASIN_DIVERGED,
  BASIN_PALETTE,
  BASIN_UNSETTLED,
  rgbOf,
  shadeEdgesOf,
  shadeOf,
  tintAmount,
} from './basin-shades.js';
import type { BasinMap, BasinsResult } from './basins.js';
import { bounds } from './views.js';

const SIZE = 520;
const LEGEND = 220;
/** The grey the legend shows the shades in (they apply to every basin's colour). */
const SHADE_SWATCH = '#4d4d4d';

/** `color` mixed with white by `amount` (0: the colour, 1: white). */
function tint(color: string, amount: number): string {
  const mixed = rgbOf(color).map((v) => Math.round(v + (255 - v) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The steps at which each shade after the first begins, over every map (see basin-shades.ts). */
export function shadeEdges(maps: readonly BasinMap[]): number[] {
  return shadeEdgesOf(labelledSteps(maps));
}

/** The steps of every start that reached a minimum, over all maps. */
function labelledSteps(maps: readonly BasinMap[]): number[] {
  return maps.flatMap((m) => m.steps.filter((_s, i) => m.labels[i] >= 0));
}

/** The colour of each start: its basin shaded by steps, or the marks of the runs that failed. */
function cellColors(map: BasinMap, edges: readonly number[]): string[] {
  return map.labels.map((label, i) => {
    if (label >= 0)
      return tint(BASIN_PALETTE[label % BASIN_PALETTE.length], tintAmount(shadeOf(map.steps[i], edges)));
    const s = map.statuses[i];
    return s === 'diverged' || s === 'left-domain' ? BASIN_DIVERGED : BASIN_UNSETTLED;
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
    color: tint(SHADE_SWATCH, tintAmount(k)),
    label: t(lang, 'basins-steps-range', { from, to: k + 1 < starts.length ? starts[k + 1] - 1 : most }),
  }));
}

/** The legend: each minimum's colour and place, the marks of the runs that failed, then the shades. */
function legend(result: BasinsResult, lang: Lang, left: number): string {
  const rows = [
    ...result.minima.map((m, k) => ({
      color: BASIN_PALETTE[k % BASIN_PALETTE.length],
      label: t(lang, 'basins-minimum', { index: k, x: formatNumber(m[0], 3), y: formatNumber(m[1], 3) }),
    })),
    { color: BASIN_DIVERGED, label: t(lang, 'sweep-diverged-cell', undefined) },
    { color: BASIN_UNSETTLED, label: t(lang, 'basins-not-converged', undefined) },
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
