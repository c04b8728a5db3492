import { type DirectionRule, dot } from './search.js';

/**
 * Steepest descent and nonlinear conjugate gradient as direction rules (see search.ts).
 *
 * Conjugate gradient: dₖ = −gₖ + βₖ·dₖ₋₁, with
 *   Fletcher–Reeves   βₖ = gₖᵀgₖ / gₖ₋₁ᵀgₖ₋₁
 *   Polak–Ribière(+)  βₖ = max(0, gₖᵀ(gₖ − gₖ₋₁) / gₖ₋₁ᵀgₖ₋₁)
 * restarted (dₖ = −gₖ) every n steps (n the number of parameters), and whenever dₖ would not go
 * downhill (gₖᵀdₖ ≥ 0). With an exact line search on a quadratic with an n×n SPD matrix both end
 * on the minimum in at most n steps; with a strong-Wolfe search FR needs c₂ < ½ to keep descending.
 */

/** Steepest descent: d = −g, nothing remembered. */
export const steepestDirection: DirectionRule<null> = {
  init: () => null,
  next: (_memory, g) => ({ direction: g.map((x) => -x), memory: null }),
};

export type ConjugateFormula = 'fletcher-reeves' | 'polak-ribiere';

export interface ConjugateMemory {
  /** The last direction (empty before the first step). */
  readonly d: Float64Array;
  /** Directions taken since the last restart. */
  readonly since: number;
}

export function conjugateDirection(formula: ConjugateFormula): DirectionRule<ConjugateMemory> {
  const restart = (g: Float64Array) => ({
    direction: g.map((x) => -x),
    memory: { d: g.map((x) => -x), since: 1 },
  });
  return {
    init: () => ({ d: new Float64Array(0), since: 0 }),
    next(memory, g, step) {
      const n = g.length;
      if (step === null || memory.d.length !== n || memory.since >= n) return restart(g);
      // gₖ₋₁ = gₖ − y
      const gPrev = g.map((x, i) => x - step.y[i]);
      const before = dot(gPrev, gPrev);
      const beta = formula === 'fletcher-reeves' ? dot(g, g) / before : Math.max(0, dot(g, step.y) / before);
      const d = g.map((x, i) => -x + beta * memory.d[i]);
      if (!(dot(g, d) < 0) || !Number.isFinite(beta)) return restart(g);
      return { direction: d, memory: { d, since: memory.since + 1 } };
    },
  };
}
