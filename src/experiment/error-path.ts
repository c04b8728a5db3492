/**
 * Where in an experiment a fault lies: the path of the field a DescensoError raised while running
 * is about (`experiment.optimizers[1].options.lr`), so a face can point at it, and the error as
 * data (RunError) that an outcome carries when its optimizer could not be built.
 */
import { DescensoError } from '../errors.js';
import type { Experiment, OptimizerEntry, RunError } from './types.js';

/** A fault found while running, placed at its path in the experiment (said in both languages). */
export function atPath(path: string, inner: DescensoError): DescensoError {
  const problem = { kind: 'run' as const, es: inner.messageIn('es'), en: inner.messageIn('en') };
  const err = new DescensoError('experiment-invalid', { path, problem }, inner.position);
  err.source = inner.source;
  return err;
}

/** The path of a fault raised while building optimizer i (makeOptimizer's errors). */
export function optimizerPath(err: DescensoError, o: OptimizerEntry, i: number): string {
  const base = `experiment.optimizers[${i}]`;
  if (err.code === 'optim-unknown') return `${base}.name`;
  if (err.code === 'optim-nesterov' && o.options && Object.hasOwn(o.options, 'nesterov'))
    return `${base}.options.nesterov`;
  const p = err.params as { option?: unknown; owner?: unknown } | undefined;
  const option = typeof p?.option === 'string' ? p.option : undefined;
  if (option === undefined || !o.options) return base;
  if (Object.hasOwn(o.options, option)) return `${base}.options.${option}`;
  // A schedule's field (`schedule exponential`'s gamma) lies inside options.lr.
  const lr = o.options.lr;
  if (typeof p?.owner === 'string' && p.owner.startsWith('schedule') && typeof lr === 'object')
    return Object.hasOwn(lr, option) ? `${base}.options.lr.${option}` : `${base}.options.lr`;
  return base;
}

/** The error of one outcome, as data in both languages. */
export function runError(err: DescensoError, path: string): RunError {
  return {
    code: err.code,
    params: err.params,
    message: { es: err.messageIn('es'), en: err.messageIn('en') },
    path,
  };
}

/** Where in the experiment a fault raised while running lies, from its code; undefined when unknown. */
export function pathOf(err: DescensoError, e: Experiment): string | undefined {
  const code = err.code as string;
  // Already placed (by run()): its path is in its message.
  if (code === 'experiment-invalid') return undefined;
  const p = (err.params ?? {}) as Record<string, unknown>;
  if (e.kind === 'descend') {
    if (code === 'surface-unknown') return 'experiment.surface';
    if (err.position !== undefined) return 'experiment.formula';
    if (code === 'descend-start-length' || code === 'descend-undefined-start') return 'experiment.start';
    if (code === 'descend-bad-option') return `experiment.${String(p.option)}`;
    return undefined;
  }
  if (e.kind !== 'fit') return err.position !== undefined ? 'experiment.formula' : undefined;
  if (err.position !== undefined) return 'experiment.data.formula';
  if (code.startsWith('model-')) return 'experiment.model';
  if (code.startsWith('loss-')) return 'experiment.loss';
  if (code === 'fit-unknown-param' || code === 'fit-bad-param') return `experiment.init.${String(p.name)}`;
  if (code === 'fit-bad-labels') return 'experiment.data.y';
  if (code.startsWith('fit-data') || code.startsWith('data-') || code === 'fit-undefined-start')
    return 'experiment.data';
  if (code === 'fit-bad-option') return `experiment.${String(p.option)}`;
  return undefined;
}

/** Runs `f`; a DescensoError whose place in the experiment is known comes back at that path. */
export function placed<T>(e: Experiment, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof DescensoError)) throw err;
    const path = pathOf(err, e);
    throw path === undefined ? err : atPath(path, err);
  }
}

/**
 * Runs `f`, a study's work on its base: a fault placed in the base (`experiment.surface`) comes
 * back placed in the study (`experiment.base.surface`).
 */
export function inBase<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof DescensoError) || err.code !== 'experiment-invalid') throw err;
    const p = err.params as { path: string; problem: never };
    if (!p.path.startsWith('experiment')) throw err;
    const moved = new DescensoError(
      'experiment-invalid',
      { ...p, path: `experiment.base${p.path.slice('experiment'.length)}` },
      err.position,
    );
    moved.source = err.source;
    throw moved;
  }
}
