/**
 * Colour maps for surfaces and a categorical palette for paths.
 *
 * coolwarm is tabulated here rather than computed: it is Moreland's diverging map (interpolation
 * in his Msh polar form of CIELAB from blue (59,76,192) through the grey (221,221,221) to red
 * (180,4,38)), sampled at 33 evenly spaced points. colormaps.test.ts recomputes it from the Msh
 * formulas, so the table cannot drift from its definition. viridis and magma come from
 * d3-scale-chromatic, whose tables are matplotlib's.
 */
import { interpolateMagma, interpolateViridis } from 'd3-scale-chromatic';
import { badArgument, DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';
import { mixRgb, type Rgb, toHex } from './color.js';
import { type ColormapName, colormapNames } from './colormap-names.js';

export { type ColormapName, colormapNames };

/** Moreland's cool-to-warm map at t = i/32, i = 0..32. */
export const coolwarmTable: readonly Rgb[] = [
  [59, 76, 192],
  [68, 90, 204],
  [78, 104, 215],
  [88, 117, 225],
  [98, 130, 234],
  [108, 142, 241],
  [119, 154, 247],
  [130, 165, 251],
  [141, 176, 254],
  [152, 185, 255],
  [163, 194, 255],
  [174, 201, 253],
  [184, 208, 249],
  [194, 213, 244],
  [204, 217, 238],
  [213, 219, 230],
  [221, 221, 221],
  [229, 216, 209],
  [236, 211, 198],
  [241, 204, 185],
  [245, 196, 173],
  [247, 187, 160],
  [247, 177, 148],
  [247, 166, 135],
  [244, 154, 123],
  [241, 141, 111],
  [236, 127, 99],
  [229, 112, 87],
  [222, 97, 76],
  [213, 80, 66],
  [203, 62, 56],
  [192, 40, 47],
  [180, 4, 38],
];

/** A colour map: t in [0, 1] (clamped; NaN reads as 0) → '#rrggbb'. */
export type Colormap = (t: number) => string;

/** Piecewise-linear interpolation of an evenly sampled table. */
export function tableColormap(table: readonly Rgb[]): Colormap {
  const last = table.length - 1;
  return (t) => {
    const u = Number.isFinite(t) ? Math.max(0, Math.min(1, t)) * last : t === Infinity ? last : 0;
    const i = Math.min(last - 1, Math.floor(u));
    return toHex(mixRgb(table[i], table[i + 1], u - i));
  };
}

const coolwarm = tableColormap(coolwarmTable);
const clamp01 = (t: number): number => (Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : t > 0 ? 1 : 0);
// A Map, not an object: a name such as 'constructor' must not find Object.prototype's.
const maps = new Map<string, Colormap>([
  ['coolwarm', coolwarm],
  ['viridis', (t) => interpolateViridis(clamp01(t))],
  ['magma', (t) => interpolateMagma(clamp01(t))],
]);

/** The colour map called `name`; an unknown name is a DescensoError('plot-unknown-colormap'). */
export function colormap(name: ColormapName): Colormap {
  const map = typeof name === 'string' ? maps.get(name) : undefined;
  if (!map)
    throw new DescensoError('plot-unknown-colormap', {
      name: typeof name === 'string' ? name : showValue(name),
      suggestion: typeof name === 'string' ? (suggestName(name, colormapNames) ?? null) : null,
      known: colormapNames.join(', '),
    });
  return map;
}

/**
 * Distinct path colours, in the order optimizers get them. Chosen to stay apart from every colour
 * of coolwarm (ΔE ≥ 30) and from each other (ΔE ≥ 25), avoiding pure blues and reds, and dark
 * or saturated enough to read on a white background too, so that an optimizer keeps one colour
 * on the contour map and on the loss curve beside it.
 */
export const categorical: readonly string[] = [
  '#f2b701', // amber
  '#00a651', // green
  '#d81bd8', // magenta
  '#111111', // near black
  '#ff7f0e', // orange
  '#00a0a0', // teal
  '#8c564b', // brown
  '#8fd14f', // lime
  '#ff6fb0', // pink
  '#3d1f5c', // deep purple
  '#9a9a00', // olive
  '#707070', // grey
];

/** The i-th categorical colour, cycling when there are more paths than colours. */
export function categoricalColor(i: number): string {
  if (typeof i !== 'number' || !Number.isFinite(i)) throw badArgument('categoricalColor', 1, i, 'finite');
  const n = categorical.length;
  return categorical[((Math.trunc(i) % n) + n) % n];
}
