/**
 * The markers, drawn per frame over the paths: where each run is at the step shown (a dot and the
 * arrow of −∇f, or a cross where a run that diverged or left the map ended), the points of short
 * runs, and the start (the handle the pointer drags). The tutorial's look: a red ★ at the start
 * and a blue ★ where each run is.
 */

import { edgeCrossing, endedOutside } from '../../kit/run-end.js';
import type { LabRun } from '../../work/descents.js';
import type { Field } from '../field.js';
import type { MapFrame, MapStyle } from './geometry.js';
import { arrow, cross, dot, star } from './marks.js';

/** Runs this short show a dot at every point. */
const DOTS_UP_TO = 300;
export const TUTORIAL = { path: '#ffff00', start: '#ff0000', end: '#0000ff' };

export interface MarkersInput {
  frame: MapFrame;
  field: Field;
  runs: readonly LabRun[];
  colors: readonly string[];
  step: number;
  start: readonly number[] | undefined;
  style: MapStyle;
}

function pointDots(ctx: CanvasRenderingContext2D, m: MarkersInput, run: LabRun, color: string, last: number) {
  if (run.points.length > DOTS_UP_TO) return;
  ctx.fillStyle = color;
  for (let j = 1; j < last; j++) {
    const [x, y] = m.frame.toPx(run.points[j][0], run.points[j][1]);
    if (m.style === 'tutorial') {
      ctx.beginPath();
      ctx.arc(x, y, 2.4, 0, 2 * Math.PI);
      ctx.fill();
    } else ctx.fillRect(x - 1.5, y - 1.5, 3, 3);
  }
}

/** The end mark of a run that left the map or diverged: a cross at the edge, kept on the map. */
function endCross(
  ctx: CanvasRenderingContext2D,
  m: MarkersInput,
  run: LabRun,
  color: string,
  at: [number, number],
) {
  const n = run.points.length;
  const e = n >= 2 ? edgeCrossing(run.points[n - 2], run.points[n - 1], m.field.domain) : undefined;
  const [ex, ey] = e ? m.frame.toPx(e[0], e[1]) : at;
  const r = m.frame.rect;
  const x = Math.max(r.x + 8, Math.min(r.x + r.w - 8, ex));
  const y = Math.max(r.y + 8, Math.min(r.y + r.h - 8, ey));
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 4;
  cross(ctx, x, y, 7);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.2;
  cross(ctx, x, y, 7);
}

/** The arrow of −∇f at (x, y): its length grows with ‖∇f‖ relative to the largest at the start. */
function gradArrow(
  ctx: CanvasRenderingContext2D,
  m: MarkersInput,
  p: readonly number[],
  at: [number, number],
  gRef: number,
  color: string,
) {
  const [, gx, gy] = m.field.grad(p[0], p[1]);
  const norm = Math.hypot(gx, gy);
  if (!(Number.isFinite(norm) && norm > 1e-12)) return;
  const len = 8 + 38 * Math.min(1, Math.sqrt(norm / gRef));
  const r = m.frame.rect;
  const [[x0, x1], [y0, y1]] = m.field.domain;
  // the screen direction of −∇f (y flips; unequal axis scales taken into account)
  let dx = (-gx / norm) * (r.w / (x1 - x0));
  let dy = (gy / norm) * (r.h / (y1 - y0));
  const h = Math.hypot(dx, dy);
  dx /= h;
  dy /= h;
  arrow(ctx, at[0], at[1], at[0] + dx * len, at[1] + dy * len, color);
}

export function drawMarkers(ctx: CanvasRenderingContext2D, m: MarkersInput): void {
  const r = m.frame.rect;
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  const k = Math.max(0, Math.floor(m.step));
  const gRef = Math.max(1e-12, ...m.runs.map((run) => run.gradNorms[0] ?? 0));
  m.runs.forEach((run, i) => {
    if (run.points.length === 0) return;
    const color = m.colors[i];
    const last = Math.min(k, run.points.length - 1);
    pointDots(ctx, m, run, color, last);
    const p = run.points[last];
    const at = Number.isFinite(p[0]) && Number.isFinite(p[1]) ? m.frame.toPx(p[0], p[1]) : undefined;
    if (endedOutside(run) && last >= run.points.length - 1 && k >= run.steps)
      endCross(ctx, m, run, color, at ?? [r.x + r.w / 2, r.y + r.h / 2]);
    else if (at && m.style === 'tutorial') star(ctx, at[0], at[1], 8, TUTORIAL.end);
    else if (at) {
      gradArrow(ctx, m, p, at, gRef, color);
      dot(ctx, at[0], at[1], 5, color, '#fff');
    }
  });
  const s = m.start;
  if (s) {
    const [sx, sy] = m.frame.toPx(s[0], s[1]);
    if (m.style === 'tutorial') star(ctx, sx, sy, 8, TUTORIAL.start);
    else dot(ctx, sx, sy, 6, '#fff', '#111');
  }
  ctx.restore();
}
