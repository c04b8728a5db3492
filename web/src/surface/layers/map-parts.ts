/**
 * The map's layers as draw functions over the store's signals (each layer's effect reruns only on
 * what its draw reads): the base on the function, colours, look and size; the paths and the
 * markers on the step and the runs. Made once per store by SurfaceMap.
 */
import { computed } from '@preact/signals';
import { categoricalColor, DEFAULT_LEVELS } from '../../../../src/plot/index.js';
import type { Size } from '../../kit/canvas-layer.js';
import { type HeatMap, renderHeatMap } from '../../kit/heatmap.js';
import { drawnPoints } from '../../kit/run-end.js';
import type { SurfaceStore } from '../types.js';
import { bandsImage, drawBase } from './base.js';
import { type MapFrame, mapFrame } from './geometry.js';
import { drawMarkers, TUTORIAL } from './markers.js';
import { advance, drawTail, makeTrack, type PathStyle, screenPoints, type Track } from './paths.js';
import { type MapStats, recordFrame } from './stats.js';

interface Tracks {
  key: unknown[];
  list: { track: Track; canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D }[];
}

function sameKey(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function mapParts(store: SurfaceStore, stats: MapStats) {
  const style = computed(() => store.view.value.style);
  const cmap = computed(() => store.view.value.cmap);
  const levels = computed(() => store.view.value.levels ?? DEFAULT_LEVELS);
  const heat = computed<HeatMap | null>(() => {
    const f = store.field.value;
    if (!f) return null;
    const h = renderHeatMap(f, cmap.value, levels.value);
    stats.heatmapMs = h.ms;
    return h;
  });
  const bands = computed(() => {
    const h = heat.value;
    return h && style.value === 'tutorial' ? bandsImage(h, cmap.value) : null;
  });
  const colors = computed(() => {
    const n = store.runs.value.length;
    return Array.from({ length: n }, (_v, i) =>
      style.value === 'tutorial' && n === 1 ? TUTORIAL.path : categoricalColor(i),
    );
  });
  /** The frame of the last draw (the pointer reads it). */
  let frame: MapFrame | null = null;
  let pathsMs = 0;
  let tracks: Tracks = { key: [], list: [] };
  /** The runs' canvases, kept from one set of runs to the next (a drag brings new runs per move). */
  const pool: HTMLCanvasElement[] = [];

  const tracksFor = (f: MapFrame, size: Size): Tracks['list'] => {
    const runs = store.runs.value;
    const key = [runs, f.domain, style.value, size.width, size.dpr, colors.value];
    if (sameKey(key, tracks.key)) return tracks.list;
    const w = Math.max(1, Math.round(size.width * size.dpr));
    const r = f.rect;
    const list = runs.map((run, i) => {
      const { px, n } = screenPoints(drawnPoints(run, f.domain), f.toPx);
      const pen: PathStyle =
        style.value === 'tutorial'
          ? { color: colors.value[i], width: 1.5, edge: 'rgba(0,0,0,0.45)', edgeWidth: 3.1 }
          : { color: colors.value[i], width: 2, edge: 'rgba(0,0,0,0.45)', edgeWidth: 3.6 };
      pool[i] ??= document.createElement('canvas');
      const canvas = pool[i];
      // setting the size clears the canvas and its state (transform, clip), even when unchanged
      canvas.width = w;
      canvas.height = w;
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
      ctx.beginPath();
      ctx.rect(r.x, r.y, r.w, r.h);
      ctx.clip();
      return { track: makeTrack(px, n, pen, f.size), canvas, ctx };
    });
    tracks = { key, list };
    return list;
  };

  const base = (ctx: CanvasRenderingContext2D, size: Size) => {
    const field = store.field.value;
    const h = heat.value;
    if (!field || !h) return;
    const f = mapFrame(size.width, field.domain, style.value);
    drawBase(ctx, {
      frame: f,
      field,
      heat: h,
      style: style.value,
      cmap: cmap.value,
      bands: () => bands.value!,
    });
  };

  const paths = (ctx: CanvasRenderingContext2D, size: Size) => {
    const t0 = performance.now();
    const field = store.field.value;
    const k = store.playback.whole.value;
    const selected = store.selected.value;
    if (!field) return;
    const f = mapFrame(size.width, field.domain, style.value);
    const list = tracksFor(f, size);
    const order = list.map((_t, i) => i).filter((i) => i !== selected);
    if (selected >= 0 && selected < list.length) order.push(selected);
    for (const i of order) {
      const { track, canvas, ctx: tc } = list[i];
      const before = track.drawn;
      advance(tc, track, k, () => tc.clearRect(0, 0, size.width, size.height));
      stats.blocks += track.drawn - before;
      ctx.drawImage(canvas, 0, 0, size.width, size.height);
    }
    ctx.save();
    ctx.beginPath();
    ctx.rect(f.rect.x, f.rect.y, f.rect.w, f.rect.h);
    ctx.clip();
    for (const i of order) drawTail(ctx, list[i].track, k);
    ctx.restore();
    pathsMs = performance.now() - t0;
  };

  const markers = (ctx: CanvasRenderingContext2D, size: Size) => {
    const t0 = performance.now();
    const field = store.field.value;
    if (!field) return;
    frame = mapFrame(size.width, field.domain, style.value);
    drawMarkers(ctx, {
      frame,
      field,
      runs: store.runs.value,
      colors: colors.value,
      step: store.playback.whole.value,
      start: store.start.value,
      style: style.value,
    });
    recordFrame(stats, pathsMs + performance.now() - t0);
    pathsMs = 0;
  };

  return { base, paths, markers, heat, frame: () => frame };
}
