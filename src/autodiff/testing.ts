/**
 * Helpers for the autodiff tests: a tiny seeded generator (so random points are the same on every
 * run), central differences over tensors, a closeness check with a readable failure, and the
 * peaks surface of the first tutorial with its closed-form gradient.
 */
import { expect } from 'vitest';
import { add, div, exp, mul, neg, pow, square, sub, sum, tensor } from './api.js';
import { type Shape, Tensor } from './tensor.js';

/** mulberry32: a 32-bit seeded generator returning numbers in [0, 1). Only for tests. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

export function uniformArray(rng: Rng, n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, () => uniform(rng, lo, hi));
}

/** Values in ±[lo, hi]: random sign, magnitude kept away from 0 (for abs, relu, division). */
export function awayFromZero(rng: Rng, n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1) * uniform(rng, lo, hi));
}

/** A tensor of the given shape filled from `values` (row-major). */
export function shaped(values: readonly number[], shape: Shape): Tensor {
  if (shape.length === 0) return tensor(values[0]);
  if (shape.length === 1) return tensor(values.slice(0, shape[0]));
  const [r, c] = shape;
  return tensor(Array.from({ length: r }, (_v, i) => values.slice(i * c, (i + 1) * c)));
}

/**
 * ∂ sum(f(args)) / ∂args[k], element by element, by central differences with step h
 * (scaled by the size of the coordinate). Returns one flat array per argument.
 */
export function centralGradient(
  f: (...args: Tensor[]) => Tensor,
  args: readonly Tensor[],
  h = 1e-5,
): number[][] {
  const evaluate = (vals: Float64Array[]) =>
    sum(f(...vals.map((v, k) => new Tensor(v, args[k].shape, 'float64')))).item();
  const base = args.map((a) => Float64Array.from(a.data));
  return args.map((a, k) =>
    Array.from(a.data, (x, i) => {
      const step = h * Math.max(1, Math.abs(x));
      const plus = base.map((b) => b.slice());
      const minus = base.map((b) => b.slice());
      plus[k][i] = x + step;
      minus[k][i] = x - step;
      return (evaluate(plus) - evaluate(minus)) / (2 * step);
    }),
  );
}

/** Largest |a − e| / max(|a|, |e|, floor) over the components. */
export function relativeError(
  actual: ArrayLike<number> | number,
  expected: ArrayLike<number> | number,
  floor = 1e-300,
): number {
  const a = typeof actual === 'number' ? [actual] : Array.from(actual);
  const e = typeof expected === 'number' ? [expected] : Array.from(expected);
  if (a.length !== e.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === e[i]) continue;
    worst = Math.max(worst, Math.abs(a[i] - e[i]) / Math.max(Math.abs(a[i]), Math.abs(e[i]), floor));
  }
  return worst;
}

/** Asserts componentwise closeness: |a − e| ≤ rtol · max(|a|, |e|) + atol. */
export function expectClose(
  actual: ArrayLike<number> | number,
  expected: ArrayLike<number> | number,
  rtol = 1e-6,
  atol = 0,
): void {
  const a = typeof actual === 'number' ? [actual] : Array.from(actual);
  const e = typeof expected === 'number' ? [expected] : Array.from(expected);
  expect(a.length, 'number of components').toBe(e.length);
  for (let i = 0; i < a.length; i++) {
    const tol = rtol * Math.max(Math.abs(a[i]), Math.abs(e[i])) + atol;
    if (!(Math.abs(a[i] - e[i]) <= tol))
      expect.fail(`component ${i}: ${a[i]} is not within ${tol} of ${e[i]}`);
  }
}

/** Flattens a plain result of grad (number, array, or rows) into one array. */
export function flat(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (Array.isArray(v)) return v.flatMap((x) => flat(x));
  if (v && typeof v === 'object' && 'data' in v) return Array.from((v as Tensor).data);
  throw new Error(`not numeric: ${String(v)}`);
}

/**
 * The peaks surface of the first tutorial:
 * 3(1−x)² e^(−x²−(y+1)²) − 10(x/5 − x³ − y⁵) e^(−x²−y²) − ⅓ e^(−(x+1)²−y²).
 */
export function peaks(x: Tensor, y: Tensor): Tensor {
  const t1 = mul(mul(3, square(sub(1, x))), exp(sub(neg(square(x)), square(add(y, 1)))));
  const t2 = mul(mul(10, sub(sub(div(x, 5), pow(x, 3)), pow(y, 5))), exp(sub(neg(square(x)), square(y))));
  const t3 = mul(1 / 3, exp(sub(neg(square(add(x, 1))), square(y))));
  return sub(sub(t1, t2), t3);
}

/** The same surface on plain numbers (written as the tutorial writes it). */
export function peaksNumber(x: number, y: number): number {
  return (
    3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
    10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
    (1 / 3) * Math.exp(-((x + 1) ** 2) - y ** 2)
  );
}

/**
 * The gradient of peaks by hand. With E1 = e^(−x²−(y+1)²), E2 = e^(−x²−y²), E3 = e^(−(x+1)²−y²),
 * P = x/5 − x³ − y⁵:
 *   ∂x = E1(−6(1−x) − 6x(1−x)²) − 10 E2 (1/5 − 3x² − 2xP) + ⅔ (x+1) E3
 *   ∂y = −6(1−x)²(y+1) E1 − 10 E2 (−5y⁴ − 2yP) + ⅔ y E3
 */
export function peaksGradient(x: number, y: number): [number, number] {
  const e1 = Math.exp(-x * x - (y + 1) ** 2);
  const e2 = Math.exp(-x * x - y * y);
  const e3 = Math.exp(-((x + 1) ** 2) - y * y);
  const p = x / 5 - x ** 3 - y ** 5;
  const dx =
    e1 * (-6 * (1 - x) - 6 * x * (1 - x) ** 2) -
    10 * e2 * (1 / 5 - 3 * x * x - 2 * x * p) +
    (2 / 3) * (x + 1) * e3;
  const dy = -6 * (1 - x) ** 2 * (y + 1) * e1 - 10 * e2 * (-5 * y ** 4 - 2 * y * p) + (2 / 3) * y * e3;
  return [dx, dy];
}

/** Points of the peaks surface used across the tests (the tutorial's start first). */
export const PEAKS_POINTS: readonly [number, number][] = [
  [-0.35, -0.67],
  [0.2657862, -1.59573582],
  [1.2, 0.4],
  [-1.5, 1.1],
  [0.05, 0.9],
];
