import { describe, expect, it } from 'vitest';
import { axisRange, extent, logTicks, thinned } from './ticks.js';

describe('logTicks', () => {
  it('logTicks(0, 1) returns no ticks instead of counting up from log 0 = −∞ forever', () => {
    expect(logTicks(0, 1)).toEqual([]);
  });

  it('logTicks(NaN, 1), (−∞, ∞), (1, ∞) and (−1, 10) return no ticks', () => {
    expect(logTicks(Number.NaN, 1)).toEqual([]);
    expect(logTicks(-Infinity, Infinity)).toEqual([]);
    expect(logTicks(1, Infinity)).toEqual([]);
    expect(logTicks(-1, 10)).toEqual([]);
  });

  it('logTicks(1e-300, 1e300) labels every 100th power of ten, 7 ticks', () => {
    // 600 decades, at most six intervals: every ceil(600/6) = 100 decades.
    expect(logTicks(1e-300, 1e300)).toEqual([1e-300, 1e-200, 1e-100, 1, 1e100, 1e200, 1e300]);
  });

  it('logTicks(5, 5) adds the digits of the decade and keeps 5 itself', () => {
    const t = logTicks(5, 5);
    expect(t).toContain(5);
    expect(t.length).toBeLessThanOrEqual(2 * 9);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
  });

  it('logTicks(1e-3, 10) gives the five powers of ten between', () => {
    expect(logTicks(1e-3, 10)).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
  });

  it('logTicks(2, 8) labels 2 and 5 when fewer than two powers of ten fall inside', () => {
    expect(logTicks(2, 8).filter((v) => v >= 2 && v <= 8)).toEqual([2, 5]);
  });

  it('logTicks(10, 1) reads the range either way round', () => {
    expect(logTicks(10, 1)).toEqual(logTicks(1, 10));
  });

  it('logTicks(5e-324, 1.7e308) stays a short list across all of float64', () => {
    const t = logTicks(5e-324, 1.7e308);
    expect(t.length).toBeGreaterThan(1);
    expect(t.length).toBeLessThanOrEqual(8);
  });
});

describe('axisRange', () => {
  it('axisRange(Infinity, −Infinity) (an empty chart) is [0, 1], and [1, 10] on a log axis', () => {
    expect(axisRange(Infinity, -Infinity)).toEqual([0, 1]);
    expect(axisRange(Infinity, -Infinity, true)).toEqual([1, 10]);
  });

  it('axisRange(0, 1, log) cannot show 0 on a log axis: [1, 10]', () => {
    expect(axisRange(0, 1, true)).toEqual([1, 10]);
    expect(axisRange(Number.NaN, 1, true)).toEqual([1, 10]);
  });

  it('axisRange(5, 5) widens a single value: ±0.5 linear, a decade each side on a log axis', () => {
    expect(axisRange(5, 5)).toEqual([4.5, 5.5]);
    expect(axisRange(5, 5, true)).toEqual([0.5, 50]);
    expect(axisRange(0, 0)).toEqual([-1, 1]);
  });

  it('axisRange near the ends of float64 stays finite with low < high', () => {
    for (const [lo, hi, log] of [
      [1.7e308, 1.7e308, false],
      [-1.7e308, -1.7e308, false],
      [1.7e308, 1.7e308, true],
      [5e-324, 5e-324, true],
      [-Infinity, Infinity, false],
    ] as [number, number, boolean][]) {
      const [a, b] = axisRange(lo, hi, log);
      expect(Number.isFinite(a) && Number.isFinite(b) && a < b).toBe(true);
      if (log) expect(a).toBeGreaterThan(0);
    }
  });
});

describe('extent', () => {
  it('extent of a million values returns their bounds without spreading them into Math.min', () => {
    const xs = new Float64Array(1_000_000).map((_v, i) => i - 500_000);
    expect(extent(xs)).toEqual([-500_000, 499_999]);
  });

  it('extent skips NaN and ±∞, and is [Infinity, −Infinity] with nothing finite', () => {
    expect(extent([Number.NaN, 3, Infinity, -2])).toEqual([-2, 3]);
    expect(extent([])).toEqual([Infinity, -Infinity]);
  });
});

describe('thinned', () => {
  it('thinned(10⁶ points, 5000) keeps 5000 evenly strided points, the first included', () => {
    const xs = Array.from({ length: 1_000_000 }, (_v, i) => i);
    const t = thinned(xs, xs, 5000);
    expect(t.xs.length).toBe(5000);
    expect(t.xs.slice(0, 3)).toEqual([0, 200, 400]);
    expect(t.ys).toEqual(t.xs);
  });

  it('thinned keeps every point when there are fewer than the bound', () => {
    expect(thinned([1, 2, 3], [4, 5, 6], 5000)).toEqual({ xs: [1, 2, 3], ys: [4, 5, 6] });
  });
});
