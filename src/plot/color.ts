/**
 * Small colour arithmetic for the plots: hex parsing and printing, and sRGB → CIELAB so that
 * palettes can be judged by perceived difference rather than by raw RGB distance.
 */
import { DescensoError } from '../errors.js';
import { showValue } from '../text.js';

export type Rgb = readonly [number, number, number];

/** '#rrggbb' or '#rgb' → [r, g, b] in 0..255. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new DescensoError('plot-bad-input', { what: 'colour', value: showValue(hex) });
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

/** [r, g, b] (any reals) → '#rrggbb', each channel rounded and clamped to 0..255. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Linear interpolation between two colours, t in [0, 1]. */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

// The sRGB transfer curve and its inverse (IEC 61966-2-1).
const toLinear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number): number =>
  255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.max(v, 0) ** (1 / 2.4) - 0.055);

// D65 reference white, the white point sRGB is defined against.
const WHITE = [0.95047, 1.0, 1.08883] as const;
const labF = (t: number): number => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
const labFInv = (t: number): number => (t > 6 / 29 ? t ** 3 : 3 * (6 / 29) ** 2 * (t - 4 / 29));

/** sRGB (0..255) → CIELAB [L, a, b]. */
export function rgbToLab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear);
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const fx = labF(x / WHITE[0]);
  const fy = labF(y / WHITE[1]);
  const fz = labF(z / WHITE[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIELAB → sRGB (0..255, unclamped so that callers can see out-of-gamut results). */
export function labToRgb(lab: readonly [number, number, number]): [number, number, number] {
  const fy = (lab[0] + 16) / 116;
  const x = WHITE[0] * labFInv(fy + lab[1] / 500);
  const y = WHITE[1] * labFInv(fy);
  const z = WHITE[2] * labFInv(fy - lab[2] / 200);
  const r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
  const g = -0.969266 * x + 1.8760108 * y + 0.041556 * z;
  const b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
  return [fromLinear(r), fromLinear(g), fromLinear(b)];
}

/** Perceived difference of two colours (CIE76 ΔE: Euclidean distance in Lab). */
export function deltaE(a: Rgb, b: Rgb): number {
  const p = rgbToLab(a);
  const q = rgbToLab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
