/**
 * `--plot`'s figure of a Run (descend, fit and run draw the same): the view of its kind from
 * src/plot/views, through cli/plots.ts's runFigure, drawn from the experiment and the runs that
 * ran (a run that could not start has nothing to draw).
 */
import type { SingleRun as Run } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { runFigure } from './plots.js';

/** The figure of a Run, or undefined when no run has anything to draw; `values` overrides view.values. */
export function figureOf(run: Run, lang: Lang, values?: boolean): string | undefined {
  const ran = (run.runs as { status: string }[]).filter((r) => r.status !== 'error');
  if (ran.length === 0) return undefined;
  const drawn = { ...run, runs: ran } as Run;
  return runFigure(drawn, { lang, ...(values !== undefined ? { values } : {}) });
}
