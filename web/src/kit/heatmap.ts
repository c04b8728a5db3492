/**
 * The heat map: f sampled on an N×N grid, coloured through a 256-entry table, with contour lines
 * from d3-contour. The levels and the colour of each value come from the core's one rule
 * (contourLevels, levelNorm), so the canvas shows the levels and colours of the SVG export and of
 * `--plot`. Drawn once per surface or colour-map change into an offscreen canvas; the animation
 * only copies it.
 */
import { contours } from 'd3-contour';
import {
  type ColormapName,
  colormap,
  contourLevels,
  DEFAULT_LEVELS,
  levelNorm,
} from '../../../src/plot/index.js';

export interface HeatMap {
  image: HTMLCanvasElement;
  /** The grid used for export (row-major, y ascending). */
  grid: { values: Float64Array; nx: number; ny: number; x: [number, number]; y: [number, number] };
  /** The contour levels (the core's rule: the SVG's bands), and their ends. */
  levels: number[];
  lo: number;
  hi: number;
  /** Maps a value to [0, 1] the way the colours do (levelNorm: linear within each band). */
  norm: (v: number) => number;
  ms: number;
}

const lutCache = new Map<string, Uint8Array>();
function lut(name: ColormapName): Uint8Array {
  let t = lutCache.get(name);
  if (!t) {
    const cm = colormap(name);
    t = new Uint8Array(256 * 3);
    for (let i = 0; i < 256; i++) {
      const hex = cm(i / 255);
      t[3 * i] = Number.parseInt(hex.slice(1, 3), 16);
      t[3 * i + 1] = Number.parseInt(hex.slice(3, 5), 16);
      t[3 * i + 2] = Number.parseInt(hex.slice(5, 7), 16);
    }
    lutCache.set(name, t);
  }
  return t;
}

/** Samples f at the centres of an n×n grid over the domain; row 0 is the bottom (y ascending). */
/** What a heat map samples: f over a rectangular domain (the surface lab's field is one). */
export interface SampledField {
  f: (x: number, y: number) => number;
  domain: readonly [readonly [number, number], readonly [number, number]];
}

function sample(field: SampledField, n: number): Float64Array {
  const [[x0, x1], [y0, y1]] = field.domain;
  const out = new Float64Array(n * n);
  const dx = (x1 - x0) / (n - 1);
  const dy = (y1 - y0) / (n - 1);
  for (let j = 0; j < n; j++) {
    const y = y0 + j * dy;
    for (let i = 0; i < n; i++) out[j * n + i] = field.f(x0 + i * dx, y);
  }
  return out;
}

/** The levels of the values (the core's rule) and the colour position of a value between them. */
export function levelsOf(
  values: Float64Array,
  count: number,
): { levels: number[]; lo: number; hi: number; norm: (v: number) => number } {
  const levels = contourLevels(values, count);
  if (levels.length < 2) return { levels, lo: 0, hi: 1, norm: () => 0.5 };
  return { levels, lo: levels[0], hi: levels[levels.length - 1], norm: levelNorm(levels) };
}

/** Pixels of the heat map, and samples of f per side (bilinear in between: f is smooth at this scale). */
const N = 400;
const NS = 121;

/** Samples values on a square grid: row-major, row 0 at the bottom (y ascending). */
export interface SquareGrid {
  values: Float64Array | readonly number[];
  n: number;
  x: [number, number];
  y: [number, number];
}

export function renderHeatMap(field: SampledField, cmap: ColormapName, levels = DEFAULT_LEVELS): HeatMap {
  const t0 = performance.now();
  const [[x0, x1], [y0, y1]] = field.domain;
  const map = renderGrid({ values: sample(field, NS), n: NS, x: [x0, x1], y: [y0, y1] }, cmap, levels);
  map.ms = performance.now() - t0;
  return map;
}

/** One pixel per sample, coloured by t ∈ [0, 1] through `table` (NaN: grey); grid row 0 at the bottom. */
function samplePixels(t: Float64Array, NS: number, table: Uint8Array): HTMLCanvasElement {
  const small = document.createElement('canvas');
  small.width = NS;
  small.height = NS;
  const sctx = small.getContext('2d')!;
  const img = sctx.createImageData(NS, NS);
  const px = img.data;
  for (let j = 0; j < NS; j++) {
    const row = NS - 1 - j; // canvas row 0 is the top, the grid's row 0 the bottom
    for (let i = 0; i < NS; i++) {
      const u = t[j * NS + i];
      const o = 4 * (row * NS + i);
      if (Number.isNaN(u)) {
        px[o] = px[o + 1] = px[o + 2] = 140;
      } else {
        const k = (u <= 0 ? 0 : u >= 1 ? 255 : Math.round(u * 255)) * 3;
        px[o] = table[k];
        px[o + 1] = table[k + 1];
        px[o + 2] = table[k + 2];
      }
      px[o + 3] = 255;
    }
  }
  sctx.putImageData(img, 0, 0);
  return small;
}

/**
 * Contour lines at the inner levels (the boundaries between the SVG's bands), on at most ~61
 * samples a side (every other one of a fine grid, the same corners), over an N×N canvas.
 */
function strokeContours(
  ctx: CanvasRenderingContext2D,
  coarse: Float64Array,
  NS: number,
  levels: number[],
): void {
  const every = NS > 81 && NS % 2 === 1 ? 2 : 1;
  const NC = (NS - 1) / every + 1;
  const tv = new Array<number>(NC * NC);
  for (let j = 0; j < NC; j++)
    for (let i = 0; i < NC; i++) tv[j * NC + i] = coarse[every * j * NS + every * i];
  const polys = contours().size([NC, NC]).thresholds(levels.slice(1, -1))(tv);
  ctx.save();
  // d3-contour coordinates run over [0, NC] with y up; the canvas has y down.
  // Sample i sits at d3 coordinate i + 0.5 and at pixel i·N/(NC − 1).
  const s = N / (NC - 1);
  ctx.setTransform(s, 0, 0, -s, -0.5 * s, N + 0.5 * s);
  ctx.lineWidth = 1 / s;
  ctx.strokeStyle = 'rgba(20, 20, 30, 0.3)';
  ctx.beginPath();
  const edge = (a: number, b: number) => (a === b && (a === 0 || a === NC)) as boolean;
  for (const mp of polys)
    for (const poly of mp.coordinates)
      for (const ring of poly) {
        ctx.moveTo(ring[0][0], ring[0][1]);
        for (let k = 1; k < ring.length; k++) {
          const [ax, ay] = ring[k - 1];
          const [bx, by] = ring[k];
          // The rings close along the border of the grid: those edges are not contour lines.
          if (edge(ax, bx) || edge(ay, by)) ctx.moveTo(bx, by);
          else ctx.lineTo(bx, by);
        }
      }
  ctx.stroke();
  ctx.restore();
}

/** The heat map with contour lines of values sampled on a square grid. */
export function renderGrid(grid: SquareGrid, cmap: ColormapName, count = DEFAULT_LEVELS): HeatMap {
  const t0 = performance.now();
  const NS = grid.n;
  const coarse = grid.values instanceof Float64Array ? grid.values : Float64Array.from(grid.values);
  const { levels, lo, hi, norm } = levelsOf(coarse, count);
  // Colours come from t = norm(f) on the samples, interpolated to the pixels (NaN stays NaN: grey).
  const t = coarse.map((v) => (Number.isFinite(v) ? norm(v) : Number.NaN));
  // One pixel per sample, then scaled up by the canvas with bilinear smoothing: the colours
  // between samples are interpolated, which at this density looks the same as interpolating f.
  const small = samplePixels(t, NS, lut(cmap));
  const image = document.createElement('canvas');
  image.width = N;
  image.height = N;
  const ctx = image.getContext('2d')!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  // sample centres sit on the pixel grid's corners: half a sample of bleed on each side is cropped
  const half = N / (NS - 1) / 2;
  ctx.drawImage(small, -half, -half, N + 2 * half, N + 2 * half);
  strokeContours(ctx, coarse, NS, levels);
  return {
    image,
    grid: { values: coarse, nx: NS, ny: NS, x: grid.x, y: grid.y },
    levels,
    lo,
    hi,
    norm,
    ms: performance.now() - t0,
  };
}
