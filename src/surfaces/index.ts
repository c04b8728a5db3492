import { shown } from '../autodiff/shown.js';
import { badArgument, DescensoError } from '../errors.js';
import { type Formula, parseFormula } from '../expr/index.js';
import { suggestName } from '../suggest.js';
import { catalog } from './catalog.js';
import type { Surface } from './types.js';

export type { Surface, Surface1D, Surface2D, SurfaceInterval, SurfaceMinimum } from './types.js';

/** Every surface of the catalog: the 2-D ones first, then the 1-D ones. */
export const surfaces: readonly Surface[] = catalog;

/** The ids of the catalog, in catalog order. */
export const surfaceIds: readonly string[] = Object.freeze(catalog.map((s) => s.id));

// A Map, so that ids such as `constructor` find nothing instead of Object.prototype members.
const byId = new Map(catalog.map((s) => [s.id, s]));

/**
 * The surface with this id; throws DescensoError `surface-unknown` listing the ids, with the
 * closest one as a suggestion (`peak` → `peaks`).
 */
export function getSurface(id: string): Surface {
  if (typeof id !== 'string') throw badArgument('getSurface', 1, id, 'string');
  const surface = byId.get(id);
  if (surface === undefined) {
    const typed = shown(id);
    throw new DescensoError('surface-unknown', {
      id: typed,
      suggestion: suggestName(typed, surfaceIds) ?? null,
      known: surfaceIds.join(', '),
    });
  }
  return surface;
}

const parsed = new WeakMap<Surface, Formula>();

/** The parsed formula of a surface (kind 'surface' for 2-D, '1d' for 1-D), parsed once. */
export function surfaceFormula(surface: Surface): Formula {
  const ok =
    surface !== null &&
    typeof surface === 'object' &&
    typeof surface.formula === 'string' &&
    (surface.dims === 1 || surface.dims === 2);
  if (!ok) throw badArgument('surfaceFormula', 1, surface, 'surface');
  let formula = parsed.get(surface);
  if (formula === undefined) {
    formula = parseFormula(surface.formula, { kind: surface.dims === 2 ? 'surface' : '1d' });
    parsed.set(surface, formula);
  }
  return formula;
}
