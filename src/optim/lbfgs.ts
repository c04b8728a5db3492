import { usable } from './bfgs.js';
import { type DirectionRule, dot } from './search.js';

/**
 * L-BFGS as a direction rule (see search.ts): BFGS's H·g computed from the last m pairs
 * (sᵢ, yᵢ) alone by the two-loop recursion (N&W Algorithm 7.4), never forming H:
 *   q ← g;  for i newest → oldest: aᵢ = ρᵢ·sᵢᵀq, q ← q − aᵢ·yᵢ
 *   r ← H₀·q;  for i oldest → newest: b = ρᵢ·yᵢᵀr, r ← r + sᵢ·(aᵢ − b)
 *   d = −r
 * H₀ = I by default, so with m at least the number of steps it is BFGS (H₀ = I) to rounding;
 * with `scaled`, H₀ = γ·I with γ = sᵀy/yᵀy of the newest pair (N&W eq. 7.20), the usual choice.
 * Pairs with yᵀs ≤ 0 are skipped.
 */

export interface LbfgsMemory {
  /** The kept pairs, oldest first. */
  readonly s: readonly Float64Array[];
  readonly y: readonly Float64Array[];
}

export function lbfgsDirection(m: number, scaled: boolean): DirectionRule<LbfgsMemory> {
  return {
    init: () => ({ s: [], y: [] }),
    next(memory, g, step) {
      let { s, y } = memory;
      if (step !== null && usable(step)) {
        s = [...s, step.s].slice(-m);
        y = [...y, step.y].slice(-m);
      }
      const k = s.length;
      const rho = s.map((si, i) => 1 / dot(y[i], si));
      const a = new Array<number>(k);
      const q = Float64Array.from(g);
      for (let i = k - 1; i >= 0; i--) {
        a[i] = rho[i] * dot(s[i], q);
        for (let j = 0; j < q.length; j++) q[j] -= a[i] * y[i][j];
      }
      const gamma = scaled && k > 0 ? dot(s[k - 1], y[k - 1]) / dot(y[k - 1], y[k - 1]) : 1;
      const r = q.map((v) => gamma * v);
      for (let i = 0; i < k; i++) {
        const b = rho[i] * dot(y[i], r);
        for (let j = 0; j < r.length; j++) r[j] += s[i][j] * (a[i] - b);
      }
      return { direction: r.map((v) => -v), memory: { s, y } };
    },
  };
}
