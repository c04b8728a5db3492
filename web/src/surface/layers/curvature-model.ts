/**
 * What the curvature tool shows, as computed signals over the surface store (loaded on demand with
 * the layer and the panel): the point (picked, else the selected run's point at the step shown,
 * else the start), the curvature there from the core (src/curvature: Hessian, eigenvalues and
 * vectors, κ, the fastest settings on a quadratic), and the one-click actions that put those
 * settings into an optimizer through the store's `edit`, so the address follows.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import { type Curvature, curvatureFunction } from '../../../../src/curvature/index.js';
import type { DescendExperiment, OptimizerEntry } from '../../../../src/experiment/index.js';
import type { SurfaceStore } from '../types.js';
import { curvatureStateOf } from './curvature-state.js';

export type CurvatureResult =
  | { curvature: Curvature; error?: undefined }
  | { curvature?: undefined; error: unknown };

export type PointSource = 'picked' | 'run' | 'start';

export interface CurvatureModel {
  readonly point: ReadonlySignal<readonly number[]>;
  readonly source: ReadonlySignal<PointSource>;
  readonly result: ReadonlySignal<CurvatureResult>;
  /** The optimizer each button sets (an index of the experiment's), or −1 when none fits. */
  target(kind: 'gd' | 'momentum'): number;
  useFastest(kind: 'gd' | 'momentum'): void;
}

/** The function of an experiment as the core takes it, and a key that changes when it does. */
function functionOf(e: DescendExperiment) {
  return e.surface !== undefined
    ? { key: `s:${e.surface}`, source: { surface: e.surface } }
    : {
        key: `f:${e.formula}|${(e.vars ?? []).join(',')}`,
        source: { formula: e.formula ?? '', vars: e.vars },
      };
}

/** The optimizer a button sets: the selected one if it is SGD, else the first SGD of the right kind. */
export function targetOf(list: readonly OptimizerEntry[], selected: number, kind: 'gd' | 'momentum'): number {
  const isSgd = (o: OptimizerEntry | undefined) =>
    o !== undefined && ['sgd', 'gd'].includes(o.name.toLowerCase());
  if (selected >= 0 && selected < list.length) return isSgd(list[selected]) ? selected : -1;
  const moving = (o: OptimizerEntry) => Number(o.options?.momentum ?? 0) > 0;
  const k = list.findIndex((o) => isSgd(o) && (kind === 'momentum') === moving(o));
  return k >= 0 ? k : list.findIndex(isSgd);
}

/** The entry with the fastest settings: plain GD drops its momentum; the heavy ball drops Nesterov and dampening. */
export function withFastest(o: OptimizerEntry, c: Curvature, kind: 'gd' | 'momentum'): OptimizerEntry {
  const f = c.fastest;
  if (!f) return o;
  const { momentum: _m, nesterov: _n, dampening: _d, ...rest } = o.options ?? {};
  const options =
    kind === 'gd' ? { ...rest, lr: f.gd.lr } : { ...rest, lr: f.momentum.lr, momentum: f.momentum.momentum };
  return { ...o, options };
}

const models = new WeakMap<SurfaceStore, CurvatureModel>();

export function curvatureModelOf(store: SurfaceStore): CurvatureModel {
  const had = models.get(store);
  if (had) return had;
  const state = curvatureStateOf(store);
  const fn = computed(() => {
    const { key, source } = functionOf(store.experiment.value);
    try {
      return { key, at: curvatureFunction(source).at };
    } catch (err) {
      return { key, error: err };
    }
  });
  const runPoint = computed(() => {
    const run = store.runs.value[store.selected.value];
    if (!run || run.points.length === 0) return null;
    return run.points[Math.min(Math.floor(store.playback.step.value), run.points.length - 1)];
  });
  const source = computed<PointSource>(() =>
    state.picked.value ? 'picked' : runPoint.value ? 'run' : 'start',
  );
  const point = computed<readonly number[]>(() => state.picked.value ?? runPoint.value ?? store.start.value);
  const result = computed<CurvatureResult>(() => {
    const f = fn.value;
    if (f.error !== undefined || !f.at) return { error: f.error };
    try {
      return { curvature: f.at(point.value.slice(0, 2)) };
    } catch (err) {
      return { error: err };
    }
  });
  const target = (kind: 'gd' | 'momentum') =>
    targetOf(store.experiment.value.optimizers, store.selected.value, kind);
  const model: CurvatureModel = {
    point,
    source,
    result,
    target,
    useFastest(kind) {
      const c = result.peek().curvature;
      const k = targetOf(store.experiment.peek().optimizers, store.selected.peek(), kind);
      if (!c?.fastest || k < 0) return;
      store.edit((e) => ({
        ...e,
        optimizers: e.optimizers.map((o, j) => (j === k ? withFastest(o, c, kind) : o)),
      }));
    },
  };
  models.set(store, model);
  return model;
}
