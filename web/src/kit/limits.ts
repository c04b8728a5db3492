/**
 * The lab's size limits, each one constant, checked before anything is read, stored or started
 * (DOM-free, unit-tested under node): an uploaded file, the data an address may carry, a fit.
 */

import { simulationDefaults } from '../../../src/data/simulate.js';
import type { FitExperiment } from '../../../src/experiment/index.js';
import { LIMITS } from '../../../src/limits.js';
import { makeModel } from '../../../src/models/index.js';

/** A CSV larger than this is refused before it is read (10⁶ rows of two numbers fit well under it). */
export const MAX_CSV_BYTES = 48 * 1024 * 1024;

/** The most rows a CSV may have: the experiment's limit on data points. */
export const MAX_CSV_ROWS: number = LIMITS.points;

/** Uploaded data with more points stays out of the address (in the tab's session) — a link stays a link. */
export const MAX_ADDRESS_POINTS = 1000;

/**
 * The largest fit the lab starts: points × epochs × runs × parameters. 10⁵ points, 60 epochs and
 * the three regimes of a line (1.8 · 10⁷) take some 20 s in a worker; far beyond it a tab runs
 * for hours or runs out of memory ("Array buffer allocation failed").
 */
export const MAX_FIT_WORK = 20_000_000;

/** The number of points a fit experiment trains on. */
export function fitPoints(e: FitExperiment): number {
  if (e.data.x) return e.data.y?.length ?? e.data.x.length;
  if (e.data.points !== undefined) return e.data.points;
  const family = e.data.family ?? 'linear';
  return Object.hasOwn(simulationDefaults, family)
    ? simulationDefaults[family as keyof typeof simulationDefaults].points
    : simulationDefaults.linear.points;
}

/** The number of trainable numbers of a model (1 when the model cannot be built: the fit reports that). */
function modelSize(spec: string): number {
  try {
    return makeModel(spec).paramShapes.reduce((n, s) => n + s.reduce((a, b) => a * b, 1), 0) || 1;
  } catch {
    return 1;
  }
}

/** points × epochs × runs × parameters: what MAX_FIT_WORK bounds. */
export function fitSize(e: FitExperiment): number {
  return fitPoints(e) * Math.max(1, e.epochs) * e.optimizers.length * e.regimes.length * modelSize(e.model);
}
