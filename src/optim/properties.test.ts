import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conventions, optimizerNames } from './conventions.js';
import { makeOptimizer, type Optimizer } from './optimizers.js';
import { applyUpdates } from './transforms.js';
import { conventionNames, type Extra, type Params } from './types.js';

/**
 * Properties every optimizer keeps whatever the numbers: finite updates for finite gradients, the
 * shape of the parameters, and purity (update never touches its arguments, so a state can be
 * replayed). Newton gets an identity Hessian, the only extra input it needs.
 */

const value = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });

/** Parameters and three gradients of the same shape: 1–3 arrays of 1–4 components. */
const problem = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }).chain((lengths) => {
  const like = fc.tuple(...lengths.map((n) => fc.array(value, { minLength: n, maxLength: n })));
  return fc.record({ params: like, grads: fc.array(like, { minLength: 3, maxLength: 3 }) });
});

const toArrays = (xs: number[][]): Params => xs.map((x) => Float64Array.from(x));
const plain = (xs: readonly Float64Array[]) => xs.map((x) => Array.from(x));

function extraFor(params: Params): Extra {
  return {
    hessian: params.map((p) => {
      const h = new Float64Array(p.length * p.length);
      for (let i = 0; i < p.length; i++) h[i * p.length + i] = 1;
      return h;
    }),
    // The searching methods also need f: the bowl ½‖p‖² (the gradients fed in need not be its own).
    value: (p) => p.reduce((s, a) => s + a.reduce((t, x) => t + x * x, 0), 0) / 2,
    valueAndGrad: (p) => ({
      value: p.reduce((s, a) => s + a.reduce((t, x) => t + x * x, 0), 0) / 2,
      grads: p.map((a) => Float64Array.from(a)),
    }),
  };
}

/** Deep copy of a state (nested arrays, typed arrays, plain objects) to compare after an update. */
const snapshot = (s: unknown): unknown => structuredClone(s);

const cases = optimizerNames.flatMap((name) => conventionNames.map((convention) => ({ name, convention })));

/** A learning rate for the optimizers that take one (Nelder–Mead has none). */
const withLr = (name: (typeof optimizerNames)[number], lr: number): Record<string, number> =>
  Object.hasOwn(conventions[name].pytorch.defaults, 'lr') ? { lr } : {};

describe('every optimizer in both conventions', () => {
  for (const { name, convention } of cases) {
    it(`${name}({}, '${convention}') gives finite updates of the parameters' shape and mutates nothing`, () => {
      fc.assert(
        fc.property(problem, ({ params: p0, grads }) => {
          const opt = makeOptimizer(name, withLr(name, 0.01), convention);
          let params = toArrays(p0);
          let state = opt.init(params);
          for (const g of grads) {
            const gradient = toArrays(g);
            const before = { params: plain(params), grads: plain(gradient), state: snapshot(state) };
            const [updates, next] = opt.update(gradient, state, params, extraFor(params));
            expect(plain(params)).toEqual(before.params);
            expect(plain(gradient)).toEqual(before.grads);
            expect(state).toEqual(before.state);
            expect(updates.map((u) => u.length)).toEqual(params.map((x) => x.length));
            for (const u of updates) for (const x of u) expect(Number.isFinite(x)).toBe(true);
            params = applyUpdates(params, updates);
            state = next;
          }
        }),
        { numRuns: 40 },
      );
    });

    it(`${name}({ dtype: 'float32' }, '${convention}') produces float32 iterates`, () => {
      fc.assert(
        fc.property(problem, ({ params: p0, grads }) => {
          const opt = makeOptimizer(name, { ...withLr(name, 0.01), dtype: 'float32' }, convention);
          let params: Params = toArrays(p0).map((x) => x.map(Math.fround));
          let state = opt.init(params);
          for (const g of grads) {
            const [updates, next] = opt.update(
              toArrays(g).map((x) => x.map(Math.fround)),
              state,
              params,
              extraFor(params),
            );
            params = applyUpdates(params, updates, 'float32');
            state = next;
            for (const x of params) for (const v of x) expect(Math.fround(v)).toBe(v);
          }
        }),
        { numRuns: 20 },
      );
    });
  }
});

/** The iterates of an optimizer fed the given gradient sequence. */
function trajectory(opt: Optimizer, p0: number[][], grads: number[][][]): number[][][] {
  let params = toArrays(p0);
  let state = opt.init(params);
  const out: number[][][] = [];
  for (const g of grads) {
    const [updates, next] = opt.update(toArrays(g), state, params);
    params = applyUpdates(params, updates);
    state = next;
    out.push(plain(params));
  }
  return out;
}

describe('momentum', () => {
  for (const convention of conventionNames) {
    it(`sgd({ momentum: 0 }, '${convention}') equals plain gradient descent p ← p − lr·g`, () => {
      fc.assert(
        fc.property(problem, fc.double({ min: 1e-4, max: 1, noNaN: true }), ({ params, grads }, lr) => {
          const got = trajectory(makeOptimizer('sgd', { lr, momentum: 0 }, convention), params, grads);
          let p = params.map((x) => [...x]);
          grads.forEach((g, k) => {
            p = p.map((x, i) => x.map((v, j) => v + -lr * g[i][j]));
            expect(got[k]).toEqual(p);
          });
        }),
        { numRuns: 50 },
      );
    });
  }

  it('sgd with momentum follows the same trajectory in both conventions for a constant lr', () => {
    // PyTorch's b and Keras's v are related by v = −lr·b, so only rounding separates them.
    fc.assert(
      fc.property(
        problem,
        fc.double({ min: 1e-3, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.boolean(),
        ({ params, grads }, lr, momentum, nesterov) => {
          const o = { lr, momentum, nesterov: nesterov && momentum > 0 };
          const a = trajectory(makeOptimizer('sgd', o, 'pytorch'), params, grads).flat(2);
          const b = trajectory(makeOptimizer('sgd', o, 'keras'), params, grads).flat(2);
          a.forEach((x, i) => {
            expect(Math.abs(x - b[i])).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(x)));
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
