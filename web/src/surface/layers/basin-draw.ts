/**
 * The basin layer as pixels: one per start of the grid, coloured by the minimum it reached
 * (the palette of `descenso basins --plot`), lighter the more steps it took (the core's five shades
 * at the quintiles of the steps, src/sweep/basin-shades.ts), dark where it diverged or left the domain, grey where it did not settle, clear
 * where it is not computed yet — translucent, so the function's colours show through under the paths.
 */

import {
  BASIN_DIVERGED,
  BASIN_PALETTE,
  BASIN_UNSETTLED,
  rgbOf,
  shadeEdgesOf,
  shadeOf,
  tintAmount,
} from '../../../../src/sweep/basin-shades.js';
import type { BasinLayerMap } from '../../work/study-basins.js';
import type { Rect } from './geometry.js';

export { BASIN_DIVERGED, BASIN_PALETTE, BASIN_UNSETTLED };

const ALPHA = 150;

/** The RGBA bytes of a map, row 0 of the image at the top (the grid's last row of y). */
export function basinPixels(map: BasinLayerMap, grid: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(new ArrayBuffer(grid * grid * 4));
  // the shades' edges from the starts computed so far: they settle as the rows arrive
  const reached: number[] = [];
  for (let i = 0; i < map.labels.length; i++) if (map.labels[i] >= 0) reached.push(map.steps[i]);
  const edges = shadeEdgesOf(reached);
  const palette = BASIN_PALETTE.map(rgbOf);
  const [dark, grey] = [rgbOf(BASIN_DIVERGED), rgbOf(BASIN_UNSETTLED)];
  for (let row = 0; row < grid; row++)
    for (let col = 0; col < grid; col++) {
      const i = row * grid + col;
      const o = ((grid - 1 - row) * grid + col) * 4;
      const label = map.labels[i];
      if (label === -2) continue; // not computed yet: clear
      let c: number[];
      if (label >= 0) {
        const amount = tintAmount(shadeOf(map.steps[i], edges));
        c = palette[label % palette.length].map((v) => Math.round(v + (255 - v) * amount));
      } else c = map.status[i] === 2 || map.status[i] === 3 ? dark : grey;
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = ALPHA;
    }
  return out;
}

/** Draws the map over the plot: the grid's points sit on the domain's edges, so each cell spans half a step beyond. */
export function drawBasins(
  ctx: CanvasRenderingContext2D,
  map: BasinLayerMap,
  grid: number,
  rect: Rect,
): void {
  const image = document.createElement('canvas');
  image.width = grid;
  image.height = grid;
  image.getContext('2d')?.putImageData(new ImageData(basinPixels(map, grid), grid, grid), 0, 0);
  const cw = rect.w / (grid - 1);
  const ch = rect.h / (grid - 1);
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.w, rect.h);
  ctx.clip();
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(image, rect.x - cw / 2, rect.y - ch / 2, rect.w + cw, rect.h + ch);
  ctx.restore();
}
