/**
 * A fit's data as an experiment gives it: a simulated family with its parameters (src/data), or
 * points of the user's own (x one number per point, or one row of inputs per point, and y).
 */
import { FAMILIES, SIMULATION_FIELDS, X_DISTRIBUTIONS } from '../data/simulate.js';
import { LIMITS } from '../limits.js';
import { choice, fail, int, isObj, nonNegative, num, numList, only, seed, show, str } from './check.js';
import type { DataEntry } from './types.js';

/**
 * The fields of an experiment's data: a simulation's (src/data, its compiled `fn` excepted: here a
 * formula is text), then the user's own points and where they came from.
 */
export const DATA_KEYS: readonly string[] = [
  ...SIMULATION_FIELDS.filter((k) => k !== 'fn'),
  'formula',
  'x',
  'y',
  'source',
];

/** x as one number per point, or as rows of inputs of equal length. */
function inputs(v: unknown, path: string): number[] | number[][] {
  if (!Array.isArray(v) || !Array.isArray(v[0])) return numList(v, path, 1, LIMITS.points);
  if (v.length > LIMITS.points)
    fail(path, { kind: 'list-length', min: 1, max: LIMITS.points, found: v.length });
  const width = v[0].length;
  return v.map((row, i) => {
    const at = `${path}[${i}]`;
    if (Array.isArray(row) && row.length !== width && row.length > 0)
      fail(at, { kind: 'rows-length', length: width, found: row.length });
    return numList(row, at, Math.max(1, width), Math.min(width, LIMITS.variables));
  });
}

function centers(v: unknown, path: string): DataEntry['centers'] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length !== 2) fail(path, { kind: 'list-length', min: 2, max: 2, found: v.length });
  const [a, b] = v.map((c, i) => numList(c, `${path}[${i}]`, 2, 2));
  return [
    [a[0], a[1]],
    [b[0], b[1]],
  ];
}

function simulation(v: Record<string, unknown>, path: string, d: DataEntry): void {
  for (const k of ['slope', 'intercept', 'mu', 'amplitude', 'frequency', 'phase', 'rate'] as const)
    if (v[k] !== undefined) d[k] = num(v[k], `${path}.${k}`);
  if (v.noise !== undefined) d.noise = nonNegative(v.noise, `${path}.noise`);
  if (v.family !== undefined) d.family = choice(v.family, `${path}.family`, FAMILIES);
  if (v.coeffs !== undefined) d.coeffs = numList(v.coeffs, `${path}.coeffs`, 1, LIMITS.coeffs);
  if (v.centers !== undefined) d.centers = centers(v.centers, `${path}.centers`);
  if (v.points !== undefined) d.points = int(v.points, `${path}.points`, 1, LIMITS.points);
  if (v.seed !== undefined) d.seed = seed(v.seed, `${path}.seed`);
  if (v.xRange !== undefined) {
    const r = numList(v.xRange, `${path}.xRange`, 2, 2);
    if (!(r[0] < r[1])) fail(`${path}.xRange`, { kind: 'bounds-order' });
    d.xRange = [r[0], r[1]];
  }
  if (v.xDist !== undefined) d.xDist = choice(v.xDist, `${path}.xDist`, X_DISTRIBUTIONS);
  if (v.formula !== undefined) d.formula = str(v.formula, `${path}.formula`, LIMITS.formulaLength);
}

export function dataEntry(v: unknown, path: string): DataEntry {
  if (!isObj(v)) fail(path, { kind: 'not-data' });
  only(v, path, DATA_KEYS);
  const d: DataEntry = {};
  simulation(v, path, d);
  if ((v.x === undefined) !== (v.y === undefined)) fail(path, { kind: 'x-and-y' });
  if (v.x !== undefined) {
    d.x = inputs(v.x, `${path}.x`);
    d.y = numList(v.y, `${path}.y`, d.x.length, d.x.length);
  }
  if (v.source !== undefined) d.source = str(v.source, `${path}.source`, LIMITS.formulaLength);
  return d;
}
