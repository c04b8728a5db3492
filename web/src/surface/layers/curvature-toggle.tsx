/**
 * The curvature tool's entry points, small and loaded with the lab: `<CurvatureToggle>` the button
 * beside the map's 3-D and basins toggles, and `<CurvatureSlot part>` where the map layer or the
 * panel appears once loaded (curvature-state.ts). Off, they render the button and nothing else.
 */
import { tr } from '../../i18n.js';
import type { SurfaceStore } from '../types.js';
import { curvatureStateOf } from './curvature-state.js';

export function CurvatureToggle({ store }: { store: SurfaceStore }) {
  const state = curvatureStateOf(store);
  const on = state.on.value;
  return (
    <button
      type="button"
      id="toggle-curvature"
      class="view-toggle"
      aria-pressed={on}
      onClick={() => state.toggle()}
    >
      {tr('curvature-toggle')}
    </button>
  );
}

export function CurvatureSlot({ store, part }: { store: SurfaceStore; part: 'Layer' | 'Panel' }) {
  const state = curvatureStateOf(store);
  const parts = state.parts.value;
  if (!state.on.value || !parts || store.show3d.value) return null;
  const Part = parts[part];
  return <Part store={store} />;
}
