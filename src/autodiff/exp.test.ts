import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exp } from './exp.js';

interface Case {
  x: number;
  exact: number;
  numpy: number;
}
const { cases } = JSON.parse(readFileSync(new URL('./fixtures/exp.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

const bits = new Float64Array(2);
const ints = new BigInt64Array(bits.buffer);
/** Signed distance in units in the last place between two positive doubles. */
function ulps(a: number, b: number): number {
  bits[0] = a;
  bits[1] = b;
  return Number(ints[0] - ints[1]);
}

describe('exp (the engine exponential)', () => {
  it('is within 1 ulp of the correctly rounded e^x at 2509 points, and exact in over 99% of them', () => {
    // references: scripts/make-exp-table.py, 60-digit decimal arithmetic rounded once to double
    let exact = 0;
    for (const c of cases) {
      const d = Math.abs(ulps(exp(c.x), c.exact));
      expect(d, `x = ${c.x}`).toBeLessThanOrEqual(1);
      if (d === 0) exact++;
    }
    expect(cases.length).toBe(2509);
    expect(exact / cases.length).toBeGreaterThan(0.99);
  });

  it('agrees with NumPy (glibc) at least as often as Math.exp does', () => {
    const agree = (f: (x: number) => number) => cases.filter((c) => f(c.x) === c.numpy).length;
    expect(agree(exp)).toBeGreaterThanOrEqual(agree(Math.exp));
  });

  it('gives the exact values at 0 and the limits of its range, and Math.exp outside it', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(709.5)).toBe(Math.exp(709.5));
    expect(exp(710)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(-745.2)).toBe(Math.exp(-745.2)); // subnormal
    expect(exp(-800)).toBe(0);
    expect(exp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
  });

  it('is within 1 ulp of Math.exp at 10⁵ seeded points across (−708, 709)', () => {
    let s = 12345;
    const next = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 2 ** 32;
    };
    let worst = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = i % 2 === 0 ? -708 + 1417 * next() : -5 + 10 * next();
      worst = Math.max(worst, Math.abs(ulps(exp(x), Math.exp(x))));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
});
