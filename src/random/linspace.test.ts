import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { firstMismatch, loadNumpyFixtures } from './fixtures.js';
import { linspace } from './linspace.js';

const fixtures = loadNumpyFixtures();

describe('linspace', () => {
  for (const { start, stop, num, endpoint, values } of fixtures.linspace) {
    it(`linspace(${start}, ${stop}, ${num}, ${endpoint}) equals np.linspace bit for bit`, () => {
      expect(firstMismatch(linspace(start, stop, num, endpoint), values, 'linspace')).toBeNull();
    });
  }

  it('linspace(-2, 2, 100) starts at -2, steps by 4/99 and ends exactly at 2', () => {
    const x = linspace(-2, 2, 100);
    expect(x[0]).toBe(-2);
    expect(x[1]).toBe(1 * (4 / 99) - 2);
    expect(x[99]).toBe(2);
    expect(x[1].toFixed(6)).toBe('-1.959596');
  });

  it('linspace(0, 1, 5, false) leaves out the end point', () => {
    expect(Array.from(linspace(0, 1, 5, false))).toEqual([0, 0.2, 0.4, 0.6000000000000001, 0.8]);
  });

  it('linspace(a, b, 1) is [a] and linspace(a, b, 0) is empty', () => {
    expect(Array.from(linspace(3, 7, 1))).toEqual([3]);
    expect(linspace(3, 7, 0)).toHaveLength(0);
  });

  for (const [args, code] of [
    [[Number.NaN, 1, 5], 'random-not-finite'],
    [[0, Number.POSITIVE_INFINITY, 5], 'random-not-finite'],
    [[0, 1, -1], 'random-bad-size'],
    [[0, 1, 2.5], 'random-bad-size'],
  ] as const) {
    it(`linspace(${args.join(', ')}) throws ${code}`, () => {
      expect(() => linspace(args[0], args[1], args[2])).toThrowError(DescensoError);
      try {
        linspace(args[0], args[1], args[2]);
      } catch (e) {
        expect((e as DescensoError).code).toBe(code);
      }
    });
  }
});
