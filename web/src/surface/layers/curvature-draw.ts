/**
 * Drawing the curvature at a point: each eigenvector as a two-headed arrow through the point (the
 * curvature is the same both ways), its half-length by |λ| on a log scale — the largest |λ| gets
 * the full length, each factor of 10 below it a quarter less, down to a quarter — and its colour
 * by the sign of λ (curving up, curving down, flat). A white halo under each stroke keeps the
 * arrows readable on every colour map. Pure canvas calls: tested with a recording context.
 */
import type { Curvature } from '../../../../src/curvature/index.js';
import type { MapFrame } from './geometry.js';

export const CURVATURE_COLORS = { up: '#1b7837', down: '#c51b7d', flat: '#6b6b6b' } as const;

/** The colour of an eigenvalue: positive curves up, negative down; below 1e-12 of the largest, flat. */
export function colorOf(lambda: number, largest: number): string {
  if (Math.abs(lambda) <= 1e-12 * largest) return CURVATURE_COLORS.flat;
  return lambda > 0 ? CURVATURE_COLORS.up : CURVATURE_COLORS.down;
}

/** The fraction of the full half-length for |λ| against the largest |λ|: 1 + log₁₀(|λ|/largest)/4, in [¼, 1]. */
export function arrowScale(lambda: number, largest: number): number {
  if (!(largest > 0) || lambda === 0) return 0.25;
  return Math.max(0.25, Math.min(1, 1 + Math.log10(Math.abs(lambda) / largest) / 4));
}

export interface CurvatureArrow {
  from: [number, number];
  to: [number, number];
  color: string;
  label: string;
}

/** The arrows in CSS pixels of the map's box: one per eigenvector, through the point. */
export function curvatureArrows(c: Curvature, frame: MapFrame): CurvatureArrow[] {
  const [x, y] = c.point;
  const [cx, cy] = frame.toPx(x, y);
  const largest = Math.max(...c.eigenvalues.map(Math.abs));
  const full = 0.2 * Math.min(frame.rect.w, frame.rect.h);
  return c.eigenvectors.slice(0, 2).map((v, k) => {
    // the direction on screen: the domain's two axes may have different scales
    const [ex, ey] = frame.toPx(x + v[0], y + v[1]);
    const dx = ex - cx;
    const dy = ey - cy;
    const n = Math.hypot(dx, dy) || 1;
    const half = full * arrowScale(c.eigenvalues[k], largest);
    const ux = (dx / n) * half;
    const uy = (dy / n) * half;
    return {
      from: [cx - ux, cy - uy],
      to: [cx + ux, cy + uy],
      color: colorOf(c.eigenvalues[k], largest),
      label: k === 0 ? 'v₁' : 'v₂',
    };
  });
}

function head(ctx: CanvasRenderingContext2D, tip: [number, number], back: [number, number]) {
  const a = Math.atan2(tip[1] - back[1], tip[0] - back[0]);
  const s = 9;
  ctx.moveTo(tip[0], tip[1]);
  ctx.lineTo(tip[0] - s * Math.cos(a - 0.45), tip[1] - s * Math.sin(a - 0.45));
  ctx.moveTo(tip[0], tip[1]);
  ctx.lineTo(tip[0] - s * Math.cos(a + 0.45), tip[1] - s * Math.sin(a + 0.45));
}

function stroke(ctx: CanvasRenderingContext2D, arrow: CurvatureArrow, color: string, width: number) {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(arrow.from[0], arrow.from[1]);
  ctx.lineTo(arrow.to[0], arrow.to[1]);
  head(ctx, arrow.to, arrow.from);
  head(ctx, arrow.from, arrow.to);
  ctx.stroke();
}

/** Draws the arrows and the point, with the labels v₁ and v₂ past the tips. */
export function drawCurvature(ctx: CanvasRenderingContext2D, c: Curvature, frame: MapFrame): void {
  const arrows = curvatureArrows(c, frame);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const a of arrows) stroke(ctx, a, 'rgba(255,255,255,0.9)', 6);
  for (const a of arrows) stroke(ctx, a, a.color, 3);
  const [cx, cy] = frame.toPx(c.point[0], c.point[1]);
  ctx.fillStyle = '#111';
  ctx.beginPath();
  ctx.arc(cx, cy, 4, 0, 2 * Math.PI);
  ctx.fill();
  ctx.font = 'bold 13px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const a of arrows) {
    const dx = a.to[0] - cx;
    const dy = a.to[1] - cy;
    const n = Math.hypot(dx, dy) || 1;
    const px = a.to[0] + (dx / n) * 12;
    const py = a.to[1] + (dy / n) * 12;
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(a.label, px, py);
    ctx.fillStyle = a.color;
    ctx.fillText(a.label, px, py);
  }
}
