/**
 * The basin layer's state, one per surface store (kept beside it, as the map's stats are): on or
 * off, and — while on — the basins of attraction of the experiment's optimizers over the map's
 * domain, computed by the study worker row chunk by row chunk and cancelled when the function,
 * the optimizers, the steps, the stop rule or the domain change (the start does not matter: every
 * cell is a start). The maps are filled in place; `version` says a chunk arrived, so the layer
 * redraws per chunk and never per animation frame.
 */
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { DescendExperiment, RunError } from '../../../../src/experiment/index.js';
import { type BasinLayerMap, type BasinSpec, emptyMaps, placeRows } from '../../work/study-basins.js';
import { createStudyWork, type StudyWork } from '../../work/study-client.js';
import type { SurfaceStore } from '../types.js';

/** Starts per side of the layer's grid. */
export const BASIN_GRID = 80;
/** Most steps a start of the layer takes (a longer descent is cut here, and the legend says so). */
export const BASIN_STEPS = 1000;

export type BasinStatus = 'off' | 'running' | 'done' | 'unavailable' | 'error';

export interface BasinState {
  readonly on: ReadonlySignal<boolean>;
  readonly status: ReadonlySignal<BasinStatus>;
  /** The spec being shown (grid, area, steps), null while off or unavailable. */
  readonly spec: ReadonlySignal<BasinSpec | null>;
  readonly maps: ReadonlySignal<BasinLayerMap[]>;
  readonly minima: ReadonlySignal<number[][]>;
  /** Rows computed so far. */
  readonly rows: ReadonlySignal<number>;
  /** Bumped when a chunk lands in the maps. */
  readonly version: ReadonlySignal<number>;
  /** Which optimizer's basins are drawn. */
  readonly shown: ReadonlySignal<number>;
  readonly error: ReadonlySignal<RunError | null>;
  toggle(on?: boolean): void;
  show(k: number): void;
  dispose(): void;
}

/** What the layer computes for an experiment and the map's domain, or null when a batch cannot stand for its runs. */
export function basinSpecOf(e: DescendExperiment, area: BasinSpec['area']): BasinSpec | null {
  // a batch computes automatic gradients without noise; other runs would not be the ones drawn
  if ((e.gradient ?? 'autodiff') !== 'autodiff' || e.noise !== undefined) return null;
  if ((e.vars?.length ?? 2) !== 2) return null;
  return {
    ...(e.surface !== undefined ? { surface: e.surface } : { formula: e.formula, vars: e.vars }),
    steps: Math.min(e.steps, BASIN_STEPS),
    ...(e.stop ? { stop: e.stop } : {}),
    ...(e.domain ? { domain: e.domain } : {}),
    ...(e.dtype ? { dtype: e.dtype } : {}),
    optimizers: e.optimizers,
    grid: BASIN_GRID,
    area,
  };
}

const states = new WeakMap<SurfaceStore, BasinState>();

export function basinStateOf(store: SurfaceStore, work?: StudyWork): BasinState {
  let s = states.get(store);
  if (!s) {
    s = createBasinState(store, work);
    states.set(store, s);
  }
  return s;
}

export function createBasinState(store: SurfaceStore, work: StudyWork = createStudyWork()): BasinState {
  const on = signal(false);
  const status = signal<BasinStatus>('off');
  const maps = signal<BasinLayerMap[]>([]);
  const minima = signal<number[][]>([]);
  const rows = signal(0);
  const version = signal(0);
  const shown = signal(0);
  const error = signal<RunError | null>(null);
  const spec = computed<BasinSpec | null>(() => {
    if (!on.value) return null;
    const field = store.field.value;
    if (!field) return null;
    const [[x0, x1], [y0, y1]] = field.domain;
    return basinSpecOf(store.experiment.value, [
      [x0, x1],
      [y0, y1],
    ]);
  });
  const key = computed(() => JSON.stringify(spec.value));
  let ticket = 0;
  const stop = effect(() => {
    key.value;
    const s = spec.peek();
    const id = ++ticket;
    work.cancel();
    error.value = null;
    rows.value = 0;
    if (!s) {
      maps.value = [];
      status.value = on.peek() ? 'unavailable' : 'off';
      return;
    }
    const filled = emptyMaps(s);
    maps.value = filled;
    minima.value = [];
    status.value = 'running';
    if (shown.peek() >= s.optimizers.length) shown.value = 0;
    void work
      .basins(s, (chunk) => {
        if (id !== ticket) return;
        placeRows(filled, s.grid, chunk);
        minima.value = chunk.minima;
        rows.value = chunk.to;
        version.value++;
      })
      .then((end) => {
        if (id !== ticket) return;
        if (end.type === 'error') {
          error.value = end.error;
          status.value = 'error';
        } else if (end.type === 'done') status.value = 'done';
      });
  });
  return {
    on,
    status,
    spec,
    maps,
    minima,
    rows,
    version,
    shown,
    error,
    toggle: (v) => {
      on.value = v ?? !on.peek();
    },
    show: (k) => {
      shown.value = k;
    },
    dispose: () => {
      stop();
      work.dispose();
    },
  };
}
