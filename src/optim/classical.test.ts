import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BfgsMemory, bfgsDirection, matVec } from './bfgs.js';
import { conjugateDirection } from './conjugate.js';
import { lbfgsDirection } from './lbfgs.js';
import { armijoHolds, curvatureHolds, type LineSearch } from './line-search.js';
import { makeOptimizer } from './optimizers.js';
import { type DirectionRule, type SearchState, searching } from './search.js';
import { applyUpdates } from './transforms.js';
import type { Extra, Params } from './types.js';

/**
 * The classical methods against their mathematics, on f(x) = ½xᵀAx − bᵀx with A symmetric
 * positive definite (∇f = Ax − b, minimum A⁻¹b), where exact line searches are known in closed
 * form: φ′ is linear in α, so α* = −φ′(0)/(φ′(1) − φ′(0)).
 */

/** An exact line search for quadratics (φ′ linear): one slope at α = 1 gives the root of φ′. */
const exact: LineSearch = (line, phi0, slope0) => {
  const s1 = line.slope(1).slope;
  // No curvature left to measure: the gradient is at rounding level, the minimum is reached.
  if (!(s1 - slope0 > 0)) return { alpha: 0, value: phi0, ok: false };
  const alpha = -slope0 / (s1 - slope0);
  return { alpha, value: line.value(alpha), ok: true };
};

interface Quadratic {
  n: number;
  A: Float64Array;
  b: Float64Array;
}

/** A = MᵀM + I (SPD, condition moderate) and b, from entries in [−1, 1]. */
const quadratic = fc.integer({ min: 2, max: 10 }).chain((n) =>
  fc
    .tuple(
      // Tenths, drawn uniformly: fast-check's doubles favour 0 and tiny values, whose matrices have
      // clustered eigenvalues (then CG and BFGS finish in fewer than n steps).
      fc.array(fc.integer({ min: -10, max: 10 }), { minLength: n * n, maxLength: n * n }),
      fc.array(fc.integer({ min: -10, max: 10 }), { minLength: n, maxLength: n }),
    )
    .map(([mi, bi]): Quadratic => {
      const m = mi.map((v) => v / 10);
      const b = bi.map((v) => v / 10);
      const A = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = i === j ? 1 : 0;
          for (let k = 0; k < n; k++) s += m[k * n + i] * m[k * n + j];
          A[i * n + j] = s;
        }
      return { n, A, b: Float64Array.from(b) };
    }),
);

const fOf = (q: Quadratic) => (x: Float64Array) => {
  const Ax = matVec(q.A, x);
  let s = 0;
  for (let i = 0; i < q.n; i++) s += 0.5 * x[i] * Ax[i] - q.b[i] * x[i];
  return s;
};
const gradOf = (q: Quadratic) => (x: Float64Array) => matVec(q.A, x).map((v, i) => v - q.b[i]);
const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

/** The value functions a caller passes (here not counted). */
function extraFor(f: (x: Float64Array) => number, grad: (x: Float64Array) => Float64Array): Extra {
  return {
    value: (p: Params) => f(p[0]),
    valueAndGrad: (p: Params) => ({ value: f(p[0]), grads: [grad(p[0])] }),
  };
}

/** Runs a searching transform for `steps` updates; every state after each update. */
function drive<M>(
  rule: DirectionRule<M>,
  search: LineSearch,
  f: (x: Float64Array) => number,
  grad: (x: Float64Array) => Float64Array,
  x0: Float64Array,
  steps: number,
) {
  const t = searching('test', rule, { lr: 1, search, initial: 'lr' });
  let params: Params = [x0];
  let state = t.init(params);
  const states: SearchState<M>[] = [];
  const points = [x0];
  const extra = extraFor(f, grad);
  for (let k = 0; k < steps; k++) {
    const [u, next] = t.update([grad(params[0])], state, params, extra);
    params = applyUpdates(params, u);
    state = next;
    states.push(next);
    points.push(params[0]);
  }
  return { states, points, x: params[0] };
}

describe('conjugate gradient with an exact line search', () => {
  for (const formula of ['fletcher-reeves', 'polak-ribiere'] as const)
    it(`${formula} ends on the minimum of an n-dimensional SPD quadratic in n steps (n = 2…10, property)`, () => {
      fc.assert(
        fc.property(quadratic, (q) => {
          const g0 = norm(gradOf(q)(new Float64Array(q.n)));
          fc.pre(g0 > 1e-3);
          const { x } = drive(
            conjugateDirection(formula),
            exact,
            fOf(q),
            gradOf(q),
            new Float64Array(q.n),
            q.n,
          );
          expect(norm(gradOf(q)(x))).toBeLessThan(1e-8 * Math.max(1, g0));
        }),
        { numRuns: 60 },
      );
    });
});

describe('BFGS', () => {
  it('after every update H meets the secant condition H·y = s (property, strong-Wolfe steps on quadratics)', () => {
    fc.assert(
      fc.property(quadratic, (q) => {
        const f = fOf(q);
        const grad = gradOf(q);
        const opt = makeOptimizer('bfgs');
        let params: Params = [new Float64Array(q.n).fill(1)];
        let state = opt.init(params);
        const extra = extraFor(f, grad);
        for (let k = 0; k < q.n + 2 && norm(grad(params[0])) > 1e-9; k++) {
          const [u, next] = opt.update([grad(params[0])], state, params, extra);
          const s0 = (state as [SearchState<BfgsMemory>])[0];
          const s1 = (next as [SearchState<BfgsMemory>])[0];
          if (k > 0 && s1.memory.updates > s0.memory.updates) {
            const s = s1.x.map((v, i) => v - s0.x[i]);
            const y = s1.g.map((v, i) => v - s0.g[i]);
            const Hy = matVec(s1.memory.H, y);
            for (let i = 0; i < q.n; i++) expect(Hy[i]).toBeCloseTo(s[i], 9);
          }
          params = applyUpdates(params, u);
          state = next;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with exact line searches, H becomes A⁻¹ after n updates on an n-dimensional quadratic (property)', () => {
    fc.assert(
      fc.property(quadratic, (q) => {
        const grad = gradOf(q);
        const g0 = norm(q.b);
        fc.pre(g0 > 1e-2);
        const { states, points } = drive(
          bfgsDirection(false),
          exact,
          fOf(q),
          grad,
          new Float64Array(q.n),
          q.n + 1,
        );
        // A's eigenvalues may cluster (the draws shrink towards I): then the minimum comes in fewer
        // steps than n, and H is A⁻¹ only on the directions explored. Such draws are skipped.
        fc.pre(points.slice(0, q.n).every((p) => norm(grad(p)) > 1e-4 * g0));
        const last = states[q.n];
        expect(last.memory.updates).toBe(q.n);
        // H·A = I
        for (let i = 0; i < q.n; i++)
          for (let j = 0; j < q.n; j++) {
            let v = 0;
            for (let k = 0; k < q.n; k++) v += last.memory.H[i * q.n + k] * q.A[k * q.n + j];
            expect(v).toBeCloseTo(i === j ? 1 : 0, 6);
          }
      }),
      { numRuns: 40 },
    );
  });
});

const rosenbrock = (x: Float64Array) => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2;
const rosenbrockGrad = (x: Float64Array) =>
  Float64Array.of(-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2), 200 * (x[1] - x[0] ** 2));

describe('L-BFGS', () => {
  it('lbfgs({ memory ≥ steps }) takes the iterates of bfgs on Rosenbrock from (−1.2, 1), to rounding', () => {
    const run = (name: string, options: object) => {
      const opt = makeOptimizer(name, options);
      let params: Params = [Float64Array.of(-1.2, 1)];
      let state = opt.init(params);
      const out: number[][] = [];
      for (let k = 0; k < 30; k++) {
        const [u, next] = opt.update(
          [rosenbrockGrad(params[0])],
          state,
          params,
          extraFor(rosenbrock, rosenbrockGrad),
        );
        params = applyUpdates(params, u);
        state = next;
        out.push(Array.from(params[0]));
      }
      return out;
    };
    const b = run('bfgs', {});
    const l = run('lbfgs', { memory: 30 });
    for (let k = 0; k < b.length; k++) for (let i = 0; i < 2; i++) expect(l[k][i]).toBeCloseTo(b[k][i], 9);
    // With a short memory it is another method: its path parts from BFGS's.
    const short = run('lbfgs', { memory: 2 });
    expect(short.some((p, k) => Math.abs(p[0] - b[k][0]) > 1e-3)).toBe(true);
  });

  it('lbfgsDirection with one pair (s, y) gives −H₁·g of one BFGS update from H₀ = I', () => {
    const s = Float64Array.of(0.5, -0.2);
    const y = Float64Array.of(1, 0.3);
    const g = Float64Array.of(0.7, -1.1);
    const rule = lbfgsDirection(5, false);
    const l = rule.next(rule.next(rule.init(2), g, null).memory, g, { s, y }).direction;
    const b = bfgsDirection(false);
    const d = b.next(b.next(b.init(2), g, null).memory, g, { s, y }).direction;
    expect(l[0]).toBeCloseTo(d[0], 14);
    expect(l[1]).toBeCloseTo(d[1], 14);
  });
});

describe('every accepted step of the searching methods', () => {
  const fns = {
    rosenbrock: [rosenbrock, rosenbrockGrad],
    himmelblau: [
      (x: Float64Array) => (x[0] ** 2 + x[1] - 11) ** 2 + (x[0] + x[1] ** 2 - 7) ** 2,
      (x: Float64Array) =>
        Float64Array.of(
          4 * x[0] * (x[0] ** 2 + x[1] - 11) + 2 * (x[0] + x[1] ** 2 - 7),
          2 * (x[0] ** 2 + x[1] - 11) + 4 * x[1] * (x[0] + x[1] ** 2 - 7),
        ),
    ],
  } as const;
  const start = fc.tuple(
    fc.double({ min: -3, max: 3, noNaN: true }),
    fc.double({ min: -3, max: 3, noNaN: true }),
  );

  it('meets the Armijo condition (gd-armijo) or both strong Wolfe conditions (the others), over starts (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('gd-armijo', 'gd-wolfe', 'cg-fr', 'cg-pr', 'bfgs', 'lbfgs'),
        fc.constantFrom('rosenbrock', 'himmelblau') as fc.Arbitrary<keyof typeof fns>,
        start,
        (name, fname, [x0, y0]) => {
          const [f, grad] = fns[fname];
          const opt = makeOptimizer(name);
          const o = opt.options;
          let params: Params = [Float64Array.of(x0, y0)];
          let state = opt.init(params);
          for (let k = 0; k < 25; k++) {
            const x = params[0];
            const g = grad(x);
            if (norm(g) < 1e-6) break;
            const [u, next] = opt.update([g], state, params, extraFor(f, grad));
            const alpha = (next as [SearchState<unknown>])[0].alpha;
            if (alpha > 0) {
              const d = u[0].map((v) => v / alpha);
              const slope0 = g[0] * d[0] + g[1] * d[1];
              const q = applyUpdates(params, u)[0];
              expect(slope0).toBeLessThan(0);
              expect(armijoHolds(f(q), alpha, f(x), slope0, o.c1 as number)).toBe(true);
              if (name !== 'gd-armijo') {
                const gq = grad(q);
                // The accepted slope, measured again, within rounding of the search's own.
                const slope = gq[0] * d[0] + gq[1] * d[1];
                expect(
                  curvatureHolds(slope, slope0, o.c2 as number) ||
                    Math.abs(slope) <= 1e-9 * Math.abs(slope0) + (o.c2 as number) * -slope0 * (1 + 1e-9),
                ).toBe(true);
              }
            }
            params = applyUpdates(params, u);
            state = next;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
