/**
 * Where the map's plot sits in its square box and how the function's domain maps onto it: the
 * same frame for every layer, so the base, the paths, the markers and the pointer agree.
 */
import type { Domain } from '../field.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type MapStyle = 'modern' | 'tutorial';

/** Room for the axes (left, bottom) and, in the tutorial's look, the colour bar (right). */
export function padOf(style: MapStyle): { l: number; r: number; t: number; b: number } {
  return { l: 46, r: style === 'tutorial' ? 62 : 10, t: 8, b: 36 };
}

export interface MapFrame {
  /** The box's side, CSS pixels. */
  size: number;
  rect: Rect;
  domain: Domain;
  /** Domain → CSS pixels of the box. */
  toPx(x: number, y: number): [number, number];
  /** CSS pixels → domain, clamped to the domain. */
  fromPx(px: number, py: number): [number, number];
}

export function mapFrame(size: number, domain: Domain, style: MapStyle): MapFrame {
  const pad = padOf(style);
  const rect = {
    x: pad.l,
    y: pad.t,
    w: Math.max(1, size - pad.l - pad.r),
    h: Math.max(1, size - pad.t - pad.b),
  };
  const [[x0, x1], [y0, y1]] = domain;
  return {
    size,
    rect,
    domain,
    toPx: (x, y) => [
      rect.x + ((x - x0) / (x1 - x0)) * rect.w,
      rect.y + rect.h - ((y - y0) / (y1 - y0)) * rect.h,
    ],
    fromPx: (px, py) => {
      const u = Math.max(0, Math.min(1, (px - rect.x) / rect.w));
      const v = Math.max(0, Math.min(1, (rect.y + rect.h - py) / rect.h));
      return [x0 + u * (x1 - x0), y0 + v * (y1 - y0)];
    },
  };
}
