/**
 * A heat map with contour lines and axes, and paths drawn over it: the regression lab's (a, b)
 * landscapes. Two canvases, like the surface lab's map: the base (colours, contours, axes) is
 * drawn when the values change, the overlay (paths, points) every frame. Its SVG is src/plot's
 * contour map of the same values and paths, with the same levels (the core's one rule).
 */
import { type ColormapName, contourMap } from '../../src/plot/index.js';
import { clipToPlot, fitCanvas, h } from './dom.js';
import { getLang } from './i18n.js';
import { type HeatMap, renderGrid, type SquareGrid } from './kit/heatmap.js';
import { drawAxes, type Rect } from './kit/map-axes.js';

export { drawAxes } from './kit/map-axes.js';

export const MAP_PAD = { l: 46, r: 10, t: 8, b: 36 };

export interface MapPath {
  name?: string;
  color: string;
  points: readonly (readonly number[])[];
}

export class GridMap {
  readonly base = h('canvas', { class: 'map-base', 'aria-hidden': 'true' });
  readonly overlay = h('canvas', { class: 'map-overlay', role: 'img' });
  readonly wrap = h('div', { class: 'map-wrap' }, this.base, this.overlay);
  private grid: SquareGrid | null = null;
  private heat: HeatMap | null = null;
  private cmap: ColormapName = 'viridis';
  private labels = { x: 'a', y: 'b' };
  private size = 300;
  private paths: MapPath[] = [];

  constructor(label: string) {
    this.overlay.setAttribute('aria-label', label);
    new ResizeObserver(() => this.resize(Math.floor(this.wrap.clientWidth))).observe(this.wrap);
  }

  setLabel(label: string): void {
    this.overlay.setAttribute('aria-label', label);
  }

  /** New values (a new landscape or batch): recolours and redraws. */
  setGrid(grid: SquareGrid, labels: { x: string; y: string }, cmap: ColormapName = 'viridis'): void {
    this.grid = grid;
    this.labels = labels;
    this.cmap = cmap;
    this.heat = renderGrid(grid, cmap);
    this.drawBase();
    this.drawPaths();
  }

  setPaths(paths: MapPath[]): void {
    this.paths = paths;
    this.drawPaths();
  }

  resize(size: number): void {
    if (size <= 0 || size === this.size) return;
    this.size = size;
    this.drawBase();
    this.drawPaths();
  }

  private rect(): Rect {
    const S = this.size;
    return { x: MAP_PAD.l, y: MAP_PAD.t, w: S - MAP_PAD.l - MAP_PAD.r, h: S - MAP_PAD.t - MAP_PAD.b };
  }

  private toPx(x: number, y: number): [number, number] {
    const r = this.rect();
    const g = this.grid!;
    return [
      r.x + ((x - g.x[0]) / (g.x[1] - g.x[0])) * r.w,
      r.y + r.h - ((y - g.y[0]) / (g.y[1] - g.y[0])) * r.h,
    ];
  }

  private drawBase(): void {
    if (!this.grid || !this.heat) return;
    const S = this.size;
    const ctx = fitCanvas(this.base, S, S);
    const r = this.rect();
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, S, S);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.heat.image, r.x, r.y, r.w, r.h);
    drawAxes(ctx, r, [this.grid.x, this.grid.y], this.labels);
  }

  private drawPaths(): void {
    const S = this.size;
    const ctx = fitCanvas(this.overlay, S, S);
    ctx.clearRect(0, 0, S, S);
    if (!this.grid) return;
    const r = this.rect();
    clipToPlot(ctx, r);
    for (const p of this.paths) {
      const pts = p.points.filter((q) => Number.isFinite(q[0]) && Number.isFinite(q[1]));
      if (pts.length === 0) continue;
      const px = pts.map((q) => this.toPx(q[0], q[1]));
      ctx.beginPath();
      ctx.moveTo(px[0][0], px[0][1]);
      for (const [x, y] of px.slice(1)) ctx.lineTo(x, y);
      ctx.strokeStyle = 'rgba(0,0,0,0.45)';
      ctx.lineWidth = 3.6;
      ctx.stroke();
      ctx.strokeStyle = p.color;
      ctx.lineWidth = 2;
      ctx.stroke();
      const [cx, cy] = px[px.length - 1];
      ctx.beginPath();
      ctx.arc(cx, cy, 5, 0, 2 * Math.PI);
      ctx.fillStyle = p.color;
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
    ctx.restore();
  }

  svg(title: string): string {
    if (!this.grid) return '';
    const g = this.grid;
    return contourMap({
      grid: { values: Float64Array.from(g.values), nx: g.n, ny: g.n, x: g.x, y: g.y },
      colormap: this.cmap,
      paths: this.paths.map((p) => ({ name: p.name ?? '', points: p.points, color: p.color })),
      xLabel: this.labels.x,
      yLabel: this.labels.y,
      title,
      lang: getLang(),
      single: false,
      equalAspect: false,
    });
  }
}
