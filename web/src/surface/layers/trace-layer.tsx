/**
 * The canvas layer of the searching methods' traces (trace.ts), between the paths and the markers:
 * its draw reads the runs, the look and the whole step shown, so it redraws when the step changes,
 * not per animation frame, and stays empty (one clear) for runs without traces.
 */
import { computed } from '@preact/signals';
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { categoricalColor } from '../../../../src/plot/index.js';
import { CanvasLayer, type Size } from '../../kit/canvas-layer.js';
import type { SurfaceStore } from '../types.js';
import { mapFrame } from './geometry.js';
import { TUTORIAL } from './markers.js';
import { drawTraces, hasTraces } from './trace.js';

/** The draw function of the layer for a store (made once per store). */
export function traceDraw(store: SurfaceStore) {
  const traced = computed(() => hasTraces(store.runs.value));
  return (ctx: CanvasRenderingContext2D, size: Size) => {
    const field = store.field.value;
    if (!field || !traced.value) return;
    const style = store.view.value.style;
    const runs = store.runs.value;
    // the paths' colours (map-parts.ts): the tutorial's yellow for a lone run, else the categorical ones
    const colors = runs.map((_r, i) =>
      style === 'tutorial' && runs.length === 1 ? TUTORIAL.path : categoricalColor(i),
    );
    drawTraces(ctx, {
      frame: mapFrame(size.width, field.domain, style),
      runs,
      colors,
      step: store.playback.whole.value,
    });
  };
}

export function TraceLayer({ store }: { store: SurfaceStore }): JSX.Element {
  const draw = useMemo(() => traceDraw(store), [store]);
  return <CanvasLayer class="map-trace" draw={draw} />;
}
