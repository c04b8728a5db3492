/**
 * The data flags of `simulate` and `fit` read into an Experiment's DataEntry (plain JSON: the
 * family and the numbers given, nothing simulated yet). Every fault names its flag; a flag the
 * family does not use (`--slope` with `--data sine`) is refused rather than silently ignored.
 */
import { type Dataset, FAMILIES, type Family, simulate, X_DISTRIBUTIONS } from '../data/index.js';
import { DescensoError, withSource } from '../errors.js';
import type { DataEntry } from '../experiment/types.js';
import { evaluate, parseFormula } from '../expr/index.js';
import { LIMITS } from '../limits.js';
import { parseChoice, parseInteger, parseNumber, parseNumberList } from './flags.js';

/** The flags of a family's own curve (the ones every family takes are not listed). */
const FAMILY_FLAGS: Readonly<Record<Family, readonly string[]>> = {
  linear: ['--slope'],
  affine: ['--slope', '--intercept'],
  poly: ['--coeffs'],
  sine: ['--intercept', '--amplitude', '--frequency', '--phase'],
  exp: ['--intercept', '--amplitude', '--rate'],
  // Two clusters around fixed centres: no curve, and no x axis to lay out.
  blobs: [],
  formula: ['--formula'],
};
/** Flags of a curve: each belongs to the families that list it above. */
const CURVE_FLAGS = ['--slope', '--intercept', '--coeffs', '--amplitude', '--frequency', '--phase', '--rate'];
/** How x is laid out: every family but blobs. */
const X_FLAGS = ['--x-range', '--x-dist'];

/** commander's key for a flag: --x-range → xRange. */
export const keyOf = (flag: string) =>
  flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** The flags given that `family` does not use, refused with the flags it does. */
function refuseUnused(opts: Record<string, unknown>, family: Family): void {
  const own = FAMILY_FLAGS[family];
  const unused = [...CURVE_FLAGS, ...(family === 'blobs' ? X_FLAGS : [])].filter((f) => !own.includes(f));
  const given = unused.find((f) => opts[keyOf(f)] !== undefined);
  if (given !== undefined)
    throw new DescensoError('cli-family-flag', {
      flag: given,
      family,
      uses: own.filter((f) => f !== '--formula').join(', '),
    });
}

const NUMBER_FIELDS = ['slope', 'intercept', 'amplitude', 'frequency', 'phase', 'rate', 'mu'] as const;

/** The family the flags name: --data, else formula when --formula is given, else linear. */
function familyOf(opts: Record<string, unknown>): Family {
  const text = opts.formula;
  const family: Family =
    opts.data === undefined
      ? text !== undefined
        ? 'formula'
        : 'linear'
      : parseChoice('--data', String(opts.data), FAMILIES);
  if (family === 'formula' && text === undefined)
    throw new DescensoError('cli-missing', { what: '--formula' });
  if (family !== 'formula' && text !== undefined)
    throw new DescensoError('cli-conflict', { a: `--data ${family}`, b: '--formula' });
  return family;
}

/** The numbers of the curve and of the noise, as given. */
function readNumbers(opts: Record<string, unknown>, entry: DataEntry): void {
  for (const field of NUMBER_FIELDS) {
    const v = opts[field];
    if (v !== undefined) entry[field] = parseNumber(`--${field}`, String(v));
  }
  if (opts.coeffs !== undefined) {
    const coeffs = parseNumberList('--coeffs', String(opts.coeffs));
    if (coeffs.length > LIMITS.coeffs)
      throw new DescensoError('cli-bad-count', {
        flag: '--coeffs',
        min: 1,
        max: LIMITS.coeffs,
        found: coeffs.length,
      });
    entry.coeffs = coeffs;
  }
  if (opts.noise !== undefined) {
    const noise = parseNumber('--noise', String(opts.noise));
    if (noise < 0)
      throw new DescensoError('cli-out-of-range', {
        flag: '--noise',
        value: String(opts.noise),
        range: '≥ 0',
      });
    entry.noise = noise;
  }
}

/** The points and how x is laid out. */
function readLayout(opts: Record<string, unknown>, entry: DataEntry): void {
  if (opts.points !== undefined)
    entry.points = parseInteger('--points', String(opts.points), 1, LIMITS.points);
  if (opts.xRange !== undefined) {
    const [a, b] = parseNumberList('--x-range', String(opts.xRange), 2);
    if (!(a < b))
      throw new DescensoError('cli-out-of-range', {
        flag: '--x-range',
        value: String(opts.xRange),
        range: 'A < B',
      });
    entry.xRange = [a, b];
  }
  if (opts.xDist !== undefined) entry.xDist = parseChoice('--x-dist', String(opts.xDist), X_DISTRIBUTIONS);
  if (opts.seed !== undefined) entry.seed = parseInteger('--seed', String(opts.seed), 0, 0xffffffff);
}

/**
 * The data entry the flags describe: the family and only the numbers given (the family's own
 * defaults fill the rest when it is simulated). A formula is parsed here, so its fault is shown
 * with a caret under it before anything runs.
 */
export function dataEntryFromFlags(opts: Record<string, unknown>): DataEntry {
  const family = familyOf(opts);
  refuseUnused(opts, family);
  const entry: DataEntry = { family };
  if (family === 'formula') {
    const text = String(opts.formula);
    withSource(text, () => parseFormula(text, { kind: '1d' }));
    entry.formula = text;
  }
  readNumbers(opts, entry);
  readLayout(opts, entry);
  return entry;
}

/** The inputs per point of an entry's data: two for blobs (and for rows of a file), else one. */
export function inputsOf(entry: DataEntry): number {
  if (entry.x !== undefined) return Array.isArray(entry.x[0]) ? entry.x[0].length : 1;
  return entry.family === 'blobs' ? 2 : 1;
}

/** The data set a simulated entry draws (what `simulate` prints). */
export function simulateEntry(entry: DataEntry): Dataset {
  const { formula: text, source: _source, x: _x, y: _y, ...rest } = entry;
  if (text === undefined) return simulate(rest as never);
  const f = withSource(text, () => parseFormula(text, { kind: '1d' }));
  return simulate({ ...(rest as object), fn: (x: number) => evaluate(f.ast, { x }) } as never);
}

/** The data set the flags describe; every fault names its flag (a formula's also shows where). */
export function dataFromFlags(opts: Record<string, unknown>): Dataset {
  return simulateEntry(dataEntryFromFlags(opts));
}
