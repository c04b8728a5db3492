/**
 * The Hessian of a descent's function at a point. By automatic differentiation where the engine
 * can: row i is the gradient of ∂f/∂xᵢ, compiled once (the rows Newton's method uses,
 * src/train/descend-function.ts). When the engine refuses or a row comes out non-finite (a
 * second derivative that is infinite at the point, such as |x|^1.5 at 0), by central differences
 * of f instead, with a step scaled to the point — an estimate whose `method` says so, as the
 * CLI and the lab do.
 */
import { isDescensoError } from '../errors.js';
import type { Formula } from '../expr/index.js';
import { compileFormula } from '../train/descend.js';

export type HessianMethod = 'autodiff' | 'central';

export interface HessianAt {
  hessian: number[][];
  method: HessianMethod;
}

/** The step of the differences: ε^(1/4) for a second difference, relative to the coordinate. */
const STEP = 1e-4;

/** H by central differences of f: (f(++) − f(+−) − f(−+) + f(−−)) / 4hᵢhⱼ, and the usual diagonal. */
export function centralHessian(f: (p: readonly number[]) => number, point: readonly number[]): number[][] {
  const n = point.length;
  const h = point.map((x) => STEP * Math.max(1, Math.abs(x)));
  const at = (moves: [number, number][]) => {
    const q = point.slice();
    for (const [i, s] of moves) q[i] += s * h[i];
    return f(q);
  };
  const f0 = f(point);
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i][i] = (at([[i, 1]]) - 2 * f0 + at([[i, -1]])) / (h[i] * h[i]);
    for (let j = 0; j < i; j++) {
      const v =
        (at([
          [i, 1],
          [j, 1],
        ]) -
          at([
            [i, 1],
            [j, -1],
          ]) -
          at([
            [i, -1],
            [j, 1],
          ]) +
          at([
            [i, -1],
            [j, -1],
          ])) /
        (4 * h[i] * h[j]);
      H[i][j] = v;
      H[j][i] = v;
    }
  }
  return H;
}

/** A function of a formula whose Hessian can be asked at many points (compiled once). */
export function hessianFunction(formula: Formula) {
  const fn = compileFormula(formula);
  const n = formula.vars.length;
  return {
    fn,
    at(point: readonly number[]): HessianAt {
      let flat: Float64Array;
      try {
        flat = fn.hessian(point);
      } catch (err) {
        if (!isDescensoError(err)) throw err;
        return { hessian: centralHessian(fn.value, point), method: 'central' };
      }
      const rows = Array.from({ length: n }, (_r, i) =>
        Array.from({ length: n }, (_c, j) => (flat[i * n + j] + flat[j * n + i]) / 2),
      );
      if (rows.every((r) => r.every(Number.isFinite))) return { hessian: rows, method: 'autodiff' };
      return { hessian: centralHessian(fn.value, point), method: 'central' };
    },
  };
}
