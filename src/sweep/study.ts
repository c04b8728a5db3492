/**
 * The studies as runs of the spine: `runBasins(study)` is the basin map of a basins study (the
 * grid of starts, the minima, one map per optimizer), computed by `basins` (basins.ts) from the
 * study's base; `runSweep` (sweep.ts) is the sweep's. `run(experiment)` calls these for the study
 * kinds, so a study saved to a file, an address or the library gives the same numbers.
 */
import { DescensoError } from '../errors.js';
import { inBase, placed } from '../experiment/error-path.js';
import { parseExperiment } from '../experiment/schema.js';
import type { BasinsRunSet, BasinsStudy, DescendExperiment } from '../experiment/types.js';
import { type BasinsSpec, basins } from './basins.js';

/** The spec `basins` takes for a study (hooks aside). */
export function basinsSpecOf(study: BasinsStudy): BasinsSpec {
  const b = study.base;
  return {
    ...(b.surface !== undefined ? { surface: b.surface } : {}),
    ...(b.formula !== undefined ? { formula: b.formula } : {}),
    ...(b.vars !== undefined ? { vars: b.vars } : {}),
    optimizers: b.optimizers,
    grid: study.grid,
    steps: b.steps,
    ...(b.stop ? { stop: b.stop } : {}),
    ...(study.domain ? { domain: study.domain } : {}),
    ...(b.dtype ? { dtype: b.dtype } : {}),
  };
}

/** The Run of a basins study (checked here, as run() checks any experiment). */
export function runBasins(study: BasinsStudy, onStep?: BasinsSpec['onStep']): BasinsRunSet {
  const checked = parseExperiment(study);
  if (checked.kind !== 'basins') throw new DescensoError('sweep-bad-base', { kind: String(checked.kind) });
  return basinsOf(checked, onStep);
}

/** runBasins of a study already checked (run() checks once). */
export function basinsOf(study: BasinsStudy, onStep?: BasinsSpec['onStep']): BasinsRunSet {
  // An unknown surface or a formula's fault is placed in the base, as run() places a descent's.
  const base = study.base as DescendExperiment;
  const r = inBase(() =>
    placed(base, () => basins({ ...basinsSpecOf(study), ...(onStep ? { onStep } : {}) })),
  );
  return { kind: 'basins', version: study.version, experiment: study, ...r };
}
