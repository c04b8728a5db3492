/**
 * The CLI's one way to run anything: an Experiment through src/experiment's `run()`, with the
 * progress bar on its hooks (stderr, terminals only). `descend`, `fit` and `run` all come here, so
 * a command line and the file it saves give the same numbers, bit for bit.
 */
import { DescensoError } from '../errors.js';
import { experimentWork, run } from '../experiment/index.js';
import type { Experiment, Run, SingleExperiment, SingleRun, Study, StudyRun } from '../experiment/types.js';
import type { CliContext } from './io.js';
import { withTicks } from './progress.js';

/** Runs the experiment with a bar labelled by the command; a fault names its path in the experiment. */
export function runWithProgress(e: Experiment, label: string, ctx: Pick<CliContext, 'io'>): Run {
  return withTicks(ctx.io, label, experimentWork(e), (tick) => run(e, { onProgress: tick }));
}

/**
 * The same for an experiment built from flags: the user wrote no paths, so a fault found while
 * running is said as the library says it ("f is not defined at the start (x = 0)"), not placed at
 * `experiment.start`; a formula's caret is kept.
 */
export function runFlags(e: SingleExperiment, label: string, ctx: Pick<CliContext, 'io'>): SingleRun;
export function runFlags(e: Study, label: string, ctx: Pick<CliContext, 'io'>): StudyRun;
export function runFlags(e: Experiment, label: string, ctx: Pick<CliContext, 'io'>): Run {
  try {
    return runWithProgress(e, label, ctx);
  } catch (err) {
    throw unplaced(err);
  }
}

/** A fault found while running, placed at a path the user never wrote: said as the library says it. */
export function unplaced(err: unknown): unknown {
  const problem =
    err instanceof DescensoError ? (err.params as { problem?: { kind?: string } }).problem : undefined;
  if (!(err instanceof DescensoError) || err.code !== 'experiment-invalid' || problem?.kind !== 'run')
    return err;
  const { es, en } = problem as unknown as { es: string; en: string };
  const said = new DescensoError('cli-said', { es, en }, err.position);
  said.source = err.source;
  return said;
}
