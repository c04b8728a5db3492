/**
 * A line chart's spec as an SVG chart of src/plot (for charts no core view draws): lines stay
 * lines, dots become points, log axes stay log; fixed ranges are kept by letting only the range's
 * corners set the axes. Its PNG is this SVG rasterised (ExportMenu), the same figure.
 */
import { type XYMark, xyChart } from '../../../src/plot/xy.js';
import { lang } from '../i18n.js';
import type { ChartSpec } from './chart-scales.js';

export function chartSvg(spec: ChartSpec, title: string, size = { width: 640, height: 420 }): string {
  const fixed = spec.xRange !== undefined || spec.yRange !== undefined;
  const marks: XYMark[] = spec.series.map((s) => {
    const xs = Array.from({ length: s.ys.length }, (_v, i) => (s.xs ? s.xs[i] : i));
    const ys = Array.from(s.ys);
    return s.noLine
      ? { kind: 'points', name: s.name, x: xs, y: ys, color: s.color, radius: 3, domain: !fixed }
      : {
          kind: 'line',
          name: s.name,
          x: xs,
          y: ys,
          color: s.color,
          width: s.width ?? 1.6,
          dash: s.dash ? '--' : undefined,
          markers: s.dots,
          domain: !fixed,
        };
  });
  if (fixed) marks.push(corners(spec, marks));
  return xyChart({
    marks,
    xScale: spec.logX ? 'log' : 'linear',
    yScale: spec.logY ? 'log' : 'linear',
    title,
    description: title,
    xLabel: spec.xLabel,
    yLabel: spec.yLabel,
    width: size.width,
    height: size.height,
    legend: marks.some((m) => m.name) ? 'best' : 'none',
    grid: true,
    lang: lang.peek(),
  });
}

/** An invisible mark at the fixed ranges' corners (an axis without a fixed range takes the data's span). */
function corners(spec: ChartSpec, marks: XYMark[]): XYMark {
  const span = (pick: (m: XYMark) => readonly number[]): [number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const m of marks)
      for (const v of pick(m)) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    return lo <= hi ? [lo, hi] : [0, 1];
  };
  const [x0, x1] = spec.xRange ?? span((m) => m.x);
  const [y0, y1] = spec.yRange ?? span((m) => m.y);
  return { kind: 'points', x: [x0, x1], y: [y0, y1], color: '#ffffff', radius: 0, opacity: 0 };
}
