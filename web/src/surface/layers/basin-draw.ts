/**
 * The basin layer as pixels: one per start of the grid, coloured by the minimum it reached
 * (the palette of `descenso basins --plot`), lighter the more steps it took (four shades, as the
 * core's figure), dark where it diverged or left the domain, grey where it did not settle, clear
 * where it is not computed yet — translucent, so the function's colours show through under the paths.
 */
import type { BasinLayerMap } from '../../work/study-basins.js';
import type { Rect } from './geometry.js';

/** The core's basin colours (src/sweep/basins-view.ts): distinct, none near the failed runs' dark and grey. */
export const BASIN_PALETTE = [
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
export const BASIN_DIVERGED = '#262626';
export const BASIN_UNSETTLED = '#bdbdbd';
const SHADES = 4;
const ALPHA = 150;

const rgb = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));

/** The RGBA bytes of a map, row 0 of the image at the top (the grid's last row of y). */
export function basinPixels(map: BasinLayerMap, grid: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(new ArrayBuffer(grid * grid * 4));
  let [lo, hi] = [Number.POSITIVE_INFINITY, 0];
  for (let i = 0; i < map.labels.length; i++)
    if (map.labels[i] >= 0) [lo, hi] = [Math.min(lo, map.steps[i]), Math.max(hi, map.steps[i])];
  const span = Math.max(1, hi - lo);
  const palette = BASIN_PALETTE.map(rgb);
  const [dark, grey] = [rgb(BASIN_DIVERGED), rgb(BASIN_UNSETTLED)];
  for (let row = 0; row < grid; row++)
    for (let col = 0; col < grid; col++) {
      const i = row * grid + col;
      const o = ((grid - 1 - row) * grid + col) * 4;
      const label = map.labels[i];
      if (label === -2) continue; // not computed yet: clear
      let c: number[];
      if (label >= 0) {
        const shade = Math.min(SHADES - 1, Math.floor(((map.steps[i] - lo) / span) * SHADES));
        c = palette[label % palette.length].map((v) => v + (255 - v) * shade * 0.18);
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
