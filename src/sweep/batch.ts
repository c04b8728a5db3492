/**
 * Batched descents: many independent runs of `descend` on one function — different starts, or
 * different optimizers and hyper-parameters — advanced in lockstep over Float64Arrays. Each step,
 * one compiled kernel (kernel.ts) evaluates f and ∇f at every active point; each group of runs
 * that share an optimizer is updated by that optimizer's own transforms acting on the whole group
 * at once (their arithmetic is per component, so a run's numbers do not depend on its
 * neighbours); runs that finish or diverge leave the batch.
 *
 * Every run follows `descend`'s loop exactly — the same order of checks (non-finite gradient,
 * `stop.gradNorm`, update, divergence, left domain, best, `stop.valueChange`), the same norm
 * (Math.hypot), the same rounding in float32 — so its status, steps, final point, value, gradient
 * norm and best point are bit for bit those of the same run made alone (batch.test.ts checks it
 * over optimizers, conventions, surfaces, starts and dtypes). What a batch does not record is
 * the path: a batch is for many runs summarised, a path is `descend`'s.
 */
import type { DType } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import type { BatchPart } from '../i18n/en/sweep.js';
import { LIMITS } from '../limits.js';
import { applyUpdates, makeOptimizer, type OptimizerSpec, type Transform } from '../optim/index.js';
import { showValue } from '../text.js';
import { DIVERGENCE, leftDomain, resolveFunction, type StopSpec } from '../train/descend.js';
import { compactState, keepSlices } from './compact.js';
import { type BatchKernel, batchKernel } from './kernel.js';

/** How a batched run ended: `descend`'s statuses, and a start where f or ∇f is not defined. */
export const BATCH_STATUSES = [
  'max-steps',
  'converged',
  'diverged',
  'left-domain',
  'undefined-start',
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
const [MAX_STEPS, CONVERGED, DIVERGED, LEFT_DOMAIN, UNDEFINED_START] = [0, 1, 2, 3, 4];

/** Runs that share an optimizer: one per start. */
export interface BatchGroup {
  optimizer: OptimizerSpec | string;
  /** One start per run: a list of points, or all coordinates run after run in one array. */
  starts: readonly (readonly number[])[] | Float64Array;
}

export interface BatchSpec {
  /** A catalog id, or `formula` (as in `descend`). */
  surface?: string;
  formula?: string;
  vars?: string[];
  steps: number;
  stop?: StopSpec;
  /** The region of the function (default a surface's own), as in `descend`. */
  domain?: readonly (readonly [number, number])[];
  dtype?: DType;
  groups: readonly BatchGroup[];
  /** Called after each lockstep step with the steps done and the steps asked for. */
  onStep?: (done: number, total: number) => void;
}

/** One group's runs, as arrays indexed by run (points run-major, n numbers per run). */
export interface GroupResult {
  count: number;
  /** Index into BATCH_STATUSES. */
  status: Uint8Array;
  steps: Int32Array;
  /** The last point (for a diverged run, the last point before the step that diverged). */
  points: Float64Array;
  values: Float64Array;
  /** ‖∇f‖ at the last point, as `descend` records it (NaN for a start judged diverged). */
  gradNorms: Float64Array;
  /** The step that diverged or left the domain, or −1. */
  divergedAt: Int32Array;
  leftDomainAt: Int32Array;
  bestStep: Int32Array;
  bestValues: Float64Array;
  bestPoints: Float64Array;
}

export interface BatchResult {
  vars: string[];
  groups: GroupResult[];
}

/** One run of a batch as plain data, shaped like the summary of a `DescendRun`. */
export interface BatchRun {
  status: BatchStatus;
  steps: number;
  point: number[];
  value: number;
  gradNorm: number;
  divergedAt?: number;
  leftDomainAt?: number;
  best?: { step: number; point: number[]; value: number };
}

/** Run i of a group as plain data. */
export function batchRun(g: GroupResult, i: number): BatchRun {
  const n = g.points.length / Math.max(1, g.count);
  const status = BATCH_STATUSES[g.status[i]];
  const slice = (a: Float64Array) => Array.from(a.subarray(i * n, i * n + n));
  const run: BatchRun = {
    status,
    steps: g.steps[i],
    point: slice(g.points),
    value: g.values[i],
    gradNorm: g.gradNorms[i],
  };
  if (g.divergedAt[i] >= 0) run.divergedAt = g.divergedAt[i];
  if (g.leftDomainAt[i] >= 0) run.leftDomainAt = g.leftDomainAt[i];
  if (g.bestStep[i] >= 0)
    run.best = { step: g.bestStep[i], point: slice(g.bestPoints), value: g.bestValues[i] };
  return run;
}

function bad(part: BatchPart, value: unknown): DescensoError {
  return new DescensoError('sweep-bad-batch', {
    part,
    value: typeof value === 'string' ? value : showValue(value),
  });
}

/** The checked spec: the function, its kernel size, the stop rule and domain. */
function prepare(spec: BatchSpec) {
  if (spec === null || typeof spec !== 'object') throw bad('spec', spec);
  const resolved = resolveFunction(spec);
  const n = resolved.formula.vars.length;
  const steps = spec.steps;
  if (!(Number.isInteger(steps) && steps >= 0 && steps <= LIMITS.steps)) throw bad('steps', steps);
  const dtype = spec.dtype ?? 'float64';
  if (dtype !== 'float64' && dtype !== 'float32') throw bad('dtype', dtype);
  const stop = spec.stop ?? {};
  for (const k of ['gradNorm', 'valueChange', 'maxValue', 'maxCoordinate'] as const)
    if (stop[k] !== undefined && !Number.isFinite(stop[k])) throw bad('stop', stop);
  if (!Array.isArray(spec.groups) || spec.groups.length === 0) throw bad('groups', spec.groups);
  const domain = spec.domain ?? resolved.domain;
  return { resolved, n, steps, dtype, stop, domain };
}

/** A group's starts as one run-major array, each checked finite and rounded as `descend` rounds it. */
function startsOf(group: BatchGroup, n: number, round: (x: number) => number): Float64Array {
  const given = group.starts;
  let flat: Float64Array;
  if (given instanceof Float64Array) {
    if (given.length % n !== 0) throw bad('start', `${given.length} numbers`);
    flat = Float64Array.from(given, round);
  } else {
    if (!Array.isArray(given)) throw bad('start', given);
    flat = new Float64Array(given.length * n);
    given.forEach((p, r) => {
      if (!Array.isArray(p) || p.length !== n) throw bad('start', p);
      for (let j = 0; j < n; j++) flat[r * n + j] = round(p[j]);
    });
  }
  for (const x of flat) if (!Number.isFinite(x)) throw bad('start', x);
  return flat;
}

/** The optimizer of a group, built as `descend` builds it; Newton needs a Hessian per run and is refused. */
function optimizerOf(
  o: OptimizerSpec | string,
  dtype: DType,
): { transform: Transform<unknown>; perRun: boolean } {
  const opt = typeof o === 'string' ? { name: o } : o;
  const built = makeOptimizer(
    opt.name,
    dtype === 'float32' ? { ...(opt.options ?? {}), dtype } : (opt.options ?? {}),
    opt.convention ?? 'pytorch',
  );
  if (built.name === 'newton') throw new DescensoError('sweep-not-batched', { what: 'newton' });
  // A global-norm clip looks at all the components it is given: one run at a time.
  return { transform: built, perRun: typeof built.options.clipNorm === 'number' };
}

function emptyResult(count: number, n: number): GroupResult {
  return {
    count,
    status: new Uint8Array(count),
    steps: new Int32Array(count),
    points: new Float64Array(count * n),
    values: new Float64Array(count),
    gradNorms: new Float64Array(count),
    divergedAt: new Int32Array(count).fill(-1),
    leftDomainAt: new Int32Array(count).fill(-1),
    bestStep: new Int32Array(count).fill(-1),
    bestValues: new Float64Array(count),
    bestPoints: new Float64Array(count * n),
  };
}

/** Runs sharing one optimizer instance, with their active slots. */
interface Lane {
  transform: Transform<unknown>;
  state: unknown;
  out: GroupResult;
  /** The run of each active slot, and how many slots are active. */
  runs: Int32Array;
  active: number;
  /** Per slot: the current point, gradient, value and this step's gradient norm. */
  p: Float64Array;
  g: Float64Array;
  v: Float64Array;
  norm: Float64Array;
  /** Per slot: the start, f there, and the limits of the divergence rule drawn from them. */
  start: Float64Array;
  f0: Float64Array;
  valueLimit: Float64Array;
  coordLimit: Float64Array;
  judgeDomain: Float64Array;
  /** Where this lane's slots sit in the shared buffers this step. */
  offset: number;
}

export function batchDescend(spec: BatchSpec): BatchResult {
  const { resolved, n, steps, dtype, stop, domain } = prepare(spec);
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  const groups = spec.groups.map((group) => ({
    starts: startsOf(group, n, round),
    ...optimizerOf(group.optimizer, dtype),
  }));
  const total = groups.reduce((s, g) => s + g.starts.length / n, 0);
  if (total > LIMITS.batchRuns) throw bad('runs', `${total}`);
  const kernel = batchKernel(resolved.formula, dtype, total);
  const shared = {
    q: new Float64Array(total * n),
    v: new Float64Array(total),
    g: new Float64Array(total * n),
  };
  const outs = groups.map((g) => emptyResult(g.starts.length / n, n));
  const lanes: Lane[] = [];
  groups.forEach((group, k) => {
    const count = outs[k].count;
    if (!group.perRun) lanes.push(startLane(group.transform, group.starts, outs[k], 0, count, n));
    else
      for (let r = 0; r < count; r++) lanes.push(startLane(group.transform, group.starts, outs[k], r, 1, n));
  });
  const judge = judgeOf(n, stop, domain);
  evaluateAll(lanes, kernel, shared, n, (lane) => lane.start);
  for (const lane of lanes) admit(lane, n, judge, domain);
  for (let at = 0; at < steps; at++) {
    for (const lane of lanes) check(lane, at, n, stop);
    const moving = lanes.filter((l) => l.active > 0);
    if (moving.length === 0) break;
    const moved = moving.map((lane) => {
      const params = [lane.p];
      const [updates, next] = lane.transform.update([Float64Array.from(lane.g)], lane.state, params, {
        step: at,
      });
      lane.state = next;
      return applyUpdates(params, updates, dtype)[0];
    });
    let offset = 0;
    moving.forEach((lane, k) => {
      lane.offset = offset;
      shared.q.set(moved[k], offset * n);
      offset += lane.active;
    });
    kernel.evaluate(shared.q, offset, shared.v, shared.g);
    for (const lane of moving) advance(lane, at, shared, n, stop, judge);
    spec.onStep?.(at + 1, steps);
  }
  for (const lane of lanes) finish(lane, n, steps);
  return { vars: resolved.formula.vars, groups: outs };
}

function startLane(
  transform: Transform<unknown>,
  starts: Float64Array,
  out: GroupResult,
  first: number,
  count: number,
  n: number,
): Lane {
  const p = starts.slice(first * n, (first + count) * n);
  const runs = new Int32Array(count);
  for (let r = 0; r < count; r++) runs[r] = first + r;
  return {
    transform,
    state: undefined,
    out,
    runs,
    active: count,
    p,
    g: new Float64Array(count * n),
    v: new Float64Array(count),
    norm: new Float64Array(count),
    start: p.slice(),
    f0: new Float64Array(count),
    valueLimit: new Float64Array(count),
    coordLimit: new Float64Array(count),
    judgeDomain: new Float64Array(count),
    offset: 0,
  };
}

/** f and ∇f at every lane's points `pick(lane)`, into the lanes' own v and g. */
function evaluateAll(
  lanes: Lane[],
  kernel: BatchKernel,
  shared: { q: Float64Array; v: Float64Array; g: Float64Array },
  n: number,
  pick: (lane: Lane) => Float64Array,
): void {
  let offset = 0;
  for (const lane of lanes) {
    shared.q.set(pick(lane), offset * n);
    lane.offset = offset;
    offset += lane.active;
  }
  kernel.evaluate(shared.q, offset, shared.v, shared.g);
  for (const lane of lanes) {
    lane.v.set(shared.v.subarray(lane.offset, lane.offset + lane.active));
    lane.g.set(shared.g.subarray(lane.offset * n, (lane.offset + lane.active) * n));
  }
}

type Judge = (v: number, q: Float64Array, at: number, lane: Lane, s: number) => number;

/**
 * `descend`'s rule for a step's outcome (train/descend.ts, `outcomeRule`) over a slot of a
 * batch: 0 ok, DIVERGED or LEFT_DOMAIN. The limits that depend only on the start are computed
 * once per run by `limitsOf`, exactly as `outcomeRule` computes them.
 */
function judgeOf(n: number, stop: StopSpec, domain: Domain | undefined): Judge {
  const point = new Array<number>(n);
  return (v, q, at, lane, s) => {
    if (!Number.isFinite(v)) return DIVERGED;
    if (
      stop.maxValue !== undefined
        ? Math.abs(v) > stop.maxValue
        : Math.abs(v - lane.f0[s]) > lane.valueLimit[s]
    )
      return DIVERGED;
    const coordLimit = lane.coordLimit[s];
    for (let j = 0; j < n; j++) {
      const x = q[at + j];
      if (!Number.isFinite(x)) return DIVERGED;
      if (
        stop.maxCoordinate !== undefined
          ? Math.abs(x) > stop.maxCoordinate
          : Math.abs(x - lane.start[s * n + j]) > coordLimit
      )
        return DIVERGED;
    }
    if (domain === undefined || lane.judgeDomain[s] === 0) return 0;
    for (let j = 0; j < n; j++) point[j] = q[at + j];
    return leftDomain(point, domain) ? LEFT_DOMAIN : 0;
  };
}

type Domain = readonly (readonly [number, number])[];

/** A slot's limits from its start and f(start), as `outcomeRule` computes them. */
function limitsOf(lane: Lane, s: number, n: number, domain: Domain | undefined): void {
  const f0 = lane.v[s];
  lane.f0[s] = f0;
  lane.valueLimit[s] = DIVERGENCE.value * Math.max(1, Math.abs(f0));
  let scale = 1;
  const start: number[] = [];
  for (let j = 0; j < n; j++) {
    start.push(lane.start[s * n + j]);
    scale = Math.max(scale, Math.abs(start[j]));
  }
  lane.coordLimit[s] = DIVERGENCE.coordinate * scale;
  lane.judgeDomain[s] = domain !== undefined && !leftDomain(start, domain) ? 1 : 0;
}

/** The hypot of slot s's gradient, as `descend` takes it (Math.hypot over the components). */
function normOf(g: Float64Array, s: number, n: number): number {
  if (n === 1) return Math.hypot(g[s]);
  if (n === 2) return Math.hypot(g[2 * s], g[2 * s + 1]);
  return Math.hypot(...g.subarray(s * n, s * n + n));
}

function record(lane: Lane, s: number, n: number, status: number, steps: number, gradNorm: number): void {
  const out = lane.out;
  const r = lane.runs[s];
  out.status[r] = status;
  out.steps[r] = steps;
  out.values[r] = lane.v[s];
  out.gradNorms[r] = gradNorm;
  for (let j = 0; j < n; j++) out.points[r * n + j] = lane.p[s * n + j];
}

/** The starts: one where f or ∇f is not defined, or judged diverged already, ends there; the rest begin. */
function admit(lane: Lane, n: number, judge: Judge, domain: Domain | undefined): void {
  const keep = new Int32Array(lane.active);
  let kept = 0;
  for (let s = 0; s < lane.active; s++) {
    const r = lane.runs[s];
    const out = lane.out;
    let finite = Number.isFinite(lane.v[s]);
    for (let j = 0; j < n; j++) finite &&= Number.isFinite(lane.g[s * n + j]);
    limitsOf(lane, s, n, domain);
    out.bestStep[r] = 0;
    out.bestValues[r] = lane.v[s];
    for (let j = 0; j < n; j++) out.bestPoints[r * n + j] = lane.p[s * n + j];
    if (!finite) {
      record(lane, s, n, UNDEFINED_START, 0, Number.NaN);
      out.bestStep[r] = -1;
      continue;
    }
    if (judge(lane.v[s], lane.p, s * n, lane, s) === DIVERGED) {
      // Only the stop's absolute limits can judge a start (descend says the same).
      record(lane, s, n, DIVERGED, 0, Number.NaN);
      out.divergedAt[r] = 0;
      out.bestStep[r] = -1;
      continue;
    }
    keep[kept++] = s;
  }
  compact(lane, keep, kept, n, true);
  lane.state = lane.transform.init([lane.p]);
}

/** The checks before a step: a non-finite gradient diverges here, a small one has converged. */
function check(lane: Lane, at: number, n: number, stop: StopSpec): void {
  const keep = new Int32Array(lane.active);
  let kept = 0;
  for (let s = 0; s < lane.active; s++) {
    const norm = normOf(lane.g, s, n);
    lane.norm[s] = norm;
    let finite = true;
    for (let j = 0; j < n; j++) finite &&= Number.isFinite(lane.g[s * n + j]);
    if (!finite) {
      record(lane, s, n, DIVERGED, at, norm);
      lane.out.divergedAt[lane.runs[s]] = at;
    } else if (stop.gradNorm !== undefined && norm <= stop.gradNorm) {
      record(lane, s, n, CONVERGED, at, norm);
    } else keep[kept++] = s;
  }
  compact(lane, keep, kept, n, false);
}

/** After the kernel: each slot's step is judged, taken, and checked for the value-change stop. */
function advance(
  lane: Lane,
  at: number,
  shared: { q: Float64Array; v: Float64Array; g: Float64Array },
  n: number,
  stop: StopSpec,
  judge: Judge,
): void {
  const keep = new Int32Array(lane.active);
  let kept = 0;
  const out = lane.out;
  for (let s = 0; s < lane.active; s++) {
    const at0 = (lane.offset + s) * n;
    const v = shared.v[lane.offset + s];
    const r = lane.runs[s];
    const outcome = judge(v, shared.q, at0, lane, s);
    if (outcome === DIVERGED) {
      record(lane, s, n, DIVERGED, at, lane.norm[s]);
      out.divergedAt[r] = at + 1;
      continue;
    }
    for (let j = 0; j < n; j++) {
      lane.p[s * n + j] = shared.q[at0 + j];
      lane.g[s * n + j] = shared.g[at0 + j];
    }
    const change = Math.abs(v - lane.v[s]);
    lane.v[s] = v;
    if (outcome === LEFT_DOMAIN) {
      record(lane, s, n, LEFT_DOMAIN, at + 1, normOf(lane.g, s, n));
      out.leftDomainAt[r] = at + 1;
      continue;
    }
    if (v < out.bestValues[r]) {
      out.bestValues[r] = v;
      out.bestStep[r] = at + 1;
      for (let j = 0; j < n; j++) out.bestPoints[r * n + j] = lane.p[s * n + j];
    }
    if (stop.valueChange !== undefined && change <= stop.valueChange) {
      record(lane, s, n, CONVERGED, at + 1, normOf(lane.g, s, n));
      continue;
    }
    keep[kept++] = s;
  }
  compact(lane, keep, kept, n, false);
}

/** Runs still going when the steps ran out. */
function finish(lane: Lane, n: number, steps: number): void {
  for (let s = 0; s < lane.active; s++) record(lane, s, n, MAX_STEPS, steps, normOf(lane.g, s, n));
}

/** Keeps the slots listed in `keep` (all others finished); the optimizer's state follows. */
function compact(lane: Lane, keep: Int32Array, kept: number, n: number, beforeInit: boolean): void {
  if (kept === lane.active) return;
  const length = lane.active * n;
  if (!beforeInit) lane.state = compactState(lane.state, length, n, keep, kept);
  lane.p = keepSlices(lane.p, n, keep, kept);
  lane.g = keepSlices(lane.g, n, keep, kept);
  lane.start = keepSlices(lane.start, n, keep, kept);
  lane.v = keepSlices(lane.v, 1, keep, kept);
  lane.f0 = keepSlices(lane.f0, 1, keep, kept);
  lane.valueLimit = keepSlices(lane.valueLimit, 1, keep, kept);
  lane.coordLimit = keepSlices(lane.coordLimit, 1, keep, kept);
  lane.judgeDomain = keepSlices(lane.judgeDomain, 1, keep, kept);
  lane.norm = keepSlices(lane.norm, 1, keep, kept);
  const runs = new Int32Array(kept);
  for (let k = 0; k < kept; k++) runs[k] = lane.runs[keep[k]];
  lane.runs = runs;
  lane.active = kept;
}
