/**
 * contourMap: a filled contour map of a surface sampled on a grid, with optimizer paths on top —
 * the picture of seed 000 (matplotlib's contourf with 30 levels and coolwarm, the path in yellow,
 * the start ★ red and the end ★ blue), and for races one colour per optimizer and a legend.
 */
import { contours } from 'd3-contour';
import { badArgument, DescensoError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { showValue } from '../text.js';
import { checkOptions } from './args.js';
import { colorbarMarkup, colorbarReserve } from './colorbar.js';
import { type ColormapName, categoricalColor, colormap } from './colormaps.js';
import { append, decimateRuns } from './decimate.js';
import { frame, PLOT_CLIP_URL, plotClipDefs } from './frame.js';
import { contains, densify, inflate, isFinitePoint, starPath, visibleRuns } from './geometry.js';
import { label } from './labels.js';
import { type LegendEntry, type LegendPosition, legend } from './legend.js';
import { contourLevels, type LevelScale } from './levels.js';
import { el, FONT, group, num, type Point, pointsAttr, svgDocument, text } from './svg.js';

/** A surface sampled at nx × ny points, row-major: values[j·nx + i] = f(x_i, y_j), both ascending. */
export interface ContourGrid {
  values: Float64Array | readonly number[];
  nx: number;
  ny: number;
  x: readonly [number, number];
  y: readonly [number, number];
}

export interface ContourPath {
  name: string;
  /** [x, y] per step; a non-finite coordinate (divergence) cuts the line there. */
  points: readonly (readonly number[])[];
  color?: string;
}

export interface ContourMapOptions {
  grid: ContourGrid;
  /** A level count (the boundaries of levels.ts's rule) or the boundaries themselves. */
  levels?: number | readonly number[];
  /** How a level count is spread: 'auto' (default) is logarithmic for steep surfaces only. */
  levelScale?: LevelScale;
  colormap?: ColormapName;
  paths?: readonly ContourPath[];
  /** The one-run look of the tutorial (yellow path, red start, blue end); default: one path given. */
  single?: boolean;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  colorbarLabel?: string;
  colorbar?: boolean;
  /** Legend placement; default 'best' for several paths, 'none' for one. */
  legend?: LegendPosition;
  /** Dots at the intermediate points; default: when a path has at most 200 points. */
  dots?: boolean;
  /** Equal units on both axes; default true. */
  equalAspect?: boolean;
  width?: number;
  height?: number;
  lang?: Lang;
}

export const contourDefaults = {
  levels: 30,
  colormap: 'coolwarm' as ColormapName,
  xLabel: 'w₀',
  yLabel: 'w₁',
  colorbar: true,
  equalAspect: true,
  width: 640,
  height: 560,
  lang: 'en' as Lang,
  /** The tutorial's colours for a single run. */
  singleColors: { path: '#ffff00', start: '#ff0000', end: '#0000ff' },
  lineWidth: 1.5,
  dotRadius: 2.4,
  starRadius: 8,
  maxDots: 200,
};

function checkGrid(g: ContourGrid): void {
  if (g === null || typeof g !== 'object') throw badArgument('contourMap', 1, g, 'grid');
  const { nx, ny, values } = g;
  if (!(Number.isInteger(nx) && Number.isInteger(ny) && nx >= 2 && ny >= 2)) {
    throw new DescensoError('plot-bad-input', {
      what: 'grid-size',
      value: `${showValue(nx)}×${showValue(ny)}`,
    });
  }
  if (!values || values.length !== nx * ny) {
    throw new DescensoError('plot-bad-input', {
      what: 'grid-values',
      value: `${showValue(values?.length ?? 0)} ≠ ${nx}×${ny}`,
    });
  }
  for (const [name, r] of [
    ['x', g.x],
    ['y', g.y],
  ] as const) {
    if (!(r && r.length === 2 && Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[0] < r[1])) {
      throw new DescensoError('plot-bad-input', {
        what: 'grid-range',
        value: `${name}: ${showValue(r)}`,
      });
    }
  }
}

function finiteExtent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The band boundaries, ascending: from a count by the one level rule, or the given ones sorted. */
function resolveLevels(
  levels: number | readonly number[],
  values: ArrayLike<number>,
  scale: LevelScale | undefined,
): number[] {
  if (typeof levels === 'number') return contourLevels(values, levels, scale);
  const sorted = [...new Set(levels.filter(Number.isFinite))].sort((a, b) => a - b);
  if (sorted.length < 2)
    throw new DescensoError('plot-bad-input', { what: 'levels', value: showValue(levels) });
  return sorted;
}

/**
 * d3-contour puts sample (i, j) at (i + 0.5, j + 0.5) of its own plane, so a contour vertex
 * (cx, cy) lies at x0 + (cx − 0.5)·Δx in data units, with Δx the sample spacing.
 */
function bandsMarkup(opts: {
  grid: ContourGrid;
  levels: number[];
  fillTop: boolean;
  color: (band: number) => string;
  px: (x: number) => number;
  py: (y: number) => number;
}): string {
  const { grid, levels, px, py } = opts;
  const dx = (grid.x[1] - grid.x[0]) / (grid.nx - 1);
  const dy = (grid.y[1] - grid.y[0]) / (grid.ny - 1);
  const gen = contours().size([grid.nx, grid.ny]);
  // d3-contour only reads values by index, so a Float64Array works as well as an array.
  const values = grid.values as unknown as number[];
  const ring = (r: number[][]): string =>
    `M${r
      .map(
        ([cx, cy]) => `${num(px(grid.x[0] + (cx - 0.5) * dx), 1)},${num(py(grid.y[0] + (cy - 0.5) * dy), 1)}`,
      )
      .join(' ')}Z`;
  const out: string[] = [];
  // Painter's order: the region ≥ level k is filled with band k's colour over the bands below, so
  // neighbouring bands share edges exactly and no hairline gaps show between them.
  const last = opts.fillTop ? levels.length : levels.length - 1;
  for (let k = 0; k < last; k++) {
    const shape = gen.contour(values, levels[k]);
    if (shape.coordinates.length === 0) continue;
    const d = shape.coordinates.map((polygon) => polygon.map(ring).join('')).join('');
    out.push(
      el('path', {
        class: k < levels.length - 1 ? 'band' : 'above',
        'data-level': String(levels[k]),
        d,
        fill: k < levels.length - 1 ? opts.color(k) : '#ffffff',
        'fill-rule': 'evenodd',
      }),
    );
  }
  return out.join('');
}

interface PathStyle {
  line: string;
  start: string;
  end: string;
  dots: string;
}

/** A filled contour map with optional optimizer paths, as an SVG string. */
export function contourMap(options: ContourMapOptions): string {
  checkOptions('contourMap', options);
  const o = { ...contourDefaults, ...options };
  const lang = o.lang;
  checkGrid(o.grid);
  const grid = o.grid;
  const paths = o.paths ?? [];
  const single = options.single ?? paths.length === 1;
  const cmap = colormap(o.colormap);

  const extent = finiteExtent(grid.values);
  const levels = extent ? resolveLevels(o.levels, grid.values, o.levelScale) : [];
  const bands = Math.max(1, levels.length - 1);
  const color = (k: number): string => cmap((k + 0.5) / bands);
  const colorbarLabel = o.colorbarLabel ?? label(lang, 'plot-loss');
  const showColorbar = o.colorbar && levels.length >= 2;

  const f = frame({
    width: o.width,
    height: o.height,
    title: o.title,
    x: { kind: 'linear', domain: grid.x, label: o.xLabel },
    y: { kind: 'linear', domain: grid.y, label: o.yLabel },
    reserveRight: showColorbar ? colorbarReserve(levels, colorbarLabel !== '') : 0,
    equalAspect: o.equalAspect,
  });
  const { plot } = f;

  const bandsSvg =
    levels.length >= 2
      ? bandsMarkup({ grid, levels, fillTop: typeof o.levels !== 'number', color, px: f.x, py: f.y })
      : '';
  const message = extent
    ? ''
    : text(plot.left + plot.width / 2, plot.top + plot.height / 2, label(lang, 'plot-no-data'), {
        'text-anchor': 'middle',
        'font-size': FONT.label,
        fill: '#555555',
      });

  // Paths. Numeric clipping to a slightly larger box keeps coordinates small; clipPath trims exactly.
  const bounds = inflate(plot, 24);
  const lineWidth = o.lineWidth;
  const drawn: string[] = [];
  const markers: string[] = [];
  const avoid: Point[] = [];
  const entries: LegendEntry[] = [];
  paths.forEach((path, i) => {
    if (!Array.isArray(path.points)) {
      throw new DescensoError('plot-bad-input', { what: 'path-points', value: showValue(path.name) });
    }
    const px: Point[] = path.points.map((p) => {
      const x = Number(p?.[0]);
      const y = Number(p?.[1]);
      return Number.isFinite(x) && Number.isFinite(y)
        ? { x: f.x(x), y: f.y(y) }
        : { x: Number.NaN, y: Number.NaN };
    });
    const base = path.color ?? (single ? o.singleColors.path : categoricalColor(i));
    const style: PathStyle = single
      ? {
          line: path.color ?? o.singleColors.path,
          start: o.singleColors.start,
          end: o.singleColors.end,
          dots: path.color ?? o.singleColors.path,
        }
      : { line: base, start: o.singleColors.start, end: base, dots: base };
    const runs = decimateRuns(visibleRuns(px, bounds));
    for (const r of runs) append(avoid, densify(r));
    const lines = runs.map((r) => pointsAttr(r));
    // A dark halo under each line keeps light colours readable on the pale middle of the map.
    drawn.push(
      group(
        { class: 'path', 'data-name': path.name },
        ...lines.map((pts) =>
          el('polyline', {
            class: 'halo',
            points: pts,
            fill: 'none',
            stroke: '#000000',
            'stroke-opacity': 0.45,
            'stroke-width': lineWidth + 1.6,
            'stroke-linejoin': 'round',
            'stroke-linecap': 'round',
          }),
        ),
        ...lines.map((pts) =>
          el('polyline', {
            class: 'line',
            points: pts,
            fill: 'none',
            stroke: style.line,
            'stroke-width': lineWidth,
            'stroke-linejoin': 'round',
            'stroke-linecap': 'round',
          }),
        ),
      ),
    );
    const showDots = o.dots ?? px.length <= o.maxDots;
    const dots = showDots
      ? px
          .slice(1, -1)
          .filter((p) => isFinitePoint(p) && contains(plot, p))
          .map((p) =>
            el('circle', {
              cx: p.x,
              cy: p.y,
              r: o.dotRadius,
              fill: style.dots,
              stroke: '#000000',
              'stroke-opacity': 0.45,
              'stroke-width': 0.6,
            }),
          )
      : [];
    const first = px[0];
    const lastFinite = [...px].reverse().find(isFinitePoint);
    const star = (p: Point | undefined, fill: string, cls: string): string =>
      p && isFinitePoint(p) && contains(plot, p)
        ? el('path', {
            class: cls,
            d: starPath(p.x, p.y, o.starRadius, num),
            fill,
            stroke: '#000000',
            'stroke-width': 0.7,
            'stroke-linejoin': 'round',
          })
        : '';
    markers.push(
      group(
        { class: 'markers', 'data-name': path.name },
        ...dots,
        px.length > 1 ? star(lastFinite, style.end, 'end') : '',
        star(first, style.start, 'start'),
      ),
    );
    if (first && isFinitePoint(first)) avoid.push(first);
    const diverged = px.some((p) => !isFinitePoint(p));
    const name = diverged ? label(lang, 'plot-diverged', { name: path.name }) : path.name;
    entries.push({
      label: name,
      line: { color: style.line },
      marker: single
        ? { shape: 'circle', color: style.dots, radius: o.dotRadius }
        : { shape: 'star', color: style.end, radius: 6 },
    });
  });

  let legendSvg = '';
  const position = o.legend ?? (single ? 'none' : 'best');
  if (paths.length > 0 && position !== 'none') {
    const all: LegendEntry[] = [
      ...entries,
      { label: label(lang, 'plot-start'), marker: { shape: 'star', color: o.singleColors.start, radius: 6 } },
    ];
    if (single)
      all.push({
        label: label(lang, 'plot-end'),
        marker: { shape: 'star', color: o.singleColors.end, radius: 6 },
      });
    legendSvg = legend(all, plot, position, avoid);
  }

  const body = [
    plotClipDefs(plot),
    group({ class: 'bands', 'clip-path': PLOT_CLIP_URL }, bandsSvg),
    message,
    group({ class: 'paths', 'clip-path': PLOT_CLIP_URL }, ...drawn, ...markers),
    f.over,
    showColorbar ? colorbarMarkup({ plot, levels, color, label: colorbarLabel || undefined }) : '',
    legendSvg,
  ].join('');
  return svgDocument(o.width, o.height, o.title || label(lang, 'plot-contour-map'), body);
}
