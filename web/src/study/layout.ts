/**
 * Where the study figure puts things, without a canvas: a heat map per optimizer (two varied
 * options; side by side when the width allows, else stacked) or one curve plot (one option), the
 * plot rectangles, the cell or point of each row, and which row a pointer is over. The values of
 * a varied option are evenly spaced on its own scale (lin or log), so cell i sits at i / count.
 */
import type { SweepShape } from '../work/study-sweep.js';
import { indexOf } from './rows.js';

export interface Plot {
  k: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StudyLayout {
  kind: 'heat' | 'curve';
  width: number;
  height: number;
  plots: Plot[];
  /** The colour bar (heat) under the plots. */
  bar: { x: number; y: number; w: number; h: number };
}

const M = { l: 52, r: 14, t: 24, b: 40 };
const PANEL_MIN = 280;
const BAR = 46;

export function studyLayout(s: SweepShape, twoOptions: boolean, width: number): StudyLayout {
  const w = Math.max(200, width);
  if (!twoOptions) {
    const h = Math.round(Math.min(440, Math.max(240, w * 0.62)));
    const plot = { k: 0, x: M.l, y: M.t, w: w - M.l - M.r, h: h - M.t - M.b };
    return {
      kind: 'curve',
      width: w,
      height: h + BAR,
      plots: [plot],
      bar: { x: M.l, y: h + 8, w: plot.w, h: 10 },
    };
  }
  const n = Math.max(1, s.optimizers);
  const cols = Math.max(1, Math.min(n, Math.floor(w / PANEL_MIN)));
  const cell = w / cols;
  const side = Math.min(cell - M.l - M.r, 420);
  const panelH = side + M.t + M.b;
  const plots = Array.from({ length: n }, (_v, k) => ({
    k,
    x: (k % cols) * cell + M.l,
    y: Math.floor(k / cols) * panelH + M.t,
    w: side,
    h: side,
  }));
  const rows = Math.ceil(n / cols);
  const height = rows * panelH + BAR;
  return {
    kind: 'heat',
    width: w,
    height,
    plots,
    bar: { x: M.l, y: rows * panelH + 8, w: Math.min(w - M.l - M.r, 360), h: 10 },
  };
}

/** The pixel centre of value i of `count` along a plot side of `len` pixels. */
export const along = (i: number, count: number, len: number) => ((i + 0.5) / count) * len;

/** The rectangle of cell (i, j) in a heat plot: i along x, j along y upwards. */
export function cellRect(p: Plot, s: SweepShape, i: number, j: number) {
  const cw = p.w / s.outer;
  const ch = p.h / s.inner;
  return { x: p.x + i * cw, y: p.y + p.h - (j + 1) * ch, w: cw, h: ch };
}

/**
 * The row under a point: the heat cell it is in; on a curve, the nearest point's column (of the
 * optimizer whose mark is nearest, by `yOf` — null for a row without a point).
 */
export function rowAt(
  layout: StudyLayout,
  s: SweepShape,
  px: number,
  py: number,
  yOf?: (index: number) => number | null,
): number | null {
  for (const p of layout.plots) {
    const inside = px >= p.x && px < p.x + p.w && py >= p.y - 16 && py < p.y + p.h;
    if (!inside) continue;
    const i = Math.min(s.outer - 1, Math.max(0, Math.floor(((px - p.x) / p.w) * s.outer)));
    if (layout.kind === 'heat') {
      if (py < p.y) return null;
      const j = Math.min(s.inner - 1, Math.max(0, Math.floor(((p.y + p.h - py) / p.h) * s.inner)));
      return indexOf(s, p.k, i, j);
    }
    let best: number | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (let k = 0; k < s.optimizers; k++) {
      const index = indexOf(s, k, i, 0);
      const y = yOf?.(index) ?? null;
      const d = y === null ? 1e6 : Math.abs(y - py);
      if (d < bestD) [best, bestD] = [index, d];
    }
    return best;
  }
  return null;
}
