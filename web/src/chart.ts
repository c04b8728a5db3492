/**
 * A small canvas line chart (value per step, loss per epoch, error against h): linear or log axes,
 * a cursor at the step shown. Drawn into an offscreen canvas once per data change; the cursor is
 * drawn over a copy of it each frame.
 */
import { linearTicks } from '../../src/plot/index.js';
import { fitCanvas } from './dom.js';
import { fmt } from './i18n.js';
import { axisRange, logTicks } from './ticks.js';

export interface Series {
  color: string;
  /** The legend's label in exports. */
  name?: string;
  ys: ArrayLike<number>;
  /** Default 0, 1, 2, … */
  xs?: ArrayLike<number>;
  dash?: number[];
  /** A marker (×) at this index: a divergence. */
  markAt?: number;
  /** Dots at the points instead of (or with) the line. */
  dots?: boolean;
  /** No line, only the dots. */
  noLine?: boolean;
  width?: number;
}

export interface ChartSpec {
  series: Series[];
  logY?: boolean;
  logX?: boolean;
  xLabel?: string;
  yLabel?: string;
  /** Fixed ranges (default: the data's). */
  xRange?: [number, number];
  yRange?: [number, number];
}

const M = { l: 58, r: 12, t: 10, b: 34 };

export class LineChart {
  readonly canvas: HTMLCanvasElement;
  private base: HTMLCanvasElement = document.createElement('canvas');
  private w = 300;
  private h = 180;
  private sx: (x: number) => number = (x) => x;
  private spec: ChartSpec = { series: [] };

  constructor(label: string) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'chart';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', label);
  }

  /** What was drawn last (for the SVG export). */
  get current(): ChartSpec {
    return this.spec;
  }

  setLabel(label: string): void {
    this.canvas.setAttribute('aria-label', label);
  }

  /** Redraws the chart for new data or a new size. */
  draw(spec: ChartSpec, w: number, h: number): void {
    this.spec = spec;
    this.w = w;
    this.h = h;
    const ctx = fitCanvas(this.base, w, h);
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    const pw = w - M.l - M.r;
    const ph = h - M.t - M.b;
    const tx = (v: number) => (spec.logX ? Math.log10(v) : v);
    const ty = (v: number) => (spec.logY ? Math.log10(v) : v);
    const ok = (v: number, log?: boolean) => Number.isFinite(v) && (!log || v > 0);
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const s of spec.series)
      for (let i = 0; i < s.ys.length; i++) {
        const x = s.xs ? s.xs[i] : i;
        const y = s.ys[i];
        if (!ok(x, spec.logX) || !ok(y, spec.logY)) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    if (spec.xRange) [x0, x1] = spec.xRange;
    if (spec.yRange) [y0, y1] = spec.yRange;
    // Each axis on its own: no data (or a log axis with nothing positive) gets a default range,
    // never one that a log axis cannot show (log 0 = −∞).
    [x0, x1] = axisRange(x0, x1, spec.logX);
    [y0, y1] = axisRange(y0, y1, spec.logY);
    const [X0, X1, Y0, Y1] = [tx(x0), tx(x1), ty(y0), ty(y1)];
    const sx = (x: number) => M.l + ((tx(x) - X0) / (X1 - X0)) * pw;
    const sy = (y: number) => M.t + ph - ((ty(y) - Y0) / (Y1 - Y0)) * ph;
    this.sx = sx;

    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#444';
    ctx.strokeStyle = '#e4e6eb';
    ctx.lineWidth = 1;
    const yt = spec.logY ? logTicks(y0, y1) : linearTicks(y0, y1, 5);
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const v of yt) {
      const y = sy(v);
      if (y < M.t - 1 || y > M.t + ph + 1) continue;
      ctx.beginPath();
      ctx.moveTo(M.l, Math.round(y) + 0.5);
      ctx.lineTo(M.l + pw, Math.round(y) + 0.5);
      ctx.stroke();
      ctx.fillText(fmt(v, 3), M.l - 5, y);
    }
    const xt = spec.logX ? logTicks(x0, x1) : linearTicks(x0, x1, Math.max(2, Math.floor(pw / 70)));
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const v of xt) {
      const x = sx(v);
      if (x < M.l - 1 || x > M.l + pw + 1) continue;
      ctx.beginPath();
      ctx.moveTo(Math.round(x) + 0.5, M.t);
      ctx.lineTo(Math.round(x) + 0.5, M.t + ph);
      ctx.stroke();
      ctx.fillText(fmt(v, 3), x, M.t + ph + 4);
    }
    ctx.strokeStyle = '#9aa0a6';
    ctx.strokeRect(M.l + 0.5, M.t + 0.5, pw, ph);
    if (spec.xLabel) {
      ctx.fillStyle = '#333';
      ctx.fillText(spec.xLabel, M.l + pw / 2, h - 14);
    }
    if (spec.yLabel) {
      ctx.save();
      ctx.translate(11, M.t + ph / 2);
      ctx.rotate(-Math.PI / 2);
      ctx.textBaseline = 'middle';
      ctx.fillText(spec.yLabel, 0, 0);
      ctx.restore();
    }
    ctx.save();
    ctx.beginPath();
    ctx.rect(M.l, M.t, pw, ph);
    ctx.clip();
    for (const s of spec.series) {
      ctx.lineWidth = s.width ?? 1.6;
      ctx.strokeStyle = s.color;
      ctx.fillStyle = s.color;
      if (s.dots)
        for (let i = 0; i < s.ys.length; i++) {
          const x = s.xs ? s.xs[i] : i;
          const y = s.ys[i];
          if (!ok(x, spec.logX) || !ok(y, spec.logY)) continue;
          ctx.beginPath();
          ctx.arc(sx(x), sy(y), 3, 0, 2 * Math.PI);
          ctx.fill();
        }
      if (s.noLine) continue;
      ctx.setLineDash(s.dash ?? []);
      ctx.beginPath();
      let pen = false;
      let lastX = -1;
      for (let i = 0; i < s.ys.length; i++) {
        const x = s.xs ? s.xs[i] : i;
        const y = s.ys[i];
        if (!ok(x, spec.logX) || !ok(y, spec.logY)) {
          pen = false;
          continue;
        }
        const px = sx(x);
        // Many points per pixel: keep the ones that move the pen.
        if (pen && Math.abs(px - lastX) < 0.35 && i < s.ys.length - 1) continue;
        const py = sy(y);
        if (pen) ctx.lineTo(px, py);
        else ctx.moveTo(px, py);
        pen = true;
        lastX = px;
      }
      ctx.stroke();
      if (s.markAt !== undefined && s.markAt > 0) {
        const i = Math.min(s.markAt, s.ys.length - 1);
        const px = sx(s.xs ? s.xs[i] : i);
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(px, M.t);
        ctx.lineTo(px, M.t + ph);
        ctx.stroke();
      }
    }
    ctx.restore();
    this.cursor(null);
  }

  /** Copies the chart and draws a vertical line at x (null: none). */
  cursor(x: number | null): void {
    const ctx = fitCanvas(this.canvas, this.w, this.h);
    ctx.drawImage(this.base, 0, 0, this.w, this.h);
    if (x === null || this.spec.series.length === 0) return;
    const px = this.sx(x);
    if (!Number.isFinite(px)) return;
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(px) + 0.5, M.t);
    ctx.lineTo(Math.round(px) + 0.5, this.h - M.b);
    ctx.stroke();
  }
}
