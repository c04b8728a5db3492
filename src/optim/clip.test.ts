import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { isSearching, optimizerNames } from './conventions.js';
import { makeOptimizer, type Optimizer } from './optimizers.js';
import { conventionNames, type Extra } from './types.js';

/**
 * clipNorm and clipValue, the common options of every optimizer: the gradient is clipped before
 * anything else, coupled weight decay included. Expected numbers derived by hand in the comments.
 */

/** The updates of the first step of `opt` at params p with gradient g. */
function firstUpdate(opt: Optimizer, p: number[], g: number[], extra?: Extra): number[] {
  const params = [Float64Array.from(p)];
  const [updates] = opt.update([Float64Array.from(g)], opt.init(params), params, extra);
  return Array.from(updates[0]);
}

function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i], 14);
  });
}

describe('clipNorm', () => {
  for (const convention of conventionNames)
    it(`sgd({ lr: 0.1, clipNorm: 1 }, '${convention}') on the gradient (3, 4) steps −0.1·(0.6, 0.8)`, () => {
      // ‖(3, 4)‖ = 5 > 1, so g ← (3, 4)·1/5 = (0.6, 0.8); the step is −lr·g.
      const opt = makeOptimizer('sgd', { lr: 0.1, clipNorm: 1 }, convention);
      expectClose(firstUpdate(opt, [0, 0], [3, 4]), [-0.06, -0.08]);
    });

  it('sgd({ lr: 0.1, clipNorm: 10 }) leaves the gradient (3, 4) alone: its norm 5 is under the bound', () => {
    expectClose(firstUpdate(makeOptimizer('sgd', { lr: 0.1, clipNorm: 10 }), [0, 0], [3, 4]), [-0.3, -0.4]);
  });

  it('clips the norm over all parameter arrays together, as clip_grad_norm_ does', () => {
    // Arrays (3) and (4): the global norm is 5, so both are scaled by 1/5.
    const opt = makeOptimizer('sgd', { lr: 1, clipNorm: 1 });
    const params = [Float64Array.of(0), Float64Array.of(0)];
    const [u] = opt.update([Float64Array.of(3), Float64Array.of(4)], opt.init(params), params);
    expectClose([u[0][0], u[1][0]], [-0.6, -0.8]);
  });

  it("runs before PyTorch's coupled weight decay: sgd({ lr: 0.1, weightDecay: 0.5, clipNorm: 1 }) at p = (1, 0)", () => {
    // clip first: g = (0.6, 0.8); then L2: g + λ·p = (0.6 + 0.5, 0.8) = (1.1, 0.8); step −0.1·g.
    // (Decay first would clip (3.5, 4) instead: (0.659…, 0.752…).)
    const opt = makeOptimizer('sgd', { lr: 0.1, weightDecay: 0.5, clipNorm: 1 }, 'pytorch');
    expectClose(firstUpdate(opt, [1, 0], [3, 4]), [-0.11, -0.08]);
  });

  it("sits beside Keras's decoupled decay: the same step, −lr·clip(g) − lr·λ·p", () => {
    // −0.1·(0.6, 0.8) − 0.1·0.5·(1, 0) = (−0.11, −0.08)
    const opt = makeOptimizer('sgd', { lr: 0.1, weightDecay: 0.5, clipNorm: 1 }, 'keras');
    expectClose(firstUpdate(opt, [1, 0], [3, 4]), [-0.11, -0.08]);
  });

  it('adam({ lr: 0.1, clipNorm: 1 }) takes its first step from the clipped gradient: −lr·ĝ/(|ĝ| + ε), ĝ = (0.6, 0.8)', () => {
    // Step 1: m̂ = ĝ and √v̂ = |ĝ|, so the step is −lr·ĝ/(|ĝ| + ε) with PyTorch's ε = 1e-8.
    const opt = makeOptimizer('adam', { lr: 0.1, clipNorm: 1 });
    expectClose(firstUpdate(opt, [0, 0], [3, 4]), [(-0.1 * 0.6) / (0.6 + 1e-8), (-0.1 * 0.8) / (0.8 + 1e-8)]);
  });
});

describe('clipValue', () => {
  for (const convention of conventionNames)
    it(`sgd({ lr: 0.1, clipValue: 2 }, '${convention}') on the gradient (3, −4, 1) steps −0.1·(2, −2, 1)`, () => {
      const opt = makeOptimizer('sgd', { lr: 0.1, clipValue: 2 }, convention);
      expectClose(firstUpdate(opt, [0, 0, 0], [3, -4, 1]), [-0.2, 0.2, -0.1]);
    });

  it('with clipNorm too, clips the components first and then the norm: (3, 4) → (2, 2) → (1, 1)/√2', () => {
    const opt = makeOptimizer('sgd', { lr: 1, clipValue: 2, clipNorm: 1 });
    expectClose(firstUpdate(opt, [0, 0], [3, 4]), [-Math.SQRT1_2, -Math.SQRT1_2]);
  });
});

/** The methods that search take no clipping (issue 15: a line search bounds the step itself). */
const clipped = optimizerNames.filter((n) => !isSearching(n));

describe('clipping for every optimizer', () => {
  it('every optimizer in both conventions takes clipNorm and clipValue, and keeps them in its options', () => {
    for (const name of clipped)
      for (const c of conventionNames) {
        const opt = makeOptimizer(name, { clipNorm: 2, clipValue: 3 }, c);
        expect(opt.options).toMatchObject({ clipNorm: 2, clipValue: 3 });
      }
  });

  it('without them nothing changes: the options have no clip keys and the step is the unclipped one', () => {
    for (const name of clipped) {
      const opt = makeOptimizer(name, {});
      expect(Object.hasOwn(opt.options, 'clipNorm') || Object.hasOwn(opt.options, 'clipValue')).toBe(false);
    }
    // A huge bound is the identity: the same update bit for bit.
    const hessian = { hessian: [Float64Array.of(2, 0, 0, 20)] };
    for (const name of clipped) {
      const a = firstUpdate(makeOptimizer(name, {}), [1, 1], [3, 4], hessian);
      const b = firstUpdate(makeOptimizer(name, { clipNorm: 1e9, clipValue: 1e9 }), [1, 1], [3, 4], hessian);
      expect(b).toEqual(a);
    }
  });

  it('newton clips the gradient before the Newton step: H = 2I, g = (3, 4), clipNorm 1 → step −(0.3, 0.4)', () => {
    // (H)⁻¹·(0.6, 0.8) = (0.3, 0.4), lr 1.
    const opt = makeOptimizer('newton', { clipNorm: 1 });
    expectClose(firstUpdate(opt, [0, 0], [3, 4], { hessian: [Float64Array.of(2, 0, 0, 2)] }), [-0.3, -0.4]);
  });

  it('a bound of 0, −1 or "1" is refused with optim-bad-option naming it', () => {
    for (const key of ['clipNorm', 'clipValue'])
      for (const bad of [0, -1, '1']) {
        try {
          makeOptimizer('adam', { [key]: bad });
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(DescensoError);
          expect((e as DescensoError).params).toMatchObject({ option: key });
        }
      }
  });
});
