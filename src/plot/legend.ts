/**
 * A matplotlib-style legend: a translucent rounded box inside the plot with a line and/or marker
 * swatch per entry. 'best' places it, like matplotlib, where it covers the fewest data points.
 */
import { contains, type Rect, rectBottom, rectRight, starPath } from './geometry.js';
import { dashArray, el, FONT, group, type LineStyle, num, type Point, text, textWidth } from './svg.js';

export interface LegendEntry {
  label: string;
  line?: { color: string; width?: number; dash?: LineStyle };
  marker?: { shape: 'circle' | 'star'; color: string; radius?: number; stroke?: string };
}

export type LegendPosition =
  | 'best'
  | 'upper right'
  | 'upper left'
  | 'lower left'
  | 'lower right'
  | 'upper center'
  | 'lower center'
  | 'center left'
  | 'center right'
  | 'none';

// matplotlib's order of preference when several places are equally empty.
const CANDIDATES: Exclude<LegendPosition, 'best' | 'none'>[] = [
  'upper right',
  'upper left',
  'lower left',
  'lower right',
  'center left',
  'center right',
  'lower center',
  'upper center',
];

const PAD = 7;
const INSET = 8;
const SWATCH = 28;
const GAP = 7;
const ROW = FONT.legend * 1.55;

function boxAt(pos: Exclude<LegendPosition, 'best' | 'none'>, plot: Rect, w: number, h: number): Rect {
  const xs = {
    left: plot.left + INSET,
    center: plot.left + (plot.width - w) / 2,
    right: rectRight(plot) - INSET - w,
  };
  const ys = {
    upper: plot.top + INSET,
    center: plot.top + (plot.height - h) / 2,
    lower: rectBottom(plot) - INSET - h,
  };
  const [v, hz] = pos.split(' ') as [string, string];
  const vertical = v === 'center' ? 'center' : (v as 'upper' | 'lower');
  const horizontal = v === 'center' ? (hz as 'left' | 'right') : (hz as 'left' | 'center' | 'right');
  return { left: xs[horizontal], top: ys[vertical], width: w, height: h };
}

/**
 * The legend's markup, or '' for no entries or position 'none'. `avoid` are the pixel positions
 * of the data, used by 'best'.
 */
export function legend(
  entries: readonly LegendEntry[],
  plot: Rect,
  position: LegendPosition = 'best',
  avoid: readonly Point[] = [],
): string {
  if (entries.length === 0 || position === 'none') return '';
  const labelW = Math.max(...entries.map((e) => textWidth(e.label, FONT.legend)));
  const w = PAD * 2 + SWATCH + GAP + labelW;
  const h = PAD * 2 + ROW * entries.length - (ROW - FONT.legend * 1.2);
  let box: Rect;
  if (position === 'best') {
    let best = Infinity;
    box = boxAt(CANDIDATES[0], plot, w, h);
    for (const c of CANDIDATES) {
      const b = boxAt(c, plot, w, h);
      let covered = 0;
      for (const p of avoid) if (contains(b, p)) covered++;
      if (covered < best) {
        best = covered;
        box = b;
      }
    }
  } else {
    box = boxAt(position, plot, w, h);
  }

  const rows = entries.map((e, i) => {
    const cy = box.top + PAD + FONT.legend * 0.6 + i * ROW;
    const x0 = box.left + PAD;
    const parts: string[] = [];
    if (e.line) {
      const lw = e.line.width ?? 1.5;
      parts.push(
        el('line', {
          x1: x0,
          y1: cy,
          x2: x0 + SWATCH,
          y2: cy,
          stroke: e.line.color,
          'stroke-width': lw,
          'stroke-dasharray': dashArray(e.line.dash, lw),
        }),
      );
    }
    if (e.marker) parts.push(markerShape(e.marker, x0 + SWATCH / 2, cy));
    parts.push(text(x0 + SWATCH + GAP, cy + FONT.legend * 0.36, e.label));
    return group({ class: 'legend-entry' }, ...parts);
  });

  return group(
    { class: 'legend', 'font-size': FONT.legend },
    el('rect', {
      x: box.left,
      y: box.top,
      width: box.width,
      height: box.height,
      rx: 3,
      fill: '#ffffff',
      'fill-opacity': 0.85,
      stroke: '#cccccc',
      'stroke-width': 0.8,
    }),
    ...rows,
  );
}

/** A marker centred at (x, y): the same shapes the charts draw on the data. */
export function markerShape(m: NonNullable<LegendEntry['marker']>, x: number, y: number): string {
  if (m.shape === 'star') {
    return el('path', {
      d: starPath(x, y, m.radius ?? 7, num),
      fill: m.color,
      stroke: m.stroke ?? '#000000',
      'stroke-width': 0.6,
      'stroke-linejoin': 'round',
    });
  }
  return el('circle', {
    cx: x,
    cy: y,
    r: m.radius ?? 3,
    fill: m.color,
    stroke: m.stroke,
    'stroke-width': m.stroke ? 0.6 : undefined,
  });
}
