/**
 * What `descenso run STUDY.json` prints of a study's Run: the same as the command that saved it —
 * `sweep`'s ranked table, JSON or CSV and its curve or heat map, `basins`' summary, JSON or CSV
 * and its map — so a saved study re-run reads exactly as it did the first time.
 */
import type { StudyRun } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import { basinsFigure } from '../sweep/basins-view.js';
import { sweepFigure } from '../sweep/views.js';
import { basinsCsv, basinsJson, basinsTable } from './basins-output.js';
import type { CliContext } from './io.js';
import { type PlotTarget, writePlot } from './plots.js';
import { note } from './printable.js';
import type { Format } from './run-output.js';
import { writeJson, writeLines } from './stream.js';
import { sweepCsv, sweepJson, sweepTable } from './sweep-output.js';

/** Prints a study's Run in the format asked, and draws its figure to `target` when given. */
export function printStudy(
  run: StudyRun,
  format: Format,
  target: PlotTarget | undefined,
  ctx: CliContext,
): void {
  if (run.kind === 'sweep') {
    if (format === 'json') writeJson(ctx.io.stdout, sweepJson(run, ctx.lang));
    else if (format === 'csv') ctx.io.stdout(sweepCsv(run));
    else writeLines(ctx.io.stdout, sweepTable(run, ctx.lang));
  } else if (format === 'json') writeJson(ctx.io.stdout, basinsJson(run));
  else if (format === 'csv') ctx.io.stdout(basinsCsv(run));
  else writeLines(ctx.io.stdout, basinsTable(run, ctx.lang));
  if (!target) return;
  writePlot(target, run.kind === 'sweep' ? sweepFigure(run, ctx.lang) : basinsFigure(run, ctx.lang), ctx);
  note(ctx.io, t(ctx.lang, 'tour-wrote', { file: target.file }));
}
