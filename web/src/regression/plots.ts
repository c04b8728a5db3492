/**
 * What each canvas of the regression lab shows, as plain chart specs computed from the store's
 * values at the epoch shown: the data with each run's fitted curve (and the current mini-batch),
 * the loss per epoch, the landscape's curve L(w) or the paths over the (a, b) map, and the loss of
 * the current mini-batch. DOM-free; the components hand these to the canvases.
 */
import type { FitOutcome } from '../../../src/experiment/index.js';
import { type Model, makeModel } from '../../../src/models/index.js';
import { tr } from '../i18n.js';
import type { ChartSpec, Series } from '../kit/chart-scales.js';
import { extent, thinned } from '../kit/ticks.js';
import { type BatchReplay, batchOf, type Landscape } from '../work/fit-work.js';
import { BATCH_COLOR, runColor } from './colors.js';
import type { MapPath } from './grid-map.js';
import { gatherPoints, type LossEvaluator, lossEvaluator } from './loss-eval.js';

/** The data's dots drawn at most (the bounds still come from every point). */
const MAX_SCATTER_DOTS = 5000;

const models = new Map<string, Model | null>();
function modelOf(spec: string): Model | null {
  if (!models.has(spec))
    try {
      models.set(spec, makeModel(spec));
    } catch {
      models.set(spec, null);
    }
  return models.get(spec) ?? null;
}

const at = (run: FitOutcome, k: number) => run.history[Math.max(0, Math.min(k, run.history.length - 1))];

/** The points with each run's model at epoch k over the x-range (80 samples), the batch's points on top. */
export function dataSpec(
  data: { x: readonly number[]; y: readonly number[] },
  runs: readonly FitOutcome[],
  k: number,
  model: string,
  labels: readonly string[],
  batch?: readonly number[],
): ChartSpec {
  const xs = data.x as number[];
  const ys = data.y as number[];
  let [lo, hi] = extent(xs);
  if (!(lo <= hi)) [lo, hi] = [0, 1];
  if (!(hi > lo)) hi = lo + 1;
  const pad = (hi - lo) * 0.03;
  lo -= pad;
  hi += pad;
  const grid = Array.from({ length: 80 }, (_v, i) => lo + ((hi - lo) * i) / 79);
  const [yLo, yHi] = extent(ys);
  const yPad = (yHi - yLo) * 0.08 || 1;
  const series: Series[] = [
    {
      name: tr('plot-data'),
      color: 'rgba(70,78,90,0.55)',
      ...thinned(xs, ys, MAX_SCATTER_DOTS),
      dots: true,
      noLine: true,
    },
  ];
  if (batch && batch.length > 0)
    series.push({
      name: tr('lab-batch-points'),
      color: BATCH_COLOR,
      xs: batch.map((i) => xs[i]),
      ys: batch.map((i) => ys[i]),
      dots: true,
      noLine: true,
    });
  const m = modelOf(model);
  runs.forEach((run, i) => {
    const p = at(run, k)?.params;
    let vals: number[] = [];
    if (m && p)
      try {
        vals = m.predictValues(
          run.paramNames.map((n) => p[n]),
          grid,
        );
      } catch {
        vals = [];
      }
    series.push({ name: labels[i], color: runColor(i), xs: grid, ys: vals, width: 2.4 });
  });
  return { series, xLabel: 'x', yLabel: 'y', xRange: [lo, hi], yRange: [yLo - yPad, yHi + yPad] };
}

/** The loss on the whole data per epoch, one line per run, a mark where a run diverged. */
export function lossSpec(runs: readonly FitOutcome[], labels: readonly string[], logY: boolean): ChartSpec {
  return {
    series: runs.map((run, i) => ({
      name: labels[i],
      color: runColor(i),
      ys: run.history.map((x) => x.loss),
      xs: run.history.map((x) => x.epoch),
      markAt: run.status === 'diverged' ? run.divergedAt : undefined,
    })),
    logY,
    xLabel: tr('lab-epoch'),
    yLabel: tr('lab-loss'),
  };
}

/** One parameter: L(w) with each run's (w, loss) up to epoch k. */
export function landscapeCurveSpec(
  l: Landscape,
  runs: readonly FitOutcome[],
  labels: readonly string[],
  k: number,
): ChartSpec {
  const param = l.params[0];
  const ws = Array.from({ length: l.nx }, (_v, i) => l.x[0] + ((l.x[1] - l.x[0]) * i) / (l.nx - 1));
  const paths: Series[] = runs.map((run, i) => {
    const pts = run.history.slice(0, k + 1).filter((h) => typeof h.params?.[param] === 'number');
    return {
      name: labels[i],
      color: runColor(i),
      xs: pts.map((h) => h.params?.[param] as number),
      ys: pts.map((h) => h.loss),
      dots: true,
      width: 1.2,
    };
  });
  return {
    series: [{ name: `L(${param})`, color: '#1d2127', xs: ws, ys: l.values, width: 2 }, ...paths],
    xLabel: param,
    yLabel: tr('lab-loss'),
    xRange: l.x,
    yRange: extent(l.values),
  };
}

/** Two parameters: each run's path over the (a, b) map up to epoch k. */
export function landscapePaths(
  l: Landscape,
  runs: readonly FitOutcome[],
  labels: readonly string[],
  k: number,
): MapPath[] {
  const [a, b] = l.params;
  return runs.map((run, i) => ({
    name: labels[i],
    color: runColor(i),
    points: run.history.slice(0, k + 1).map((h) => [h.params?.[a] as number, h.params?.[b] as number]),
  }));
}

/** The landscape's title: L over one or two parameters, "the others at their final value" only when there are others. */
export function landscapeTitle(l: Landscape | undefined): string {
  if (!l) return tr('lab-landscape');
  const all = l.at.length === l.params.length;
  if (l.params.length === 2)
    return tr(all ? 'lab-loss-map-only' : 'lab-loss-map', { a: l.params[0], b: l.params[1] });
  return tr(all ? 'lab-loss-curve-only' : 'lab-loss-curve', { name: l.params[0] });
}

/** The replayed mini-batch step shown: the epoch's steps spread over the time to the next epoch. */
export function stepShown(r: BatchReplay | undefined, step: number): number {
  if (!r) return -1;
  return Math.min(Math.floor(step * r.perEpoch), r.params.length - 1);
}

/** The loss of the batch of replayed step t over the landscape's axes (a 41² grid, or 81 points of a curve). */
export interface BatchLoss {
  /** Two parameters: the grid; one: the curve's xs and values. */
  grid?: { values: Float64Array; n: number; x: [number, number]; y: [number, number] };
  curve?: { xs: number[]; values: number[] };
  /** The steps so far (the last three epochs'). */
  path: number[][];
  batch: number[];
}

const evaluators = new Map<string, LossEvaluator>();

export function batchLoss(
  replay: BatchReplay,
  l: Landscape,
  data: { x: readonly number[]; y: readonly number[] },
  model: string,
  loss: string | undefined,
  t: number,
): BatchLoss | null {
  const idx = batchOf(replay, t);
  if (idx.length === 0) return null;
  const key = `${model}|${loss}|${idx.length}`;
  let ev = evaluators.get(key);
  if (!ev) {
    ev = lossEvaluator(model, loss, idx.length);
    evaluators.set(key, ev);
  }
  const pts = gatherPoints(idx, data.x, data.y);
  const p = replay.params[t].slice();
  const path = replay.params.slice(Math.max(0, t - 3 * replay.perEpoch), t + 1);
  if (l.params.length === 2) {
    const n = 41;
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++) {
      p[1] = l.y[0] + ((l.y[1] - l.y[0]) * j) / (n - 1);
      for (let i = 0; i < n; i++) {
        p[0] = l.x[0] + ((l.x[1] - l.x[0]) * i) / (n - 1);
        values[j * n + i] = ev.value(p, pts.x, pts.y);
      }
    }
    return { grid: { values, n, x: l.x, y: l.y }, path, batch: idx };
  }
  const xs: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < 81; i++) {
    p[0] = l.x[0] + ((l.x[1] - l.x[0]) * i) / 80;
    xs.push(p[0]);
    values.push(ev.value(p, pts.x, pts.y));
  }
  return { curve: { xs, values }, path, batch: idx };
}

/** One parameter: the batch's loss curve beside the whole data's, and the step's point. */
export function batchCurveSpec(b: BatchLoss, l: Landscape, replay: BatchReplay, t: number): ChartSpec {
  const full = Array.from({ length: l.nx }, (_v, i) => l.x[0] + ((l.x[1] - l.x[0]) * i) / (l.nx - 1));
  const c = b.curve ?? { xs: [], values: [] };
  return {
    series: [
      { name: tr('lab-full-loss'), color: '#9aa0a6', xs: full, ys: l.values, width: 1.5, dash: [5, 4] },
      { name: tr('lab-batch-loss'), color: BATCH_COLOR, xs: c.xs, ys: c.values, width: 2.2 },
      {
        name: tr('lab-regime-minibatch'),
        color: runColor(replay.run),
        xs: [replay.params[t][0]],
        ys: [replay.batchLosses[t]],
        dots: true,
        noLine: true,
      },
    ],
    xLabel: l.params[0],
    yLabel: tr('lab-loss'),
    xRange: l.x,
    yRange: extent([...c.values, ...l.values]),
  };
}
