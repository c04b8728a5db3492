/**
 * The descents of a descend experiment: one outcome per optimizer. An optimizer that cannot be
 * built (a negative lr, a fixed option, Nesterov without momentum) is that outcome's error as
 * data; a fault of the whole experiment (an unknown surface, a formula that does not parse, a bad
 * start) throws at its path, since every outcome would fail the same way.
 */
import { badArgument, DescensoError } from '../errors.js';
import { makeOptimizer, type OptimizerSpec } from '../optim/index.js';
import { getSurface } from '../surfaces/index.js';
import { compileFormula, type DescendSpec, descend, resolveFunction } from '../train/descend.js';
import { optimizerPath, placed, runError } from './error-path.js';
import { descendField } from './field.js';
import { parseExperiment } from './schema.js';
import type {
  DescendExperiment,
  DescendField,
  DescendOutcome,
  DescendRunSet,
  OptimizerEntry,
} from './types.js';

/** Optional hooks of a run (the CLI's progress bar); they never change the numbers. */
export interface DescendHooks {
  /** Called with the units done so far: descent steps, or training epochs, over all runs. */
  onProgress?: (done: number) => void;
}

export function labelOf(o: OptimizerEntry): string {
  if (typeof o !== 'object' || o === null || typeof o.name !== 'string')
    throw badArgument('labelOf', 1, o, 'optimizer-entry');
  return typeof o.label === 'string' ? o.label : o.name;
}

/** An entry as `descend` and `fit` take it: options passed through untouched (schedules, clipping). */
export function optimizerSpecOf(o: OptimizerEntry): OptimizerSpec {
  return { name: o.name, options: o.options as OptimizerSpec['options'], convention: o.convention };
}

/** The descent of a descend experiment's i-th optimizer, as `descend` takes it. */
export function descendSpecOf(experiment: DescendExperiment, i: number): DescendSpec {
  const e = parseExperiment(experiment);
  if (e.kind !== 'descend') throw badArgument('descendSpecOf', 1, experiment.kind, 'experiment');
  if (!(Number.isInteger(i) && i >= 0 && i < e.optimizers.length))
    throw badArgument('descendSpecOf', 2, i, 'index');
  return specOf(e, i);
}

/** descendSpecOf of an experiment already parsed (run() parses once, not once per optimizer). */
function specOf(e: DescendExperiment, i: number): DescendSpec {
  return {
    surface: e.surface,
    formula: e.formula,
    vars: e.vars,
    start: e.start,
    steps: e.steps,
    gradient: e.gradient,
    h: e.h,
    ...(e.domain ? { domain: e.domain } : {}),
    ...(e.stop ? { stop: e.stop } : {}),
    ...(e.noise ? { noise: e.noise } : {}),
    ...(e.dtype ? { dtype: e.dtype } : {}),
    ...(e.record ? { record: e.record } : {}),
    optimizer: optimizerSpecOf(e.optimizers[i]),
  };
}

/** The fault of building entry i's optimizer as it will run, or undefined when it builds. */
export function optimizerFault(
  o: OptimizerEntry,
  i: number,
  dtype: 'float64' | 'float32' | undefined,
): DescendOutcome['error'] {
  try {
    const options = { ...(o.options ?? {}), ...(dtype ? { dtype } : {}) };
    makeOptimizer(o.name, options, o.convention ?? 'pytorch');
    return undefined;
  } catch (err) {
    if (!(err instanceof DescensoError)) throw err;
    return runError(err, optimizerPath(err, o, i));
  }
}

function outcome(e: DescendExperiment, i: number, vars: string[], hooks: DescendHooks): DescendOutcome {
  const o = e.optimizers[i];
  const head = { label: labelOf(o), optimizer: o };
  const error = optimizerFault(o, i, e.dtype);
  if (error)
    return { ...head, vars, points: [], values: [], gradNorms: [], steps: 0, status: 'error', error };
  const tick = hooks.onProgress;
  const onStep = tick ? { onStep: (k: number) => tick(i * e.steps + k) } : {};
  return { ...head, ...placed(e, () => descend({ ...specOf(e, i), ...onStep })) };
}

export function runDescend(e: DescendExperiment, hooks: DescendHooks): DescendRunSet {
  const resolved = placed(e, () => resolveFunction(e));
  const { formula } = resolved;
  const runs = e.optimizers.map((_o, i) => outcome(e, i, formula.vars, hooks));
  const set: DescendRunSet = { kind: 'descend', version: e.version, experiment: e, runs };
  if (formula.vars.length > 2) return set;
  return withLazyField(set, () => {
    const fn = compileFormula(formula, e.dtype);
    const minima = e.surface === undefined ? undefined : getSurface(e.surface).minima.map((m) => m.point);
    return descendField(e, formula, fn.value, { domain: resolved.domain, minima }, runs);
  });
}

/**
 * `set.field`, computed on first read and then kept as a plain property. Sampling f on 120×120
 * points costs more than a short descent (15 ms for peaks); a face that prints only numbers, or a
 * fuzzer, never pays it. Spreading, JSON, structured clone (postMessage) and toEqual all read it.
 */
function withLazyField(set: DescendRunSet, compute: () => DescendField | undefined): DescendRunSet {
  const keep = (value: DescendField | undefined) => {
    Object.defineProperty(set, 'field', { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
  Object.defineProperty(set, 'field', {
    enumerable: true,
    configurable: true,
    get: () => keep(compute()),
    set: keep,
  });
  return set;
}
