import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { add, dot, exp, log, matmul, mean, mul, pow, sin, square, sub, sum, tensor } from './api.js';
import { grad, hessian, hvp, valueAndGrad } from './grad.js';
import { Tensor } from './tensor.js';
import { expectClose, flat, PEAKS_POINTS, peaks, peaksGradient } from './testing.js';

function caught(fn: () => unknown): DescensoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

/** The tutorial's polynomial f(x) = 2x² − 3x + 4, whose derivative is 4x − 3. */
const poly = (x: Tensor) => add(sub(mul(2, pow(x, 2)), mul(3, x)), 4);

describe('grad / valueAndGrad (JAX style)', () => {
  it('grad(peaks) at (−0.35, −0.67) equals the closed-form gradient', () => {
    const g = grad(peaks, { argnums: [0, 1] })(-0.35, -0.67);
    expectClose(g, peaksGradient(-0.35, -0.67), 1e-12);
  });

  it('grad(peaks) equals the closed-form gradient at every test point', () => {
    for (const [x, y] of PEAKS_POINTS)
      expectClose(grad(peaks, { argnums: [0, 1] })(x, y), peaksGradient(x, y), 1e-12);
  });

  it('grad(2x² − 3x + 4) at −1 and 2 is exactly −7 and 5', () => {
    expect(grad(poly)(-1)).toBe(-7);
    expect(grad(poly)(2)).toBe(5);
  });

  it('grad(3x) is 3 at x = −1, 0, 1 (a leaf equal to a small constant stays an input)', () => {
    // Regression: a leaf holding 1, 0 or −1 used to be simplified away as if it were a literal.
    for (const x of [-1, 0, 1, 2]) expect(grad((t) => mul(3, t))(x)).toBe(3);
    expect(grad((t) => add(t, 5))(0)).toBe(1);
    expect(grad((t) => mul(t, t))(1)).toBe(2);
  });

  it('valueAndGrad(f)(x) returns [f(x), f′(x)]', () => {
    expect(valueAndGrad(poly)(3)).toEqual([13, 9]);
  });

  it('grad called with numbers returns numbers; called with tensors returns tensors', () => {
    expect(typeof grad(poly)(1)).toBe('number');
    const g = grad(poly)(tensor(1));
    expect(g).toBeInstanceOf(Tensor);
    expect(g.item()).toBe(1);
    expect(grad((x) => sum(square(x)))([1, 2])).toEqual([2, 4]);
  });

  it('grad(f, {argnums: 1}) differentiates the second argument only', () => {
    const f = (x: Tensor, y: Tensor) => mul(square(x), y);
    // ∂(x²y)/∂y = x² = 9; ∂/∂x = 2xy = 30
    expect(grad(f, { argnums: 1 })(3, 5)).toBe(9);
    expect(grad(f)(3, 5)).toBe(30);
    expect(grad(f, { argnums: [1, 0] })(3, 5)).toEqual([9, 30]);
    expect(grad(f, { argnums: [1] })(3, 5)).toEqual([9]);
  });

  it('grad with respect to an argument f does not use is zero of its shape', () => {
    expect(grad((x: Tensor, _y: Tensor) => square(x), { argnums: 1 })(1, [2, 3])).toEqual([0, 0]);
  });

  it('grad(sin) of a vector gives the pointwise derivatives cos(x)', () => {
    const xs = [0, 0.5, 1, 2];
    expect(grad(sin)(xs)).toEqual(xs.map(Math.cos));
  });

  it('grad of the chain y = 3u + 1, u = 2x² − x − 2 is 12x − 3 (second tutorial)', () => {
    const y = (x: Tensor) => add(mul(3, sub(sub(mul(2, square(x)), x), 2)), 1);
    for (const x of [-1, 0, 0.5, 2]) expect(grad(y)(x)).toBe(12 * x - 3);
  });

  it('grad of y = 2u + c, u = 3a² − 2a + b² + 1 is (12a − 4, 4b, 1) (second tutorial)', () => {
    const y = (a: Tensor, b: Tensor, c: Tensor) =>
      add(mul(2, add(add(sub(mul(3, square(a)), mul(2, a)), square(b)), 1)), c);
    expect(grad(y, { argnums: [0, 1, 2] })(1, 1, 1)).toEqual([8, 4, 1]);
    expect(grad(y, { argnums: [0, 1, 2] })(0.3, 0, -11.5)).toEqual([12 * 0.3 - 4, 0, 1]);
  });

  it('grad(f, {dtype: "float32"}) computes in float32', () => {
    const g = grad((x) => mul(x, 0.1), { dtype: 'float32' })(3);
    expect(g).toBe(Math.fround(0.1));
  });

  it('grad(log, {checkFinite: false}) at −1 returns the value NaN and the gradient −1 without throwing', () => {
    expect(grad(log, { checkFinite: false })(-1)).toBe(-1);
    expect(Number.isNaN(valueAndGrad(log, { checkFinite: false })(-1)[0])).toBe(true);
  });
});

describe('grad errors', () => {
  it('grad(f, {argnums: 2}) of a function of two arguments throws autodiff-bad-argnum', () => {
    const f = (x: Tensor, y: Tensor) => mul(x, y);
    expect(caught(() => grad(f, { argnums: 2 })(1, 2)).code).toBe('autodiff-bad-argnum');
    expect(caught(() => grad(f, { argnums: [0, -1] })(1, 2)).code).toBe('autodiff-bad-argnum');
    expect(caught(() => grad(f, { argnums: 0.5 })(1, 2)).code).toBe('autodiff-bad-argnum');
    expect(caught(() => hessian(f, { argnums: 3 })(1, 2)).code).toBe('autodiff-bad-argnum');
  });

  it('grad(log) at −1 throws autodiff-non-finite naming log', () => {
    const e = caught(() => grad(log)(-1));
    expect(e.code).toBe('autodiff-non-finite');
    expect(e.params).toMatchObject({ op: 'log' });
  });

  it('grad(1/x) at 0 throws autodiff-non-finite naming div', () => {
    const e = caught(() => grad((x) => tensor(1).div(x))(0));
    expect(e.code).toBe('autodiff-non-finite');
    expect((e.params as { op: string }).op).toBe('div');
  });

  it('grad(√x) at 0 throws autodiff-non-finite in the gradient pass (0.5/0), naming div', () => {
    const e = caught(() => grad((x) => x.sqrt())(0));
    expect(e.params).toMatchObject({ op: 'div' });
    expect((e.params as { pass: string }).pass).toBe('gradient');
    expect(e.messageIn('es')).toBe(
      'la operación div produjo un valor no finito, Infinity, al calcular el gradiente',
    );
  });

  it('grad(x^0.5) at 0 throws autodiff-non-finite naming powc', () => {
    expect(caught(() => grad((x) => pow(x, 0.5))(0)).params).toMatchObject({ op: 'powc' });
  });

  it('grad of xʸ with respect to y at a negative base throws autodiff-non-finite naming log', () => {
    expect(caught(() => grad(pow, { argnums: 1 })(-2, 3)).params).toMatchObject({ op: 'log' });
  });

  it('grad of a function that does not return a tensor throws autodiff-bad-result', () => {
    const f = (() => 3) as unknown as (x: Tensor) => Tensor;
    expect(caught(() => grad(f)(1)).code).toBe('autodiff-bad-result');
  });

  it('grad called with a string argument throws autodiff-bad-argument', () => {
    expect(caught(() => grad(poly)('1' as unknown as number)).code).toBe('autodiff-bad-argument');
  });
});

describe('second derivatives: grad of grad', () => {
  it('grad(grad(x³)) at 2 is 6x = 12, and the third derivative is 6', () => {
    const cube = (x: Tensor) => pow(x, 3);
    expect(grad(grad(cube))(2)).toBe(12);
    expect(grad(grad(grad(cube)))(2)).toBe(6);
  });

  it('grad(grad(sin)) at 0.7 is −sin(0.7)', () => {
    expectClose(grad(grad(sin))(0.7), -Math.sin(0.7), 1e-15);
  });

  it('grad(grad(eˣ·x²)) at 1.3 is eˣ(x² + 4x + 2)', () => {
    // (eˣx²)′ = eˣ(x² + 2x); (eˣ(x² + 2x))′ = eˣ(x² + 2x) + eˣ(2x + 2) = eˣ(x² + 4x + 2)
    const x = 1.3;
    expectClose(grad(grad((t) => mul(exp(t), square(t))))(x), Math.exp(x) * (x * x + 4 * x + 2), 1e-14);
  });

  it('grad(grad(x²y, argnums 0), argnums 1) at (3, 5) is the mixed partial 2x = 6', () => {
    const f = (x: Tensor, y: Tensor) => mul(square(x), y);
    expect(grad(grad(f, { argnums: 0 }), { argnums: 1 })(3, 5)).toBe(6);
  });
});

describe('hessian and hvp', () => {
  it('hessian(x²y + y³) at (1, 2) is [[2y, 2x], [2x, 6y]] = [[4, 2], [2, 12]]', () => {
    const f = (x: Tensor, y: Tensor) => add(mul(square(x), y), pow(y, 3));
    expect(hessian(f, { argnums: [0, 1] })(1, 2)).toEqual([
      [4, 2],
      [2, 12],
    ]);
  });

  it('hessian(peaks) at the tutorial points equals central differences of the gradient', () => {
    const g = grad(peaks, { argnums: [0, 1] });
    const h = 1e-5;
    for (const [x, y] of PEAKS_POINTS) {
      const H = hessian(peaks, { argnums: [0, 1] })(x, y);
      // Column j: (∇f(p + h eⱼ) − ∇f(p − h eⱼ)) / 2h
      const colX = (g(x + h, y) as number[]).map((v, i) => (v - (g(x - h, y) as number[])[i]) / (2 * h));
      const colY = (g(x, y + h) as number[]).map((v, i) => (v - (g(x, y - h) as number[])[i]) / (2 * h));
      expectClose(flat(H), [colX[0], colY[0], colX[1], colY[1]], 1e-6, 1e-8);
      expect(H[0][1]).toBeCloseTo(H[1][0], 12);
    }
  });

  const Asym = [
    [4, 1, 0],
    [1, 3, -1],
    [0, -1, 2],
  ];

  it('hessian(½xᵀAx) is A for a symmetric A', () => {
    const A = tensor(Asym);
    const q = (x: Tensor) => mul(0.5, dot(x, matmul(A, x)));
    expect(hessian(q)([1, -2, 0.5])).toEqual(Asym);
  });

  it('hessian(½xᵀAx) is (A + Aᵀ)/2 for a non-symmetric A', () => {
    const N = [
      [1, 2],
      [4, 3],
    ];
    const q = (x: Tensor) => mul(0.5, dot(x, matmul(tensor(N), x)));
    expect(hessian(q)([0.3, 0.7])).toEqual([
      [1, 3],
      [3, 3],
    ]);
  });

  it('hvp(f)(x, v) equals hessian(f)(x) · v', () => {
    // f(x) = Σ eˣⁱ sin xᵢ + (x·x)²: a Hessian with off-diagonal terms
    const f = (x: Tensor) => add(sum(mul(exp(x), sin(x))), square(dot(x, x)));
    const x = [0.3, -0.8, 1.1];
    const v = [1, 2, -0.5];
    const H = hessian(f)(x);
    const Hv = H.map((row) => row.reduce((s, h, j) => s + h * v[j], 0));
    expectClose(hvp(f)(x, v), Hv, 1e-12);
  });

  it('hvp of ½xᵀAx is A·v', () => {
    const q = (x: Tensor) => mul(0.5, dot(x, matmul(tensor(Asym), x)));
    // A·(1, 0, 2) = (4, 1 − 2, 4) = (4, −1, 4)
    expect(hvp(q)([5, 6, 7], [1, 0, 2])).toEqual([4, -1, 4]);
  });

  it('hvp of a scalar function is f″(x)·v', () => {
    expect(hvp((x) => pow(x, 3))(2, 3)).toEqual([36]);
  });

  it('hessian of a mean-squared error in w is 2·mean(x²)', () => {
    const X = tensor([1, 2, 3, 4]);
    const Y = tensor([2, 4, 6, 8]);
    // d²/dw² mean((wx − y)²) = 2·mean(x²) = 2 · 30/4 = 15
    expect(hessian((w: Tensor) => mean(square(sub(mul(w, X), Y))))(0.7)).toEqual([[15]]);
  });
});
