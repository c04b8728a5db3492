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
import { flatPoints } from '../../work/packed.js';
import type { Field } from '../field.js';
import type { SurfaceStore } from '../types.js';
import { bandsImage, drawBase } from './base.js';
import { type MapFrame, mapFrame } from './geometry.js';
import { drawMarkers, TUTORIAL } from './markers.js';
import { makeTrack, type PathStyle, screenPoints, screenPointsFlat } from './paths.js';
import { type MapStats, recordFrame } from './stats.js';
import { createTrackSet } from './tracks.js';

function sameKey(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function mapParts(store: SurfaceStore, stats: MapStats) {
  const style = computed(() => store.view.value.style);
  const cmap = computed(() => store.view.value.cmap);
  const levels = computed(() => store.view.value.levels ?? DEFAULT_LEVELS);
  // the field made again for the same function and domain (a new start, say) is the same field:
  // its heat map is not rendered again (a released drag cost a heat map and contours)
  let lastField: Field | null = null;
  const sameField = computed(() => {
    const f = store.field.value;
    if (f === null || lastField === null || f.key !== lastField.key) lastField = f;
    return lastField;
  });
  const heat = computed<HeatMap | null>(() => {
    const f = sameField.value;
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
  const trackSet = createTrackSet();
  let trackKey: unknown[] = [];

  /** The runs' tracks for this frame and size (made again only when one of them changes). */
  const tracksFor = (f: MapFrame, size: Size): void => {
    const runs = store.runs.value;
    const key = [runs, f.domain, style.value, size.width, size.dpr, colors.value];
    if (sameKey(key, trackKey)) return;
    trackKey = key;
    const tracks = runs.map((run, i) => {
      // a worker's runs come with flat points (no nested arrays to walk); a run that left the
      // domain ends where its path crosses the map's edge (drawnPoints)
      const flat = run.status === 'left-domain' ? undefined : flatPoints(run);
      const { px, n } = flat
        ? screenPointsFlat(flat.points, flat.dims, f.toPx)
        : screenPoints(drawnPoints(run, f.domain), f.toPx);
      const pen: PathStyle =
        style.value === 'tutorial'
          ? { color: colors.value[i], width: 1.5, edge: 'rgba(0,0,0,0.45)', edgeWidth: 3.1 }
          : { color: colors.value[i], width: 2, edge: 'rgba(0,0,0,0.45)', edgeWidth: 3.6 };
      return makeTrack(px, n, pen, f.size);
    });
    trackSet.set(tracks, size, f.rect);
  };
  /** The runs in drawing order: the selected one last, on top. */
  const order = (): number[] => {
    const selected = store.selected.value;
    const list = trackSet.tracks.map((_t, i) => i).filter((i) => i !== selected);
    if (selected >= 0 && selected < trackSet.tracks.length) list.push(selected);
    return list;
  };
  // the paths layer changes only when a track gains or loses a whole block (or the tracks change):
  // the tails are drawn with the markers, so most frames leave the paths layer alone
  const shownBlocks = computed(
    () => `${trackSet.generation}:${trackSet.blocksAt(store.playback.whole.value)}`,
  );
  const drawnBlocks = () => trackSet.tracks.reduce((sum, t) => sum + t.drawn, 0);

  const base = (ctx: CanvasRenderingContext2D, size: Size) => {
    const field = sameField.value;
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
    const field = sameField.value;
    if (!field) return;
    const f = mapFrame(size.width, field.domain, style.value);
    tracksFor(f, size);
    const before = drawnBlocks();
    trackSet.drawBlocks(ctx, store.playback.whole.peek(), order());
    stats.blocks += drawnBlocks() - before;
    // read last, once this draw's tracks are made: the value it caches is this draw's
    void shownBlocks.value;
    pathsMs = performance.now() - t0;
  };

  const markers = (ctx: CanvasRenderingContext2D, size: Size) => {
    const t0 = performance.now();
    const field = sameField.value;
    if (!field) return;
    frame = mapFrame(size.width, field.domain, style.value);
    tracksFor(frame, size);
    const k = store.playback.whole.value;
    trackSet.drawTails(ctx, k, order());
    drawMarkers(ctx, {
      frame,
      field,
      runs: store.runs.value,
      colors: colors.value,
      step: k,
      start: store.start.value,
      style: style.value,
    });
    recordFrame(stats, pathsMs + performance.now() - t0);
    pathsMs = 0;
  };

  return { base, paths, markers, heat, frame: () => frame };
}
