/**
 * The surface lab's experiment as plain data: what the lab holds (the experiment without its view,
 * and the view with the lab's defaults filled in), what the runs are computed from (a start always
 * given, a typed formula's domain carried), and what the shell writes to the address (the view's
 * settings that differ from the defaults). Pure functions, no signals.
 */
import type { DescendExperiment, Experiment, ViewSettings } from '../../../src/experiment/index.js';
import type { Lang } from '../../../src/i18n/index.js';
import { type ColormapName, colormapNames } from '../../../src/plot/index.js';
import { getSurface, surfaceIds } from '../../../src/surfaces/index.js';
import { FORMULA_DOMAIN } from './field.js';
import type { SurfaceView } from './types.js';

export const defaultSurfaceView: SurfaceView = {
  cmap: 'coolwarm',
  logY: false,
  tol: 1e-3,
  speed: 40,
  style: 'modern',
};

/** The slowest and fastest animation, in steps per second. */
export const SPEED_RANGE = [1, 10_000] as const;

/** A copy of an experiment that can be edited freely. */
export function clone<T>(e: T): T {
  return JSON.parse(JSON.stringify(e)) as T;
}

/**
 * The start of the runs: the experiment's, else its surface's first (a formula's is (1, 1)). The
 * start fields show it, so that editing one coordinate keeps the other instead of a 0 never used.
 */
export function startOf(e: DescendExperiment): number[] {
  if (e.start) return e.start;
  if (e.surface === undefined) return [1, 1];
  // an unknown surface has its own notice; its fields then show the origin
  return surfaceIds.includes(e.surface) ? getSurface(e.surface).starts[0].slice() : [0, 0];
}

/** The lab's view of an experiment: its `view` with the defaults filled in, and a typed formula's domain. */
export function viewOf(e: Experiment): SurfaceView {
  const v = e.view ?? {};
  const cmap = colormapNames.includes(v.colormap as ColormapName)
    ? (v.colormap as ColormapName)
    : defaultSurfaceView.cmap;
  const out: SurfaceView = {
    cmap,
    logY: v.log ?? defaultSurfaceView.logY,
    tol: v.tolerance ?? defaultSurfaceView.tol,
    speed: Math.min(SPEED_RANGE[1], Math.max(SPEED_RANGE[0], v.speed ?? defaultSurfaceView.speed)),
    style: v.style ?? defaultSurfaceView.style,
  };
  if (v.levels !== undefined) out.levels = v.levels;
  const d = e.kind === 'descend' && e.formula !== undefined ? e.domain : undefined;
  if (d?.length === 2)
    out.domain = [
      [d[0][0], d[0][1]],
      [d[1][0], d[1][1]],
    ];
  return out;
}

/** The experiment the lab holds: no view, and a formula's domain moved to the view (`viewOf`). */
export function bareExperiment(e: DescendExperiment): DescendExperiment {
  const { view: _view, domain: _domain, ...rest } = clone(e);
  return rest;
}

/** The view as the experiment's `view` carries it: only what differs from the lab's defaults. */
export function viewSettingsOf(v: SurfaceView, lang?: Lang): ViewSettings {
  const out: ViewSettings = {};
  if (v.cmap !== defaultSurfaceView.cmap) out.colormap = v.cmap;
  if (v.logY) out.log = true;
  if (v.speed !== defaultSurfaceView.speed) out.speed = v.speed;
  if (v.tol !== defaultSurfaceView.tol) out.tolerance = v.tol;
  if (v.style !== defaultSurfaceView.style) out.style = v.style;
  if (v.levels !== undefined) out.levels = v.levels;
  if (lang) out.lang = lang;
  return out;
}

/** A typed formula's domain as an experiment carries it (the view's, [−3, 3]² by default: the map drawn). */
export function formulaDomain(v: SurfaceView): [number, number][] {
  const d = v.domain ?? FORMULA_DOMAIN;
  return [
    [d[0][0], d[0][1]],
    [d[1][0], d[1][1]],
  ];
}

/**
 * The experiment the runs are computed from: a start always given, and for a typed formula its
 * domain, so that leaving the map is judged as `descenso run` judges the exported JSON (without it
 * a run off the map could win the race).
 */
export function runExperimentOf(e: DescendExperiment, v: SurfaceView, start?: readonly number[]) {
  const out: DescendExperiment = { ...e, start: [...(start ?? startOf(e))] };
  if (e.formula !== undefined) out.domain = formulaDomain(v);
  return out;
}

/** The experiment the shell shows (address, JSON export): the runs' experiment with its view. */
export function shownExperiment(e: DescendExperiment, v: SurfaceView, lang?: Lang): DescendExperiment {
  const out: DescendExperiment = { ...e };
  if (e.formula !== undefined && v.domain) out.domain = formulaDomain(v);
  const settings = viewSettingsOf(v, lang);
  if (Object.keys(settings).length > 0) out.view = settings;
  return out;
}

/**
 * The experiment as its JSON file holds it: a typed formula always with the domain drawn, so that
 * `descenso run` judges leaving the map as the lab did (the address leaves the default out).
 */
export function exported(e: DescendExperiment, v: SurfaceView): DescendExperiment {
  // the language is the reader's, not the experiment's: the file leaves it out
  const { view, ...rest } = e;
  const { lang: _lang, ...settings } = view ?? {};
  const out: DescendExperiment = Object.keys(settings).length > 0 ? { ...rest, view: settings } : rest;
  return e.formula !== undefined ? { ...out, domain: formulaDomain(v) } : out;
}

/** Whether going from `a` to `b` changes more than the optimizers (then the animation starts again). */
export function changesMoreThanOptimizers(a: DescendExperiment, b: DescendExperiment): boolean {
  const { optimizers: _a, ...ra } = a;
  const { optimizers: _b, ...rb } = b;
  return JSON.stringify(ra) !== JSON.stringify(rb);
}

/** A point rounded for the start fields and the address: four significant digits. */
export function roundPoint(p: readonly number[]): number[] {
  return p.map((v) => Number(v.toPrecision(4)));
}
