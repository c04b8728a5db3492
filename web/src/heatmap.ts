/**
 * The heat map: f sampled on an N×N grid, coloured through a 256-entry table, with contour lines
 * from d3-contour. Drawn once per surface or colour-map change into an offscreen canvas; the
 * animation only copies it.
 */
import { contours } from 'd3-contour';
import { type ColormapName, colormap } from '../../src/plot/index.js';
import type { Field } from './field.js';

export interface HeatMap {
  image: HTMLCanvasElement;
  /** The grid used for export (row-major, y ascending). */
  grid: { values: Float64Array; nx: number; ny: number; x: [number, number]; y: [number, number] };
  lo: number;
  hi: number;
  /** Maps a value to [0, 1] the way the colours do (linear, or logarithmic for steep surfaces). */
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
function sample(field: Field, n: number): Float64Array {
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

/**
 * How values map to colours. Surfaces whose values are mostly near the bottom of a huge range
 * (Rosenbrock, Beale) get a logarithmic map, otherwise the low basins would all be one colour.
 */
function normalizer(values: Float64Array): { lo: number; hi: number; norm: (v: number) => number } {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i += 7) if (Number.isFinite(values[i])) finite.push(values[i]);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  if (!(hi > lo)) return { lo, hi: lo + 1, norm: () => 0.5 };
  finite.sort((a, b) => a - b);
  const median = finite[finite.length >> 1] ?? lo;
  const span = hi - lo;
  if ((median - lo) / span < 0.08) {
    const s = Math.max((median - lo) / 4, span * 1e-9);
    const top = Math.log1p(span / s);
    return { lo, hi, norm: (v) => Math.log1p(Math.max(0, v - lo) / s) / top };
  }
  return { lo, hi, norm: (v) => (v - lo) / span };
}

const N = 400;
const NC = 160;
const LEVELS = 24;

export function renderHeatMap(field: Field, cmap: ColormapName): HeatMap {
  const t0 = performance.now();
  const values = sample(field, N);
  const { lo, hi, norm } = normalizer(values);
  const table = lut(cmap);
  const image = document.createElement('canvas');
  image.width = N;
  image.height = N;
  const ctx = image.getContext('2d')!;
  const img = ctx.createImageData(N, N);
  const px = img.data;
  for (let j = 0; j < N; j++) {
    const row = N - 1 - j; // canvas row 0 is the top, the grid's row 0 the bottom
    for (let i = 0; i < N; i++) {
      const v = values[j * N + i];
      const o = 4 * (row * N + i);
      if (!Number.isFinite(v)) {
        px[o] = px[o + 1] = px[o + 2] = 140;
      } else {
        const k = Math.max(0, Math.min(255, Math.round(norm(v) * 255))) * 3;
        px[o] = table[k];
        px[o + 1] = table[k + 1];
        px[o + 2] = table[k + 2];
      }
      px[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);

  // Contours on a coarser grid: lines of equal value, evenly spaced in colour.
  const coarse = sample(field, NC);
  const tv = new Float64Array(coarse.length);
  for (let i = 0; i < coarse.length; i++) tv[i] = Number.isFinite(coarse[i]) ? norm(coarse[i]) : Number.NaN;
  const thresholds = Array.from({ length: LEVELS - 1 }, (_v, i) => (i + 1) / LEVELS);
  const polys = contours().size([NC, NC]).thresholds(thresholds)(Array.from(tv));
  ctx.save();
  // d3-contour coordinates run over [0, NC] with y up; the canvas has y down.
  const s = N / NC;
  ctx.setTransform(s, 0, 0, -s, 0, N);
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
  const [[x0, x1], [y0, y1]] = field.domain;
  return {
    image,
    grid: { values, nx: N, ny: N, x: [x0, x1], y: [y0, y1] },
    lo,
    hi,
    norm,
    ms: performance.now() - t0,
  };
}
