/**
 * descend: an optimizer walking a function of n variables (a catalog surface or a formula).
 * The function is compiled once through the engine; each step takes its gradient (automatic,
 * or forward/central differences as the tutorials do by hand), lets the optimizer turn it into an
 * update, and records the point and the value. Divergence is a status, never a stream of NaN.
 */
import { type Compiled, compile, gradients, type Tensor } from '../autodiff/index.js';
import { DescensoError, withSource } from '../errors.js';
import { type Formula, formulaFunction, parseFormula } from '../expr/index.js';
import {
  applyUpdates,
  makeOptimizer,
  type OptimizerSpec,
  type Params,
  type Transform,
} from '../optim/index.js';
import { RandomState } from '../random/index.js';
import { getSurface, surfaceFormula } from '../surfaces/index.js';

export type GradientMethod = 'autodiff' | 'forward' | 'central';
export type DescendStatus = 'max-steps' | 'converged' | 'diverged';

export interface StopSpec {
  /** Stop (converged) when the gradient's norm falls to this or below. */
  gradNorm?: number;
  /** Stop (converged) when the value changes by this or less in one step. */
  valueChange?: number;
  /** Diverged when |f| exceeds this (default 1e12) or a coordinate exceeds `maxCoordinate` (default 1e8). */
  maxValue?: number;
  maxCoordinate?: number;
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
  /** Gaussian noise of this standard deviation added to each gradient component (seeded). */
  noise?: { sigma: number; seed?: number };
  /** Called after each step with the steps taken so far and the steps asked for (progress bars). */
  onStep?: (done: number, total: number) => void;
}

export interface DescendRun {
  vars: string[];
  /** steps + 1 rows (the start first) when no stop came earlier. */
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
}

const DEFAULT_STEPS = 100;
const MAX_STEPS = 1_000_000;

function check(cond: boolean, what: string, value: unknown): void {
  if (!cond) throw new DescensoError('bad-value', { what, value: String(value) });
}

/** The formula and default start of a spec: a catalog surface, or a formula the user typed. */
export function resolveFunction(spec: Pick<DescendSpec, 'surface' | 'formula' | 'vars'>): {
  formula: Formula;
  start?: number[];
} {
  if (spec.surface !== undefined) {
    const s = getSurface(spec.surface);
    return { formula: surfaceFormula(s), start: s.starts[0] };
  }
  if (spec.formula === undefined)
    throw new DescensoError('bad-value', { what: 'surface or formula', value: 'none' });
  const text = spec.formula;
  return { formula: withSource(text, () => parseUserFormula(text, spec.vars)) };
}

const SURFACE_NAMES = ['x', 'y', 'w0', 'w_0', 'w₀', 'w1', 'w_1', 'w₁'];

/**
 * A formula the user typed: its variables in order of first appearance (or as named), except that
 * a function of two of x, y, w0, w1 (and their spellings) is read as a surface in (x, y).
 */
export function parseUserFormula(text: string, vars?: readonly string[]): Formula {
  const nd = parseFormula(text, { kind: 'nd', vars: vars ? [...vars] : undefined });
  if (!vars && nd.vars.length === 2 && nd.vars.every((v) => SURFACE_NAMES.includes(v)))
    return parseFormula(text, { kind: 'surface' });
  return nd;
}

/** A compiled f and ∇f of n scalar arguments. */
export function compileFormula(formula: Formula) {
  const f = formulaFunction(formula);
  const n = formula.vars.length;
  const shapes = Array.from({ length: n }, () => [] as number[]);
  const c = compile(f, shapes);
  let rows: Compiled[] | undefined;
  return {
    n,
    value: (p: readonly number[]) => c.value(...p) as number,
    valueAndGrad: (p: readonly number[]): [number, number[]] => {
      const r = c.valueAndGrad(...p);
      return [r.value as number, r.grads as number[]];
    },
    /** Row i of the Hessian is the gradient of ∂f/∂xᵢ: each row compiled once, on first use. */
    hessian: (p: readonly number[]): Float64Array => {
      rows ??= formula.vars.map((_v, i) => compile((...xs: Tensor[]) => gradients(f(...xs), xs)[i], shapes));
      const H = new Float64Array(n * n);
      rows.forEach((row, i) => {
        const g = row.valueAndGrad(...p).grads as number[];
        for (let j = 0; j < n; j++) H[i * n + j] = g[j];
      });
      return H;
    },
  };
}

/**
 * f and its gradient by the tutorials' difference quotients, coordinate by coordinate:
 * (f(p + h·eᵢ) − f(p)) / h, or (f(p + h·eᵢ) − f(p − h·eᵢ)) / 2h — in that order of operations.
 */
export function differenceGradient(
  f: (p: readonly number[]) => number,
  p: readonly number[],
  method: 'forward' | 'central',
  h: number,
): [number, number[]] {
  const v = f(p);
  const g = p.map((x, i) => {
    const q = p.slice();
    q[i] = x + h;
    if (method === 'forward') return (f(q) - v) / h;
    const r = p.slice();
    r[i] = x - h;
    return (f(q) - f(r)) / (2 * h);
  });
  return [v, g];
}

export function descend(spec: DescendSpec): DescendRun {
  const { formula, start: defaultStart } = resolveFunction(spec);
  const fn = compileFormula(formula);
  const n = fn.n;
  const steps = spec.steps ?? DEFAULT_STEPS;
  check(Number.isInteger(steps) && steps >= 0 && steps <= MAX_STEPS, 'steps', steps);
  const start = spec.start ?? defaultStart ?? new Array(n).fill(0);
  check(start.length === n, `start (${n} coordinates: ${formula.vars.join(', ')})`, start.join(','));
  for (const x of start) check(Number.isFinite(x), 'start', start.join(','));
  const method = spec.gradient ?? 'autodiff';
  check(['autodiff', 'forward', 'central'].includes(method), 'gradient', method);
  const h = spec.h ?? 1e-5;
  check(Number.isFinite(h) && h > 0, 'h', h);
  const stop = spec.stop ?? {};
  const maxValue = stop.maxValue ?? 1e12;
  const maxCoord = stop.maxCoordinate ?? 1e8;

  const opt = typeof spec.optimizer === 'string' ? { name: spec.optimizer } : spec.optimizer;
  const optimizer: Transform<unknown> = makeOptimizer(
    opt.name,
    opt.options ?? {},
    opt.convention ?? 'pytorch',
  );
  const needsHessian = opt.name === 'newton';
  const rng = spec.noise ? new RandomState(spec.noise.seed ?? 0) : undefined;
  const sigma = spec.noise?.sigma ?? 0;
  check(Number.isFinite(sigma) && sigma >= 0, 'noise', sigma);
  check(spec.onStep === undefined || typeof spec.onStep === 'function', 'onStep', typeof spec.onStep);

  const gradientAt = (p: number[]): [number, number[]] => {
    if (method === 'autodiff') {
      const [v, g] = fn.valueAndGrad(p);
      return [v, g.slice()];
    }
    return differenceGradient(fn.value, p, method, h);
  };

  let params: Params = [Float64Array.from(start)];
  let state = optimizer.init(params);
  const points: number[][] = [start.slice()];
  const values: number[] = [];
  const gradNorms: number[] = [];
  let status: DescendStatus = 'max-steps';
  let divergedAt: number | undefined;
  let [value, g] = gradientAt(start);
  const bad = (v: number, p: ArrayLike<number>) =>
    !Number.isFinite(v) ||
    Math.abs(v) > maxValue ||
    Array.from(p).some((x) => !Number.isFinite(x) || Math.abs(x) > maxCoord);
  values.push(value);
  if (bad(value, start)) {
    return {
      vars: formula.vars,
      points,
      values,
      gradNorms: [Number.NaN],
      status: 'diverged',
      steps: 0,
      divergedAt: 0,
    };
  }
  let k = 0;
  for (; k < steps; k++) {
    if (rng) g = g.map((gi) => gi + sigma * rng.normal(0, 1));
    const norm = Math.hypot(...g);
    gradNorms.push(norm);
    if (!g.every(Number.isFinite)) {
      status = 'diverged';
      divergedAt = k;
      break;
    }
    if (stop.gradNorm !== undefined && norm <= stop.gradNorm) {
      status = 'converged';
      break;
    }
    const extra = needsHessian ? { hessian: [fn.hessian(Array.from(params[0]))], step: k } : { step: k };
    const [updates, next] = optimizer.update([Float64Array.from(g)], state, params, extra);
    state = next;
    const moved = applyUpdates(params, updates);
    const p = Array.from(moved[0]);
    const [v, gNext] = gradientAt(p);
    if (bad(v, p)) {
      status = 'diverged';
      divergedAt = k + 1;
      k++;
      break;
    }
    params = moved;
    points.push(p);
    values.push(v);
    spec.onStep?.(k + 1, steps);
    const change = Math.abs(v - value);
    value = v;
    g = gNext;
    if (stop.valueChange !== undefined && change <= stop.valueChange) {
      status = 'converged';
      k++;
      break;
    }
  }
  if (gradNorms.length < points.length) gradNorms.push(Math.hypot(...g));
  return {
    vars: formula.vars,
    points,
    values,
    gradNorms,
    status,
    steps: points.length - 1,
    ...(divergedAt !== undefined ? { divergedAt } : {}),
  };
}
