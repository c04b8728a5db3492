/**
 * The sweep's figures, SVG strings without a DOM (the CLI's --plot writes them as SVG or PNG):
 * for one varied option, steps to the tolerance against its values, one line per optimizer;
 * for two, a heat map per optimizer — the phase diagram — with diverged cells crossed out, cells
 * that never reached the tolerance in grey, and the best setting starred.
 */
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { colorbarMarkup, colorbarReserve } from '../plot/colorbar.js';
import { categoricalColor, colormap } from '../plot/colormaps.js';
import { frame } from '../plot/frame.js';
import { starPath } from '../plot/geometry.js';
import { niceLevels } from '../plot/scales.js';
import { el, FONT, group, num, svgDocument, text } from '../plot/svg.js';
import type { SweepResult, SweepRow, VarySpec } from './types.js';
import { varyValues } from './vary.js';

const WIDTH = 640;
const HEIGHT = 460;
const DIVERGED = '#3b3b3b';
const NEVER = '#d9d9d9';

const diverged = (r: SweepRow) =>
  r.status === 'diverged' || r.status === 'left-domain' || r.status === 'error';

/** The axis of a varied option: its values' span, widened by half a step so cells fit whole. */
function axisOf(v: VarySpec): { kind: 'linear' | 'log'; domain: [number, number]; label: string } {
  const xs = varyValues(v);
  const kind = v.scale === 'log' ? 'log' : 'linear';
  const to = (x: number) => (kind === 'log' ? Math.log10(x) : x);
  const from = (x: number) => (kind === 'log' ? 10 ** x : x);
  const [a, b] = [to(Math.min(...xs)), to(Math.max(...xs))];
  const half = xs.length > 1 ? (b - a) / (xs.length - 1) / 2 : Math.max(Math.abs(a) * 0.1, 0.5);
  return { kind, domain: [from(a - half), from(b + half)], label: v.option };
}

/** The rows of each optimizer, in the study's order. */
function byOptimizer(result: SweepResult): [string, SweepRow[]][] {
  const out = new Map<string, SweepRow[]>();
  for (const r of result.runs) {
    if (!out.has(r.optimizer)) out.set(r.optimizer, []);
    out.get(r.optimizer)?.push(r);
  }
  return [...out.entries()];
}

const star = (x: number, y: number, r: number) =>
  el('path', {
    d: starPath(x, y, r, (v) => num(v)),
    fill: '#ffffff',
    stroke: '#000000',
    'stroke-width': 1.2,
  });
const cross = (x: number, y: number, r: number, color: string) =>
  el('path', {
    d: `M${num(x - r)},${num(y - r)}L${num(x + r)},${num(y + r)}M${num(x - r)},${num(y + r)}L${num(x + r)},${num(y - r)}`,
    stroke: color,
    'stroke-width': 1.6,
  });

/** The figure of a sweep: a curve for one varied option, heat maps for two. */
export function sweepFigure(result: SweepResult, lang: Lang): string {
  return result.experiment.vary.length === 1 ? sweepCurve(result, lang) : sweepHeatMaps(result, lang);
}

function yLabel(result: SweepResult, lang: Lang): string {
  return t(
    lang,
    result.experiment.base.kind === 'fit' ? 'sweep-header-epochs' : 'sweep-header-steps',
    undefined,
  );
}

/** Steps to the tolerance against the varied option, one line per optimizer; × diverged, ○ never reached. */
function sweepCurve(result: SweepResult, lang: Lang): string {
  const v = result.experiment.vary[0];
  const groups = byOptimizer(result);
  const reached = result.runs.flatMap((r) => (r.stepsToTol === null ? [] : [r.stepsToTol]));
  const top = Math.max(1, ...reached) * 1.12;
  const f = frame({
    width: WIDTH,
    height: HEIGHT,
    title: groups.map(([name]) => name).join(', '),
    x: axisOf(v),
    y: { kind: 'linear', domain: [0, top], label: yLabel(result, lang) },
    grid: true,
  });
  const ceiling = f.plot.top + 8;
  const marks = groups.map(([name, rows], k) => {
    const color = categoricalColor(k);
    const pts = rows.map((r) => ({ x: f.x(r.options[v.option] as number), r }));
    const best = bestRow(result, name);
    const dots = pts.flatMap((p) => {
      if (p.r.stepsToTol === null) return [];
      const y = f.y(p.r.stepsToTol);
      return [
        el('circle', { cx: num(p.x), cy: num(y), r: 2.6, fill: color }),
        ...(p.r === best ? [star(p.x, y, 8)] : []),
      ];
    });
    const lines = linePaths(
      pts.map((p) => (p.r.stepsToTol === null ? null : { x: p.x, y: f.y(p.r.stepsToTol) })),
      color,
    );
    const misses = pts
      .filter((p) => p.r.stepsToTol === null)
      .map((p) =>
        diverged(p.r)
          ? cross(p.x, ceiling + k * 9, 3.5, color)
          : el('circle', {
              cx: num(p.x),
              cy: num(ceiling + k * 9),
              r: 3.2,
              fill: 'none',
              stroke: color,
              'stroke-width': 1.3,
            }),
      );
    return group({ class: 'sweep-line' }, lines, ...dots, ...misses);
  });
  const legend = legendOf(
    groups.map(([name]) => name),
    f.plot.left + f.plot.width - 10,
    f.plot.top + 34,
    lang,
  );
  return svgDocument(
    WIDTH,
    HEIGHT,
    t(lang, 'sweep-title', { optimizer: groups.map(([n]) => n).join(', ') }),
    f.under + marks.join('') + f.over + legend,
  );
}

/** Polylines through the points, cut where a point is missing. */
function linePaths(points: ({ x: number; y: number } | null)[], color: string): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (p === null) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${num(p.x)},${num(p.y)}`;
    open = true;
  }
  return d === '' ? '' : el('path', { d, fill: 'none', stroke: color, 'stroke-width': 1.8 });
}

/** The best row of an optimizer, by the study's `best` (its options). */
function bestRow(result: SweepResult, name: string): SweepRow | undefined {
  const b = Object.hasOwn(result.best, name) ? result.best[name] : undefined;
  if (!b || b.options === null) return undefined;
  return result.runs.find(
    (r) =>
      r.optimizer === name &&
      result.experiment.vary.every((v) => r.options[v.option] === b.options?.[v.option]),
  );
}

/** The legend: a line per optimizer, and what × ○ ★ mean. */
function legendOf(names: string[], right: number, top: number, lang: Lang): string {
  const rows = [
    ...names.map((n, k) => ({
      mark: el('path', {
        d: `M${num(right - 150)},${num(top + k * 18 - 4)}h18`,
        stroke: categoricalColor(k),
        'stroke-width': 2.5,
      }),
      label: n,
    })),
    {
      mark: cross(right - 141, top + names.length * 18 - 4, 3.5, '#000000'),
      label: t(lang, 'sweep-diverged-cell', undefined),
    },
    {
      mark: el('circle', {
        cx: num(right - 141),
        cy: num(top + (names.length + 1) * 18 - 4),
        r: 3.2,
        fill: 'none',
        stroke: '#000000',
      }),
      label: t(lang, 'sweep-never', undefined),
    },
    {
      mark: star(right - 141, top + (names.length + 2) * 18 - 4, 7),
      label: t(lang, 'sweep-best-mark', undefined),
    },
  ];
  const box = el('rect', {
    x: num(right - 158),
    y: num(top - 18),
    width: 158,
    height: rows.length * 18 + 10,
    fill: '#ffffff',
    'fill-opacity': 0.85,
    stroke: '#cccccc',
  });
  return group(
    { class: 'legend', 'font-size': FONT.legend },
    box,
    ...rows.map((r, k) => r.mark + text(right - 124, top + k * 18, r.label)),
  );
}

/** One heat map per optimizer, side by side: colour = steps to the tolerance. */
function sweepHeatMaps(result: SweepResult, lang: Lang): string {
  const [vx, vy] = result.experiment.vary;
  const groups = byOptimizer(result);
  const reached = result.runs.flatMap((r) => (r.stepsToTol === null ? [] : [r.stepsToTol]));
  const lo = reached.length ? Math.min(...reached) : 0;
  const hi = reached.length ? Math.max(...reached) : 1;
  const levels = niceLevels(lo, hi > lo ? hi : lo + 1, 10);
  const cmap = colormap('viridis');
  const [l0, l1] = [levels[0], levels[levels.length - 1]];
  const colorOf = (s: number) => cmap((s - l0) / (l1 - l0));
  const reserve = colorbarReserve(levels, true);
  const panels = groups.map(([name, rows], k) => {
    const f = frame({
      width: WIDTH,
      height: HEIGHT,
      title: t(lang, result.experiment.base.kind === 'fit' ? 'sweep-title-fit' : 'sweep-title', {
        optimizer: name,
      }),
      x: axisOf(vx),
      y: axisOf(vy),
      reserveRight: reserve,
    });
    const xs = varyValues(vx);
    const ys = varyValues(vy);
    const cellX = bounds(
      xs.map((x) => f.x(x)),
      f.plot.left,
      f.plot.left + f.plot.width,
    );
    const cellY = bounds(
      ys.map((y) => f.y(y)),
      f.plot.top + f.plot.height,
      f.plot.top,
    );
    const best = bestRow(result, name);
    const cells: string[] = [];
    const marks: string[] = [];
    rows.forEach((r, i) => {
      const ix = Math.floor(i / ys.length);
      const iy = i % ys.length;
      const [x0, x1] = cellX[ix];
      const [y0, y1] = cellY[iy];
      const fill = r.stepsToTol !== null ? colorOf(r.stepsToTol) : diverged(r) ? DIVERGED : NEVER;
      cells.push(
        el('rect', {
          x: num(Math.min(x0, x1)),
          y: num(Math.min(y0, y1)),
          width: num(Math.abs(x1 - x0) + 0.4),
          height: num(Math.abs(y1 - y0) + 0.4),
          fill,
        }),
      );
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      if (diverged(r))
        marks.push(cross(cx, cy, Math.min(3.5, Math.abs(x1 - x0) / 3, Math.abs(y1 - y0) / 3), '#ffffff'));
      if (r === best) marks.push(star(cx, cy, 9));
    });
    const bar = colorbarMarkup({
      plot: f.plot,
      levels,
      color: (band) => colorOf((levels[band] + levels[band + 1]) / 2),
      label: yLabel(result, lang),
    });
    return group({ transform: `translate(${k * WIDTH},0)` }, f.under, ...cells, ...marks, f.over, bar);
  });
  const key = group(
    { 'font-size': FONT.legend },
    el('rect', { x: 12, y: HEIGHT - 22, width: 12, height: 12, fill: DIVERGED }),
    text(30, HEIGHT - 12, t(lang, 'sweep-diverged-cell', undefined)),
    el('rect', { x: 112, y: HEIGHT - 22, width: 12, height: 12, fill: NEVER, stroke: '#999999' }),
    text(130, HEIGHT - 12, t(lang, 'sweep-never', undefined)),
    star(218, HEIGHT - 16, 7),
    text(230, HEIGHT - 12, t(lang, 'sweep-best-mark', undefined)),
  );
  const width = WIDTH * groups.length;
  const title = groups.map(([n]) => t(lang, 'sweep-title', { optimizer: n })).join(' · ');
  return svgDocument(width, HEIGHT + 8, title, panels.join('') + key);
}

/**
 * Pixel bounds of each cell along an axis from its centres: halfway to each neighbour (in pixels,
 * so halfway in log on a log axis), the ends as wide as their neighbours, a single cell the whole axis.
 */
export function bounds(px: number[], first: number, last: number): [number, number][] {
  if (px.length === 1) return [[first, last]];
  return px.map((p, i) => [
    i > 0 ? (px[i - 1] + p) / 2 : p - (px[1] - p) / 2,
    i < px.length - 1 ? (px[i + 1] + p) / 2 : p + (p - px[i - 1]) / 2,
  ]);
}
