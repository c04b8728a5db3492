/**
 * descend: an optimizer walking a function of n variables (a catalog surface or a formula).
 * The function is compiled once through the engine; each step takes its gradient (automatic,
 * or forward/central differences as the tutorials do by hand), lets the optimizer turn it into an
 * update, and records the point and the value. Divergence is a status, never a stream of NaN.
 */
import type { DType } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import type { DescendOption } from '../i18n/en/train.js';
import { LIMITS } from '../limits.js';
import {
  applyUpdates,
  type Extra,
  isDerivativeFree,
  isSearching,
  makeOptimizer,
  nelderMeadStateOf,
  type OptimizerSpec,
  type Params,
  resolveOptimizerName,
  type SearchTrace,
  searchTraceOf,
  simplexMeasure,
  simplexSpread,
  type Transform,
} from '../optim/index.js';
import { MAX_TRACE_TRIALS } from '../optim/search.js';
import { RandomState } from '../random/index.js';
import { showValue } from '../text.js';
import { checkBudget } from './budget.js';
import { fastDescend } from './descend-fast.js';
import { compileFormula, resolveFunction, stepGradient } from './descend-function.js';
import { DIVERGENCE, outcomeRule } from './divergence.js';
import { countEvaluations } from './evaluations.js';
import { type GradientMethod, gradientMethodNames } from './gradient-methods.js';

export { compileFormula, differenceGradient, parseUserFormula, resolveFunction } from './descend-function.js';
export { DIVERGENCE, leftDomain } from './divergence.js';
export type { GradientMethod } from './gradient-methods.js';
/**
 * How a descent ended: the steps ran out, a stop rule was met, it diverged (a non-finite value or
 * point, or growth far beyond where it started, see `DIVERGENCE`), or it left the domain of the
 * function (see `leftDomain`): a finite point, but far outside the region the function is about,
 * where a value such as peaks' 10⁻¹⁰⁶ would otherwise "win".
 */
export type DescendStatus = 'max-steps' | 'converged' | 'diverged' | 'left-domain';

export interface StopSpec {
  /** Stop (converged) when the gradient's norm falls to this or below. */
  gradNorm?: number;
  /** Stop (converged) when the value changes by this or less in one step. */
  valueChange?: number;
  /**
   * Absolute limits, when given: diverged when |f| exceeds `maxValue` or a coordinate exceeds
   * `maxCoordinate`. Without them divergence is judged relative to the start (see `DIVERGENCE`).
   */
  maxValue?: number;
  maxCoordinate?: number;
}

/** What a descent keeps: the start, every `every`-th step and the last (default every 1: all). */
export interface RecordSpec {
  every?: number;
}

export interface DescendSpec {
  /** A catalog id (see `surfaces`), or `formula`. */
  surface?: string;
  formula?: string;
  /** Variable order for an n-D formula (default: order of first appearance). */
  vars?: string[];
  optimizer: OptimizerSpec | string;
  /** Starting point (default: the surface's first start, or zeros). */
  start?: number[];
  steps?: number;
  gradient?: GradientMethod;
  /** Step of the finite differences (default 1e-5, the first tutorial's). */
  h?: number;
  stop?: StopSpec;
  /**
   * The region the function is about, one [low, high] per variable, or for the first variables
   * only (an experiment's drawn ranges cover at most two); default: a catalog surface's own
   * domain; a formula has none unless given. See `leftDomain`.
   */
  domain?: readonly (readonly [number, number])[];
  /** Which steps to keep (default all): memory is bounded by what is recorded. */
  record?: RecordSpec;
  /** Gaussian noise of this standard deviation added to each gradient component (seeded). */
  noise?: { sigma: number; seed?: number };
  /**
   * 'float32' compiles the function in float32, runs the optimizer in float32 and rounds the start
   * (Math.fround), so every recorded number is one a float32 framework prints (default float64).
   */
  dtype?: DType;
  /** Called after each step with the steps taken so far and the steps asked for (progress bars). */
  onStep?: (done: number, total: number) => void;
}

export interface DescendRun {
  vars: string[];
  /**
   * The recorded points, the start first: every step by default (steps + 1 rows when no stop
   * came earlier); with `recordEvery` K, steps 0, K, 2K, … and always the last (see `stepOfRow`).
   */
  points: number[][];
  /** f at each point. */
  values: number[];
  /** ‖∇f‖ at each point (the gradient used for the step leaving it). */
  gradNorms: number[];
  status: DescendStatus;
  /** Steps taken. */
  steps: number;
  /** For status 'diverged': the step that produced a non-finite or overflowing point. */
  divergedAt?: number;
  /** For status 'left-domain': the step whose point left the domain (it is the last point). */
  leftDomainAt?: number;
  /** The K of record.every when it is more than 1. */
  recordEvery?: number;
  /** The lowest finite value met, with its step and point. */
  best?: { step: number; point: number[]; value: number };
  /**
   * Evaluations so far at each recorded row (cumulative, the start's included): `value` counts f
   * alone or with its gradient, `gradient` counts ∇f. Compared across methods that search (a line
   * search costs several f per step) and those that do not (one f and one ∇f per step).
   */
  evaluations?: { value: number[]; gradient: number[] };
  /** For methods that search: each recorded step's trace (trial points or simplex), null where none. */
  traces?: (SearchTrace | null)[];
}

/** The step of recorded row i of a run (the last row is the last step). */
export function stepOfRow(run: Pick<DescendRun, 'points' | 'steps' | 'recordEvery'>, i: number): number {
  return i === run.points.length - 1 ? run.steps : i * (run.recordEvery ?? 1);
}

const DEFAULT_STEPS = 100;

function check(cond: boolean, option: DescendOption, value: unknown): void {
  // showValue, not String: a symbol or an object whose toString is no function would throw here.
  if (!cond)
    throw new DescensoError('descend-bad-option', {
      option,
      value: typeof value === 'string' ? value : showValue(value),
    });
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const optionalObject = (v: unknown) => v === undefined || (isObject(v) && !Array.isArray(v));
const optionalFinite = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

/** The shape of a spec, checked once before anything reads it (the options are checked in `prepare`). */
function checkSpec(spec: DescendSpec): void {
  check(isObject(spec) && !Array.isArray(spec), 'spec', spec);
  check(spec.surface === undefined || typeof spec.surface === 'string', 'surface', spec.surface);
  check(spec.formula === undefined || typeof spec.formula === 'string', 'formula', spec.formula);
  check(
    spec.vars === undefined || (Array.isArray(spec.vars) && spec.vars.every((v) => typeof v === 'string')),
    'vars',
    spec.vars,
  );
  const opt = spec.optimizer;
  check(typeof opt === 'string' || (isObject(opt) && typeof opt.name === 'string'), 'optimizer', opt);
  check(optionalObject(spec.stop), 'stop', spec.stop);
  const stop = spec.stop ?? {};
  for (const k of ['gradNorm', 'valueChange', 'maxValue', 'maxCoordinate'] as const)
    check(optionalFinite(stop[k]), 'stop', stop);
  check(optionalObject(spec.record), 'record', spec.record);
  check(optionalObject(spec.noise), 'noise', spec.noise);
  check(optionalFinite(spec.noise?.seed), 'noise', spec.noise);
}

/** A point as the user wrote the variables: "x = 1, y = 2". */
export function pointText(vars: readonly string[], p: readonly number[]): string {
  return p.map((x, i) => `${vars[i] ?? `x${i}`} = ${x}`).join(', ');
}

/** The checked spec: the function, the start and every option with its default. */
function prepare(spec: DescendSpec) {
  checkSpec(spec);
  const resolved = resolveFunction(spec);
  const { formula } = resolved;
  const n = formula.vars.length;
  const steps = spec.steps ?? DEFAULT_STEPS;
  check(Number.isInteger(steps) && steps >= 0 && steps <= LIMITS.steps, 'steps', steps);
  const start = spec.start ?? resolved.start ?? new Array(n).fill(0);
  check(Array.isArray(start), 'start', start);
  if (start.length !== n)
    throw new DescensoError('descend-start-length', {
      nvars: n,
      vars: formula.vars.join(', '),
      count: start.length,
      start: start.map(showValue).join(', '),
    });
  for (const x of start)
    check(typeof x === 'number' && Number.isFinite(x), 'start', start.map(showValue).join(', '));
  const dtype = spec.dtype ?? 'float64';
  check(dtype === 'float64' || dtype === 'float32', 'dtype', dtype);
  const method = spec.gradient ?? 'autodiff';
  check(
    typeof method === 'string' && (gradientMethodNames as readonly string[]).includes(method),
    'gradient',
    method,
  );
  const h = spec.h ?? 1e-5;
  check(typeof h === 'number' && Number.isFinite(h) && h > 0, 'h', h);
  const sigma = spec.noise?.sigma ?? 0;
  check(typeof sigma === 'number' && Number.isFinite(sigma) && sigma >= 0, 'noise', sigma);
  check(spec.onStep === undefined || typeof spec.onStep === 'function', 'onStep', spec.onStep);
  const every = spec.record?.every ?? 1;
  check(Number.isInteger(every) && every >= 1, 'record.every', every);
  const domain = spec.domain ?? resolved.domain;
  if (domain !== undefined) {
    const ok =
      Array.isArray(domain) &&
      domain.length >= 1 &&
      domain.length <= n &&
      domain.every(
        (r) =>
          Array.isArray(r) && r.length === 2 && Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[0] < r[1],
      );
    check(ok, 'domain', showValue(domain));
  }
  // Rows kept: the start, every K-th step and the last; each holds n coordinates, f, ‖∇f‖ and the
  // two evaluation counts, and for a searching method its trace (at most MAX_TRACE_TRIALS points).
  const searches = isSearchingSpec(spec.optimizer);
  checkBudget((Math.floor(steps / every) + 2) * (n + 4 + (searches ? MAX_TRACE_TRIALS * n : 0)), 'descend');
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  return {
    formula,
    n,
    steps,
    start: start.map(round),
    method: method as GradientMethod,
    h,
    sigma,
    every,
    domain,
    dtype,
    round,
    searches,
  };
}

/** Whether the spec's optimizer searches (an unknown name is makeOptimizer's to refuse). */
function isSearchingSpec(optimizer: DescendSpec['optimizer']): boolean {
  const name = typeof optimizer === 'string' ? optimizer : optimizer.name;
  try {
    return isSearching(resolveOptimizerName(name));
  } catch {
    return false;
  }
}

/** The checked spec as `descend` reads it (descend-fast.ts reads it too). */
export type Prepared = ReturnType<typeof prepare>;
export { prepare as prepareDescend };

export function descend(spec: DescendSpec): DescendRun {
  const prepared = prepare(spec);
  // The common case runs in one fused loop, bit for bit the run below (descend-fast.ts).
  return fastDescend(spec, prepared, DIVERGENCE) ?? descendLoop(spec, prepared);
}

/** descend's generic loop: every gradient method, noise, optimizer and schedule. */
export function descendLoop(spec: DescendSpec, prepared: Prepared = prepare(spec)): DescendRun {
  const { formula, steps, start, method, h, sigma, every, domain, dtype, round, searches } = prepared;
  const fn = compileFormula(formula, dtype);
  const stop = spec.stop ?? {};
  const opt = typeof spec.optimizer === 'string' ? { name: spec.optimizer } : spec.optimizer;
  const built = makeOptimizer(
    opt.name,
    dtype === 'float32' ? { ...(opt.options ?? {}), dtype } : (opt.options ?? {}),
    opt.convention ?? 'pytorch',
  );
  const optimizer: Transform<unknown> = built;
  // Nelder–Mead evaluates f alone: it is stopped by its simplex (nelder-mead.ts, simplexSpread).
  const derivativeFree = isDerivativeFree(built.name);
  const needsHessian = opt.name === 'newton';
  const rng = spec.noise ? new RandomState(spec.noise.seed ?? 0) : undefined;

  const computeGradient = stepGradient(fn, method, h, dtype, round);
  // Every f and ∇f the run asks for goes through the counter, its own and a line search's.
  const counted = countEvaluations((p) => round(fn.value(p)), computeGradient);
  // A derivative-free method's ‖∇f‖ at its points is measured for the record, not an evaluation it made.
  const gradientAt = derivativeFree ? computeGradient : (p: number[]) => counted.valueAndGrad(p);
  const valueFunctions: Pick<Extra, 'value' | 'valueAndGrad'> = {
    value: (ps) => counted.value(Array.from(ps[0])),
    valueAndGrad: (ps) => {
      const [v, gq] = counted.valueAndGrad(Array.from(ps[0]));
      return { value: v, grads: [Float64Array.from(gq)] };
    },
  };

  let [value, g] = gradientAt(start);
  // its f at the start is the first vertex of its simplex (extra.loss): one evaluation
  if (derivativeFree) counted.value(start);
  if (!Number.isFinite(value) || !g.every(Number.isFinite))
    throw new DescensoError('descend-undefined-start', {
      point: pointText(formula.vars, start),
      gradient: Number.isFinite(value),
    });
  const judge = outcomeRule(start, value, stop, domain);

  let params: Params = [Float64Array.from(start)];
  let state = optimizer.init(params);
  let p = start.slice();
  const points: number[][] = [];
  const values: number[] = [];
  const gradNorms: number[] = [];
  const evaluations = { value: [] as number[], gradient: [] as number[] };
  const traces: (SearchTrace | null)[] = [];
  /** The trace of the update that led to the current point (none at the start). */
  let lastTrace: SearchTrace | null = null;
  let recordedAt = -1;
  const keep = (at: number, norm: number) => {
    points.push(p);
    values.push(value);
    gradNorms.push(norm);
    evaluations.value.push(counted.counts.value);
    evaluations.gradient.push(counted.counts.gradient);
    if (searches) traces.push(lastTrace);
    recordedAt = at;
  };
  let best = { step: 0, point: p, value };
  let status: DescendStatus = 'max-steps';
  let divergedAt: number | undefined;
  let leftDomainAt: number | undefined;
  let at = 0;
  let lastNorm = Number.NaN;
  let normAt = -1;
  if (judge(value, start) === 'diverged') {
    // Only explicit absolute limits can judge the start itself.
    keep(0, Number.NaN);
    return {
      vars: formula.vars,
      points,
      values,
      gradNorms,
      status: 'diverged',
      steps: 0,
      divergedAt: 0,
      evaluations,
      ...(searches ? { traces } : {}),
    };
  }
  while (at < steps) {
    if (rng) g = g.map((gi) => round(gi + round(sigma * rng.normal(0, 1))));
    const norm = Math.hypot(...g);
    lastNorm = norm;
    normAt = at;
    if (at % every === 0) keep(at, norm);
    if (!g.every(Number.isFinite)) {
      status = 'diverged';
      divergedAt = at;
      break;
    }
    const simplex = derivativeFree ? nelderMeadStateOf(state) : null;
    if (stop.gradNorm !== undefined && (simplex ? simplexSpread(simplex) : norm) <= stop.gradNorm) {
      status = 'converged';
      break;
    }
    const extra: Extra = {
      ...(needsHessian ? { hessian: [fn.hessian(Array.from(params[0]))] } : {}),
      step: at,
      ...(searches ? { loss: value, ...valueFunctions } : {}),
    };
    const [updates, next] = optimizer.update([Float64Array.from(g)], state, params, extra);
    state = next;
    const moved = applyUpdates(params, updates, dtype);
    const q = Array.from(moved[0]);
    const [v, gNext] = gradientAt(q);
    const outcome = judge(v, q);
    if (outcome === 'diverged') {
      status = 'diverged';
      divergedAt = at + 1;
      break;
    }
    params = moved;
    p = q;
    if (searches) lastTrace = searchTraceOf(state);
    // Nelder–Mead's best value often stays put for steps: its value change is the simplex's spread
    const after = derivativeFree ? nelderMeadStateOf(state) : null;
    const change = after ? simplexMeasure(after).spread : Math.abs(v - value);
    value = v;
    g = gNext;
    at++;
    spec.onStep?.(at, steps);
    if (outcome === 'left-domain') {
      status = 'left-domain';
      leftDomainAt = at;
      break;
    }
    if (value < best.value) best = { step: at, point: p, value };
    if (stop.valueChange !== undefined && change <= stop.valueChange) {
      status = 'converged';
      break;
    }
  }
  if (recordedAt !== at) keep(at, normAt === at ? lastNorm : Math.hypot(...g));
  return {
    vars: formula.vars,
    points,
    values,
    gradNorms,
    status,
    steps: at,
    ...(divergedAt !== undefined ? { divergedAt } : {}),
    ...(leftDomainAt !== undefined ? { leftDomainAt } : {}),
    ...(every > 1 ? { recordEvery: every } : {}),
    best,
    evaluations,
    ...(searches ? { traces } : {}),
  };
}
