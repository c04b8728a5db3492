/**
 * The curvature tool's switch, one per surface store (kept beside it, as the basins' state is):
 * on or off, the point the user picked (null: it follows the selected run at the step shown, or
 * the start), and its parts — the map layer and the panel — loaded with import() the first time
 * it is turned on, so a lab that never turns it on pays nothing for it.
 */
import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { SurfaceStore } from '../types.js';

export interface CurvatureParts {
  Layer: ComponentType<{ store: SurfaceStore }>;
  Panel: ComponentType<{ store: SurfaceStore }>;
}

export interface CurvatureState {
  readonly on: ReadonlySignal<boolean>;
  /** The point picked on the map or typed, or null to follow the run shown (or the start). */
  readonly picked: Signal<readonly [number, number] | null>;
  /** The loaded parts, null until the first toggle on has loaded them. */
  readonly parts: ReadonlySignal<CurvatureParts | null>;
  toggle(on?: boolean): void;
}

const states = new WeakMap<SurfaceStore, CurvatureState>();

async function loadParts(): Promise<CurvatureParts> {
  const [layer, panel] = await Promise.all([
    import('./curvature-layer.js'),
    import('../panels/curvature-panel.js'),
  ]);
  return { Layer: layer.CurvatureLayer, Panel: panel.CurvaturePanel };
}

export function curvatureStateOf(store: SurfaceStore): CurvatureState {
  let s = states.get(store);
  if (s) return s;
  const on = signal(false);
  const picked = signal<readonly [number, number] | null>(null);
  const parts = signal<CurvatureParts | null>(null);
  s = {
    on,
    picked,
    parts,
    toggle(next = !on.peek()) {
      on.value = next;
      if (next && !parts.peek()) void loadParts().then((p) => (parts.value = p));
    },
  };
  states.set(store, s);
  return s;
}
