import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { contourLevels } from './levels.js';
import { formatNumber, linearTicks, scaleLinear, scaleLog, superscript } from './scales.js';

describe('scaleLinear', () => {
  it('scaleLinear([0, 10], [0, 100]) maps 5 to 50 and inverts 50 to 5', () => {
    const s = scaleLinear([0, 10], [0, 100]);
    expect(s(5)).toBe(50);
    expect(s.invert(50)).toBe(5);
  });

  it('scaleLinear with a reversed range maps the domain top to the pixel top (y axes)', () => {
    const s = scaleLinear([-3, 3], [400, 100]);
    expect(s(-3)).toBe(400);
    expect(s(3)).toBe(100);
    expect(s(0)).toBe(250);
  });

  it('scaleLinear([2, 2]) maps everything to the middle of the range instead of dividing by zero', () => {
    expect(scaleLinear([2, 2], [0, 10])(2)).toBe(5);
  });

  it('linearTicks(0, 1, 10) lands on the decimals themselves: 0.3, not 0.30000000000000004', () => {
    expect(linearTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('ticks of [-3, 3] are the integers and print with a typeset minus', () => {
    const s = scaleLinear([-3, 3], [0, 600]);
    expect(s.ticks(6)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(s.ticks(6).map(s.tickFormat(6))).toEqual(['−3', '−2', '−1', '0', '1', '2', '3']);
  });

  it('tickFormat gives every label of a 0.25 step the same decimals', () => {
    const s = scaleLinear([0, 1], [0, 1]);
    expect(s.ticks(5).map(s.tickFormat(5))).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
  });

  it('tickFormat switches to powers of ten for tiny steps', () => {
    const s = scaleLinear([0, 4e-6], [0, 1]);
    expect(s.ticks(4).map(s.tickFormat(4))).toEqual(['0', '10⁻⁶', '2×10⁻⁶', '3×10⁻⁶', '4×10⁻⁶']);
  });

  it('nice() widens [0.13, 0.97] to whole steps [0, 1]', () => {
    expect(scaleLinear([0.13, 0.97], [0, 1]).nice(5).domain).toEqual([0, 1]);
  });

  it('scaleLinear rejects a non-finite domain with DescensoError plot-bad-input', () => {
    expect(() => scaleLinear([0, Number.NaN], [0, 1])).toThrow(DescensoError);
  });

  it('linearTicks(lo, hi) are ascending, evenly spaced, inside [lo, hi], with short distinct labels', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (lo, span, count) => {
          const hi = lo + span;
          fc.pre(hi > lo);
          const s = scaleLinear([lo, hi], [0, 500]);
          const ticks = s.ticks(count);
          const labels = ticks.map(s.tickFormat(count));
          // Ticks may sit a rounding error outside: the step's own tolerance or an ulp of the values.
          const slack = span * 1e-6 + Math.abs(lo) * 1e-14;
          for (const t of ticks) expect(t >= lo - slack && t <= hi + slack).toBe(true);
          for (let i = 2; i < ticks.length; i++) {
            expect(ticks[i] - ticks[i - 1]).toBeCloseTo(ticks[1] - ticks[0], 6);
          }
          expect(new Set(labels).size).toBe(labels.length);
          for (const l of labels) expect(l.length).toBeLessThanOrEqual(24);
        },
      ),
    );
  });
});

describe('scaleLog', () => {
  it('scaleLog([1e-3, 1e2]) puts ticks at the powers of ten, labelled 10⁻³ … 10²', () => {
    const s = scaleLog([1e-3, 1e2], [300, 0]);
    expect(s.ticks()).toEqual([0.001, 0.01, 0.1, 1, 10, 100]);
    expect(s.ticks().map(s.tickFormat())).toEqual(['10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹', '10²']);
    expect(s(1e-3)).toBe(300);
    expect(s(100)).toBe(0);
    expect(s(1)).toBeCloseTo(120, 9);
  });

  it('scaleLog minor ticks are 2..9 × 10ⁿ inside the domain', () => {
    const s = scaleLog([1, 100], [0, 1]);
    expect(s.minorTicks()).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('scaleLog over 31 decades labels every 5th decade and marks the others as minor ticks', () => {
    const s = scaleLog([1e-30, 10], [0, 1]);
    expect(s.ticks(7)).toEqual([1e-30, 1e-25, 1e-20, 1e-15, 1e-10, 1e-5, 1]);
    expect(s.minorTicks(7)).toContain(1e-29);
    expect(s.minorTicks(7)).not.toContain(1e-25);
  });

  it('scaleLog(...).nice() widens to whole decades', () => {
    expect(scaleLog([0.3, 42], [0, 1]).nice().domain).toEqual([0.1, 100]);
  });

  it('scaleLog rejects a domain reaching zero with DescensoError plot-bad-input', () => {
    expect(() => scaleLog([0, 1], [0, 1])).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
  });
});

describe('contourLevels', () => {
  it.each([1e9, Number.POSITIVE_INFINITY, Number.NaN, -1, 0, 2.5, 1001])(
    'contourLevels(0, 1, %s) throws plot-bad-input instead of enumerating the range',
    (count) => {
      expect(() => contourLevels(0, 1, count)).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
    },
  );

  it('contourLevels(-6.55, 8.1, 30) picks matplotlib’s step 0.5 from -7 to 8.5', () => {
    const levels = contourLevels(-6.55, 8.1, 30);
    expect(levels[0]).toBe(-7);
    expect(levels[levels.length - 1]).toBe(8.5);
    expect(levels).toHaveLength(32);
    expect(levels).toContain(0.5);
  });

  it('contourLevels covers the data: first ≤ min and last ≥ max', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (min, span, count) => {
          const levels = contourLevels(min, min + span, count);
          expect(levels[0]).toBeLessThanOrEqual(min);
          expect(levels[levels.length - 1]).toBeGreaterThanOrEqual(min + span);
          expect(levels.length - 1).toBeLessThanOrEqual(count + 3);
        },
      ),
    );
  });

  it('contourLevels of a flat surface gives one band around the value', () => {
    expect(contourLevels(2, 2, 30)).toEqual([1.5, 2.5]);
  });
});

describe('formatNumber', () => {
  it('formatNumber(±MAX_VALUE, 3) prints ±1.8×10³⁰⁸, not ∞ from the rounded text', () => {
    expect(formatNumber(Number.MAX_VALUE, 3)).toBe('1.8×10³⁰⁸');
    expect(formatNumber(-Number.MAX_VALUE, 4)).toBe('−1.798×10³⁰⁸');
  });

  it('formatNumber(0.1 + 0.2) prints 0.3', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('formatNumber prints large and small magnitudes as powers of ten with a typeset minus', () => {
    expect(formatNumber(1e-7)).toBe('10⁻⁷');
    expect(formatNumber(-2.5e-5)).toBe('−2.5×10⁻⁵');
    expect(formatNumber(1234567)).toBe('1.23457×10⁶');
    expect(formatNumber(-6.999800000002665)).toBe('−6.9998');
  });

  it('formatNumber names the non-finite values', () => {
    expect([Number.NaN, Infinity, -Infinity].map((v) => formatNumber(v))).toEqual(['NaN', '∞', '−∞']);
  });

  it('superscript(-12) is ⁻¹²', () => {
    expect(superscript(-12)).toBe('⁻¹²');
  });
});
