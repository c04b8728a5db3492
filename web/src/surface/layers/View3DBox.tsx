/**
 * The 3-D view's box: three.js is fetched the first time it opens (view3d.ts is its own chunk);
 * the scene is built again when the function, colours or runs change, and told the step when it
 * changes — it renders only then, or when the camera is turned.
 */
import { type ReadonlySignal, useSignalEffect } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { categoricalColor } from '../../../../src/plot/index.js';
import { tr } from '../../i18n.js';
import type { HeatMap } from '../../kit/heatmap.js';
import { drawnPoints } from '../../kit/run-end.js';
import type { SurfaceStore } from '../types.js';
import type { MapStats } from './stats.js';
import type { View3D } from './view3d.js';

export function View3DBox(p: {
  store: SurfaceStore;
  heat: ReadonlySignal<HeatMap | null>;
  stats: MapStats;
}): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const view = useRef<View3D | null>(null);
  const { store } = p;

  // the scene: again for a new function, colours or runs
  useSignalEffect(() => {
    const field = store.field.value;
    const heat = p.heat.value;
    const runs = store.runs.value;
    const cmap = store.view.value.cmap;
    const host = box.current;
    if (!host || !field || !heat) return;
    let live = true;
    host.dataset.loading = tr('lab-loading');
    void import('./view3d.js').then(({ mountView3D }) => {
      if (!live) return;
      delete host.dataset.loading;
      view.current = mountView3D(
        host,
        field,
        heat.norm,
        cmap,
        runs.map((r, i) => ({ points: drawnPoints(r, field.domain), color: categoricalColor(i) })),
      );
      view.current.setStep(store.playback.whole.peek());
      const w = Math.floor(host.clientWidth);
      if (w > 0) view.current.resize(w, w);
      host.dataset.view3d = 'ready';
    });
    return () => {
      live = false;
      p.stats.renders3d += view.current?.renders ?? 0;
      view.current?.dispose();
      view.current = null;
      delete host.dataset.view3d;
    };
  });

  // the step: one render when it changes (the view ignores a step it already shows)
  useSignalEffect(() => {
    const k = store.playback.whole.value;
    view.current?.setStep(k);
  });

  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const observer = new ResizeObserver(() => {
      const w = Math.floor(host.clientWidth);
      if (w > 0) view.current?.resize(w, w);
    });
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  return <div class="view3d" ref={box} role="img" aria-label={tr('map-3d-label')} />;
}
