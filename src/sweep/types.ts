/**
 * The shapes of a sweep: a study (a base experiment and the optimizer options it varies) and
 * its result (one row per optimizer × setting, and the best setting per optimizer). They are
 * kinds of the spine's Experiment and Run, so they live in src/experiment/types.ts; this module
 * names them for src/sweep.
 */
import type { SweepRunSet } from '../experiment/types.js';

export type {
  SweepBest,
  SweepRow,
  SweepStudy,
  VaryScale,
  VarySpec,
} from '../experiment/types.js';

/** A sweep's result: the Run of a sweep study. */
export type SweepResult = SweepRunSet;
