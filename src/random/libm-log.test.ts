import { describe, expect, it } from 'vitest';
import { firstMismatch, loadNumpyFixtures } from './fixtures.js';
import { fma, libmLog } from './libm-log.js';

const fixtures = loadNumpyFixtures();

describe('libmLog', () => {
  it(`libmLog(x) equals the C library's log for all ${fixtures.log.x.length} fixture inputs`, () => {
    expect(firstMismatch(fixtures.log.x.map(libmLog), fixtures.log.y, 'log')).toBeNull();
  });

  it('libmLog(x) differs from Math.log on some fixture inputs (so the port is needed)', () => {
    // If V8 ever ships a correctly rounded log this may start failing; then the port can go.
    const differ = fixtures.log.x.filter((x, i) => !Object.is(Math.log(x), fixtures.log.y[i]));
    expect(differ.length).toBeGreaterThan(0);
  });

  it('libmLog(1) is +0 and libmLog(e) is 1', () => {
    expect(Object.is(libmLog(1), 0)).toBe(true);
    expect(libmLog(Math.E)).toBe(1);
  });

  it('libmLog gives -Infinity at 0, NaN for negatives and NaN, Infinity at Infinity', () => {
    expect(libmLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(libmLog(-1)).toBeNaN();
    expect(libmLog(Number.NaN)).toBeNaN();
    expect(libmLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('libmLog(2^k) is k·ln 2 to within an ulp, subnormals included', () => {
    for (const k of [-1074, -1060, -1022, -500, -1, 1, 100, 1023]) {
      const expected = k * Math.LN2;
      expect(Math.abs(libmLog(2 ** k) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 2 ** -52);
    }
  });
});

describe('fma', () => {
  it('fma(1 + 2^-30, 1 + 2^-30, -1) keeps the 2^-60 that a·b - 1 loses', () => {
    // (1 + 2^-30)² = 1 + 2^-29 + 2^-60; the rounded product drops 2^-60 before the subtraction.
    const a = 1 + 2 ** -30;
    expect(a * a - 1).toBe(2 ** -29);
    expect(fma(a, a, -1)).toBe(2 ** -29 + 2 ** -60);
  });

  it(`fma(a, b, c) is the correctly rounded a·b + c for all ${fixtures.fma.length} fixture triples`, () => {
    const got = fixtures.fma.map(([a, b, c]) => fma(a, b, c));
    expect(
      firstMismatch(
        got,
        fixtures.fma.map((t) => t[3]),
        'fma',
      ),
    ).toBeNull();
  });

  it('fma(1 + 2^-27, 1 + 2^-26, -(1 + 2^-26)) is 2^-27 + 2^-53, the bit a rounded product loses', () => {
    // (1 + 2^-27)(1 + 2^-26) = 1 + 2^-26 + 2^-27 + 2^-53: the last term falls off the product.
    expect((1 + 2 ** -27) * (1 + 2 ** -26) - (1 + 2 ** -26)).toBe(2 ** -27);
    expect(fma(1 + 2 ** -27, 1 + 2 ** -26, -(1 + 2 ** -26))).toBe(2 ** -27 + 2 ** -53);
  });

  it('fma(1 + 2^-52, 0.5 + 2^-53, 1.5) rounds up to 2 + 2^-51, where rounding twice gives 2', () => {
    // a·b = 0.5 + 2^-52 + 2^-105, so a·b + c = 2 + 2^-52 + 2^-105: just above the tie between
    // 2 and 2 + 2^-51. Rounding the low parts 2^-52 + 2^-105 to nearest first lands exactly on
    // the tie, which then goes to the even 2; rounding them to odd first keeps the result right.
    expect(fma(1 + 2 ** -52, 0.5 + 2 ** -53, 1.5)).toBe(2 + 2 ** -51);
    expect(fma(-(1 + 2 ** -52), 0.5 + 2 ** -53, -1.5)).toBe(-(2 + 2 ** -51));
  });

  it('fma(a, b, c) equals a·b + c when that is exact', () => {
    expect(fma(3, 4, 5)).toBe(17);
    expect(fma(-0.5, 8, 4)).toBe(0);
    expect(fma(2 ** 20, 2 ** -20, -1)).toBe(0);
  });
});
