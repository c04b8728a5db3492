/**
 * The views of a descent, functions of (experiment, run): the contour map of the sampled function
 * with the paths (descentMap), f with the paths for one variable (descentCurve), the value against
 * the step (valueCurve), and the figure `--plot` draws (descentFigure). They read `run.field`, the
 * function the runner sampled with the function it compiled: nothing here parses a formula.
 */
import type { DescendExperiment, DescendField } from '../../experiment/types.js';
import { t } from '../../i18n/index.js';
import { getSurface } from '../../surfaces/index.js';
import type { ColormapName } from '../colormaps.js';
import { contourMap } from '../contour.js';
import { lossCurve as curveChart } from '../curve.js';
import { label } from '../labels.js';
import { DEFAULT_LEVELS } from '../levels.js';
import { lineChart } from '../lines.js';
import { panels } from '../panels.js';
import { checkView, langOf, linspace, missing, ran, type ViewOf, type ViewOptions } from './common.js';

/** One optimizer's descent as the views read it (a DescendOutcome, or the lab's run). */
export interface DescentPath {
  label: string;
  status: string;
  points: readonly (readonly number[])[];
  values: readonly number[];
}

/** The part of a DescendRunSet the views read. */
export interface DescentRun {
  runs: readonly DescentPath[];
  field?: DescendField;
}

export type DescentExperiment = Pick<DescendExperiment, 'surface' | 'formula'> & ViewOf;

/** The title: a catalog surface's name in the language, else the formula as typed. */
function titleOf(e: DescentExperiment, run: DescentRun, o: ViewOptions | undefined): string | undefined {
  if (o?.title !== undefined) return o.title;
  const lang = langOf(e, o);
  if (e.surface !== undefined) return getSurface(e.surface).name[lang];
  return e.formula ?? (run.field?.text || undefined);
}

function fieldOf(run: DescentRun): DescendField {
  if (!run.field || typeof run.field !== 'object') throw missing('field');
  return run.field;
}

const size = (o: ViewOptions | undefined) => ({
  ...(o?.width !== undefined ? { width: o.width } : {}),
  ...(o?.height !== undefined ? { height: o.height } : {}),
});

/**
 * Two variables: the filled contour map of run.field (the experiment's colormap and level count,
 * coolwarm and 30 by default) with each path; one path is the tutorial's look (yellow, start ★
 * red, end ★ blue), several get one colour each and a legend.
 */
export function descentMap(experiment: DescentExperiment, run: DescentRun, options?: ViewOptions): string {
  checkView('descentMap', experiment, run, options);
  const field = fieldOf(run);
  const runs = ran(run.runs);
  const [xr, yr] = field.domain;
  return contourMap({
    grid: { values: field.values, nx: field.n, ny: field.n, x: xr, y: yr },
    levels: experiment.view?.levels ?? DEFAULT_LEVELS,
    levelScale: options?.levelScale,
    colormap: (experiment.view?.colormap ?? 'coolwarm') as ColormapName,
    paths: runs.map((r) => ({ name: r.label, points: r.points })),
    single: runs.length === 1,
    legend: runs.length > 1 ? 'best' : 'none',
    xLabel: field.vars[0],
    yLabel: field.vars[1],
    colorbarLabel: 'f',
    title: titleOf(experiment, run, options),
    lang: langOf(experiment, options),
    ...size(options),
  });
}

/** One variable: f over the domain (run.field's n points) with each run's (x, f(x)) path. */
export function descentCurve(experiment: DescentExperiment, run: DescentRun, options?: ViewOptions): string {
  checkView('descentCurve', experiment, run, options);
  const field = fieldOf(run);
  const lang = langOf(experiment, options);
  const title = titleOf(experiment, run, options);
  const xs = linspace(field.domain[0][0], field.domain[0][1], field.n);
  const ys = [...field.values];
  const v = field.vars[0];
  const runs = ran(run.runs);
  if (runs.length === 1) {
    const r = runs[0];
    return curveChart({
      w: xs,
      loss: ys,
      path: { w: r.points.map((p) => p[0]), loss: [...r.values] },
      labels: { x: v, y: `f(${v})`, title, loss: `f(${v})`, path: r.label },
      lang,
      ...size(options),
    });
  }
  return lineChart({
    series: [
      { name: `f(${v})`, x: xs, y: ys, color: '#555555' },
      ...runs.map((r) => ({
        name: r.label,
        x: r.points.map((p) => p[0]),
        y: [...r.values],
        dash: '--' as const,
      })),
    ],
    markers: false,
    xLabel: v,
    yLabel: `f(${v})`,
    title,
    lang,
    ...size(options),
  });
}

/**
 * f against the step for each run. Log scale unless the experiment's `view.log` is false: f itself
 * when every value is positive, else its gap to f* when the field knows f* (a catalog surface).
 */
export function valueCurve(experiment: DescentExperiment, run: DescentRun, options?: ViewOptions): string {
  checkView('valueCurve', experiment, run, options);
  const lang = langOf(experiment, options);
  const runs = ran(run.runs);
  const log = experiment.view?.log !== false;
  const positive = runs.every((r) => r.values.every((v) => v > 0));
  const fStar = run.field?.minValue ?? globalMinimum(experiment);
  const gap = log && !positive && fStar !== undefined;
  // A gap at or below rounding (f can land on f* or a hair under it) is drawn at the rounding floor.
  const floor = 2.220446049250313e-16 * Math.max(1, Math.abs(fStar ?? 0));
  return lineChart({
    series: runs.map((r) => ({
      name: r.label,
      y: gap ? r.values.map((v) => Math.max(v - (fStar as number), floor)) : [...r.values],
    })),
    yScale: log && (positive || gap) ? 'log' : 'linear',
    xLabel: label(lang, 'plot-step'),
    yLabel: gap ? 'f − f*' : 'f',
    title: options?.title ?? t(lang, 'tour-plot-values-title', undefined),
    legend: runs.length > 1 ? 'best' : 'none',
    lang,
    ...size(options),
  });
}

/** A catalog surface's global minimum value f* (a lookup, nothing computed). */
function globalMinimum(e: DescentExperiment): number | undefined {
  return e.surface === undefined ? undefined : getSurface(e.surface).minima.find((m) => m.global)?.value;
}

/** The height an SVG chart declares (its outer <svg>), so a panel beside it can match. */
function svgHeight(svg: string): number | undefined {
  const h = /^<svg[^>]*\sheight="([\d.]+)"/.exec(svg.trim())?.[1];
  return h === undefined ? undefined : Number(h);
}

/**
 * The figure of a descent (`--plot`): the map (two variables) or the curve (one), with the value
 * panel beside it when asked (`view.values`, `--plot-values`); more variables: the values alone.
 */
export function descentFigure(experiment: DescentExperiment, run: DescentRun, options?: ViewOptions): string {
  checkView('descentFigure', experiment, run, options);
  const dims = run.field?.vars.length ?? ran(run.runs)[0]?.points[0]?.length ?? 0;
  // n variables: the values alone, under the function's name as the map would carry it.
  if (dims > 2 || dims === 0)
    return valueCurve(experiment, run, { ...options, title: titleOf(experiment, run, options) });
  const main = dims === 1 ? descentCurve(experiment, run, options) : descentMap(experiment, run, options);
  if (!(options?.values ?? experiment.view?.values)) return main;
  // The values panel takes the main chart's height, so the two sit level.
  const values = valueCurve(experiment, run, { ...options, title: undefined, height: svgHeight(main) });
  return panels([main, values], { lang: langOf(experiment, options) });
}
