/**
 * The surface lab's map: `<SurfaceMap store={store} />`. Three canvas layers over one square box
 * — the base (heat map or filled contours, axes, minima), the paths (incremental, paths.ts) and
 * the markers (where each run is, the start) — each redrawn by its own effect when what it reads
 * changes; the top one takes the pointer: press or drag to move the start (the store re-runs
 * latest-wins and shows a long run's first steps at once; release commits the start). A text
 * alternative says the step and each run's position, value and status. The 3-D view replaces
 * the map while `store.show3d` is on.
 */
import type { JSX } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { tr } from '../../i18n.js';
import { CanvasLayer } from '../../kit/canvas-layer.js';
import { MapDescription } from '../map-description.js';
import type { SurfaceStore } from '../types.js';
import { BasinLayer, BasinLegend } from './BasinLayer.js';
import { CurvatureSlot } from './curvature-toggle.js';
import { mapParts } from './map-parts.js';
import { createMapStats, type MapStats } from './stats.js';
import { TraceLayer } from './trace-layer.js';
import { View3DBox } from './View3DBox.js';
import './map.css';

const statsByStore = new WeakMap<SurfaceStore, MapStats>();

/** The map's own measurements for a store (for `inspect()` and the benchmark). */
export function mapStatsOf(store: SurfaceStore): MapStats {
  let s = statsByStore.get(store);
  if (!s) {
    s = createMapStats();
    statsByStore.set(store, s);
  }
  return s;
}

/** Pointer handlers moving the start: one store update per frame at most, committed on release. */
function usePointer(store: SurfaceStore, frameOf: () => ReturnType<ReturnType<typeof mapParts>['frame']>) {
  const state = useRef({ dragging: false, pending: null as readonly number[] | null, raf: 0 });
  return useMemo(() => {
    const s = state.current;
    const pointAt = (ev: PointerEvent) => {
      const f = frameOf();
      const box = (ev.currentTarget as HTMLElement).getBoundingClientRect();
      if (!f || box.width === 0) return null;
      const scale = f.size / box.width;
      return f.fromPx((ev.clientX - box.left) * scale, (ev.clientY - box.top) * scale);
    };
    const flush = () => {
      s.raf = 0;
      if (s.pending && s.dragging) store.setStart(s.pending, false);
    };
    const move = (ev: PointerEvent) => {
      if (!s.dragging) return;
      s.pending = pointAt(ev);
      s.raf ||= requestAnimationFrame(flush);
    };
    const down = (ev: PointerEvent) => {
      const p = pointAt(ev);
      if (!p) return;
      s.dragging = true;
      (ev.currentTarget as HTMLElement).setPointerCapture?.(ev.pointerId);
      s.pending = p;
      store.setStart(p, false);
    };
    const up = (ev: PointerEvent) => {
      if (!s.dragging) return;
      s.dragging = false;
      cancelAnimationFrame(s.raf);
      s.raf = 0;
      const p = pointAt(ev) ?? s.pending;
      if (p) store.setStart(p, true);
    };
    return { down, move, up };
  }, [store]);
}

export function SurfaceMap({ store }: { store: SurfaceStore }): JSX.Element {
  const stats = mapStatsOf(store);
  const parts = useMemo(() => mapParts(store, stats), [store]);
  const pointer = usePointer(store, parts.frame);
  // a benchmark hook, like window.descensoLab: the map's own timings
  (globalThis as { descensoMapStats?: MapStats }).descensoMapStats = stats;
  return (
    <div class="surface-map" data-heatmap-ms={parts.heat.value?.ms.toFixed(2)}>
      {store.show3d.value ? (
        <View3DBox store={store} heat={parts.heat} stats={stats} />
      ) : (
        <div class="map-wrap layers">
          <CanvasLayer class="map-base" draw={parts.base} />
          <BasinLayer store={store} />
          <CanvasLayer class="map-paths" draw={parts.paths} />
          <TraceLayer store={store} />
          <CanvasLayer
            class="map-overlay"
            draw={parts.markers}
            label={tr('map-label')}
            onPointerDown={pointer.down}
            onPointerMove={pointer.move}
            onPointerUp={pointer.up}
            onPointerCancel={pointer.up}
          />
          <CurvatureSlot store={store} part="Layer" />
        </div>
      )}
      <MapDescription store={store} />
      <BasinLegend store={store} />
    </div>
  );
}
