/**
 * What the views of a descent need, computed once by the run with the function it compiled: f on
 * a grid over the drawn domain, the formula as text and LaTeX, and a catalog surface's minima.
 * Views draw from this and never parse the formula again.
 */
import type { Formula } from '../expr/index.js';
import { toLatex, toText } from '../expr/index.js';
import { pathRange } from '../plot/views/common.js';
import { linspace } from '../random/linspace.js';
import type { DescendExperiment, DescendField, DescendOutcome } from './types.js';

/** Grid points per axis of a 2-D map, and points of a 1-D curve. */
export const FIELD_GRID = { map: 120, curve: 400 };

/**
 * Per axis, the range around every recorded point that also keeps the origin in view, with a
 * margin of a quarter of the span and at least 1 (src/plot's pathRange): a typed formula's map
 * then shows where the paths went and, for the usual quadratic, the minimum at 0.
 */
export function pathBox(runs: readonly Pick<DescendOutcome, 'points'>[], dims: number): [number, number][] {
  const paths = runs.map((r) => r.points);
  return Array.from({ length: dims }, (_, i) => pathRange(paths, i));
}

/** The drawn domain: the experiment's, then the surface's, then the box around the paths, per axis. */
function fieldDomain(
  e: DescendExperiment,
  own: readonly [number, number][] | undefined,
  runs: readonly Pick<DescendOutcome, 'points'>[],
  dims: number,
): [number, number][] {
  const box = pathBox(runs, dims);
  const given = e.domain ?? own;
  return box.map((b, i) => (given?.[i] ? [given[i][0], given[i][1]] : b));
}

/**
 * The field of a 1-D or 2-D descent (undefined for more variables): `value` is the run's compiled f.
 * Rows of a map are y values, columns x values, both from linspace over the domain.
 */
export function descendField(
  e: DescendExperiment,
  formula: Formula,
  value: (p: readonly number[]) => number,
  surface: { domain?: [number, number][]; minima?: number[][] },
  runs: readonly Pick<DescendOutcome, 'points'>[],
): DescendField | undefined {
  const dims = formula.vars.length;
  if (dims < 1 || dims > 2) return undefined;
  const domain = fieldDomain(e, surface.domain, runs, dims);
  const n = dims === 2 ? FIELD_GRID.map : FIELD_GRID.curve;
  const xs = linspace(domain[0][0], domain[0][1], n);
  const values: number[] = [];
  if (dims === 1) for (const x of xs) values.push(value([x]));
  else {
    const ys = linspace(domain[1][0], domain[1][1], n);
    for (const y of ys) for (const x of xs) values.push(value([x, y]));
  }
  return {
    vars: formula.vars,
    domain,
    n,
    values,
    text: toText(formula.ast),
    latex: toLatex(formula.ast),
    ...(surface.minima ? { minima: surface.minima } : {}),
  };
}
