/**
 * runSweep(study): every optimizer of a base experiment once per setting of the varied options,
 * each row the single run it stands for. Descents run batched (batch.ts: one kernel for all
 * settings, bit for bit the runs of `descend`); what a batch cannot do (Newton, gradient noise,
 * difference quotients) and fits go through `run()` one setting at a time — the same numbers by
 * construction. `stepsToTol` is the steps (epochs) at which the base's stop rule — `--tol` —
 * was met, so a row agrees with `descend --tol` or `fit --tol` given the row's options.
 */
import { DescensoError } from '../errors.js';
import { inBase, runError } from '../experiment/error-path.js';
import { labelOf, runDescend } from '../experiment/run-descend.js';
import { runFit } from '../experiment/run-fit.js';
import { parseExperiment } from '../experiment/schema.js';
import type {
  DescendExperiment,
  FitExperiment,
  OptimizerEntry,
  OptionValue,
  RunError,
  SweepRank,
  SweepStudy,
} from '../experiment/types.js';
import { LIMITS } from '../limits.js';
import { isSearching, makeOptimizer, resolveOptimizerName } from '../optim/index.js';
import { resolveFunction } from '../train/descend.js';
import { type BatchGroup, batchDescend, batchRun } from './batch.js';
import type { SweepBest, SweepResult, SweepRow } from './types.js';
import { settingsOf } from './vary.js';

/** One run of the study: an optimizer entry with one setting applied. */
interface Job {
  entry: OptimizerEntry;
  options: Record<string, OptionValue>;
}

function jobsOf(study: SweepStudy): Job[] {
  // Counted before any setting is built: a refused study costs nothing.
  const runs = study.vary.reduce((n, v) => n * v.count, study.base.optimizers.length);
  if (runs > LIMITS.sweepRuns) throw new DescensoError('sweep-too-many', { runs, max: LIMITS.sweepRuns });
  const settings = settingsOf(study.vary);
  return study.base.optimizers.flatMap((entry) =>
    settings.map((s) => {
      const options = { ...(entry.options ?? {}), ...s };
      return { entry: { ...entry, options }, options };
    }),
  );
}

/**
 * The Run of a sweep study (checked here, as run() checks any experiment): its rows in the
 * study's order and the best setting per optimizer. A fault of the whole study throws, at its path.
 */
export function runSweep(study: SweepStudy): SweepResult {
  const checked = parseExperiment(study);
  if (checked.kind !== 'sweep') throw new DescensoError('sweep-bad-base', { kind: String(checked.kind) });
  return sweepOf(checked);
}

/** runSweep of a study already checked (run() checks once). */
export function sweepOf(study: SweepStudy): SweepResult {
  const base = study.base;
  const jobs = jobsOf(study);
  const runs = inBase(() =>
    base.kind === 'fit' ? jobs.flatMap((j) => fitRows(base, j)) : descendRows(base, jobs),
  );
  return { kind: 'sweep', version: study.version, experiment: study, runs, best: bestOf(runs, study.rank) };
}

/** Whether every run of a descend study can go through one batch. */
function batchable(e: DescendExperiment, jobs: Job[]): boolean {
  if ((e.gradient ?? 'autodiff') !== 'autodiff' || e.noise !== undefined) return false;
  return jobs.every((j) => {
    try {
      const name = resolveOptimizerName(j.entry.name);
      // Newton needs a Hessian per run, a searching method f at its own trial points.
      return name !== 'newton' && !isSearching(name);
    } catch {
      return true; // an unknown name is that row's error, found when its optimizer is built
    }
  });
}

function errorRow(j: Job, error: RunError): SweepRow {
  return {
    optimizer: labelOf(j.entry),
    options: j.options,
    status: 'error',
    stepsToTol: null,
    final: null,
    error,
  };
}

/** The fault of building a job's optimizer, or undefined when it builds. */
function faultOf(j: Job, e: DescendExperiment | FitExperiment): RunError | undefined {
  try {
    makeOptimizer(j.entry.name, { ...j.options, ...(e.dtype ? { dtype: e.dtype } : {}) }, j.entry.convention);
    return undefined;
  } catch (err) {
    if (!(err instanceof DescensoError)) throw err;
    return runError(err, 'experiment.base.optimizers');
  }
}

function descendRows(e: DescendExperiment, jobs: Job[]): SweepRow[] {
  // The function and start are checked once, as run() checks them (a fault of the whole study throws).
  runDescend({ ...e, steps: 0, optimizers: [{ name: 'sgd' }] }, {});
  if (!batchable(e, jobs)) return jobs.map((j) => descendRowAlone(e, j));
  const faults = jobs.map((j) => faultOf(j, e));
  const start =
    e.start ?? resolveFunction(e).start ?? new Array(resolveFunction(e).formula.vars.length).fill(0);
  const groups: BatchGroup[] = jobs
    .filter((_j, k) => faults[k] === undefined)
    .map((j) => ({
      optimizer: { name: j.entry.name, options: j.options as never, convention: j.entry.convention },
      starts: [start],
    }));
  const batch =
    groups.length === 0
      ? { groups: [] }
      : batchDescend({
          surface: e.surface,
          formula: e.formula,
          vars: e.vars,
          steps: e.steps,
          ...(e.stop ? { stop: e.stop } : {}),
          ...(e.domain ? { domain: e.domain } : {}),
          ...(e.dtype ? { dtype: e.dtype } : {}),
          groups,
        });
  let g = 0;
  return jobs.map((j, k) => {
    const fault = faults[k];
    if (fault) return errorRow(j, fault);
    const r = batchRun(batch.groups[g++], 0);
    const status = r.status === 'undefined-start' ? 'error' : r.status;
    if (status === 'error') return row(j, status, null, r.value, r.divergedAt);
    // A batched method takes one f and one ∇f at the start and at each step, as descend counts them.
    const evaluations = r.status === 'converged' ? { value: r.steps + 1, gradient: r.steps + 1 } : null;
    return {
      ...row(j, status, r.status === 'converged' ? r.steps : null, r.value, r.divergedAt),
      evaluationsToTol: evaluations,
    };
  });
}

function row(
  j: Job,
  status: SweepRow['status'],
  stepsToTol: number | null,
  final: number | null,
  divergedAt?: number,
): SweepRow {
  return {
    optimizer: labelOf(j.entry),
    options: j.options,
    status,
    stepsToTol,
    final,
    ...(divergedAt !== undefined ? { divergedAt } : {}),
  };
}

/** A descent that cannot be batched, through run() (one optimizer, this setting). */
function descendRowAlone(e: DescendExperiment, j: Job): SweepRow {
  const o = runDescend({ ...e, record: { every: Math.max(1, e.steps) }, optimizers: [j.entry] }, {}).runs[0];
  if (o.status === 'error') return errorRow(j, baseError(o.error as RunError));
  const final = o.values[o.values.length - 1];
  const last = o.values.length - 1;
  const evaluations =
    o.status === 'converged' && o.evaluations
      ? { value: o.evaluations.value[last], gradient: o.evaluations.gradient[last] }
      : null;
  return {
    ...row(j, o.status, o.status === 'converged' ? o.steps : null, final, o.divergedAt),
    evaluationsToTol: evaluations,
  };
}

/** A fit with this setting, through run(): one row per regime. */
function fitRows(e: FitExperiment, j: Job): SweepRow[] {
  const set = runFit({ ...e, optimizers: [j.entry] }, {});
  return set.runs.map((o) => {
    const regime = e.regimes.length > 1 ? { regime: o.regime } : {};
    if (o.status === 'error') return { ...errorRow(j, baseError(o.error as RunError)), ...regime };
    const last = o.history[o.history.length - 1];
    return {
      ...row(j, o.status, o.status === 'converged' ? last.epoch : null, last.loss, o.divergedAt),
      ...regime,
    };
  });
}

/** A run's error as the study places it: under `experiment.base`. */
function baseError(e: RunError): RunError {
  return e.path?.startsWith('experiment.')
    ? { ...e, path: `experiment.base${e.path.slice('experiment'.length)}` }
    : e;
}

/** Ended well: not diverged, not out of the domain, no error. */
const sound = (r: SweepRow) => r.status === 'converged' || r.status === 'max-steps';

/** A row's cost to the tolerance under the ranking: steps, or evaluations of f and ∇f together. */
function costOf(r: SweepRow, rank: SweepRank): number {
  if (rank === 'steps') return r.stepsToTol ?? Number.POSITIVE_INFINITY;
  const e = r.evaluationsToTol;
  return e ? e.value + e.gradient : Number.POSITIVE_INFINITY;
}

/**
 * The ranking: fewest steps (or evaluations, by `rank`) to the tolerance first (rows that never
 * met it after), sound runs before diverged ones and errors, then the lowest final value; ties
 * keep the study's order.
 */
export function rankRows(rows: readonly SweepRow[], rank: SweepRank = 'steps'): SweepRow[] {
  const key = (r: SweepRow): [number, number, number] => [
    costOf(r, rank),
    sound(r) ? 0 : r.status === 'error' ? 2 : 1,
    r.final !== null && Number.isFinite(r.final) ? r.final : Number.POSITIVE_INFINITY,
  ];
  return rows
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.r);
}

/** The best setting per optimizer: its first row in the ranking, when that run ended well. */
export function bestOf(rows: readonly SweepRow[], rank: SweepRank = 'steps'): Record<string, SweepBest> {
  const best: Record<string, SweepBest> = {};
  for (const r of rankRows(rows, rank)) {
    if (Object.hasOwn(best, r.optimizer)) continue;
    const cost =
      r.evaluationsToTol !== undefined ? { evaluationsToTol: sound(r) ? r.evaluationsToTol : null } : {};
    const value = sound(r)
      ? { options: r.options, stepsToTol: r.stepsToTol, ...cost }
      : { options: null, stepsToTol: null, ...cost };
    // defineProperty: a label such as `__proto__` is a key like any other, never the prototype.
    Object.defineProperty(best, r.optimizer, { value, enumerable: true, writable: true, configurable: true });
  }
  return best;
}
