/**
 * How a basin map is coloured, in one place for the CLI's figure (basins-view.ts) and the lab's
 * basin layer: each minimum its own colour, lighter the more steps a start took, in five shades
 * whose edges are the quintiles of the steps taken (steps have a long tail — a few starts on a
 * ridge take ten times the rest — so equal widths would put nearly every start in the first
 * shade); dark for a start that diverged or left the domain, grey for one that did not settle.
 * No imports, so the lab's layer takes it without the SVG code.
 */

/** Basin colours: distinct, none of them near the dark and grey that mark the runs that failed. */
export const BASIN_PALETTE: readonly string[] = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#17becf',
  '#e377c2',
  '#bcbd22',
  '#8c564b',
];
export const BASIN_DIVERGED = '#262626';
export const BASIN_UNSETTLED = '#bdbdbd';
/** Shades of a basin's colour by steps taken: from the full colour to a light tint. */
export const BASIN_SHADES = 5;
/** How far the lightest shade is mixed with white. */
const LIGHTEST = 0.72;

/** How far shade k (0 = fewest steps) is mixed with white. */
export const tintAmount = (shade: number): number => (shade * LIGHTEST) / (BASIN_SHADES - 1);

/** A colour's red, green and blue, from `#rrggbb`. */
export const rgbOf = (color: string): number[] =>
  [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));

/**
 * The steps at which each shade after the first begins: the quantiles k/5 of the steps of the
 * starts that reached a minimum (a tie stays in one shade, so fewer distinct steps give fewer
 * shades). `steps` are those starts' steps, in any order.
 */
export function shadeEdgesOf(steps: number[]): number[] {
  const sorted = [...steps].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const edges: number[] = [];
  for (let k = 1; k < BASIN_SHADES; k++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / BASIN_SHADES))];
    if (q > sorted[0] && q > (edges.at(-1) ?? Number.NEGATIVE_INFINITY)) edges.push(q);
  }
  return edges;
}

/** The shade of a start that took `steps`: how many edges it reached. */
export function shadeOf(steps: number, edges: readonly number[]): number {
  let k = 0;
  while (k < edges.length && steps >= edges[k]) k++;
  return k;
}
