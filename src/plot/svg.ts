/**
 * The SVG vocabulary shared by the chart builders: elements as strings, numbers printed short
 * and deterministic, text escaped, and a width estimate for laying text out without a DOM.
 */
import { escapeXml } from './xml.js';

/** Generic families after DejaVu Sans so that browsers and resvg both find a face. */
export const FONT_FAMILY = 'DejaVu Sans, Arial, Helvetica, sans-serif';

/** Type sizes in px, close to matplotlib's defaults (10 pt ticks and labels, 12 pt title) at 100 dpi. */
export const FONT = { tick: 12, label: 13, title: 15, legend: 12 } as const;

/** A coordinate: two decimals at most, no '-0', no exponent notation. */
export function num(v: number, decimals = 2): string {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

/** ` name="value"` for every attribute that is not null/undefined/false; values are escaped. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(String(v))}"`;
  }
  return out;
}

/** An element; with no children it is self-closing. Children are already-built markup. */
export function el(tag: string, a: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

/** A text element with escaped content. */
export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return `<text${attrs({ x, y, ...a })}>${escapeXml(content)}</text>`;
}

/** A group, omitted entirely when it would be empty. */
export function group(a: Attrs, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? '' : `<g${attrs(a)}>${inner}</g>`;
}

export interface Point {
  x: number;
  y: number;
}

/** Pixel points as an SVG points list. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
}

/**
 * The root element: fixed size, white background, one font declaration inherited by all text,
 * and a <title> first so that screen readers can name the figure.
 */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  const head = `<title>${escapeXml(title)}</title>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      'font-family': FONT_FAMILY,
    })}>` +
    head +
    el('rect', { width, height, fill: '#ffffff' }) +
    body +
    '</svg>\n'
  );
}

// Advance widths of DejaVu Sans in em for the printable ASCII range (space to '~'); enough to
// size margins and legend boxes within a pixel or two without measuring text in a browser.
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838,
  0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748,
  0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39,
  0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
  0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337,
  0.636, 0.838,
];
const OTHER_EM: Record<string, number> = {
  '\u2212': 0.838,
  '×': 0.838,
  '·': 0.318,
  '★': 0.84,
  '∞': 0.833,
};

/** Estimated rendered width of `s` at `size` px in DejaVu Sans. */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code >= 32 && code <= 126) em += ASCII_EM[code - 32];
    else if (c in OTHER_EM) em += OTHER_EM[c];
    else if ('⁰¹²³⁴⁵⁶⁷⁸⁹⁻₀₁₂₃₄₅₆₇₈₉'.includes(c)) em += 0.4;
    else {
      // Accented Latin letters are as wide as their base letter (é as e).
      const base = c.normalize('NFD').charCodeAt(0);
      em += base >= 32 && base <= 126 ? ASCII_EM[base - 32] : 0.65;
    }
  }
  return em * size;
}

/** Matplotlib's line styles, as dash patterns in units of the line width. */
export type LineStyle = '-' | '--' | '-.' | ':' | readonly number[];

/** The stroke-dasharray for a style at a line width, or undefined for a solid line. */
export function dashArray(style: LineStyle | undefined, lineWidth: number): string | undefined {
  const unit = Math.max(1, lineWidth);
  const pattern =
    style === undefined || style === '-'
      ? undefined
      : style === '--'
        ? [3.7, 1.6]
        : style === '-.'
          ? [6.4, 1.6, 1, 1.6]
          : style === ':'
            ? [1, 1.65]
            : style;
  if (!pattern || pattern.length === 0) return undefined;
  return pattern.map((d) => num(d * unit)).join(',');
}
