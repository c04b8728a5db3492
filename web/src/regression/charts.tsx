/**
 * The regression lab's canvases as components: the data with the fitted line or curve, the loss
 * per epoch, the landscape and the current mini-batch. Each chart's spec is a computed signal of
 * the store at the epoch (or mini-batch step) shown, so playing redraws the canvases and
 * re-renders no component; the heading and the export menu follow the model and the language.
 * Line charts are the kit's; the (a, b) maps are the lab's grid map (grid-map.tsx).
 */
import { useComputed } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { fmt, fmtInt, lang, tr } from '../i18n.js';
import { chartSvg } from '../kit/chart-svg.js';
import { ExportMenu } from '../kit/export-menu.js';
import { LineChart } from '../kit/line-chart.js';
import { batchOf } from '../work/fit-work.js';
import { coreSvg, views } from './exports.js';
import { GridMap, type GridMapSpec, gridMapSvg } from './grid-map.js';
import {
  batchCurveSpec,
  batchLoss,
  dataSpec,
  landscapeCurveSpec,
  landscapePaths,
  landscapeTitle,
  lossSpec,
  stepShown,
} from './plots.js';
import { runLabel } from './readout.js';
import type { RegressionStore } from './store.js';

/** The runs' names in the language shown. */
export function labelsOf(store: RegressionStore): string[] {
  const n = store.computed.value?.regimes.length ?? 1;
  return store.runs.value.map((r) => runLabel(r, n));
}

/** A core view (what `fit --plot` draws) of the computed fit, or null before there is one. */
function svgOf(
  store: RegressionStore,
  view: (typeof views)[keyof typeof views],
  title: string,
): string | null {
  const result = store.work.peek()?.result;
  const e = store.computed.peek();
  if (!result || !e) return null;
  return coreSvg(view, e, result, labelsOf(store), lang.peek(), title);
}

function Figure(p: { name: string; title: string; svg: () => string; children: ComponentChildren }) {
  return (
    <figure class="view" aria-describedby="r-describe">
      <div class="chart-head">
        <h2>{p.title}</h2>
        <ExportMenu name={p.name} title={p.title} svg={p.svg} />
      </div>
      {p.children}
    </figure>
  );
}

/** The mini-batch step shown (−1 without a replay) and the epoch: the charts' two clocks. */
function useClock(store: RegressionStore) {
  const t = useComputed(() => stepShown(store.work.value?.replay, store.playback.step.value));
  return { k: store.playback.whole, t };
}

/** The data with the fitted curves at the epoch shown (and the mini-batch step's points): title and spec. */
export function useDataChart(store: RegressionStore) {
  const title = store.model.value.line ? tr('rg-scatter-line') : tr('rg-scatter-curve');
  const { k, t } = useClock(store);
  const spec = useComputed(() => {
    lang.value;
    const work = store.work.value;
    const shown = store.data.value;
    const data = work?.result?.data ?? ('x' in shown ? shown : { x: [], y: [] });
    const replay = work?.replay;
    const batch = replay && t.value >= 0 ? batchOf(replay, t.value) : undefined;
    const model = store.computed.value?.model ?? store.experiment.value.model;
    const runs = work?.result ? store.runs.value : [];
    return dataSpec(data as { x: number[]; y: number[] }, runs, k.value, model, labelsOf(store), batch);
  });
  return { title, spec };
}

export function DataPlot({ store }: { store: RegressionStore }) {
  const { title, spec } = useDataChart(store);
  return (
    <Figure
      name="regression-data"
      title={title}
      svg={() => svgOf(store, views.data, title) ?? chartSvg(spec.peek(), title)}
    >
      <LineChart spec={spec} label={title} class="data-plot" />
    </Figure>
  );
}

/** The loss per epoch of every run, and the cursor at the epoch shown: title, spec and cursor. */
export function useLossChart(store: RegressionStore) {
  const title = tr('lab-loss-epochs');
  const spec = useComputed(() => {
    lang.value;
    return lossSpec(store.runs.value, labelsOf(store), store.view.value.logY);
  });
  // the cursor is the epoch's number (the history's x), the lines change only with the runs
  const cursor = useComputed(() => {
    const h = store.runs.value[0]?.history;
    return h?.[Math.min(store.playback.whole.value, h.length - 1)]?.epoch ?? null;
  });
  return { title, spec, cursor };
}

export function LossPlot({ store }: { store: RegressionStore }) {
  const { title, spec, cursor } = useLossChart(store);
  return (
    <Figure
      name="regression-loss-epochs"
      title={title}
      svg={() => svgOf(store, views.loss, title) ?? chartSvg(spec.peek(), title)}
    >
      <LineChart spec={spec} cursor={cursor} label={title} class="loss-plot" />
    </Figure>
  );
}

export function LandscapePlot({ store }: { store: RegressionStore }) {
  const land = store.work.value?.landscape;
  const title = landscapeTitle(land);
  if (!land)
    return (
      <figure class="view">
        <h2>{title}</h2>
        <p class="help">{tr('lab-no-landscape')}</p>
      </figure>
    );
  return land.params.length === 2 ? (
    <LandscapeMap store={store} title={title} />
  ) : (
    <LandscapeCurve store={store} title={title} />
  );
}

function LandscapeCurve({ store, title }: { store: RegressionStore; title: string }) {
  const spec = useComputed(() => {
    lang.value;
    const l = store.work.value?.landscape;
    return l
      ? landscapeCurveSpec(l, store.runs.value, labelsOf(store), store.playback.whole.value)
      : { series: [] };
  });
  return (
    <Figure
      name="regression-landscape"
      title={title}
      svg={() => svgOf(store, views.landscape, title) ?? chartSvg(spec.peek(), title)}
    >
      <LineChart spec={spec} label={title} class="landscape-plot" />
    </Figure>
  );
}

function LandscapeMap({ store, title }: { store: RegressionStore; title: string }) {
  // the paths follow the epoch; the colours only the landscape (GridMap keeps them apart)
  const spec = useComputed((): GridMapSpec | null => {
    const l = store.work.value?.landscape;
    if (l?.params.length !== 2) return null;
    return {
      grid: { values: l.values, n: l.nx, x: l.x, y: l.y },
      labels: { x: l.params[0], y: l.params[1] },
      paths: landscapePaths(l, store.runs.value, labelsOf(store), store.playback.whole.value),
    };
  });
  return (
    <Figure
      name="regression-landscape"
      title={title}
      svg={() => svgOf(store, views.landscape, title) ?? gridMapSvg(spec.peek(), title)}
    >
      <GridMap spec={spec} label={title} />
    </Figure>
  );
}

/** The loss of the current mini-batch over the landscape's axes, step by step. */
export function BatchPlot({ store }: { store: RegressionStore }) {
  const land = store.work.value?.landscape;
  if (!store.work.value?.replay || !land) return null;
  return land.params.length === 2 ? <BatchMap store={store} /> : <BatchCurve store={store} />;
}

/** The batch's loss at step t, recomputed only when the step (or the computation) changes. */
function useBatch(store: RegressionStore) {
  const { t } = useClock(store);
  return useComputed(() => {
    const work = store.work.value;
    const e = store.computed.value;
    const replay = work?.replay;
    const l = work?.landscape;
    const data = work?.result?.data;
    if (!replay || !l || !data || !e || t.value < 0) return null;
    const b = batchLoss(replay, l, data as { x: number[]; y: number[] }, e.model, e.loss, t.value);
    return b ? { b, l, replay, t: t.value } : null;
  });
}

function BatchLabel({ batch }: { batch: ReturnType<typeof useBatch> }) {
  const text = useComputed(() => {
    const v = batch.value;
    if (!v) return '';
    const { replay, t } = v;
    return tr('lab-batch-of', {
      epoch: fmtInt(Math.floor(t / replay.perEpoch) + 1),
      batch: fmtInt((t % replay.perEpoch) + 1),
      batches: fmtInt(replay.perEpoch),
      loss: fmt(replay.batchLosses[t], 4),
    });
  });
  return (
    <p class="help" id="r-batch-label">
      {text}
    </p>
  );
}

function BatchCurve({ store }: { store: RegressionStore }) {
  const title = tr('lab-batch-view');
  const batch = useBatch(store);
  const spec = useComputed(() => {
    lang.value;
    const v = batch.value;
    return v ? batchCurveSpec(v.b, v.l, v.replay, v.t) : { series: [] };
  });
  return (
    <Figure name="regression-batch" title={title} svg={() => chartSvg(spec.peek(), title)}>
      <LineChart spec={spec} label={title} class="batch-plot" />
      <BatchLabel batch={batch} />
    </Figure>
  );
}

function BatchMap({ store }: { store: RegressionStore }) {
  const title = tr('lab-batch-view');
  const batch = useBatch(store);
  const spec = useComputed((): GridMapSpec | null => {
    const v = batch.value;
    if (!v?.b.grid) return null;
    return {
      grid: v.b.grid,
      labels: { x: v.l.params[0], y: v.l.params[1] },
      paths: [{ name: tr('lab-regime-minibatch'), color: '#000', points: v.b.path.map((q) => [q[0], q[1]]) }],
    };
  });
  return (
    <Figure name="regression-batch" title={title} svg={() => gridMapSvg(spec.peek(), title)}>
      <GridMap spec={spec} label={title} />
      <BatchLabel batch={batch} />
    </Figure>
  );
}
