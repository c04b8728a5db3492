/**
 * The figures of `--plot`: what a run looks like, drawn with src/plot and written as SVG or PNG
 * (resvg, no browser). One function per picture; each returns an SVG string, so tests snapshot
 * the text and only `writePlot` touches the disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { compile, sigmoid, type Tensor } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import { type Lang, t } from '../i18n/index.js';
import { type Loss, makeLoss } from '../losses/index.js';
import { type Model, makeModel, type ParamValue } from '../models/index.js';
import {
  type ContourGrid,
  categoricalColor,
  contourMap,
  type LineSeries,
  lineChart,
  lossCurve,
  panels,
  scatterFit,
  tangentPlot,
} from '../plot/index.js';
import { label } from '../plot/labels.js';
import { svgToPng } from '../plot/png.js';
import { getSurface } from '../surfaces/index.js';
import { compileFormula, type DescendSpec, resolveFunction } from '../train/descend.js';
import type { HistoryEntry } from '../train/fit.js';
import type { CliContext } from './io.js';

export type PlotFormat = 'svg' | 'png';

export interface PlotTarget {
  file: string;
  format: PlotFormat;
}

/** Reads --plot FILE: the format comes from the extension, checked before any work is done. */
export function plotTarget(flag: string, value: string): PlotTarget {
  const ext = extname(value).toLowerCase();
  if (ext !== '.svg' && ext !== '.png') throw new DescensoError('tour-plot-extension', { flag, value });
  return { file: value, format: ext === '.svg' ? 'svg' : 'png' };
}

/** Writes the figure (PNG at 1.5× for crisp lines), creating the folder; returns the path written. */
export function writePlot(target: PlotTarget, svg: string, ctx: CliContext): string {
  const path = resolve(ctx.io.cwd, target.file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, target.format === 'svg' ? svg : svgToPng(svg, { scale: 1.5 }));
  } catch (e) {
    if (e instanceof DescensoError) throw e;
    throw new DescensoError('cli-write', { file: target.file, reason: fileReason(e, ctx.lang) });
  }
  return path;
}

/** A file-system error as a short reason in the user's language (the code names it). */
export function fileReason(e: unknown, lang: Lang): string {
  const code = (e as { code?: string })?.code;
  switch (code) {
    case 'ENOENT':
      return t(lang, 'tour-file-missing', undefined);
    case 'EACCES':
    case 'EPERM':
      return t(lang, 'tour-file-denied', undefined);
    case 'EISDIR':
      return t(lang, 'tour-file-is-dir', undefined);
    case 'ENOTDIR':
      return t(lang, 'tour-file-not-dir', undefined);
    // Node refuses a path holding a NUL byte before asking the system.
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return t(lang, 'tour-file-nul', undefined);
    case 'ENAMETOOLONG':
      return t(lang, 'tour-file-long-name', undefined);
    case 'ENOSPC':
    case 'EDQUOT':
      return t(lang, 'tour-file-no-space', undefined);
    case 'EROFS':
      return t(lang, 'tour-file-read-only', undefined);
    case 'ELOOP':
      return t(lang, 'tour-file-loop', undefined);
    default:
      return t(lang, 'tour-file-system', { code: code ?? 'unknown' });
  }
}

/** f sampled on an n × n grid over the rectangle, row-major as contourMap reads it. */
export function sampleGrid(
  f: (x: number, y: number) => number,
  xRange: readonly [number, number],
  yRange: readonly [number, number],
  n = 100,
): ContourGrid {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = yRange[0] + ((yRange[1] - yRange[0]) * j) / (n - 1);
    for (let i = 0; i < n; i++) values[j * n + i] = f(xRange[0] + ((xRange[1] - xRange[0]) * i) / (n - 1), y);
  }
  return { values, nx: n, ny: n, x: [xRange[0], xRange[1]], y: [yRange[0], yRange[1]] };
}

/**
 * The range of coordinate `axis` over all finite points and the origin (most functions are written
 * around it), widened by a quarter of its span and at least 1 on each side.
 */
export function pathRange(
  paths: readonly (readonly (readonly number[])[])[],
  axis: number,
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const path of paths)
    for (const p of path) {
      const v = p[axis];
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  const margin = Math.max(1, 0.25 * (hi - lo));
  return [lo - margin, hi + margin];
}

export interface PlotRun {
  label: string;
  points: readonly (readonly number[])[];
  values: readonly number[];
}

export interface DescendPlotInput {
  vars: readonly string[];
  f: (p: readonly number[]) => number;
  runs: readonly PlotRun[];
  /** The axis ranges (a catalog surface's domain); default: around the paths. */
  domain?: readonly (readonly [number, number])[];
  /** The lowest value of f (a surface's global minimum), for the log-scale gap f − f*. */
  minValue?: number;
  title?: string;
  /** Add the value-versus-step panel. */
  values?: boolean;
  /** Grid samples per axis of a contour map (default 100, the tutorial's); 1-D curves take 4×. */
  resolution?: number;
  lang: Lang;
}

/** f against the step for each run, on a log scale: f itself when positive, else its gap to f*. */
export function valuesChart(
  input: Pick<DescendPlotInput, 'runs' | 'minValue' | 'lang' | 'title'> & { height?: number },
): string {
  const all = input.runs.flatMap((r) => r.values);
  const positive = all.every((v) => v > 0);
  const gap = !positive && input.minValue !== undefined;
  // A gap at or below rounding (f can land on f* or a hair under it) is drawn at the rounding floor.
  const fStar = input.minValue ?? 0;
  const floor = 2.220446049250313e-16 * Math.max(1, Math.abs(fStar));
  const series: LineSeries[] = input.runs.map((r) => ({
    name: r.label,
    y: gap ? r.values.map((v) => Math.max(v - fStar, floor)) : [...r.values],
  }));
  return lineChart({
    series,
    yScale: positive || gap ? 'log' : 'linear',
    xLabel: label(input.lang, 'plot-step'),
    yLabel: gap ? 'f − f*' : 'f',
    title: input.title ?? t(input.lang, 'tour-plot-values-title', undefined),
    legend: input.runs.length > 1 ? 'best' : 'none',
    ...(input.height !== undefined ? { height: input.height } : {}),
    lang: input.lang,
  });
}

/** The height an SVG chart declares (its outer <svg>), so a panel beside it can match. */
function svgHeight(svg: string): number | undefined {
  const h = /^<svg[^>]*\sheight="([\d.]+)"/.exec(svg.trim())?.[1];
  return h === undefined ? undefined : Number(h);
}

/** One variable: f over the range with each run's (x, f(x)) path on it. */
function functionPlot(input: DescendPlotInput): string {
  const [a, b] =
    input.domain?.[0] ??
    pathRange(
      input.runs.map((r) => r.points),
      0,
    );
  const n = 4 * (input.resolution ?? 100);
  const xs = Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
  const ys = xs.map((x) => input.f([x]));
  const v = input.vars[0];
  if (input.runs.length === 1) {
    const r = input.runs[0];
    return lossCurve({
      w: xs,
      loss: ys,
      path: { w: r.points.map((p) => p[0]), loss: [...r.values] },
      labels: { x: v, y: `f(${v})`, title: input.title, loss: `f(${v})`, path: r.label },
      lang: input.lang,
    });
  }
  return lineChart({
    series: [
      { name: `f(${v})`, x: xs, y: ys, color: '#555555' },
      ...input.runs.map((r) => ({
        name: r.label,
        x: r.points.map((p) => p[0]),
        y: [...r.values],
        dash: '--' as const,
      })),
    ],
    markers: false,
    xLabel: v,
    yLabel: `f(${v})`,
    title: input.title,
    lang: input.lang,
  });
}

/** Two variables: the filled contour map (coolwarm, 30 levels) with each run's path. */
function mapPlot(input: DescendPlotInput): string {
  const paths = input.runs.map((r) => r.points);
  const xr = input.domain?.[0] ?? pathRange(paths, 0);
  const yr = input.domain?.[1] ?? pathRange(paths, 1);
  return contourMap({
    grid: sampleGrid((x, y) => input.f([x, y]), xr, yr, input.resolution),
    levels: 30,
    colormap: 'coolwarm',
    paths: input.runs.map((r) => ({ name: r.label, points: r.points })),
    single: input.runs.length === 1,
    legend: input.runs.length > 1 ? 'best' : 'none',
    xLabel: input.vars[0],
    yLabel: input.vars[1],
    colorbarLabel: 'f',
    title: input.title,
    lang: input.lang,
  });
}

/** The picture of a descent: a function plot (1-D), a contour map (2-D) or the values (n-D). */
export function descendPlot(input: DescendPlotInput): string {
  const n = input.vars.length;
  if (n > 2 || n === 0) return valuesChart(input);
  const main = n === 1 ? functionPlot(input) : mapPlot(input);
  if (!input.values) return main;
  // The values panel takes the main chart's height, so the two sit level.
  const values = valuesChart({ ...input, title: undefined, height: svgHeight(main) });
  return panels([main, values], { lang: input.lang });
}

export interface GradPlotInput {
  vars: readonly string[];
  f: (p: readonly number[]) => number;
  point: readonly number[];
  /** The exact gradient there: the slopes of the tangents. */
  gradient: readonly number[];
  /** The step of the drawn secant (the finite-difference quotient). */
  h: number;
  title?: string;
  lang: Lang;
}

/** f with its tangent and the secant of step h; one panel per variable for n-D (the others held fixed). */
export function gradPlot(input: GradPlotInput): string {
  const charts = input.vars.map((v, i) => {
    const x0 = input.point[i];
    const slice = (x: number) => {
      const p = input.point.slice();
      p[i] = x;
      return input.f(p);
    };
    const half = Math.max(2, Math.abs(x0), 4 * input.h);
    const name = input.vars.length === 1 ? `f(${v})` : `f(…, ${v}, …)`;
    return tangentPlot({
      f: slice,
      x0,
      slope: input.gradient[i],
      h: input.h,
      domain: [x0 - half, x0 + half],
      variable: v,
      labels: { x: v, y: name, f: name, title: input.vars.length === 1 ? input.title : `∂f/∂${v}` },
      lang: input.lang,
    });
  });
  return charts.length === 1
    ? charts[0]
    : panels(charts, { columns: Math.min(3, charts.length), title: input.title, lang: input.lang });
}

/** The figure of a descent: the surface's domain and minimum when it is a catalog surface. */
export function descendFigure(
  spec: Pick<DescendSpec, 'surface' | 'formula' | 'vars'> & {
    domain?: readonly (readonly [number, number])[];
  },
  runs: readonly PlotRun[],
  values: boolean,
  lang: Lang,
): string {
  const { formula } = resolveFunction(spec);
  const fn = compileFormula(formula);
  const surface = spec.surface !== undefined ? getSurface(spec.surface) : undefined;
  return descendPlot({
    vars: formula.vars,
    f: fn.value,
    runs,
    domain: spec.domain ?? (surface ? (surface.dims === 1 ? [surface.domain] : surface.domain) : undefined),
    minValue: surface?.minima.find((m) => m.global)?.value,
    title: surface ? surface.name[lang] : spec.formula,
    values,
    lang,
  });
}

// ---- fit ----------------------------------------------------------------------------------------

export interface FitPlotRun {
  label: string;
  paramNames: readonly string[];
  params: Record<string, ParamValue>;
  history: readonly HistoryEntry[];
}

export interface FitPlotInput {
  /** The model or its spec (`linear`, `affine`, `poly:3`, …), and the loss or its name (default: the model's). */
  model: Model | string;
  loss?: Loss | string;
  data: { x: ArrayLike<number> | readonly (readonly number[])[]; y: ArrayLike<number> };
  runs: readonly FitPlotRun[];
  title?: string;
  /** Grid samples per axis of the loss map (default 80); the loss curve takes 4×. */
  resolution?: number;
  lang: Lang;
}

/** L(params) on the data, compiled once: the surface a fit walks on. */
export function lossLandscape(input: Pick<FitPlotInput, 'model' | 'loss' | 'data'>): {
  model: Model;
  value: (params: readonly number[]) => number;
} {
  const rows = Array.isArray(input.data.x[0]);
  const inputs = rows ? (input.data.x[0] as readonly number[]).length : 1;
  const model = typeof input.model === 'string' ? makeModel(input.model, { inputs }) : input.model;
  const loss =
    typeof input.loss === 'object'
      ? input.loss
      : makeLoss(input.loss ?? (model.link === 'logistic' ? 'bce' : 'mse'));
  const n = input.data.y.length;
  const np = model.paramNames.length;
  const x = Float64Array.from(
    rows ? (input.data.x as number[][]).flat() : (input.data.x as ArrayLike<number>),
  );
  const y = Float64Array.from(input.data.y);
  const compiled = compile(
    (...args: Tensor[]) => {
      const out = model.predict(args.slice(0, np), args[np]);
      const link = model.link === 'logistic' && loss.input === 'prediction' ? sigmoid(out) : out;
      return loss.apply(link, args[np + 1]);
    },
    [...model.paramShapes, inputs === 1 ? [n] : [n, inputs], [n]],
    { argnums: [] },
  );
  return { model, value: (params) => compiled.value(...params, x, y) as number };
}

const scalarParams = (run: FitPlotRun, at: Record<string, ParamValue> | undefined): number[] | undefined => {
  const values = run.paramNames.map((n) => at?.[n]);
  return values.every((v) => typeof v === 'number') ? (values as number[]) : undefined;
};

/** Each run's parameters after every recorded epoch (scalar-parameter models only). */
function paramPaths(runs: readonly FitPlotRun[]): number[][][] | undefined {
  const paths = runs.map((r) => r.history.map((h) => scalarParams(r, h.params)));
  return paths.every((p) => p.length > 0 && p.every((q) => q !== undefined))
    ? (paths as number[][][])
    : undefined;
}

/**
 * A fit in panels: the data with each fitted curve (one input), the loss against the epoch on a
 * log scale, and for one parameter the loss curve L(w) with the path, for two the (a, b) contour
 * map with the paths.
 */
export function fitPlot(input: FitPlotInput): string {
  const { lang, runs } = input;
  const { model, value } = lossLandscape(input);
  const charts: string[] = [];
  if (model.inputs === 1) {
    const x = Array.from(input.data.x as ArrayLike<number>);
    // reduce, not Math.min(...x): a spread of 10⁵ points overflows the call stack.
    const lo = x.reduce((a, b) => Math.min(a, b), Infinity);
    const hi = x.reduce((a, b) => Math.max(a, b), -Infinity);
    const xs = Array.from({ length: 200 }, (_, i) => lo + ((hi - lo) * i) / 199);
    charts.push(
      scatterFit({
        x,
        y: Array.from(input.data.y),
        name: label(lang, 'plot-data'),
        curves: runs.map((r, i) => ({
          name: runs.length > 1 ? r.label : label(lang, 'plot-model'),
          x: xs,
          y: model.predictValues(
            r.paramNames.map((n) => r.params[n]),
            xs,
          ),
          color: runs.length > 1 ? categoricalColor(i) : undefined,
        })),
        title: input.title ?? label(lang, 'plot-data-and-model'),
        lang,
      }),
    );
  }
  const positive = runs.every((r) => r.history.every((h) => h.loss > 0));
  charts.push(
    lineChart({
      series: runs.map((r) => ({
        name: r.label,
        x: r.history.map((h) => h.epoch),
        y: r.history.map((h) => h.loss),
      })),
      yScale: positive ? 'log' : 'linear',
      title: label(lang, 'plot-loss-vs-epochs'),
      legend: runs.length > 1 ? 'best' : 'none',
      lang,
    }),
  );
  const paths = paramPaths(runs);
  const names = runs[0]?.paramNames ?? [];
  if (paths && names.length === 1) {
    const [a, b] = pathRange(paths, 0);
    const n = 4 * (input.resolution ?? 80);
    const ws = Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
    const ls = ws.map((w) => value([w]));
    if (runs.length === 1) {
      const r = runs[0];
      charts.push(
        lossCurve({
          w: ws,
          loss: ls,
          path: { w: paths[0].map((p) => p[0]), loss: r.history.map((h) => h.loss) },
          labels: { x: names[0] },
          lang,
        }),
      );
    } else {
      charts.push(
        lineChart({
          series: [
            { name: label(lang, 'plot-loss-function'), x: ws, y: ls, color: '#555555' },
            ...runs.map((r, i) => ({
              name: r.label,
              x: paths[i].map((p) => p[0]),
              y: r.history.map((h) => h.loss),
              dash: '--' as const,
            })),
          ],
          xLabel: names[0],
          title: label(lang, 'plot-parameter-estimation'),
          lang,
        }),
      );
    }
  } else if (paths && names.length === 2) {
    charts.push(
      contourMap({
        grid: sampleGrid(
          (a, b) => value([a, b]),
          pathRange(paths, 0),
          pathRange(paths, 1),
          input.resolution ?? 80,
        ),
        levels: 30,
        colormap: 'coolwarm',
        paths: runs.map((r, i) => ({ name: r.label, points: paths[i] })),
        single: runs.length === 1,
        legend: runs.length > 1 ? 'best' : 'none',
        xLabel: names[0],
        yLabel: names[1],
        title: label(lang, 'plot-parameter-estimation'),
        equalAspect: false,
        // As tall as the line charts beside it.
        height: 420,
        lang,
      }),
    );
  }
  return charts.length === 1 ? charts[0] : panels(charts, { columns: charts.length > 2 ? 3 : 2, lang });
}
