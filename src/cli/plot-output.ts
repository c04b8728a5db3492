/** `--plot FILE`: the Run's figure written to FILE.svg or FILE.png, and a note saying where. */
import type { SingleRun as Run } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import { figureOf } from './figure.js';
import type { CliContext } from './io.js';
import { type PlotTarget, writePlot } from './plots.js';
import { note } from './printable.js';

/** Draws the runs that ran; when none did, there is nothing to draw and no file is written. */
export function writeFigure(
  target: PlotTarget,
  run: Run,
  values: boolean | undefined,
  ctx: CliContext,
): void {
  const svg = figureOf(run, ctx.lang, values);
  if (svg === undefined) return;
  writePlot(target, svg, ctx);
  note(ctx.io, t(ctx.lang, 'tour-wrote', { file: target.file }));
}
