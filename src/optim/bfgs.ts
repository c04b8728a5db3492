import { type DirectionRule, dot, type Step } from './search.js';

/**
 * BFGS as a direction rule (see search.ts): d = −H·g, with H the estimate of the inverse Hessian,
 * updated after each step so that it meets the secant condition H·y = s:
 *   ρ = 1/(yᵀs),  H ← (I − ρ·s·yᵀ)·H·(I − ρ·y·sᵀ) + ρ·s·sᵀ
 * H₀ = I, as SciPy's BFGS (so the first step is steepest descent, its length found by the line
 * search); with `scaled`, H₀ is replaced by (yᵀs/yᵀy)·I just before the first update (N&W eq. 6.20).
 * A pair with yᵀs ≤ 0 (impossible after a strong-Wolfe step, possible after a failed search) is
 * skipped, so H stays positive definite.
 */

export interface BfgsMemory {
  /** H, row-major n×n. */
  readonly H: Float64Array;
  /** Updates made so far. */
  readonly updates: number;
}

export function identity(n: number): Float64Array {
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  return H;
}

/** H·v for a row-major n×n H. */
export function matVec(H: Float64Array, v: Float64Array): Float64Array {
  const n = v.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += H[i * n + j] * v[j];
    out[i] = s;
  }
  return out;
}

/** The BFGS update of H by one pair (s, y) with yᵀs > 0, written as the product of the formula above. */
export function bfgsUpdate(H: Float64Array, { s, y }: Step): Float64Array {
  const n = s.length;
  const rho = 1 / dot(y, s);
  // A = I − ρ·s·yᵀ; H' = A·H·Aᵀ + ρ·s·sᵀ (Aᵀ = I − ρ·y·sᵀ).
  const A = identity(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) A[i * n + j] -= rho * s[i] * y[j];
  const AH = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let v = 0;
      for (let k = 0; k < n; k++) v += A[i * n + k] * H[k * n + j];
      AH[i * n + j] = v;
    }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let v = 0;
      for (let k = 0; k < n; k++) v += AH[i * n + k] * A[j * n + k];
      out[i * n + j] = v + rho * s[i] * s[j];
    }
  return out;
}

/** A pair that keeps H positive definite and finite: yᵀs > 0 and 1/(yᵀs) finite (not a subnormal yᵀs). */
export function usable({ s, y }: Step): boolean {
  const sy = dot(y, s);
  return sy > 0 && Number.isFinite(1 / sy) && Number.isFinite(dot(y, y));
}

export function bfgsDirection(scaled: boolean): DirectionRule<BfgsMemory> {
  return {
    init: (n) => ({ H: identity(n), updates: 0 }),
    next(memory, g, step) {
      let { H, updates } = memory;
      if (step !== null && usable(step)) {
        if (scaled && updates === 0) {
          const gamma = dot(step.y, step.s) / dot(step.y, step.y);
          H = identity(g.length).map((v) => v * gamma);
        }
        H = bfgsUpdate(H, step);
        updates++;
      }
      return { direction: matVec(H, g).map((v) => -v), memory: { H, updates } };
    },
  };
}
