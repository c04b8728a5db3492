/** Where the map goes: h-canvas's layers (`layers/`) draw it from the store, with its text alternative. */
import { SurfaceMap } from './layers/SurfaceMap.js';
import type { SurfaceStore } from './types.js';

export function MapArea({ store }: { store: SurfaceStore }) {
  return <SurfaceMap store={store} />;
}
