/**
 * The data controls of the regression lab, family by family: which fields of the data entry a
 * family reads (src/data/simulate.ts), so the lab shows exactly those — a slider that moves
 * nothing is a control that lies. Plain data, DOM-free.
 */
import { simulationDefaults } from '../../../src/data/simulate.js';
import type { DataEntry, FitExperiment } from '../../../src/experiment/index.js';

/** The families the lab offers: the simulated ones, then the user's formula and the user's CSV. */
export const FAMILY_CHOICES = ['linear', 'affine', 'poly', 'sine', 'exp', 'formula', 'csv'] as const;
export type FamilyChoice = (typeof FAMILY_CHOICES)[number];

/** A number of the data entry a control edits. */
export type DataNumber = 'slope' | 'intercept' | 'amplitude' | 'frequency' | 'phase' | 'rate';

/** What a family's formula reads, in the order the panel shows it (simulate.ts's header). */
const SHAPE: Readonly<Record<FamilyChoice, readonly DataNumber[]>> = {
  linear: ['slope'],
  affine: ['intercept', 'slope'],
  poly: [],
  sine: ['intercept', 'amplitude', 'frequency', 'phase'],
  exp: ['intercept', 'amplitude', 'rate'],
  formula: [],
  csv: [],
};

/** The controls of a family: its shape numbers, its coefficients, and what every simulation reads. */
export interface DataControls {
  shape: readonly DataNumber[];
  /** poly: the coefficients c0 … ck. */
  coeffs: boolean;
  /** formula: the formula field; csv: the file field. */
  formula: boolean;
  csv: boolean;
  /** x-range, noise σ and μ, points, seed: every simulation (a formula's too), never a CSV. */
  sampling: boolean;
}

export function dataControls(family: FamilyChoice): DataControls {
  return {
    shape: SHAPE[family],
    coeffs: family === 'poly',
    formula: family === 'formula',
    csv: family === 'csv',
    sampling: family !== 'csv',
  };
}

/** The family an experiment's data is: its own points (csv), a formula, or a simulated family. */
export function familyOf(d: DataEntry): FamilyChoice {
  if (d.x && d.y) return 'csv';
  if (d.formula !== undefined) return 'formula';
  const f = d.family ?? 'linear';
  return (FAMILY_CHOICES as readonly string[]).includes(f) ? (f as FamilyChoice) : 'linear';
}

/** The defaults the controls show for a field the entry leaves out (simulate's, per family). */
export function dataDefaults(family: FamilyChoice) {
  return simulationDefaults[family === 'csv' ? 'linear' : family];
}

/** A few points to start from when the user picks "your CSV" before loading a file. */
const CSV_START = { x: [0, 1, 2, 3], y: [0.1, 1.9, 4.2, 5.8] };

/**
 * The data entry after switching to `family`: the seed, noise and sampling carry over (the
 * same draws, a new shape); the shape numbers start at the new family's defaults.
 */
export function switchFamily(d: DataEntry, family: FamilyChoice): DataEntry {
  if (family === 'csv') return { ...CSV_START };
  const keep: DataEntry = {};
  for (const k of ['noise', 'mu', 'points', 'xRange', 'xDist', 'seed'] as const)
    if (d[k] !== undefined) (keep as Record<string, unknown>)[k] = d[k];
  if (family === 'formula') return { ...keep, formula: d.formula ?? 'sin(x) + 0.5*x' };
  return { ...keep, family };
}

/** The experiment with one data field changed (undefined removes it: the family's default again). */
export function withData<K extends keyof DataEntry>(
  e: FitExperiment,
  key: K,
  value: DataEntry[K] | undefined,
): FitExperiment {
  const data = { ...e.data };
  if (value === undefined) delete data[key];
  else data[key] = value;
  return { ...e, data };
}
