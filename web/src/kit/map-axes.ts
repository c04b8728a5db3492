/** The axes of a map drawn on a canvas: the frame, ticks, numbers and the names of both axes. */
import { linearTicks } from '../../../src/plot/index.js';
import { fmt } from '../i18n.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Ticks, numbers and names of both axes around the plot rectangle `r`. */
export function drawAxes(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  domain: readonly [readonly [number, number], readonly [number, number]],
  labels: { x: string; y: string },
): void {
  const [[x0, x1], [y0, y1]] = domain;
  const toX = (v: number) => r.x + ((v - x0) / (x1 - x0)) * r.w;
  const toY = (v: number) => r.y + r.h - ((v - y0) / (y1 - y0)) * r.h;
  ctx.strokeStyle = '#5f6368';
  ctx.lineWidth = 1;
  ctx.strokeRect(r.x - 0.5, r.y - 0.5, r.w + 1, r.h + 1);
  ctx.fillStyle = '#333';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of linearTicks(x0, x1, r.w > 300 ? 7 : 5)) {
    const px = toX(v);
    ctx.fillRect(Math.round(px), r.y + r.h, 1, 4);
    ctx.fillText(fmt(v, 3), px, r.y + r.h + 6);
  }
  ctx.fillText(labels.x, r.x + r.w / 2, r.y + r.h + 20);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of linearTicks(y0, y1, r.h > 300 ? 7 : 5)) {
    const py = toY(v);
    ctx.fillRect(r.x - 4, Math.round(py), 4, 1);
    ctx.fillText(fmt(v, 3), r.x - 6, py);
  }
  ctx.save();
  ctx.translate(10, r.y + r.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText(labels.y, 0, 0);
  ctx.restore();
}
