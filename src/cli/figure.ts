/**
 * `--plot`'s figure of a Run (descend, fit and run draw the same): the view of src/plot/views for
 * its kind (runFigure), drawn from what the run carries; a run that could not start has nothing
 * to draw (the views skip it).
 */
import { DescensoError } from '../errors.js';
import type { FitOutcome, Run } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { runFigure } from './plots.js';

/** The figure of a Run, or undefined when no run has anything to draw. */
export function figureOf(run: Run, lang: Lang, values?: boolean): string | undefined {
  if (run.kind === 'fit') {
    const runs = run.runs.filter((r): r is FitOutcome => r.status !== 'error');
    if (runs.length === 0) return undefined;
    return runFigure(run, { lang });
  }
  if (run.kind === 'descend') {
    const runs = run.runs.filter((r) => r.status !== 'error');
    if (runs.length === 0) return undefined;
    return runFigure(run, { lang, values: values ?? run.experiment.view?.values === true });
  }
  throw new DescensoError('experiment-invalid', {
    path: 'experiment.kind',
    problem: { kind: 'unknown-kind', name: String(run.kind) },
  });
}
