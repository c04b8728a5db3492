/**
 * The figures the surface lab exports, drawn by the core's views (the CLI's `--plot` draws the
 * same): the map with the paths and the value chart, up to the step shown, and a CSV of the
 * trajectories. The function is sampled from the lab's field on the core's grid, not parsed again.
 */

import type { DescendExperiment, DescendField } from '../../../src/experiment/index.js';
import { FIELD_GRID } from '../../../src/experiment/index.js';
import { type DescentRun, descentFigure, valueCurve } from '../../../src/plot/views/index.js';
import { csvText } from '../kit/download.js';
import type { LabRun } from '../work/descents.js';
import type { Field } from './field.js';

/** f on the core's n×n map grid over the field's domain, row-major (y rows, x columns). */
export function sampledField(field: Field, text: string): DescendField {
  const n = FIELD_GRID.map;
  const [[x0, x1], [y0, y1]] = field.domain;
  const values: number[] = [];
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++)
      values.push(field.f(x0 + ((x1 - x0) * i) / (n - 1), y0 + ((y1 - y0) * j) / (n - 1)));
  const minima = field.minima.map((m) => [...m.point]);
  const minValue = field.minima.length > 0 ? Math.min(...field.minima.map((m) => m.value)) : undefined;
  return {
    vars: [field.xLabel, field.yLabel],
    domain: [
      [x0, x1],
      [y0, y1],
    ],
    n,
    values,
    text,
    latex: '',
    ...(minima.length > 0 ? { minima } : {}),
    ...(minValue !== undefined ? { minValue } : {}),
  };
}

/** The runs up to step `k`, as the views take them. */
export function runsUpTo(runs: readonly LabRun[], k: number, field?: DescendField): DescentRun {
  return {
    runs: runs.map((r) => ({
      label: r.label,
      status: r.error ? 'error' : r.status,
      points: r.points.slice(0, k + 1),
      values: r.values.slice(0, k + 1),
    })),
    ...(field ? { field } : {}),
  };
}

/** The map figure (title, legend, colour bar, axes) of the experiment shown, up to step `k`. */
export function mapFigure(e: DescendExperiment, runs: readonly LabRun[], k: number, field: Field): string {
  return descentFigure(e, runsUpTo(runs, k, sampledField(field, e.formula ?? '')));
}

/** The value chart of the experiment shown, up to step `k`. */
export function valueFigure(e: DescendExperiment, runs: readonly LabRun[], k: number, title: string): string {
  return valueCurve(e, runsUpTo(runs, k), { title });
}

/** Every run's trajectory as CSV: optimizer, step, x, y, f, ‖∇f‖ and the status on the last row. */
export function trajectoriesCsv(runs: readonly LabRun[]): string {
  const rows: unknown[][] = [];
  for (const r of runs)
    r.points.forEach((p, k) => {
      rows.push([
        r.label,
        k,
        p[0],
        p[1],
        r.values[k],
        r.gradNorms[k],
        k === r.points.length - 1 ? r.status : '',
      ]);
    });
  return csvText(['optimizer', 'step', 'x', 'y', 'f', 'grad_norm', 'status'], rows);
}
