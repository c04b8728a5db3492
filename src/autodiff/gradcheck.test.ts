import { describe, expect, it } from 'vitest';
import { add, dot, mean, mul, square, sub, tensor } from './api.js';
import { gradCheck } from './gradcheck.js';
import type { Tensor } from './tensor.js';

const X = [1, 2, 3, 4];
const Y = [2, 4, 6, 8];
const Xt = tensor(X);
const Yt = tensor(Y);

/** The NumPy tutorial's loss: mean((w·x − y)²). */
const mse = ({ w }: { w: Tensor }) => mean(square(sub(mul(w, Xt), Yt)));

/**
 * The NumPy tutorial's hand gradient `np.dot(2*x, y_pred − y).mean()`: the dot product is already
 * a sum, and the mean of a scalar is that scalar, so it is N = 4 times the true gradient.
 */
const tutorialGradient = ({ w }: { w: number }) => ({ w: mean(dot(mul(2, Xt), sub(mul(w, Xt), Yt))).item() });

/** The correct hand gradient: mean(2x(wx − y)). */
const correctGradient = ({ w }: { w: number }) => {
  let s = 0;
  for (let i = 0; i < X.length; i++) s += 2 * X[i] * (w * X[i] - Y[i]);
  return { w: s / X.length };
};

describe('gradCheck', () => {
  it('gradCheck of the NumPy tutorial’s np.dot(2x, ŷ − y).mean() at w = 0 reports factor 4', () => {
    // autodiff: mean(2x(0 − 2x)) = −4·mean(x²) = −30; hand: Σ 2x(−2x) = −4·30 = −120
    const r = gradCheck(mse, tutorialGradient, { w: 0 });
    expect(r.ok).toBe(false);
    expect(r.factor).toBe(4);
    expect(r.params[0]).toMatchObject({ name: 'w', autodiff: [-30], hand: [-120] });
    // |−120 − (−30)| / 120 = 0.75
    expect(r.maxRelError).toBe(0.75);
    expect(r.params[0].relError).toBe(0.75);
  });

  it('gradCheck of the same hand gradient at w = 1.2 reports factor 4 again', () => {
    // ŷ − y = −0.8x: autodiff mean(2x · −0.8x) = −1.6 · 7.5 = −12; hand Σ = −48
    const r = gradCheck(mse, tutorialGradient, { w: 1.2 });
    expect(r.factor).toBe(4);
    expect(r.params[0].autodiff[0]).toBeCloseTo(-12, 12);
    expect(r.params[0].hand[0]).toBeCloseTo(-48, 12);
    expect(r.maxRelError).toBeCloseTo(0.75, 12);
    expect(r.ok).toBe(false);
  });

  it('gradCheck of a correct hand gradient reports ok and factor null', () => {
    for (const w of [0, 1.2, 2, -3.5]) {
      const r = gradCheck(mse, correctGradient, { w });
      expect(r.ok).toBe(true);
      expect(r.factor).toBeNull();
      expect(r.maxRelError).toBeLessThan(1e-12);
    }
  });

  it('gradCheck with two parameters: a sign slip in both reports factor −1', () => {
    const loss = ({ w, b }: { w: Tensor; b: Tensor }) => mean(square(sub(add(mul(w, Xt), b), Yt)));
    const hand = ({ w, b }: { w: number; b: number }) => {
      let gw = 0;
      let gb = 0;
      for (let i = 0; i < X.length; i++) {
        const r = w * X[i] + b - Y[i];
        gw -= (2 * X[i] * r) / X.length;
        gb -= (2 * r) / X.length;
      }
      return { w: gw, b: gb };
    };
    const r = gradCheck(loss, hand, { w: 0.5, b: 0.25 });
    expect(r.ok).toBe(false);
    expect(r.factor).toBe(-1);
    expect(r.params.map((p) => p.name)).toEqual(['w', 'b']);
  });

  it('gradCheck with an error in one parameter only reports no common factor', () => {
    const loss = ({ w, b }: { w: Tensor; b: Tensor }) => mean(square(sub(add(mul(w, Xt), b), Yt)));
    const hand = ({ w, b }: { w: number; b: number }) => {
      let gw = 0;
      let gb = 0;
      for (let i = 0; i < X.length; i++) {
        const r = w * X[i] + b - Y[i];
        gw += (2 * X[i] * r) / X.length;
        gb += 2 * r; // the sum instead of the mean, in b only
      }
      return { w: gw, b: gb };
    };
    const r = gradCheck(loss, hand, { w: 0.5, b: 0.25 });
    expect(r.ok).toBe(false);
    expect(r.factor).toBeNull();
    expect(r.params[0].relError).toBeLessThan(1e-12);
    expect(r.params[1].relError).toBeCloseTo(0.75, 12);
  });

  it('gradCheck of a vector parameter compares component by component', () => {
    const loss = ({ v }: { v: Tensor }) => mean(square(v));
    const r = gradCheck(loss, ({ v }: { v: number[] }) => ({ v: v.map((x) => (2 * x) / v.length) }), {
      v: [1, -2, 3],
    });
    expect(r.ok).toBe(true);
    expect(r.params[0].autodiff).toEqual([2 / 3, -4 / 3, 2]);
  });

  it('gradCheck with a hand gradient of the wrong length reports an infinite error', () => {
    const loss = ({ v }: { v: Tensor }) => mean(square(v));
    const r = gradCheck(loss, () => ({ v: [1, 2] }), { v: [1, -2, 3] });
    expect(r.ok).toBe(false);
    expect(r.maxRelError).toBe(Number.POSITIVE_INFINITY);
  });

  it('mean of the scalar dot product does nothing: mean(dot(2x, ŷ − y)) is the dot product itself', () => {
    expect(tutorialGradient({ w: 0 }).w).toBe(-120);
  });

  it('gradCheck with a looser tolerance accepts a close hand gradient', () => {
    const r = gradCheck(
      mse,
      ({ w }) => ({ w: correctGradient({ w }).w * (1 + 1e-5) }),
      { w: 0 },
      { tolerance: 1e-4 },
    );
    expect(r.ok).toBe(true);
  });
});
