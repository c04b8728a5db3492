/**
 * run(experiment): the one entry point the CLI's `run`, the lab and the library share. Plain JSON
 * in, plain JSON out; the same experiment gives the same numbers everywhere.
 */

import { simulate } from '../data/simulate.js';
import { DescensoError, withSource } from '../errors.js';
import { evaluate, parseFormula } from '../expr/index.js';
import { type DescendRun, descend } from '../train/descend.js';
import { type Run as FitRun, fit } from '../train/fit.js';
import type { DataEntry, DescendExperiment, Experiment, FitExperiment, OptimizerEntry } from './schema.js';

export interface DescendResult {
  kind: 'descend';
  runs: (DescendRun & { label: string; optimizer: OptimizerEntry })[];
}

export interface FitResult {
  kind: 'fit';
  data: { x: number[]; y: number[] };
  runs: (FitRun & { label: string; optimizer: OptimizerEntry })[];
}

export type ExperimentResult = DescendResult | FitResult;

export function labelOf(o: OptimizerEntry): string {
  return o.label ?? o.name;
}

function runDescend(e: DescendExperiment): DescendResult {
  return {
    kind: 'descend',
    runs: e.optimizers.map((o) => ({
      label: labelOf(o),
      optimizer: o,
      ...descend({
        surface: e.surface,
        formula: e.formula,
        vars: e.vars,
        start: e.start,
        steps: e.steps,
        gradient: e.gradient,
        h: e.h,
        optimizer: { name: o.name, options: o.options, convention: o.convention },
      }),
    })),
  };
}

/** The data of a fit experiment: the user's own points, or a simulation. */
export function experimentData(d: DataEntry): { x: number[]; y: number[] } {
  if (d.x && d.y) return { x: d.x, y: d.y };
  const { formula: text, ...rest } = d;
  let fn: ((x: number) => number) | undefined;
  if (text !== undefined) {
    const f = withSource(text, () => parseFormula(text, { kind: '1d' }));
    fn = (x: number) => evaluate(f.ast, { x });
  }
  const ds = simulate({
    ...(rest as Record<string, unknown>),
    ...(fn ? { fn, family: 'formula' } : {}),
  } as never);
  return { x: Array.from(ds.x), y: Array.from(ds.y) };
}

function runFit(e: FitExperiment): FitResult {
  const data = experimentData(e.data);
  const runs: FitResult['runs'] = [];
  for (const o of e.optimizers)
    for (const regime of e.regimes)
      runs.push({
        label: e.regimes.length > 1 ? `${labelOf(o)} (${regime})` : labelOf(o),
        optimizer: o,
        ...fit({
          model: e.model,
          data,
          loss: e.loss,
          optimizer: { name: o.name, options: o.options, convention: o.convention },
          epochs: e.epochs,
          regime,
          batchSize: e.batchSize,
          seed: e.seed,
          init: e.init,
          dtype: e.dtype,
        }),
      });
  return { kind: 'fit', data, runs };
}

export function runExperiment(e: Experiment): ExperimentResult {
  if (e.kind === 'descend') return runDescend(e);
  if (e.kind === 'fit') return runFit(e);
  throw new DescensoError('experiment-invalid', { path: 'experiment.kind', problem: 'unknown kind' });
}
