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
import {
  applyUpdates,
  isSearching,
  makeOptimizer,
  type Optimizer,
  type OptimizerSpec,
  type Transform,
} from '../optim/index.js';
import { showValue } from '../text.js';
import { DIVERGENCE, leftDomain, resolveFunction, type StopSpec } from '../train/descend.js';
import {
  type BatchGroup,
  type BatchResult,
  type BatchSpec,
  CONVERGED,
  DIVERGED,
  type GroupResult,
  LEFT_DOMAIN,
  MAX_STEPS,
  UNDEFINED_START,
} from './batch-types.js';
import { compactState } from './compact.js';
import { type BatchKernel, batchKernel } from './kernel.js';

export * from './batch-types.js';

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

/**
 * The update of plain gradient descent (sgd without momentum, weight decay or clipping, a constant
 * lr — the same chain in both conventions: scale by −lr, then add), fused into one loop that
 * writes the moved points: the same two roundings per component as `scale` and `applyUpdates`.
 */
type FusedStep = (p: Float64Array, g: Float64Array, q: Float64Array, offset: number, length: number) => void;

function plainGradientStep(built: Optimizer, dtype: DType): FusedStep | undefined {
  const o = built.options;
  const plain =
    built.name === 'sgd' &&
    o.momentum === 0 &&
    o.weightDecay === 0 &&
    typeof o.lr === 'number' &&
    o.clipNorm === undefined &&
    o.clipValue === undefined;
  if (!plain) return undefined;
  if (dtype === 'float32') {
    const k = Math.fround(-(o.lr as number));
    return (p, g, q, offset, length) => {
      for (let i = 0; i < length; i++) q[offset + i] = Math.fround(p[i] + Math.fround(k * g[i]));
    };
  }
  const k = -(o.lr as number);
  return (p, g, q, offset, length) => {
    for (let i = 0; i < length; i++) q[offset + i] = p[i] + k * g[i];
  };
}

/** The optimizer of a group, built as `descend` builds it; Newton needs a Hessian per run and is refused. */
function optimizerOf(
  o: OptimizerSpec | string,
  dtype: DType,
): { transform: Transform<unknown>; perRun: boolean; fused?: FusedStep } {
  const opt = typeof o === 'string' ? { name: o } : o;
  const built = makeOptimizer(
    opt.name,
    dtype === 'float32' ? { ...(opt.options ?? {}), dtype } : (opt.options ?? {}),
    opt.convention ?? 'pytorch',
  );
  if (built.name === 'newton' || isSearching(built.name))
    throw new DescensoError('sweep-not-batched', { what: built.name });
  // A global-norm clip looks at all the components it is given: one run at a time.
  return {
    transform: built,
    perRun: typeof built.options.clipNorm === 'number',
    fused: plainGradientStep(built, dtype),
  };
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

/**
 * Runs sharing one optimizer instance. Arrays are allocated once for every run of the lane; the
 * first `active` slots (× n for points) are the runs still going, moved down in place as others finish.
 */
interface Lane {
  transform: Transform<unknown>;
  fused?: FusedStep;
  state: unknown;
  out: GroupResult;
  /** The run of each active slot, and how many slots are active. */
  runs: Int32Array;
  active: number;
  /** Per slot: the current point, gradient and value. */
  p: Float64Array;
  g: Float64Array;
  v: Float64Array;
  /** Per slot: the start, f there, and the limits of the divergence rule drawn from them. */
  start: Float64Array;
  f0: Float64Array;
  valueLimit: Float64Array;
  coordLimit: Float64Array;
  judgeDomain: Float64Array;
  /** The slots kept by the current pass (scratch). */
  keep: Int32Array;
  /** Where this lane's slots sit in the shared buffers this step. */
  offset: number;
}

type Shared = { q: Float64Array; v: Float64Array; g: Float64Array };

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
  const shared: Shared = {
    q: new Float64Array(total * n),
    v: new Float64Array(total),
    g: new Float64Array(total * n),
  };
  const outs = groups.map((g) => emptyResult(g.starts.length / n, n));
  const lanes: Lane[] = [];
  groups.forEach((group, k) => {
    const count = outs[k].count;
    const lane = (first: number, size: number) =>
      startLane(group.transform, group.fused, group.starts, outs[k], first, size, n);
    if (!group.perRun) lanes.push(lane(0, count));
    else for (let r = 0; r < count; r++) lanes.push(lane(r, 1));
  });
  const judge = judgeOf(n, stop, domain);
  evaluateAll(lanes, kernel, shared, n);
  for (const lane of lanes) admit(lane, n, judge, domain);
  for (let at = 0; at < steps; at++) {
    if (at === 0) for (const lane of lanes) check(lane, at, n, stop);
    const moving = lanes.filter((l) => l.active > 0);
    if (moving.length === 0) break;
    let offset = 0;
    for (const lane of moving) {
      lane.offset = offset;
      move(lane, at, n, dtype, shared.q);
      offset += lane.active;
    }
    kernel.evaluate(shared.q, offset, shared.v, shared.g);
    for (const lane of moving) advance(lane, at, shared, n, stop, judge, steps);
    spec.onStep?.(at + 1, steps);
  }
  for (const lane of lanes) finish(lane, n, steps);
  return { vars: resolved.formula.vars, groups: outs };
}

/** One optimizer step of a lane's active slots, the moved points written to q at the lane's offset. */
function move(lane: Lane, at: number, n: number, dtype: DType, q: Float64Array): void {
  const length = lane.active * n;
  const p = lane.p.subarray(0, length);
  if (lane.fused) {
    lane.fused(p, lane.g, q, lane.offset * n, length);
    return;
  }
  const params = [p];
  const grads = [lane.g.slice(0, length)];
  const [updates, next] = lane.transform.update(grads, lane.state, params, { step: at });
  lane.state = next;
  q.set(applyUpdates(params, updates, dtype)[0], lane.offset * n);
}

function startLane(
  transform: Transform<unknown>,
  fused: FusedStep | undefined,
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
    ...(fused ? { fused } : {}),
    state: undefined,
    out,
    runs,
    active: count,
    p,
    g: new Float64Array(count * n),
    v: new Float64Array(count),
    start: p.slice(),
    f0: new Float64Array(count),
    valueLimit: new Float64Array(count),
    coordLimit: new Float64Array(count),
    judgeDomain: new Float64Array(count),
    keep: new Int32Array(count),
    offset: 0,
  };
}

/** f and ∇f at every lane's starts, into the lanes' own v and g. */
function evaluateAll(lanes: Lane[], kernel: BatchKernel, shared: Shared, n: number): void {
  let offset = 0;
  for (const lane of lanes) {
    shared.q.set(lane.p.subarray(0, lane.active * n), offset * n);
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
type Domain = readonly (readonly [number, number])[];

/**
 * `descend`'s rule for a step's outcome (train/descend.ts, `outcomeRule`) over a slot of a
 * batch: 0 ok, DIVERGED or LEFT_DOMAIN. The limits that depend only on the start are computed
 * once per run by `limitsOf`, exactly as `outcomeRule` computes them; the domain test is
 * `leftDomain`'s, read in place.
 */
function judgeOf(n: number, stop: StopSpec, domain: Domain | undefined): Judge {
  const maxValue = stop.maxValue;
  const maxCoordinate = stop.maxCoordinate;
  const dims = domain === undefined ? 0 : Math.min(domain.length, n);
  const lows = Float64Array.from({ length: dims }, (_x, i) => (domain as Domain)[i][0]);
  const highs = Float64Array.from({ length: dims }, (_x, i) => (domain as Domain)[i][1]);
  return (v, q, at, lane, s) => {
    if (!Number.isFinite(v)) return DIVERGED;
    if (maxValue !== undefined ? Math.abs(v) > maxValue : Math.abs(v - lane.f0[s]) > lane.valueLimit[s])
      return DIVERGED;
    const coordLimit = lane.coordLimit[s];
    for (let j = 0; j < n; j++) {
      const x = q[at + j];
      if (!Number.isFinite(x)) return DIVERGED;
      if (
        maxCoordinate !== undefined
          ? Math.abs(x) > maxCoordinate
          : Math.abs(x - lane.start[s * n + j]) > coordLimit
      )
        return DIVERGED;
    }
    if (dims === 0 || lane.judgeDomain[s] === 0) return 0;
    for (let i = 0; i < dims; i++) {
      const lo = lows[i];
      const hi = highs[i];
      const w = hi - lo;
      const x = q[at + i];
      if (x < lo - w || x > hi + w) return LEFT_DOMAIN;
    }
    return 0;
  };
}

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

/**
 * Whether slot s's gradient norm is at most tol, as `Math.hypot(...g) <= tol` decides it. The
 * plain √Σg² is within a few ulps of hypot unless a square overflows (then both are huge) or
 * underflows (then it is smaller): when it is clearly above tol the answer is no without the
 * slower hypot; otherwise hypot decides.
 */
function within(g: Float64Array, s: number, n: number, tol: number): boolean {
  let sq = 0;
  for (let j = 0; j < n; j++) sq += g[s * n + j] * g[s * n + j];
  if (Math.sqrt(sq) > tol * (1 + 1e-9)) return false;
  return normOf(g, s, n) <= tol;
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
  const keep = lane.keep;
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
  compact(lane, kept, n, true);
  if (!lane.fused) lane.state = lane.transform.init([lane.p.subarray(0, lane.active * n)]);
}

/**
 * The checks before step `at` of slot s: a non-finite gradient diverges here, a small one has
 * converged. True when the run ended.
 */
function stopsBefore(lane: Lane, s: number, at: number, n: number, tol: number | undefined): boolean {
  let finite = true;
  for (let j = 0; j < n; j++) finite &&= Number.isFinite(lane.g[s * n + j]);
  if (!finite) {
    record(lane, s, n, DIVERGED, at, normOf(lane.g, s, n));
    lane.out.divergedAt[lane.runs[s]] = at;
    return true;
  }
  if (tol !== undefined && within(lane.g, s, n, tol)) {
    record(lane, s, n, CONVERGED, at, normOf(lane.g, s, n));
    return true;
  }
  return false;
}

/** The checks before the first step (advance makes them for the later ones, in the same pass). */
function check(lane: Lane, at: number, n: number, stop: StopSpec): void {
  const keep = lane.keep;
  let kept = 0;
  for (let s = 0; s < lane.active; s++) if (!stopsBefore(lane, s, at, n, stop.gradNorm)) keep[kept++] = s;
  compact(lane, kept, n, false);
}

/**
 * After the kernel: each slot's step is judged, taken, and checked for the value-change stop;
 * then, when another step follows, the checks before it (what `check` does) in the same pass.
 */
function advance(
  lane: Lane,
  at: number,
  shared: Shared,
  n: number,
  stop: StopSpec,
  judge: Judge,
  steps: number,
): void {
  const next = at + 1 < steps;
  const keep = lane.keep;
  let kept = 0;
  const out = lane.out;
  const { q, v: values, g } = shared;
  for (let s = 0; s < lane.active; s++) {
    const at0 = (lane.offset + s) * n;
    const v = values[lane.offset + s];
    const r = lane.runs[s];
    const outcome = judge(v, q, at0, lane, s);
    if (outcome === DIVERGED) {
      // The point and gradient are still the step's start: its norm is the one descend keeps.
      record(lane, s, n, DIVERGED, at, normOf(lane.g, s, n));
      out.divergedAt[r] = at + 1;
      continue;
    }
    for (let j = 0; j < n; j++) {
      lane.p[s * n + j] = q[at0 + j];
      lane.g[s * n + j] = g[at0 + j];
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
    if (next && stopsBefore(lane, s, at + 1, n, stop.gradNorm)) continue;
    keep[kept++] = s;
  }
  compact(lane, kept, n, false);
}

/** Runs still going when the steps ran out. */
function finish(lane: Lane, n: number, steps: number): void {
  for (let s = 0; s < lane.active; s++) record(lane, s, n, MAX_STEPS, steps, normOf(lane.g, s, n));
}

/** Moves the `kept` slots listed in lane.keep (ascending) to the front, in place; the optimizer's state follows. */
function compact(lane: Lane, kept: number, n: number, beforeInit: boolean): void {
  if (kept === lane.active) return;
  const keep = lane.keep;
  if (!beforeInit && !lane.fused)
    lane.state = compactState(lane.state, lane.active * n, n, keep.subarray(0, kept), kept);
  for (const a of [lane.p, lane.g, lane.start]) moveDown(a, n, keep, kept);
  for (const a of [lane.v, lane.f0, lane.valueLimit, lane.coordLimit, lane.judgeDomain])
    moveDown(a, 1, keep, kept);
  for (let k = 0; k < kept; k++) lane.runs[k] = lane.runs[keep[k]];
  lane.active = kept;
}

/** Slices keep[0], keep[1], … (ascending, each ≥ its index) moved to slots 0, 1, …: a forward copy is safe. */
function moveDown(a: Float64Array, n: number, keep: Int32Array, kept: number): void {
  for (let k = 0; k < kept; k++) {
    const from = keep[k] * n;
    if (from === k * n) continue;
    for (let j = 0; j < n; j++) a[k * n + j] = a[from + j];
  }
}
