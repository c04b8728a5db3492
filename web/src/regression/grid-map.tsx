/**
 * A heat map with contour lines and axes, and paths drawn over it: the regression lab's (a, b)
 * landscapes. Two canvas layers, like the surface lab's map: the base (colours, contours, axes)
 * redraws when the values change, the overlay (paths, points) when the paths do. Its SVG is
 * src/plot's contour map of the same values and paths, with the same levels (the core's one rule).
 */
import { type ReadonlySignal, useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { useCallback } from 'preact/hooks';
import { type ColormapName, contourMap } from '../../../src/plot/index.js';
import { getLang } from '../i18n.js';
import { CanvasLayer, type Size } from '../kit/canvas-layer.js';
import { renderGrid, type SquareGrid } from '../kit/heatmap.js';
import { drawAxes, type Rect } from '../kit/map-axes.js';

export const MAP_PAD = { l: 46, r: 10, t: 8, b: 36 };

export interface MapPath {
  name?: string;
  color: string;
  points: readonly (readonly number[])[];
}

/** What a map shows: the values on a square grid, the axes' names, the colours, the paths. */
export interface GridMapSpec {
  grid: SquareGrid;
  labels: { x: string; y: string };
  cmap?: ColormapName;
  paths: MapPath[];
}

function plotRect(size: Size): Rect {
  const S = Math.min(size.width, size.height);
  return { x: MAP_PAD.l, y: MAP_PAD.t, w: S - MAP_PAD.l - MAP_PAD.r, h: S - MAP_PAD.t - MAP_PAD.b };
}

function toPx(r: Rect, g: SquareGrid, x: number, y: number): [number, number] {
  return [
    r.x + ((x - g.x[0]) / (g.x[1] - g.x[0])) * r.w,
    r.y + r.h - ((y - g.y[0]) / (g.y[1] - g.y[0])) * r.h,
  ];
}

function strokePath(ctx: CanvasRenderingContext2D, px: [number, number][], color: string): void {
  ctx.beginPath();
  ctx.moveTo(px[0][0], px[0][1]);
  for (const [x, y] of px.slice(1)) ctx.lineTo(x, y);
  ctx.strokeStyle = 'rgba(0,0,0,0.45)';
  ctx.lineWidth = 3.6;
  ctx.stroke();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.stroke();
  const [cx, cy] = px[px.length - 1];
  ctx.beginPath();
  ctx.arc(cx, cy, 5, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

function drawPaths(ctx: CanvasRenderingContext2D, r: Rect, g: SquareGrid, paths: MapPath[]): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const p of paths) {
    const pts = p.points.filter((q) => Number.isFinite(q[0]) && Number.isFinite(q[1]));
    if (pts.length > 0)
      strokePath(
        ctx,
        pts.map((q) => toPx(r, g, q[0], q[1])),
        p.color,
      );
  }
  ctx.restore();
}

/** The map of `spec` (nothing while it is null), named `label` for screen readers. */
export function GridMap({ spec, label }: { spec: ReadonlySignal<GridMapSpec | null>; label: string }) {
  // the colours are recomputed when the values or the colormap change, not when the paths do
  const grid = useComputed(() => spec.value?.grid ?? null);
  const labels = useComputed(() => spec.value?.labels ?? null);
  const cmap = useComputed(() => spec.value?.cmap ?? 'viridis');
  const heat = useComputed(() => (grid.value ? renderGrid(grid.value, cmap.value) : null));
  // stable draw functions: each layer redraws on the signals it reads and on its size, no more
  const base = useCallback((ctx: CanvasRenderingContext2D, size: Size) => {
    const h = heat.value;
    const g = grid.value;
    if (!h || !g || !labels.value) return;
    const r = plotRect(size);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(h.image, r.x, r.y, r.w, r.h);
    drawAxes(ctx, r, [g.x, g.y], labels.value);
  }, []);
  const overlay = useCallback((ctx: CanvasRenderingContext2D, size: Size) => {
    const s = spec.value;
    if (s) drawPaths(ctx, plotRect(size), s.grid, s.paths);
  }, []);
  return (
    <div class="map-wrap grid-map">
      <CanvasLayer class="map-base" draw={base} />
      <CanvasLayer class="map-overlay" draw={overlay} label={label} />
    </div>
  ) as JSX.Element;
}

/** The core's contour map of `spec` titled `title`: the figure the map's SVG and PNG export. */
export function gridMapSvg(spec: GridMapSpec | null, title: string): string {
  if (!spec) return '';
  const g = spec.grid;
  return contourMap({
    grid: { values: Float64Array.from(g.values), nx: g.n, ny: g.n, x: g.x, y: g.y },
    colormap: spec.cmap ?? 'viridis',
    paths: spec.paths.map((p) => ({ name: p.name ?? '', points: p.points, color: p.color })),
    xLabel: spec.labels.x,
    yLabel: spec.labels.y,
    title,
    lang: getLang(),
    single: false,
    equalAspect: false,
  });
}
