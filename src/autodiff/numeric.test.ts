import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { add, mul, pow, sub } from './api.js';
import { grad } from './grad.js';
import { derivative, numericGradient } from './numeric.js';
import type { Tensor } from './tensor.js';
import { expectClose, peaks, peaksGradient, peaksNumber } from './testing.js';

function caught(fn: () => unknown): DescensoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

/** The second tutorial's f(x) = 2x² − 3x + 4, as it writes it: 2*x**2-3*x+4. */
const f = (x: number) => 2 * x ** 2 - 3 * x + 4;

describe('derivative / numericGradient (the tutorials’ finite differences)', () => {
  it('derivative(2x² − 3x + 4, −1, {h: 1e-4}) is exactly −6.999800000002665', () => {
    expect(derivative(f, -1, { h: 1e-4 })).toBe(-6.999800000002665);
  });

  it('derivative(2x² − 3x + 4, 2, {h: 1e-4}) is exactly 5.000200000004895', () => {
    expect(derivative(f, 2, { h: 1e-4 })).toBe(5.000200000004895);
  });

  it('numericGradient(f, [x], {h: 1e-4}) gives the same digits', () => {
    expect(numericGradient(f, [-1], { h: 1e-4 })).toEqual([-6.999800000002665]);
    expect(numericGradient(f, [2], { h: 1e-4 })).toEqual([5.000200000004895]);
  });

  it('the exact derivative through grad is −7 and 5 (f′(x) = 4x − 3)', () => {
    const ft = (x: Tensor) => add(sub(mul(2, pow(x, 2)), mul(3, x)), 4);
    expect(grad(ft)(-1)).toBe(-7);
    expect(grad(ft)(2)).toBe(5);
  });

  it('the forward difference is off by 2h = 2e-4 on this parabola (the error the tutorial explains)', () => {
    // (f(x+h) − f(x))/h = 4x − 3 + 2h for f = 2x² − 3x + 4
    expect(derivative(f, -1, { h: 1e-4 }) - -7).toBeCloseTo(2e-4, 10);
  });

  it('derivative(f, x, {method: "central"}) of a parabola is exact up to rounding', () => {
    expectClose(derivative(f, -1, { method: 'central', h: 1e-4 }), -7, 1e-10);
    expectClose(derivative(f, 2, { method: 'central', h: 1e-4 }), 5, 1e-10);
  });

  it('derivative(f, x) defaults to a forward difference with h = 1e-5', () => {
    expect(derivative(f, 2)).toBe((f(2 + 1e-5) - f(2)) / 1e-5);
  });

  it('numericGradient(peaks) forward (h = 1e-5) and central agree with the closed form', () => {
    const [x, y] = [-0.35, -0.67];
    expectClose(numericGradient(peaksNumber, [x, y]), peaksGradient(x, y), 1e-4);
    expectClose(numericGradient(peaksNumber, [x, y], { method: 'central' }), peaksGradient(x, y), 1e-8);
  });

  it('5 steps of descent with forward differences (h = 1e-5, lr 0.03) from (−0.35, −0.67) print the tutorial’s points', () => {
    const expected = [
      [-0.26931594, -0.72470447],
      [-0.13292324, -0.838827],
      [0.0654496, -1.06459902],
      [0.24087009, -1.40749396],
      [0.2657862, -1.59573582],
    ];
    let p = [-0.35, -0.67];
    for (const row of expected) {
      const g = numericGradient(peaksNumber, p, { h: 1e-5 });
      p = [p[0] - 0.03 * g[0], p[1] - 0.03 * g[1]];
      expect(p[0]).toBeCloseTo(row[0], 8);
      expect(p[1]).toBeCloseTo(row[1], 8);
    }
  });

  it('5 steps with the exact gradient land on Keras’s SGD points (float32) to 1e-6', () => {
    const keras = [
      [-0.269319, -0.72470832],
      [-0.13292952, -0.83883744],
      [0.06544246, -1.06462073],
      [0.24086528, -1.40752137],
      [0.26578248, -1.59573841],
    ];
    const g = grad(peaks, { argnums: [0, 1] });
    let p = [-0.35, -0.67];
    for (const row of keras) {
      const [gx, gy] = g(p[0], p[1]) as number[];
      p = [p[0] - 0.03 * gx, p[1] - 0.03 * gy];
      expectClose(p, row, 0, 1e-6);
    }
  });

  it('derivative / numericGradient with h = 0, −1, NaN or Infinity throw autodiff-bad-step', () => {
    for (const h of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(caught(() => derivative(f, 1, { h })).code).toBe('autodiff-bad-step');
      expect(caught(() => numericGradient(f, [1], { h })).code).toBe('autodiff-bad-step');
    }
  });

  // A typo used to fall through to the forward difference without a word.
  it("derivative with method 'centra' throws autodiff-unknown-method suggesting 'central'", () => {
    const method = 'centra' as 'central';
    const e = caught(() => derivative(f, 1, { method }));
    expect(e.code).toBe('autodiff-unknown-method');
    expect(e.messageIn('en')).toContain("did you mean 'central'?");
    expect(e.messageIn('es')).toContain('¿quería decir «central»?');
    expect(caught(() => numericGradient(f, [1], { method: 'constructor' as 'central' })).code).toBe(
      'autodiff-unknown-method',
    );
  });
});
