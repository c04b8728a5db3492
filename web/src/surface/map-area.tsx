/**
 * Where the map goes: h-canvas's layers (`layers/`) draw it from the store. Until they are merged
 * this is the empty box they will fill, sized like the map.
 */
import type { SurfaceStore } from './types.js';

export function MapArea(_: { store: SurfaceStore }) {
  return <div class="map-wrap" aria-hidden="true" />;
}
