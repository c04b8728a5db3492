/**
 * `--plot`'s figure of a Run (descend, fit and run draw the same): the views of src/cli/plots.ts
 * fed from the experiment and the runs that ran (a run that could not start has nothing to draw).
 */
import { DescensoError } from '../errors.js';
import type { FitOutcome, Run } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { descendFigure, fitPlot } from './plots.js';

/** The figure of a Run, or undefined when no run has anything to draw. */
export function figureOf(run: Run, lang: Lang, values?: boolean): string | undefined {
  if (run.kind === 'fit') {
    const runs = run.runs.filter((r): r is FitOutcome => r.status !== 'error');
    if (runs.length === 0) return undefined;
    const e = run.experiment;
    return fitPlot({ model: e.model, loss: e.loss, data: run.data, runs, lang });
  }
  if (run.kind === 'descend') {
    const runs = run.runs.filter((r) => r.status !== 'error');
    if (runs.length === 0) return undefined;
    const e = run.experiment;
    return descendFigure(e, runs, values ?? e.view?.values === true, lang);
  }
  throw new DescensoError('experiment-invalid', {
    path: 'experiment.kind',
    problem: { kind: 'unknown-kind', name: String(run.kind) },
  });
}
