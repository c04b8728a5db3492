/**
 * A line chart as two canvas layers: the series (drawn when the spec or the size changes) and the
 * cursor at the step shown (drawn per frame — one line, so playing costs nothing per series). The
 * frame (ranges, scales, ticks) is computed once per spec and size and shared by both layers.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { fmt } from '../i18n.js';
import { CanvasLayer, type Size } from './canvas-layer.js';
import { type ChartFrame, type ChartSpec, chartFrame, drawable, penPath } from './chart-scales.js';

export interface LineChartProps {
  spec: ReadonlySignal<ChartSpec>;
  /** The x of the cursor (the step shown); null or absent: none. */
  cursor?: ReadonlySignal<number | null>;
  /** The chart's accessible name. */
  label: string;
  class?: string;
}

/** A memo of the last frame: both layers ask for it; only a new spec or size computes it again. */
function frameCache() {
  let last: { spec: ChartSpec; w: number; h: number; frame: ChartFrame } | null = null;
  return (spec: ChartSpec, size: Size): ChartFrame => {
    if (last && last.spec === spec && last.w === size.width && last.h === size.height) return last.frame;
    last = { spec, w: size.width, h: size.height, frame: chartFrame(spec, size.width, size.height) };
    return last.frame;
  };
}

export function LineChart({ spec, cursor, label, ...rest }: LineChartProps): JSX.Element {
  const draws = useMemo(() => {
    const frameOf = frameCache();
    return {
      base: (ctx: CanvasRenderingContext2D, size: Size) => {
        const s = spec.value;
        drawChart(ctx, s, frameOf(s, size), size);
      },
      cursor: (ctx: CanvasRenderingContext2D, size: Size) => {
        const x = cursor?.value;
        const s = spec.value;
        if (x === null || x === undefined || s.series.length === 0) return;
        drawCursor(ctx, frameOf(s, size).sx(x), frameOf(s, size));
      },
    };
  }, [spec, cursor]);
  return (
    <div class={`chart layers${rest.class ? ` ${rest.class}` : ''}`}>
      <CanvasLayer draw={draws.base} label={label} />
      {cursor && <CanvasLayer draw={draws.cursor} />}
    </div>
  );
}

function drawCursor(ctx: CanvasRenderingContext2D, px: number, f: ChartFrame): void {
  if (!Number.isFinite(px)) return;
  ctx.strokeStyle = 'rgba(0,0,0,0.55)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(Math.round(px) + 0.5, f.plot.y);
  ctx.lineTo(Math.round(px) + 0.5, f.plot.y + f.plot.h);
  ctx.stroke();
}

function drawChart(ctx: CanvasRenderingContext2D, spec: ChartSpec, f: ChartFrame, size: Size): void {
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  drawAxes(ctx, spec, f, size);
  ctx.save();
  ctx.beginPath();
  ctx.rect(f.plot.x, f.plot.y, f.plot.w, f.plot.h);
  ctx.clip();
  for (const s of spec.series) drawSeries(ctx, s, spec, f);
  ctx.restore();
}

function drawAxes(ctx: CanvasRenderingContext2D, spec: ChartSpec, f: ChartFrame, size: Size): void {
  const { plot } = f;
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = '#444';
  ctx.strokeStyle = '#e4e6eb';
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of f.yTicks) {
    const y = f.sy(v);
    if (y < plot.y - 1 || y > plot.y + plot.h + 1) continue;
    line(ctx, plot.x, Math.round(y) + 0.5, plot.x + plot.w, Math.round(y) + 0.5);
    ctx.fillText(fmt(v, 3), plot.x - 5, y);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of f.xTicks) {
    const x = f.sx(v);
    if (x < plot.x - 1 || x > plot.x + plot.w + 1) continue;
    line(ctx, Math.round(x) + 0.5, plot.y, Math.round(x) + 0.5, plot.y + plot.h);
    ctx.fillText(fmt(v, 3), x, plot.y + plot.h + 4);
  }
  ctx.strokeStyle = '#9aa0a6';
  ctx.strokeRect(plot.x + 0.5, plot.y + 0.5, plot.w, plot.h);
  ctx.fillStyle = '#333';
  if (spec.xLabel) ctx.fillText(spec.xLabel, plot.x + plot.w / 2, size.height - 14);
  if (spec.yLabel) {
    ctx.save();
    ctx.translate(11, plot.y + plot.h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(spec.yLabel, 0, 0);
    ctx.restore();
  }
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

function drawSeries(
  ctx: CanvasRenderingContext2D,
  s: ChartSpec['series'][number],
  spec: ChartSpec,
  f: ChartFrame,
): void {
  const at = (i: number) => (s.xs ? s.xs[i] : i);
  ctx.lineWidth = s.width ?? 1.6;
  ctx.strokeStyle = s.color;
  ctx.fillStyle = s.color;
  // every dot is drawn (scattered data is not ordered by x); only lines are thinned
  if (s.dots)
    for (let i = 0; i < s.ys.length; i++) {
      if (!drawable(at(i), spec.logX) || !drawable(s.ys[i], spec.logY)) continue;
      ctx.beginPath();
      ctx.arc(f.sx(at(i)), f.sy(s.ys[i]), 3, 0, 2 * Math.PI);
      ctx.fill();
    }
  if (s.noLine) return;
  const path = penPath(s, f, spec.logX, spec.logY);
  ctx.setLineDash(s.dash ?? []);
  ctx.beginPath();
  let pen = false;
  for (const i of path) {
    if (i < 0) {
      pen = false;
      continue;
    }
    const [px, py] = [f.sx(at(i)), f.sy(s.ys[i])];
    if (pen) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    pen = true;
  }
  ctx.stroke();
  if (s.markAt !== undefined && s.markAt > 0) {
    const px = f.sx(at(Math.min(s.markAt, s.ys.length - 1)));
    ctx.setLineDash([2, 3]);
    line(ctx, px, f.plot.y, px, f.plot.y + f.plot.h);
  }
  ctx.setLineDash([]);
}
