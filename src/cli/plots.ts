/**
 * `--plot`: picks the view of src/plot/views for the run's kind and writes it as SVG or PNG (resvg,
 * no browser). The views draw from (experiment, run); nothing here parses a formula or builds a
 * model. Each figure is an SVG string, so tests snapshot the text and only `writePlot` touches the
 * disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { DescensoError } from '../errors.js';
import type { SingleRun as Run } from '../experiment/types.js';
import { type Lang, t } from '../i18n/index.js';
import { panels, tangentPlot } from '../plot/index.js';
import { svgToPng } from '../plot/png.js';
import {
  derivativeFigure,
  descentFigure,
  fitFigure,
  pathRange,
  sampleGrid,
  type ViewOptions,
} from '../plot/views/index.js';
import type { CliContext } from './io.js';

export { pathRange, sampleGrid };

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

/** The figure of a run: the view of its kind, drawn from the experiment it carries. */
export function runFigure(run: Run, options: ViewOptions = {}): string {
  switch (run.kind) {
    case 'descend':
      return descentFigure(run.experiment, run, options);
    case 'fit':
      return fitFigure(run.experiment, run, options);
    case 'derivative':
      return derivativeFigure(run.experiment, run, options);
    default:
      throw new DescensoError('experiment-invalid', {
        path: 'experiment.kind',
        problem: { kind: 'unknown-kind', name: String((run as { kind: unknown }).kind) },
      });
  }
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
