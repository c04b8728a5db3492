import { DescensoError } from '../errors.js';
import { showValue } from '../text.js';
import { checkShape, copy, fullLike, needParams, sign, zerosLike } from './arrays.js';
import type { Dtype, Params, Round, Schedule, Transform, Updates } from './types.js';
import { rounder } from './types.js';
import { dtypeOf, finiteNumber, fn, nonNegative, positive, unitClosed, unitOpen } from './validate.js';

/**
 * The building blocks of every optimizer, after optax: each is a pure `Transform` that turns
 * gradients into updates. A named optimizer is a `chain` of them ending in the learning rate, so
 * PyTorch's and Keras's variants differ only in which blocks, in which order, with which flags.
 *
 * In float32 mode every arithmetic result is rounded with Math.fround, and constants derived from
 * hyper-parameters (1 − β, bias corrections) are computed in float64 and rounded once, as both
 * frameworks do when a Python float meets a float32 tensor.
 */

export interface DtypeOption {
  dtype?: Dtype;
}

/** The state of a transform that keeps nothing. */
export type EmptyState = Record<string, never>;

/** The state of a transform that only counts its updates. */
export interface CountState {
  readonly count: number;
}

/** Multiplies the updates by a constant. */
export function scale(factor: number, options: DtypeOption = {}): Transform<EmptyState> {
  const r = rounder(dtypeOf('scale', options));
  const k = r(finiteNumber('scale', 'factor', factor));
  return {
    init: () => ({}),
    update(grads, state) {
      return [grads.map((g) => g.map((x) => r(k * x))), state];
    },
  };
}

/**
 * Multiplies the updates by `schedule(step)`. The step is `extra.step` when the caller gives one,
 * otherwise the number of updates this transform has seen.
 */
export function scaleBySchedule(schedule: Schedule, options: DtypeOption = {}): Transform<CountState> {
  const r = rounder(dtypeOf('scaleBySchedule', options));
  const f = fn<Schedule>('scaleBySchedule', 'schedule', schedule);
  return {
    init: () => ({ count: 0 }),
    update(grads, state, _params, extra) {
      const step = extra?.step ?? state.count;
      const value = f(step);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new DescensoError('optim-bad-lr', { step, value: showValue(value) });
      }
      const k = r(value);
      return [grads.map((g) => g.map((x) => r(k * x))), { count: state.count + 1 }];
    },
  };
}

function checkedLr(lr: Schedule): Schedule {
  return (step) => {
    const value = lr(step);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new DescensoError('optim-bad-lr', { step, value: showValue(value) });
    }
    return value;
  };
}

/** Multiplies the updates by −lr: the last block of every optimizer, turning a direction into a step. */
export function scaleByLearningRate(
  lr: number | Schedule,
  options: DtypeOption = {},
): Transform<EmptyState> | Transform<CountState> {
  if (typeof lr === 'number') return scale(-positive('scaleByLearningRate', 'lr', lr), options);
  const checked = checkedLr(fn<Schedule>('scaleByLearningRate', 'lr', lr));
  return scaleBySchedule((step) => -checked(step), options);
}

export interface TraceState {
  /** The momentum buffer (PyTorch's momentum_buffer, Keras's velocity when lr comes first). */
  readonly buf: Float64Array[];
  readonly started: boolean;
}

/**
 * Momentum: b ← μ·b + (1 − τ)·g, except that the first step sets b = g (PyTorch's rule, which
 * also skips dampening on that step); the output is b, or g + μ·b with Nesterov.
 * Placed after scaleByLearningRate it is Keras's velocity v ← μ·v − lr·g.
 */
export function trace(
  options: { decay: number; dampening?: number; nesterov?: boolean } & DtypeOption,
): Transform<TraceState> {
  const r = rounder(dtypeOf('trace', options));
  const mu = r(unitClosed('trace', 'decay', options.decay));
  const damp = unitClosed('trace', 'dampening', options.dampening ?? 0);
  const keep = r(1 - damp);
  const nesterov = options.nesterov ?? false;
  return {
    init: (params) => ({ buf: zerosLike(params), started: false }),
    update(grads, state) {
      checkShape('trace', grads, state.buf);
      const buf = state.started
        ? grads.map((g, i) => {
            const b = state.buf[i];
            return g.map((x, j) => r(r(mu * b[j]) + (damp === 0 ? x : r(keep * x))));
          })
        : copy(grads);
      const out = nesterov ? grads.map((g, i) => g.map((x, j) => r(x + r(mu * buf[i][j])))) : copy(buf);
      return [out, { buf, started: true }];
    },
  };
}

/** sign(g) per component, with sign(0) = 0. */
export function scaleBySign(): Transform<EmptyState> {
  return {
    init: () => ({}),
    update(grads, state) {
      return [grads.map((g) => g.map(sign)), state];
    },
  };
}

export interface AdagradState {
  readonly sum: Float64Array[];
}

/**
 * s ← s + g², then g/(√s + ε) (PyTorch) or g/√(s + ε) (Keras, `epsInsideSqrt`).
 * s starts at `initialAccumulator`.
 */
export function scaleByAdagrad(
  options: { eps: number; initialAccumulator?: number; epsInsideSqrt?: boolean } & DtypeOption,
): Transform<AdagradState> {
  const r = rounder(dtypeOf('scaleByAdagrad', options));
  const eps = r(positive('scaleByAdagrad', 'eps', options.eps));
  const s0 = r(nonNegative('scaleByAdagrad', 'initialAccumulator', options.initialAccumulator ?? 0));
  const inside = options.epsInsideSqrt ?? false;
  return {
    init: (params) => ({ sum: fullLike(params, s0) }),
    update(grads, state) {
      checkShape('scaleByAdagrad', grads, state.sum);
      const sum = grads.map((g, i) => g.map((x, j) => r(state.sum[i][j] + r(x * x))));
      const out = grads.map((g, i) =>
        g.map((x, j) => {
          const s = sum[i][j];
          return r(x / (inside ? r(Math.sqrt(r(s + eps))) : r(r(Math.sqrt(s)) + eps)));
        }),
      );
      return [out, { sum }];
    },
  };
}

export interface RmsState {
  readonly sq: Float64Array[];
  /** The moving average of the gradients, kept only when centered. */
  readonly avg: Float64Array[] | null;
}

/**
 * v ← ρ·v + (1 − ρ)·g², then g/(√v + ε) (PyTorch) or g/√(v + ε) (Keras, `epsInsideSqrt`).
 * Centered: also ḡ ← ρ·ḡ + (1 − ρ)·g and v − ḡ² in place of v (clamped at 0, which only rounding
 * can cross).
 */
export function scaleByRms(
  options: { rho: number; eps: number; centered?: boolean; epsInsideSqrt?: boolean } & DtypeOption,
): Transform<RmsState> {
  const r = rounder(dtypeOf('scaleByRms', options));
  const rho = r(unitOpen('scaleByRms', 'rho', options.rho));
  const c = r(1 - options.rho);
  const eps = r(positive('scaleByRms', 'eps', options.eps));
  const centered = options.centered ?? false;
  const inside = options.epsInsideSqrt ?? false;
  return {
    init: (params) => ({ sq: zerosLike(params), avg: centered ? zerosLike(params) : null }),
    update(grads, state) {
      checkShape('scaleByRms', grads, state.sq);
      const sq = grads.map((g, i) => g.map((x, j) => r(r(rho * state.sq[i][j]) + r(c * r(x * x)))));
      const avg = state.avg && grads.map((g, i) => g.map((x, j) => r(r(rho * state.avg![i][j]) + r(c * x))));
      const out = grads.map((g, i) =>
        g.map((x, j) => {
          const v = avg ? Math.max(0, r(sq[i][j] - r(avg[i][j] * avg[i][j]))) : sq[i][j];
          return r(x / (inside ? r(Math.sqrt(r(v + eps))) : r(r(Math.sqrt(v)) + eps)));
        }),
      );
      return [out, { sq, avg }];
    },
  };
}

export interface AdadeltaState {
  readonly sq: Float64Array[];
  readonly delta: Float64Array[];
}

/** v ← ρ·v + (1 − ρ)·g²; d = √(u + ε)/√(v + ε)·g; u ← ρ·u + (1 − ρ)·d². Same in both frameworks. */
export function scaleByAdadelta(
  options: { rho: number; eps: number } & DtypeOption,
): Transform<AdadeltaState> {
  const r = rounder(dtypeOf('scaleByAdadelta', options));
  const rho = r(unitOpen('scaleByAdadelta', 'rho', options.rho));
  const c = r(1 - options.rho);
  const eps = r(positive('scaleByAdadelta', 'eps', options.eps));
  return {
    init: (params) => ({ sq: zerosLike(params), delta: zerosLike(params) }),
    update(grads, state) {
      checkShape('scaleByAdadelta', grads, state.sq);
      const sq = grads.map((g, i) => g.map((x, j) => r(r(rho * state.sq[i][j]) + r(c * r(x * x)))));
      const out = grads.map((g, i) =>
        g.map((x, j) => {
          const num = r(Math.sqrt(r(state.delta[i][j] + eps)));
          const den = r(Math.sqrt(r(sq[i][j] + eps)));
          return r(r(num / den) * x);
        }),
      );
      const delta = out.map((d, i) => d.map((x, j) => r(r(rho * state.delta[i][j]) + r(c * r(x * x)))));
      return [out, { sq, delta }];
    },
  };
}

export interface AdamState {
  readonly count: number;
  readonly m: Float64Array[];
  readonly v: Float64Array[];
  /** AMSGrad's running maximum of v, kept only with amsgrad. */
  readonly vmax: Float64Array[] | null;
}

function ema(r: Round, decay: number, keep: number, old: Float64Array, x: Float64Array): Float64Array {
  return x.map((g, j) => r(r(decay * old[j]) + r(keep * g)));
}

function emaSq(r: Round, decay: number, keep: number, old: Float64Array, x: Float64Array): Float64Array {
  return x.map((g, j) => r(r(decay * old[j]) + r(keep * r(g * g))));
}

/**
 * m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g² (AMSGrad: v replaced by its running maximum).
 * PyTorch: m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
 * Keras (`epsBeforeCorrection`): √(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε).
 */
export function scaleByAdam(
  options: {
    beta1: number;
    beta2: number;
    eps: number;
    amsgrad?: boolean;
    epsBeforeCorrection?: boolean;
  } & DtypeOption,
): Transform<AdamState> {
  const r = rounder(dtypeOf('scaleByAdam', options));
  const b1 = unitOpen('scaleByAdam', 'beta1', options.beta1);
  const b2 = unitOpen('scaleByAdam', 'beta2', options.beta2);
  const eps = r(positive('scaleByAdam', 'eps', options.eps));
  const [rb1, rb2, c1, c2] = [r(b1), r(b2), r(1 - b1), r(1 - b2)];
  const amsgrad = options.amsgrad ?? false;
  const before = options.epsBeforeCorrection ?? false;
  return {
    init: (params) => ({
      count: 0,
      m: zerosLike(params),
      v: zerosLike(params),
      vmax: amsgrad ? zerosLike(params) : null,
    }),
    update(grads, state) {
      checkShape('scaleByAdam', grads, state.m);
      const t = state.count + 1;
      const bc1 = 1 - b1 ** t;
      const bc2 = 1 - b2 ** t;
      const m = grads.map((g, i) => ema(r, rb1, c1, state.m[i], g));
      const v = grads.map((g, i) => emaSq(r, rb2, c2, state.v[i], g));
      const vmax = state.vmax && v.map((vi, i) => vi.map((x, j) => Math.max(state.vmax![i][j], x)));
      const second = vmax ?? v;
      let out: Float64Array[];
      if (before) {
        const k = r(Math.sqrt(bc2) / bc1);
        out = m.map((mi, i) => mi.map((x, j) => r(r(x * k) / r(r(Math.sqrt(second[i][j])) + eps))));
      } else {
        const [rbc1, rsbc2] = [r(bc1), r(Math.sqrt(bc2))];
        out = m.map((mi, i) =>
          mi.map((x, j) => r(r(x / rbc1) / r(r(r(Math.sqrt(second[i][j])) / rsbc2) + eps))),
        );
      }
      return [out, { count: t, m, v, vmax }];
    },
  };
}

export interface AdamaxState {
  readonly count: number;
  readonly m: Float64Array[];
  /** The exponentially weighted infinity norm. */
  readonly u: Float64Array[];
}

/**
 * m as in Adam; u ← max(β₂·u, |g| + ε) and m/((1 − β₁ᵗ)·u) (PyTorch, `epsInsideMax`), or
 * u ← max(β₂·u, |g|) and m/((1 − β₁ᵗ)·(u + ε)) (Keras).
 */
export function scaleByAdamax(
  options: { beta1: number; beta2: number; eps: number; epsInsideMax?: boolean } & DtypeOption,
): Transform<AdamaxState> {
  const r = rounder(dtypeOf('scaleByAdamax', options));
  const b1 = unitOpen('scaleByAdamax', 'beta1', options.beta1);
  const b2 = r(unitOpen('scaleByAdamax', 'beta2', options.beta2));
  const eps = r(positive('scaleByAdamax', 'eps', options.eps));
  const [rb1, c1] = [r(b1), r(1 - b1)];
  const inside = options.epsInsideMax ?? true;
  return {
    init: (params) => ({ count: 0, m: zerosLike(params), u: zerosLike(params) }),
    update(grads, state) {
      checkShape('scaleByAdamax', grads, state.m);
      const t = state.count + 1;
      const bc1 = r(1 - b1 ** t);
      const m = grads.map((g, i) => ema(r, rb1, c1, state.m[i], g));
      const u = grads.map((g, i) =>
        g.map((x, j) => Math.max(r(b2 * state.u[i][j]), inside ? r(Math.abs(x) + eps) : Math.abs(x))),
      );
      const out = m.map((mi, i) => mi.map((x, j) => r(x / r(bc1 * (inside ? u[i][j] : r(u[i][j] + eps))))));
      return [out, { count: t, m, u }];
    },
  };
}

export interface NadamState {
  readonly count: number;
  readonly m: Float64Array[];
  readonly v: Float64Array[];
  /** μ₁·μ₂·…·μₜ, the product of the momentum schedule so far. */
  readonly muProduct: number;
}

/**
 * Adam with Nesterov momentum and Dozat's momentum schedule μₜ = β₁·(1 − ½·0.96^(t·ψ)):
 * [(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).
 * PyTorch's momentum_decay is ψ = 0.004; Keras's 0.96ᵗ is ψ = 1.
 */
export function scaleByNadam(
  options: { beta1: number; beta2: number; eps: number; momentumDecay: number } & DtypeOption,
): Transform<NadamState> {
  const r = rounder(dtypeOf('scaleByNadam', options));
  const b1 = unitOpen('scaleByNadam', 'beta1', options.beta1);
  const b2 = unitOpen('scaleByNadam', 'beta2', options.beta2);
  const eps = r(positive('scaleByNadam', 'eps', options.eps));
  const psi = nonNegative('scaleByNadam', 'momentumDecay', options.momentumDecay);
  const [rb1, rb2, c1, c2] = [r(b1), r(b2), r(1 - b1), r(1 - b2)];
  const mu = (t: number) => b1 * (1 - 0.5 * 0.96 ** (t * psi));
  return {
    init: (params) => ({ count: 0, m: zerosLike(params), v: zerosLike(params), muProduct: 1 }),
    update(grads, state) {
      checkShape('scaleByNadam', grads, state.m);
      const t = state.count + 1;
      const muT = mu(t);
      const muNext = mu(t + 1);
      const product = r(state.muProduct * muT);
      const cg = r((1 - muT) / (1 - product));
      const cm = r(muNext / (1 - product * muNext));
      const bc2 = r(1 - b2 ** t);
      const m = grads.map((g, i) => ema(r, rb1, c1, state.m[i], g));
      const v = grads.map((g, i) => emaSq(r, rb2, c2, state.v[i], g));
      const out = grads.map((g, i) =>
        g.map((x, j) => {
          const den = r(r(Math.sqrt(r(v[i][j] / bc2))) + eps);
          return r(r(r(cg * x) + r(cm * m[i][j])) / den);
        }),
      );
      return [out, { count: t, m, v, muProduct: product }];
    },
  };
}

export interface LionState {
  readonly m: Float64Array[];
}

/** sign(β₁·m + (1 − β₁)·g), then m ← β₂·m + (1 − β₂)·g. */
export function scaleByLion(options: { beta1: number; beta2: number } & DtypeOption): Transform<LionState> {
  const r = rounder(dtypeOf('scaleByLion', options));
  const b1 = unitOpen('scaleByLion', 'beta1', options.beta1);
  const b2 = unitOpen('scaleByLion', 'beta2', options.beta2);
  const [rb1, rb2, c1, c2] = [r(b1), r(b2), r(1 - b1), r(1 - b2)];
  return {
    init: (params) => ({ m: zerosLike(params) }),
    update(grads, state) {
      checkShape('scaleByLion', grads, state.m);
      const out = grads.map((g, i) => ema(r, rb1, c1, state.m[i], g).map(sign));
      const m = grads.map((g, i) => ema(r, rb2, c2, state.m[i], g));
      return [out, { m }];
    },
  };
}

/**
 * Adds λ·p to the updates. Before a preconditioner it is L2 regularization (PyTorch's coupled
 * weight_decay); after scaleByLearningRate, with λ = −lr·wd, it is decoupled decay p ← p − lr·wd·p
 * (AdamW, and Keras's weight_decay for every optimizer). λ may follow a schedule.
 */
export function addDecayedWeights(
  weightDecay: number | Schedule,
  options: DtypeOption = {},
): Transform<CountState> {
  const r = rounder(dtypeOf('addDecayedWeights', options));
  const at: Schedule =
    typeof weightDecay === 'number'
      ? (
          (k) => () =>
            k
        )(finiteNumber('addDecayedWeights', 'weightDecay', weightDecay))
      : fn<Schedule>('addDecayedWeights', 'weightDecay', weightDecay);
  return {
    init: () => ({ count: 0 }),
    update(grads, state, params, extra) {
      const p = needParams('addDecayedWeights', grads, params);
      const k = r(at(extra?.step ?? state.count));
      const out = grads.map((g, i) => g.map((x, j) => r(x + r(k * p[i][j]))));
      return [out, { count: state.count + 1 }];
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a chain holds transforms of unrelated state types
type AnyTransform = Transform<any>;

/** Applies transforms one after the other; the state is the list of their states. */
export function chain(...transforms: AnyTransform[]): Transform<unknown[]> {
  return {
    init: (params) => transforms.map((t) => t.init(params)),
    update(grads, state, params, extra) {
      let updates = grads;
      const next: unknown[] = [];
      transforms.forEach((t, i) => {
        const [u, s] = t.update(updates, state[i], params, extra);
        updates = u;
        next.push(s);
      });
      return [updates, next];
    },
  };
}

/** Rescales all gradients together so their global L2 norm is at most maxNorm (Keras's global_clipnorm). */
export function clipByGlobalNorm(maxNorm: number, options: DtypeOption = {}): Transform<EmptyState> {
  const r = rounder(dtypeOf('clipByGlobalNorm', options));
  const limit = positive('clipByGlobalNorm', 'maxNorm', maxNorm);
  return {
    init: () => ({}),
    update(grads, state) {
      let sq = 0;
      for (const g of grads) for (const x of g) sq += x * x;
      const norm = Math.sqrt(sq);
      if (!(norm > limit)) return [copy(grads), state];
      const k = r(limit / norm);
      return [grads.map((g) => g.map((x) => r(x * k))), state];
    },
  };
}

/** Clips every component to [−limit, limit] (Keras's clipvalue). */
export function clipByValue(limit: number): Transform<EmptyState> {
  const l = positive('clipByValue', 'limit', limit);
  return {
    init: () => ({}),
    update(grads, state) {
      return [grads.map((g) => g.map((x) => Math.min(l, Math.max(-l, x)))), state];
    },
  };
}

/**
 * Adds Gaussian noise of variance η/(1 + t)^γ at the 0-based update t (Neelakantan et al.,
 * optax's add_noise). The caller supplies the standard normal source, e.g. a seeded
 * RandomState: one draw per component, parameter arrays in order, so a seed fixes the noise.
 */
export function addNoise(
  options: { eta: number; gamma?: number; normal: () => number } & DtypeOption,
): Transform<CountState> {
  const r = rounder(dtypeOf('addNoise', options));
  const eta = nonNegative('addNoise', 'eta', options.eta);
  const gamma = nonNegative('addNoise', 'gamma', options.gamma ?? 0.55);
  const normal = fn<() => number>('addNoise', 'normal', options.normal);
  return {
    init: () => ({ count: 0 }),
    update(grads, state) {
      const sd = r(Math.sqrt(eta / (1 + state.count) ** gamma));
      const out = grads.map((g) => g.map((x) => r(x + r(sd * normal()))));
      return [out, { count: state.count + 1 }];
    },
  };
}

/** The new parameters p + u (fresh arrays; the inputs are left as they were). */
export function applyUpdates(params: Params, updates: Updates, dtype: Dtype = 'float64'): Params {
  checkShape('applyUpdates', updates, params, [2, 1]);
  const r = rounder(dtype);
  return params.map((p, i) => p.map((x, j) => r(x + updates[i][j])));
}
