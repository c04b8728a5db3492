/**
 * Groups of runs that the lockstep batch cannot advance — a method that searches along its
 * direction asks for f at its own trial points, Newton for a Hessian per run — run one by one
 * through `descend` and are packed into the batch's arrays, so basin maps and studies read
 * every group alike. Groups the batch can run still go through it together.
 */
import { DescensoError } from '../errors.js';
import { isSearching, resolveOptimizerName } from '../optim/index.js';
import { descend, resolveFunction } from '../train/descend.js';
import { batchDescend } from './batch.js';
import {
  BATCH_STATUSES,
  type BatchGroup,
  type BatchResult,
  type BatchSpec,
  emptyResult,
  type GroupResult,
  UNDEFINED_START,
} from './batch-types.js';

/** Whether the batch can run this optimizer (an unknown name is left to the batch to refuse). */
export function batchable(optimizer: BatchGroup['optimizer']): boolean {
  try {
    const name = resolveOptimizerName(typeof optimizer === 'string' ? optimizer : optimizer.name);
    return name !== 'newton' && !isSearching(name);
  } catch {
    return true;
  }
}

/** Each start of the group as its own list of coordinates. */
function startList(starts: BatchGroup['starts'], n: number): number[][] {
  if (!(starts instanceof Float64Array)) return starts.map((s) => [...s]);
  return Array.from({ length: starts.length / n }, (_v, i) => Array.from(starts.subarray(i * n, i * n + n)));
}

/** One group run start by start through `descend`, recording only the start and the last step. */
export function groupAlone(spec: BatchSpec, group: BatchGroup, n: number): GroupResult {
  const starts = startList(group.starts, n);
  const count = starts.length;
  const out = emptyResult(count, n);
  // a start's best stays NaN until its run gives one (an error leaves it so)
  out.bestValues.fill(Number.NaN);
  out.bestPoints.fill(Number.NaN);
  starts.forEach((start, i) => {
    let run: ReturnType<typeof descend>;
    try {
      run = descend({
        surface: spec.surface,
        formula: spec.formula,
        vars: spec.vars,
        optimizer: group.optimizer,
        start,
        steps: spec.steps,
        ...(spec.stop ? { stop: spec.stop } : {}),
        ...(spec.domain ? { domain: spec.domain } : {}),
        ...(spec.dtype ? { dtype: spec.dtype } : {}),
        record: { every: Math.max(1, spec.steps) },
      });
    } catch (err) {
      if (!(err instanceof DescensoError && err.code === 'descend-undefined-start')) throw err;
      out.status[i] = UNDEFINED_START;
      out.points.set(start, i * n);
      out.values[i] = Number.NaN;
      out.gradNorms[i] = Number.NaN;
      return;
    }
    const last = run.points.length - 1;
    out.status[i] = BATCH_STATUSES.indexOf(run.status);
    out.steps[i] = run.steps;
    out.points.set(run.points[last], i * n);
    out.values[i] = run.values[last];
    out.gradNorms[i] = run.gradNorms[last];
    if (run.divergedAt !== undefined) out.divergedAt[i] = run.divergedAt;
    if (run.leftDomainAt !== undefined) out.leftDomainAt[i] = run.leftDomainAt;
    if (run.best) {
      out.bestStep[i] = run.best.step;
      out.bestValues[i] = run.best.value;
      out.bestPoints.set(run.best.point, i * n);
    }
  });
  return out;
}

/**
 * batchDescend for the groups the batch can run, `groupAlone` for the others, results in the
 * groups' order. (Steps are reported to onStep by the batch part only.)
 */
export function descendGroups(spec: BatchSpec, n: number): BatchResult {
  const inBatch = spec.groups.filter((g) => batchable(g.optimizer));
  const batch = inBatch.length > 0 ? batchDescend({ ...spec, groups: inBatch }) : undefined;
  let k = 0;
  const groups = spec.groups.map((g) =>
    batchable(g.optimizer) ? (batch as BatchResult).groups[k++] : groupAlone(spec, g, n),
  );
  return { vars: batch?.vars ?? resolveFunction(spec).formula.vars, groups };
}
