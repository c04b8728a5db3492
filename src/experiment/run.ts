/**
 * run(experiment): the one entry point the CLI's `run`, the lab and the library share. Plain JSON
 * in, plain JSON out; the same experiment gives the same numbers everywhere.
 */

import { simulate } from '../data/simulate.js';
import { badArgument, DescensoError, withSource } from '../errors.js';
import { evaluate, parseFormula } from '../expr/index.js';
import { type DescendRun, type DescendSpec, descend } from '../train/descend.js';
import { type BatchStep, type Run as FitRun, fit } from '../train/fit.js';
import {
  type DataEntry,
  type DescendExperiment,
  type Experiment,
  type FitExperiment,
  type OptimizerEntry,
  parseDataEntry,
  parseExperiment,
} from './schema.js';

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

/** Optional hooks of a run (the CLI's progress bar); they never change the numbers. */
export interface RunHooks {
  /** Called with the units done so far: descent steps, or training epochs, over all runs. */
  onProgress?: (done: number) => void;
  /** Every step of the stochastic fits, with the index of the run in the result (see fit's onBatch). */
  onBatch?: (run: number, step: BatchStep) => void;
}

/** The units of work `onProgress` counts to: steps × optimizers, or epochs × optimizers × regimes. */
export function experimentWork(experiment: Experiment): number {
  const e = parseExperiment(experiment);
  return e.kind === 'descend'
    ? e.steps * e.optimizers.length
    : e.epochs * e.optimizers.length * e.regimes.length;
}

export function labelOf(o: OptimizerEntry): string {
  if (typeof o !== 'object' || o === null || typeof o.name !== 'string')
    throw badArgument('labelOf', 1, o, 'optimizer-entry');
  return typeof o.label === 'string' ? o.label : o.name;
}

/** The descent of a descend experiment's i-th optimizer, as `descend` takes it. */
export function descendSpecOf(experiment: DescendExperiment, i: number): DescendSpec {
  const e = parseExperiment(experiment);
  if (e.kind !== 'descend') throw badArgument('descendSpecOf', 1, experiment.kind, 'experiment');
  if (!(Number.isInteger(i) && i >= 0 && i < e.optimizers.length))
    throw badArgument('descendSpecOf', 2, i, 'index');
  const o = e.optimizers[i];
  return {
    surface: e.surface,
    formula: e.formula,
    vars: e.vars,
    start: e.start,
    steps: e.steps,
    gradient: e.gradient,
    h: e.h,
    ...(e.domain ? { domain: e.domain } : {}),
    optimizer: { name: o.name, options: o.options, convention: o.convention },
  };
}

function runDescend(e: DescendExperiment, hooks: RunHooks): DescendResult {
  const tick = hooks.onProgress;
  return {
    kind: 'descend',
    runs: e.optimizers.map((o, i) => ({
      label: labelOf(o),
      optimizer: o,
      ...descend({
        ...descendSpecOf(e, i),
        ...(tick ? { onStep: (k: number) => tick(i * e.steps + k) } : {}),
      }),
    })),
  };
}

/** The data of a fit experiment: the user's own points, or a simulation. */
export function experimentData(entry: DataEntry): { x: number[]; y: number[] } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw badArgument('experimentData', 1, entry, 'data-entry');
  const d = parseDataEntry(entry);
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

function runFit(e: FitExperiment, hooks: RunHooks): FitResult {
  const data = experimentData(e.data);
  const runs: FitResult['runs'] = [];
  const tick = hooks.onProgress;
  for (const o of e.optimizers)
    for (const regime of e.regimes) {
      const before = runs.length * e.epochs;
      const index = runs.length;
      const onBatch = hooks.onBatch;
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
          ...(tick ? { onEpoch: (k: number) => tick(before + k) } : {}),
          ...(onBatch ? { onBatch: (step: BatchStep) => onBatch(index, step) } : {}),
        }),
      });
    }
  return { kind: 'fit', data, runs };
}

export function runExperiment(experiment: Experiment, hooks: RunHooks = {}): ExperimentResult {
  // Checked again here, at the library's boundary: a hand-built object may be anything.
  const e = parseExperiment(experiment);
  if (typeof hooks !== 'object' || hooks === null) throw badArgument('runExperiment', 2, hooks, 'object');
  if (e.kind === 'descend') return runDescend(e, hooks);
  if (e.kind === 'fit') return runFit(e, hooks);
  const kind = String((e as { kind?: unknown }).kind);
  throw new DescensoError('experiment-invalid', {
    path: 'experiment.kind',
    problem: { kind: 'unknown-kind', name: kind },
  });
}
