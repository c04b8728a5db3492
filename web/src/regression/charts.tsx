/**
 * The regression lab's canvases as components: the data with the fitted curves, the loss per
 * epoch, the landscape and the current mini-batch. Each mounts its canvas once and draws it from a
 * signal effect, so playing redraws the canvases and re-renders no component; the heading, the
 * export buttons and the text alternative follow the store. Canvases until the kit's LineChart and
 * CanvasLayer are merged: the lab's existing chart.ts and grid-map.ts.
 */
import { type ReadonlySignal, useSignal, useSignalEffect } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { LineChart } from '../chart.js';
import { chartSvg, type ExportableView, savePng, saveSvg } from '../export.js';
import { GridMap } from '../grid-map.js';
import { fmt, lang, tr } from '../i18n.js';
import { batchOf } from '../work/fit-work.js';
import { coreSvg, views } from './exports.js';
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

/**
 * A host element for a canvas: a stable ref callback that mounts `node` into it and follows its
 * width (a signal, so the drawing effects redraw on a resize and nothing re-renders).
 */
function useHost(node: () => Node): [(el: HTMLDivElement | null) => void, ReadonlySignal<number>] {
  const width = useSignal(0);
  const ro = useRef<ResizeObserver | null>(null);
  const ref = useMemo(
    () => (el: HTMLDivElement | null) => {
      ro.current?.disconnect();
      if (!el) return;
      el.replaceChildren(node());
      ro.current = new ResizeObserver(() => {
        width.value = Math.floor(el.clientWidth);
      });
      ro.current.observe(el);
    },
    [],
  );
  useEffect(() => () => ro.current?.disconnect(), []);
  return [ref, width];
}

/** The runs' names in the language shown. */
export function labelsOf(store: RegressionStore): string[] {
  const n = store.computed.value?.regimes.length ?? 1;
  return store.runs.value.map((r) => runLabel(r, n));
}

function ExportButtons({ view }: { view: ExportableView }) {
  const title = view.title();
  return (
    <span class="view-export">
      {(['PNG', 'SVG'] as const).map((f) => (
        <button
          key={f}
          type="button"
          id={`${view.id}-${f.toLowerCase()}`}
          class="small-button"
          title={tr('lab-export-view', { format: f, view: title })}
          aria-label={tr('lab-export-view', { format: f, view: title })}
          onClick={() => (f === 'PNG' ? void savePng(view) : saveSvg(view))}
        >
          {f}
        </button>
      ))}
    </span>
  );
}

function Figure(p: { view: ExportableView; children: ComponentChildren; describedBy?: string }) {
  return (
    <figure class="view" aria-describedby={p.describedBy}>
      <div class="chart-head">
        <h2>{p.view.title()}</h2>
        <ExportButtons view={p.view} />
      </div>
      {p.children}
    </figure>
  );
}

/** A LineChart and the host its canvas is mounted in. */
function useLineChart(): [LineChart, (el: HTMLDivElement | null) => void, ReadonlySignal<number>] {
  const chart = useMemo(() => new LineChart(''), []);
  const [ref, width] = useHost(() => chart.canvas);
  return [chart, ref, width];
}

export function DataPlot({ store }: { store: RegressionStore }) {
  const [chart, host, width] = useLineChart();
  const title = store.model.value.line ? tr('rg-scatter-line') : tr('rg-scatter-curve');
  chart.setLabel(title);
  useSignalEffect(() => {
    const w = Math.max(260, width.value - 4);
    const work = store.work.value;
    const e = store.computed.value;
    const shown = store.data.value;
    const data = work?.result?.data ?? ('x' in shown ? shown : null);
    if (!data) return;
    const step = store.playback.step.value;
    const replay = work?.replay;
    const t = stepShown(replay, step);
    const batch = replay && t >= 0 ? batchOf(replay, t) : undefined;
    lang.value;
    const spec = dataSpec(
      data as { x: number[]; y: number[] },
      work?.result ? store.runs.value : [],
      Math.floor(step),
      e?.model ?? store.experiment.value.model,
      labelsOf(store),
      batch,
    );
    chart.draw(spec, w, Math.round(Math.min(480, w * 0.62)));
  });
  const view: ExportableView = {
    id: 'regression-data',
    title: () => title,
    svg: () => svgOf(store, views.data, title) ?? chartSvg(chart.current, title),
  };
  return (
    <Figure view={view} describedBy="r-describe">
      <div class="canvas-host" ref={host} />
    </Figure>
  );
}

/** A core view of the computed fit, or null before there is one. */
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

export function LossPlot({ store }: { store: RegressionStore }) {
  const [chart, host, width] = useLineChart();
  const title = tr('lab-loss-epochs');
  chart.setLabel(title);
  // the lines change with the runs, the cursor with the epoch: two effects, the cheap one per frame
  useSignalEffect(() => {
    const w = Math.max(260, width.value - 4);
    lang.value;
    chart.draw(
      lossSpec(store.runs.value, labelsOf(store), store.view.value.logY),
      w,
      Math.round(Math.min(260, w * 0.6)),
    );
    chart.cursor(store.playback.whole.peek());
  });
  useSignalEffect(() => {
    chart.cursor(store.playback.whole.value);
  });
  const view: ExportableView = {
    id: 'regression-loss-epochs',
    title: () => title,
    svg: () => svgOf(store, views.loss, title) ?? chartSvg(chart.current, title),
  };
  return (
    <Figure view={view} describedBy="r-describe">
      <div class="canvas-host" ref={host} />
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
  const [chart, host, width] = useLineChart();
  chart.setLabel(title);
  useSignalEffect(() => {
    const l = store.work.value?.landscape;
    if (!l) return;
    const w = Math.max(260, width.value - 4);
    chart.draw(
      landscapeCurveSpec(l, store.runs.value, labelsOf(store), store.playback.whole.value),
      w,
      Math.round(Math.min(280, w * 0.65)),
    );
  });
  const view: ExportableView = {
    id: 'regression-landscape',
    title: () => title,
    svg: () => svgOf(store, views.landscape, title) ?? chartSvg(chart.current, title),
  };
  return (
    <Figure view={view} describedBy="r-describe">
      <div class="canvas-host" ref={host} />
    </Figure>
  );
}

function LandscapeMap({ store, title }: { store: RegressionStore; title: string }) {
  const map = useMemo(() => new GridMap(title), []);
  const [host] = useHost(() => map.wrap);
  map.setLabel(title);
  useSignalEffect(() => {
    const l = store.work.value?.landscape;
    if (l?.params.length !== 2) return;
    map.setGrid({ values: l.values, n: l.nx, x: l.x, y: l.y }, { x: l.params[0], y: l.params[1] });
  });
  useSignalEffect(() => {
    const l = store.work.value?.landscape;
    if (l?.params.length !== 2) return;
    map.setPaths(landscapePaths(l, store.runs.value, labelsOf(store), store.playback.whole.value));
  });
  const view: ExportableView = {
    id: 'regression-landscape',
    title: () => title,
    svg: () => svgOf(store, views.landscape, title) ?? map.svg(title),
  };
  return (
    <Figure view={view} describedBy="r-describe">
      <div class="canvas-host" ref={host} />
    </Figure>
  );
}

/** The loss of the current mini-batch over the landscape's axes, step by step. */
export function BatchPlot({ store }: { store: RegressionStore }) {
  const work = store.work.value;
  if (!work?.replay || !work.landscape) return null;
  return (
    <BatchInner key={work.landscape.params.length} store={store} two={work.landscape.params.length === 2} />
  );
}

function BatchInner({ store, two }: { store: RegressionStore; two: boolean }) {
  const title = tr('lab-batch-view');
  const [chart, host, width] = useLineChart();
  const map = useMemo(() => new GridMap(title), []);
  const label = useSignal('');
  useSignalEffect(() => {
    const work = store.work.value;
    const e = store.computed.value;
    const replay = work?.replay;
    const l = work?.landscape;
    const data = work?.result?.data;
    const t = stepShown(replay, store.playback.step.value);
    if (!replay || !l || !data || !e || t < 0) return;
    const b = batchLoss(replay, l, data as { x: number[]; y: number[] }, e.model, e.loss, t);
    if (!b) return;
    label.value = tr('lab-batch-of', {
      epoch: String(Math.floor(t / replay.perEpoch) + 1),
      batch: String((t % replay.perEpoch) + 1),
      batches: String(replay.perEpoch),
      loss: fmt(replay.batchLosses[t], 4),
    });
    if (b.grid) {
      map.setGrid(b.grid, { x: l.params[0], y: l.params[1] });
      map.setPaths([
        { name: tr('lab-regime-minibatch'), color: '#000', points: b.path.map((q) => [q[0], q[1]]) },
      ]);
    } else {
      const w = Math.max(260, width.value - 4);
      chart.draw(batchCurveSpec(b, l, replay, t), w, Math.round(Math.min(260, w * 0.6)));
    }
  });
  const view: ExportableView = {
    id: 'regression-batch',
    title: () => title,
    svg: () => (two ? map.svg(title) : chartSvg(chart.current, title)),
  };
  return (
    <Figure view={view}>
      <div class="canvas-host" ref={host} />
      <p class="help" id="r-batch-label">
        {label}
      </p>
    </Figure>
  );
}
