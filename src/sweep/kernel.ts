/**
 * The batched kernel: f and ∇f of many points in one call of one compiled function. The formula
 * is compiled once over vectors of `chunk` points, so the engine fuses every elementwise
 * operation into one loop over the chunk; points are fed chunk by chunk.
 *
 * The value per point comes out as a gradient: the kernel differentiates Σᵢ wᵢ·f(xᵢ) with every
 * wᵢ = 1, whose partial derivative in wᵢ is f(xᵢ) and in xᵢ is 1·∂f/∂x(xᵢ). Multiplying by 1 is
 * exact in float64 and float32, so each number is the one the scalar compilation of
 * `compileFormula` gives for that point, bit for bit (batch.test.ts checks it).
 */
import { compile, type DType, mul, sum, type Tensor } from '../autodiff/index.js';
import { type Formula, formulaFunction } from '../expr/index.js';

/** f and ∇f of `count` points. */
export interface BatchKernel {
  /** Variables of f. */
  readonly n: number;
  /**
   * Reads `count` points from `points` (run-major: point r's coordinates at r·n … r·n + n − 1)
   * and writes f(point r) to `values[r]` and its gradient to `grads[r·n …]`.
   */
  evaluate(points: Float64Array, count: number, values: Float64Array, grads: Float64Array): void;
}

/** The largest chunk: big enough that the call costs nothing, small enough to stay in cache. */
export const MAX_CHUNK = 1024;

/** The batched kernel of a formula for batches of up to `size` points at a time (1 … MAX_CHUNK per call). */
export function batchKernel(formula: Formula, dtype: DType, size: number): BatchKernel {
  const f = formulaFunction(formula);
  const n = formula.vars.length;
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(size)));
  const shapes = Array.from({ length: n + 1 }, () => [chunk]);
  const weighted = (...a: Tensor[]) => sum(mul(a[n], f(...a.slice(0, n))));
  const c = compile(weighted, shapes, { dtype });
  const xs = Array.from({ length: n }, () => new Float64Array(chunk));
  const ones = new Float64Array(chunk).fill(1);
  const args = [...xs, ones];
  return {
    n,
    evaluate(points, count, values, grads) {
      for (let lo = 0; lo < count; lo += chunk) {
        const m = Math.min(chunk, count - lo);
        for (let j = 0; j < n; j++) {
          const x = xs[j];
          for (let r = 0; r < m; r++) x[r] = points[(lo + r) * n + j];
          // The unused tail of a last chunk repeats a real point: no value there is read.
          for (let r = m; r < chunk; r++) x[r] = x[0];
        }
        const out = c.valueAndGrad(...args).grads;
        const v = out[n];
        if (typeof v === 'number') values.fill(v, lo, lo + m);
        else for (let r = 0; r < m; r++) values[lo + r] = v[r];
        for (let j = 0; j < n; j++) {
          // A variable f does not depend on may come back as the number 0, not an array.
          const g = out[j];
          if (typeof g === 'number') for (let r = 0; r < m; r++) grads[(lo + r) * n + j] = g;
          else for (let r = 0; r < m; r++) grads[(lo + r) * n + j] = g[r];
        }
      }
    },
  };
}
