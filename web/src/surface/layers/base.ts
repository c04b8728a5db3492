/**
 * The map's base, drawn when the function, the colour map, the levels, the look or the size
 * change — never per frame. 'modern': the heat map with contour lines (kit/heatmap.ts). 'tutorial':
 * tutorial 000's picture — filled contours in the core's levels, band k in colour (k + ½)/bands as
 * src/plot's contourMap fills them, and the colour bar. Both with axes and the known minima.
 */
import { contours } from 'd3-contour';
import { type ColormapName, colormap, formatNumber } from '../../../../src/plot/index.js';
import type { HeatMap } from '../../kit/heatmap.js';
import { drawAxes } from '../../kit/map-axes.js';
import type { Field } from '../field.js';
import type { MapFrame, MapStyle, Rect } from './geometry.js';

/** Pixels a side of the filled-contour picture (scaled to the plot, like the heat map's). */
const N = 400;

/** Filled contours of the heat map's grid in its levels, painter's order, as a picture. */
export function bandsImage(heat: HeatMap, cmap: ColormapName): HTMLCanvasElement {
  const { values, nx, ny } = heat.grid;
  const levels = heat.levels;
  const image = document.createElement('canvas');
  image.width = N;
  image.height = N;
  const ctx = image.getContext('2d')!;
  if (levels.length < 2) return image;
  const bands = levels.length - 1;
  const cm = colormap(cmap);
  // d3-contour puts sample i at i + 0.5; sample 0 sits on the left edge, sample nx − 1 on the right
  const sx = N / (nx - 1);
  const sy = N / (ny - 1);
  ctx.setTransform(sx, 0, 0, -sy, -0.5 * sx, N + 0.5 * sy);
  ctx.fillStyle = cm(0.5 / bands);
  ctx.fillRect(0, 0, nx + 1, ny + 1);
  const gen = contours().size([nx, ny]);
  const data = values as unknown as number[];
  for (let k = 1; k < bands; k++) {
    const shape = gen.contour(data, levels[k]);
    ctx.beginPath();
    for (const polygon of shape.coordinates)
      for (const ring of polygon) {
        ctx.moveTo(ring[0][0], ring[0][1]);
        for (let j = 1; j < ring.length; j++) ctx.lineTo(ring[j][0], ring[j][1]);
        ctx.closePath();
      }
    ctx.fillStyle = cm((k + 0.5) / bands);
    ctx.fill('evenodd');
  }
  return image;
}

/** The colour bar right of the plot: one equal swatch per band, labelled every few levels. */
export function drawColorbar(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  levels: readonly number[],
  cmap: ColormapName,
) {
  if (levels.length < 2) return;
  const bands = levels.length - 1;
  const cm = colormap(cmap);
  const x = r.x + r.w + 10;
  const w = 11;
  const h = r.h / bands;
  for (let k = 0; k < bands; k++) {
    ctx.fillStyle = cm((k + 0.5) / bands);
    ctx.fillRect(x, r.y + r.h - (k + 1) * h, w, h + 0.5);
  }
  ctx.strokeStyle = '#5f6368';
  ctx.lineWidth = 1;
  ctx.strokeRect(x - 0.5, r.y - 0.5, w + 1, r.h + 1);
  ctx.fillStyle = '#333';
  ctx.font = '10px system-ui, sans-serif';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const stride = Math.max(1, Math.ceil(bands / Math.max(2, Math.floor(r.h / 40))));
  for (let k = 0; k <= bands; k += stride) {
    const y = r.y + r.h - k * h;
    ctx.fillRect(x + w, Math.round(y), 3, 1);
    ctx.fillText(formatNumber(levels[k], 3), x + w + 5, y);
  }
}

/** The known minima: small white crosses (a bigger one for the global minimum). */
function drawMinima(ctx: CanvasRenderingContext2D, frame: MapFrame, field: Field): void {
  ctx.strokeStyle = 'rgba(255,255,255,0.95)';
  ctx.lineWidth = 1.5;
  for (const m of field.minima) {
    const [px, py] = frame.toPx(m.point[0], m.point[1]);
    const d = m.global ? 5 : 3.5;
    ctx.beginPath();
    ctx.moveTo(px - d, py);
    ctx.lineTo(px + d, py);
    ctx.moveTo(px, py - d);
    ctx.lineTo(px, py + d);
    ctx.stroke();
  }
}

export interface BaseInput {
  frame: MapFrame;
  field: Field;
  heat: HeatMap;
  style: MapStyle;
  cmap: ColormapName;
  /** The filled contours (tutorial look), made once per function and colours. */
  bands: () => HTMLCanvasElement;
}

export function drawBase(ctx: CanvasRenderingContext2D, b: BaseInput): void {
  const { frame, field, heat } = b;
  const r = frame.rect;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, frame.size, frame.size);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(b.style === 'tutorial' ? b.bands() : heat.image, r.x, r.y, r.w, r.h);
  drawAxes(ctx, r, field.domain, { x: field.xLabel, y: field.yLabel });
  if (b.style === 'tutorial') drawColorbar(ctx, r, heat.levels, b.cmap);
  drawMinima(ctx, frame, field);
}
