/**
 * The study figure on a canvas: per optimizer a heat map of the metric over the two varied
 * options (dark with a white × where the run diverged, grey where it never reached the
 * tolerance, blank where it is not computed yet, ★ on the best), or for one option the metric
 * against it, a line per optimizer (× and ○ in a strip above for diverged and never reached).
 * Colours and marks are those of the core's sweep figure (src/sweep/views.ts), which the exports draw.
 */

import { categoricalColor, colormap, linearTicks } from '../../../src/plot/index.js';
import type { SweepRow, SweepStudy } from '../../../src/sweep/types.js';
import { varyValues } from '../../../src/sweep/vary.js';
import type { SweepShape } from '../work/study-sweep.js';
import { along, cellRect, type Plot, type StudyLayout } from './layout.js';
import { failedRow, indexOf, type Metric, metricValue } from './rows.js';

const FAILED = '#3b3b3b';
const NEVER = '#d9d9d9';
const PENDING = '#f6f7f9';
const viridis = colormap('viridis');

export interface FigureInput {
  layout: StudyLayout;
  shape: SweepShape;
  study: SweepStudy;
  rows: readonly (SweepRow | null)[];
  metric: Metric;
  /** Rows that are the best of their optimizer. */
  best: ReadonlySet<SweepRow>;
  /** The row the keyboard cursor is on, or −1. */
  cursor: number;
  /** Words: the optimizers' labels, the metric's name. */
  labels: { optimizers: string[]; metric: string };
  /** Numbers as the language writes them. */
  fmt: (v: number) => string;
}

/** The metric's range over the rows computed (steps and divergence from 0). */
export function metricRange(rows: readonly (SweepRow | null)[], m: Metric): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    const v = r ? metricValue(r, m) : null;
    if (v === null) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(lo <= hi)) return null;
  if (m !== 'final') lo = Math.min(lo, 0);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const rr = k % 2 === 0 ? r : r * 0.42;
    ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 1.2;
  ctx.stroke();
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, color: string): void {
  ctx.beginPath();
  ctx.moveTo(x - r, y - r);
  ctx.lineTo(x + r, y + r);
  ctx.moveTo(x - r, y + r);
  ctx.lineTo(x + r, y - r);
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.6;
  ctx.stroke();
}

/** Tick labels of a varied option: about five of its values. */
function valueTicks(
  values: number[],
  len: number,
  fmt: (v: number) => string,
): { at: number; text: string }[] {
  const n = values.length;
  const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(len / 70))));
  const out: { at: number; text: string }[] = [];
  for (let i = 0; i < n; i += every)
    out.push({ at: along(i, n, len), text: fmt(Number(values[i].toPrecision(3))) });
  return out;
}

function axes(ctx: CanvasRenderingContext2D, p: Plot, f: FigureInput, title: string): void {
  const [vx, vy] = f.study.vary;
  ctx.strokeStyle = '#5f6368';
  ctx.lineWidth = 1;
  ctx.strokeRect(p.x - 0.5, p.y - 0.5, p.w + 1, p.h + 1);
  ctx.fillStyle = '#333';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of valueTicks(varyValues(vx), p.w, f.fmt)) ctx.fillText(t.text, p.x + t.at, p.y + p.h + 4);
  ctx.fillText(vx.option, p.x + p.w / 2, p.y + p.h + 20);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.fillText(title, p.x, p.y - 5);
  ctx.font = '11px system-ui, sans-serif';
  if (!vy) return;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of valueTicks(varyValues(vy), p.h, f.fmt)) ctx.fillText(t.text, p.x - 4, p.y + p.h - t.at);
  ctx.save();
  ctx.translate(p.x - 40, p.y + p.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText(vy.option, 0, 0);
  ctx.restore();
}

function heat(ctx: CanvasRenderingContext2D, f: FigureInput, range: [number, number] | null): void {
  const s = f.shape;
  for (const p of f.layout.plots) {
    const marks: (() => void)[] = [];
    for (let i = 0; i < s.outer; i++)
      for (let j = 0; j < s.inner; j++) {
        const index = indexOf(s, p.k, i, j);
        const r = f.rows[index];
        const c = cellRect(p, s, i, j);
        const v = r ? metricValue(r, f.metric) : null;
        ctx.fillStyle = !r
          ? PENDING
          : v !== null && range
            ? viridis((v - range[0]) / (range[1] - range[0]))
            : failedRow(r)
              ? FAILED
              : NEVER;
        ctx.fillRect(c.x, c.y, c.w + 0.5, c.h + 0.5);
        const [cx, cy] = [c.x + c.w / 2, c.y + c.h / 2];
        if (r && failedRow(r) && v === null)
          marks.push(() => cross(ctx, cx, cy, Math.min(3.5, c.w / 3, c.h / 3), '#fff'));
        if (r && f.best.has(r)) marks.push(() => star(ctx, cx, cy, Math.max(5, Math.min(9, c.w * 0.6))));
        if (index === f.cursor)
          marks.push(() => {
            ctx.strokeStyle = '#d93025';
            ctx.lineWidth = 2;
            ctx.strokeRect(c.x + 1, c.y + 1, c.w - 2, c.h - 2);
          });
      }
    for (const m of marks) m();
    axes(ctx, p, f, f.labels.optimizers[p.k] ?? '');
  }
}

/** The y pixel of a row on the curve plot: its value, or the strip above for a row without one. */
export function curveY(
  p: Plot,
  f: Pick<FigureInput, 'rows' | 'metric'>,
  index: number,
  k: number,
  range: [number, number] | null,
): number | null {
  const r = f.rows[index];
  if (!r) return null;
  const v = metricValue(r, f.metric);
  if (v === null || !range) return p.y + 8 + k * 9;
  return yAt(p, v, range);
}

/** The y pixel of a value on the curve plot (the top 12 % is the strip of runs without one). */
const yAt = (p: Plot, v: number, range: [number, number]) =>
  p.y + p.h - ((v - range[0]) / (range[1] - range[0])) * p.h * 0.86;

function gridLines(ctx: CanvasRenderingContext2D, f: FigureInput, p: Plot, range: [number, number] | null) {
  ctx.fillStyle = '#fff';
  ctx.fillRect(p.x, p.y, p.w, p.h);
  if (!range) return;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of linearTicks(range[0], range[1], 5)) {
    const y = yAt(p, t, range);
    ctx.fillStyle = '#eee';
    ctx.fillRect(p.x, Math.round(y), p.w, 1);
    ctx.fillStyle = '#333';
    ctx.fillText(f.fmt(t), p.x - 4, y);
  }
}

/** A run without a value on the curve: × diverged, ○ never reached, in its optimizer's row of the strip. */
function miss(ctx: CanvasRenderingContext2D, r: SweepRow, x: number, y: number, color: string) {
  if (failedRow(r)) return cross(ctx, x, y, 3, color);
  ctx.beginPath();
  ctx.arc(x, y, 3, 0, 2 * Math.PI);
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.3;
  ctx.stroke();
}

function curve(ctx: CanvasRenderingContext2D, f: FigureInput, range: [number, number] | null): void {
  const s = f.shape;
  const p = f.layout.plots[0];
  gridLines(ctx, f, p, range);
  const marks: (() => void)[] = [];
  for (let k = 0; k < s.optimizers; k++) {
    const color = categoricalColor(k);
    const line = new Path2D();
    let open = false;
    for (let i = 0; i < s.outer; i++) {
      const index = indexOf(s, k, i, 0);
      const r = f.rows[index];
      const x = p.x + along(i, s.outer, p.w);
      const y = curveY(p, f, index, k, range);
      const v = r ? metricValue(r, f.metric) : null;
      if (!r || y === null) {
        open = false;
        continue;
      }
      if (v === null) {
        open = false;
        marks.push(() => miss(ctx, r, x, y, color));
      } else {
        if (open) line.lineTo(x, y);
        else line.moveTo(x, y);
        open = true;
        marks.push(() => {
          ctx.beginPath();
          ctx.arc(x, y, 2.6, 0, 2 * Math.PI);
          ctx.fillStyle = color;
          ctx.fill();
        });
        if (f.best.has(r)) marks.push(() => star(ctx, x, y, 8));
      }
      if (index === f.cursor) marks.push(() => ring(ctx, x, y));
    }
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.8;
    ctx.stroke(line);
  }
  for (const m of marks) m();
  axes(ctx, p, f, f.labels.optimizers.join(', '));
  yLabel(ctx, p, f.labels.metric);
  legend(ctx, f, p);
}

function yLabel(ctx: CanvasRenderingContext2D, p: Plot, text: string): void {
  ctx.save();
  ctx.translate(p.x - 40, p.y + p.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#333';
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillText(text, 0, 0);
  ctx.restore();
}

function ring(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.beginPath();
  ctx.arc(x, y, 7, 0, 2 * Math.PI);
  ctx.strokeStyle = '#d93025';
  ctx.lineWidth = 2;
  ctx.stroke();
}

function legend(ctx: CanvasRenderingContext2D, f: FigureInput, p: Plot): void {
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  f.labels.optimizers.forEach((name, k) => {
    const y = p.y + 14 + (f.shape.optimizers + k) * 9 + k * 7;
    const x = p.x + p.w - 110;
    ctx.fillStyle = categoricalColor(k);
    ctx.fillRect(x, y - 1.5, 16, 3);
    ctx.fillStyle = '#333';
    ctx.fillText(name, x + 22, y);
  });
}

function colorBar(ctx: CanvasRenderingContext2D, f: FigureInput, range: [number, number] | null): void {
  const b = f.layout.bar;
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = '#333';
  ctx.textBaseline = 'top';
  if (f.layout.kind === 'heat' && range) {
    for (let x = 0; x < b.w; x++) {
      ctx.fillStyle = viridis(x / (b.w - 1));
      ctx.fillRect(b.x + x, b.y, 1.5, b.h);
    }
    ctx.fillStyle = '#333';
    ctx.textAlign = 'left';
    ctx.fillText(f.fmt(range[0]), b.x, b.y + b.h + 3);
    ctx.textAlign = 'right';
    ctx.fillText(f.fmt(range[1]), b.x + b.w, b.y + b.h + 3);
    ctx.textAlign = 'center';
    ctx.fillText(f.labels.metric, b.x + b.w / 2, b.y + b.h + 3);
  }
}

export function drawStudy(ctx: CanvasRenderingContext2D, f: FigureInput): void {
  const range = metricRange(f.rows, f.metric);
  if (f.layout.kind === 'heat') heat(ctx, f, range);
  else curve(ctx, f, range);
  colorBar(ctx, f, range);
}
