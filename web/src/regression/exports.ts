/**
 * The regression lab's exports: each view's SVG is the core's fit view (src/plot/views/fit.ts,
 * what `descenso fit --plot` draws) of the computed experiment, so the PNG rasterised from it is
 * the same figure; the training as CSV (every run's loss and parameters per epoch). DOM-free
 * except for what export.ts does with them.
 */
import type { FitExperiment, FitRunSet } from '../../../src/experiment/index.js';
import type { Lang } from '../../../src/i18n/index.js';
import {
  type FitRun,
  type FitViewExperiment,
  fitData,
  lossCurve,
  lossOverParams,
  type ViewOptions,
} from '../../../src/plot/views/index.js';

export type FitView = (e: FitViewExperiment, run: FitRun, o?: ViewOptions) => string;

/** A core view of the computed fit, with the lab's run labels and the language shown. */
export function coreSvg(
  view: FitView,
  e: FitExperiment,
  result: FitRunSet,
  labels: readonly string[],
  lang: Lang,
  title: string,
): string {
  const runs = result.runs.map((r, i) => ({ ...r, label: labels[i] }));
  // The lab's maps are viridis: the export shows the colours on screen.
  const experiment = {
    model: e.model,
    loss: e.loss,
    delta: e.delta,
    view: { colormap: 'viridis', lang, log: e.view?.log },
  };
  return view(experiment, { data: result.data, runs }, { title });
}

export const views = { data: fitData, loss: lossCurve, landscape: lossOverParams } as const;

/** A parameter in a CSV cell: a number as is, a vector or matrix as its JSON. */
function csvParam(v: unknown): number | string {
  return typeof v === 'number' ? v : v === undefined ? '' : JSON.stringify(v);
}

/** The training of every run: one row per run and recorded epoch, the loss and each parameter. */
export function trainingRows(
  result: FitRunSet,
  labels: readonly string[],
): { header: string[]; rows: (string | number)[][] } {
  const names = result.runs[0]?.paramNames ?? [];
  const rows: (string | number)[][] = [];
  result.runs.forEach((run, i) => {
    for (const h of run.history)
      rows.push([labels[i], run.regime, h.epoch, h.loss, ...names.map((n) => csvParam(h.params?.[n]))]);
  });
  return { header: ['run', 'regime', 'epoch', 'loss', ...names], rows };
}
