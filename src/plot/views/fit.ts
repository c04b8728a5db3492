/**
 * The views of a fit, functions of (experiment, run): the data with each run's fitted model
 * (fitData), the loss per epoch (lossCurve), the loss over the parameters with their paths
 * (lossOverParams) and the panels `fit --plot` draws (fitFigure). The model and loss are built
 * from the experiment, as `fit` built them; the data is the run's.
 */
import { DescensoError } from '../../errors.js';
import type { FitExperiment } from '../../experiment/types.js';
import type { ParamValue } from '../../models/index.js';
import type { HistoryEntry } from '../../train/fit-types.js';
import { categoricalColor } from '../colormaps.js';
import { contourMap } from '../contour.js';
import { lossCurve as curveChart } from '../curve.js';
import { label } from '../labels.js';
import { DEFAULT_LEVELS } from '../levels.js';
import { lineChart } from '../lines.js';
import { panels } from '../panels.js';
import { scatterFit } from '../scatter.js';
import { checkView, langOf, linspace, pathRange, ran, type ViewOf, type ViewOptions } from './common.js';
import { flatData, lossFunction, lossGrid, lossLine, modelAndLoss } from './loss-function.js';

/** One optimizer × regime's fit as the views read it (a FitOutcome, or the lab's run). */
export interface FitPath {
  label: string;
  status: string;
  paramNames: readonly string[];
  params: Record<string, ParamValue>;
  history: readonly HistoryEntry[];
}

/** The part of a FitRunSet the views read. */
export interface FitRun {
  data: { x: readonly number[] | readonly (readonly number[])[]; y: readonly number[] };
  runs: readonly FitPath[];
}

export type FitViewExperiment = Pick<FitExperiment, 'model' | 'loss' | 'delta'> & ViewOf;

const size = (o: ViewOptions | undefined) => ({
  ...(o?.width !== undefined ? { width: o.width } : {}),
  ...(o?.height !== undefined ? { height: o.height } : {}),
});

function specOf(e: FitViewExperiment, inputs: number) {
  return { model: e.model, loss: e.loss, delta: e.delta, inputs };
}

/** The extent of the finite values (reduce, not Math.min(...x): a spread of 10⁵ points overflows the stack). */
function extentOf(xs: readonly number[]): [number, number] {
  const finite = xs.filter(Number.isFinite);
  return [
    finite.reduce((a, b) => Math.min(a, b), Infinity),
    finite.reduce((a, b) => Math.max(a, b), -Infinity),
  ];
}

/**
 * The data with each run's fitted model: its curve over the x range (200 points, so poly, sine or
 * mlp fits show as curves). Several inputs: each point's data against its prediction, with y = x.
 */
export function fitData(experiment: FitViewExperiment, run: FitRun, options?: ViewOptions): string {
  checkView('fitData', experiment, run, options);
  const lang = langOf(experiment, options);
  const { x, y, inputs } = flatData(run.data);
  const { model } = modelAndLoss(specOf(experiment, inputs));
  const runs = ran(run.runs);
  const several = runs.length > 1;
  const params = (r: FitPath) => r.paramNames.map((n) => r.params[n]);
  const title = options?.title ?? label(lang, 'plot-data-and-model');
  if (inputs !== 1) {
    const predicted = runs[0] ? model.predictValues(params(runs[0]), x) : [];
    const [lo, hi] = extentOf([...y]);
    return scatterFit({
      x: predicted,
      y: [...y],
      name: label(lang, 'plot-data'),
      curves: [{ name: 'y = ŷ', x: [lo, hi], y: [lo, hi] }],
      xLabel: 'ŷ',
      title,
      lang,
      ...size(options),
    });
  }
  const [lo, hi] = extentOf([...x]);
  const xs = linspace(lo, hi, 200);
  return scatterFit({
    x: [...x],
    y: [...y],
    name: label(lang, 'plot-data'),
    curves: runs.map((r, i) => ({
      name: several ? r.label : label(lang, 'plot-model'),
      x: xs,
      y: model.predictValues(params(r), xs),
      color: several ? categoricalColor(i) : undefined,
    })),
    title,
    lang,
    ...size(options),
  });
}

/** The loss on the whole data against the epoch; log scale when positive, unless `view.log` is false. */
export function lossCurve(experiment: FitViewExperiment, run: FitRun, options?: ViewOptions): string {
  checkView('lossCurve', experiment, run, options);
  const lang = langOf(experiment, options);
  const runs = ran(run.runs);
  const positive = runs.every((r) => r.history.every((h) => h.loss > 0));
  return lineChart({
    series: runs.map((r) => ({
      name: r.label,
      x: r.history.map((h) => h.epoch),
      y: r.history.map((h) => h.loss),
    })),
    yScale: positive && experiment.view?.log !== false ? 'log' : 'linear',
    title: options?.title ?? label(lang, 'plot-loss-vs-epochs'),
    legend: runs.length > 1 ? 'best' : 'none',
    lang,
    ...size(options),
  });
}

const scalarAt = (r: FitPath, at: Record<string, ParamValue> | undefined): number[] | undefined => {
  const values = r.paramNames.map((n) => at?.[n]);
  return values.every((v) => typeof v === 'number') ? (values as number[]) : undefined;
};

/** Each run's parameters after every recorded epoch; undefined unless all are single numbers. */
export function paramPaths(runs: readonly FitPath[]): number[][][] | undefined {
  const paths = runs.map((r) => r.history.map((h) => scalarAt(r, h.params)));
  return paths.length > 0 && paths.every((p) => p.length > 0 && p.every((q) => q !== undefined))
    ? (paths as number[][][])
    : undefined;
}

/** The loss of the experiment's model on the run's data, as a function of the parameters. */
export function lossOfRun(experiment: FitViewExperiment, run: FitRun): (params: readonly number[]) => number {
  const data = flatData(run.data);
  const fn = lossFunction(specOf(experiment, data.inputs), data.y.length);
  return (params) => fn.value(params, data.x, data.y);
}

/** A one-parameter model: L(w) with each run's path of (w, loss). */
function lossOverOne(
  value: (p: readonly number[]) => number,
  runs: readonly FitPath[],
  paths: number[][][],
  o: ViewOptions | undefined,
  lang: ViewOptions['lang'] & string,
): string {
  const name = runs[0].paramNames[0];
  const { w, loss } = lossLine(value, [0], 0, pathRange(paths, 0), 4 * (o?.resolution ?? 80) + 1);
  if (runs.length === 1)
    return curveChart({
      w,
      loss,
      path: { w: paths[0].map((p) => p[0]), loss: runs[0].history.map((h) => h.loss) },
      labels: { x: name, ...(o?.title !== undefined ? { title: o.title } : {}) },
      lang,
      ...size(o),
    });
  return lineChart({
    series: [
      { name: label(lang, 'plot-loss-function'), x: w, y: loss, color: '#555555' },
      ...runs.map((r, i) => ({
        name: r.label,
        x: paths[i].map((p) => p[0]),
        y: r.history.map((h) => h.loss),
        dash: '--' as const,
      })),
    ],
    xLabel: name,
    title: o?.title ?? label(lang, 'plot-parameter-estimation'),
    lang,
    ...size(o),
  });
}

/**
 * The loss over the parameters with each run's path: L(w) for a one-parameter model, the contour
 * map of L over the first two parameters otherwise (any others held at the first run's final
 * values). Needs parameters that are single numbers in every run's history.
 */
export function lossOverParams(experiment: FitViewExperiment, run: FitRun, options?: ViewOptions): string {
  checkView('lossOverParams', experiment, run, options);
  const lang = langOf(experiment, options);
  const runs = ran(run.runs);
  const paths = paramPaths(runs);
  if (!paths) throw new DescensoError('plot-bad-input', { what: 'loss-params', value: experiment.model });
  const value = lossOfRun(experiment, run);
  if (runs[0].paramNames.length === 1) return lossOverOne(value, runs, paths, options, lang);
  const at = paths[0][paths[0].length - 1];
  const names = runs[0].paramNames;
  return contourMap({
    grid: lossGrid(value, at, [0, 1], [pathRange(paths, 0), pathRange(paths, 1)], options?.resolution ?? 80),
    levels: experiment.view?.levels ?? DEFAULT_LEVELS,
    levelScale: options?.levelScale,
    colormap: (experiment.view?.colormap ?? 'coolwarm') as 'coolwarm',
    paths: runs.map((r, i) => ({ name: r.label, points: paths[i].map((p) => [p[0], p[1]]) })),
    single: runs.length === 1,
    legend: runs.length > 1 ? 'best' : 'none',
    xLabel: names[0],
    yLabel: names[1],
    title: options?.title ?? label(lang, 'plot-parameter-estimation'),
    equalAspect: false,
    // As tall as the line charts beside it in fitFigure.
    height: options?.height ?? 420,
    lang,
    ...(options?.width !== undefined ? { width: options.width } : {}),
  });
}

/**
 * The figure of a fit (`fit --plot`): the data with the fitted curves (one input), the loss per
 * epoch, and for one or two single-number parameters the loss over them with the paths.
 */
export function fitFigure(experiment: FitViewExperiment, run: FitRun, options?: ViewOptions): string {
  checkView('fitFigure', experiment, run, options);
  const lang = langOf(experiment, options);
  const inner = { ...options, title: undefined };
  const charts: string[] = [];
  if (flatData(run.data).inputs === 1) charts.push(fitData(experiment, run, inner));
  charts.push(lossCurve(experiment, run, inner));
  const runs = ran(run.runs);
  const count = runs[0]?.paramNames.length ?? 0;
  if ((count === 1 || count === 2) && paramPaths(runs)) charts.push(lossOverParams(experiment, run, inner));
  if (charts.length === 1) return charts[0];
  return panels(charts, {
    columns: charts.length > 2 ? 3 : 2,
    lang,
    ...(options?.title ? { title: options.title } : {}),
  });
}
