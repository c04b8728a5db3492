/**
 * The curvature tool's map layer (loaded on demand): a canvas over the markers drawing the
 * eigenvectors at the point (curvature-draw.ts), redrawn when the point, the function or the
 * map's frame changes. While the tool is on it takes the pointer: a click picks the point
 * (instead of moving the start); the panel's fields pick it by keyboard.
 */
import { useMemo } from 'preact/hooks';
import { tr } from '../../i18n.js';
import { CanvasLayer, type Size } from '../../kit/canvas-layer.js';
import type { SurfaceStore } from '../types.js';
import { drawCurvature } from './curvature-draw.js';
import { curvatureModelOf } from './curvature-model.js';
import { curvatureStateOf } from './curvature-state.js';
import { mapFrame } from './geometry.js';

export function CurvatureLayer({ store }: { store: SurfaceStore }) {
  const model = curvatureModelOf(store);
  const state = curvatureStateOf(store);
  const draw = useMemo(
    () => (ctx: CanvasRenderingContext2D, size: Size) => {
      const field = store.field.value;
      const c = model.result.value.curvature;
      if (!field || !c) return;
      drawCurvature(ctx, c, mapFrame(size.width, field.domain, store.view.value.style));
    },
    [store],
  );
  const pick = (ev: PointerEvent) => {
    const field = store.field.peek();
    const box = (ev.currentTarget as HTMLElement).getBoundingClientRect();
    if (!field || box.width === 0) return;
    const f = mapFrame(box.width, field.domain, store.view.peek().style);
    const [x, y] = f.fromPx(ev.clientX - box.left, ev.clientY - box.top);
    // rounded as the start is, so the panel shows what was picked and not 17 digits of pointer
    state.picked.value = [Number(x.toPrecision(4)), Number(y.toPrecision(4))];
  };
  return (
    <CanvasLayer class="map-curvature" draw={draw} label={tr('curvature-map-label')} onPointerDown={pick} />
  );
}
