import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import type { Run } from '../experiment/types.js';
import { lessonNumber, valueAt } from './number.js';
import type { LessonNumber } from './types.js';

// A hand-made Run-like value: the reader walks plain JSON and typed arrays alike.
const run = {
  kind: 'descend',
  runs: [
    {
      points: [
        [-0.35, -0.67],
        [-0.26931594, -0.72470447],
        [0.2657862, -1.59573582],
      ],
      final: 0.1,
    },
    { points: [[1, 2]], values: Float64Array.from([3, 2, 1]) },
  ],
  at: { forward: -6.999800000002665, slope: -7 },
  best: { sgd: { stepsToTol: 12 } },
} as unknown as Run;

const n = (path: string, printed: string, tolerance = 0, format?: LessonNumber['format']): LessonNumber => ({
  label: { es: 'x', en: 'x' },
  printed,
  path,
  tolerance,
  ...(format === undefined ? {} : { format }),
});

/** The code and parameters of what `f` throws. */
function thrown(f: () => unknown): { code: string; params: unknown } {
  try {
    f();
  } catch (e) {
    if (e instanceof DescensoError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('valueAt', () => {
  it('valueAt(run, "runs.0.points.-1.0") reads the last point of the first run, counting from the end', () => {
    expect(valueAt(run, 'runs.0.points.-1.0')).toBe(0.2657862);
    expect(valueAt(run, 'runs.-1.points.0.1')).toBe(2);
  });

  it('valueAt(run, a typed array index) reads typed arrays as lists, negative indices too', () => {
    expect(valueAt(run, 'runs.1.values.0')).toBe(3);
    expect(valueAt(run, 'runs.1.values.-1')).toBe(1);
  });

  it('valueAt(run, index past either end) names the part not found', () => {
    expect(thrown(() => valueAt(run, 'runs.0.points.3.0'))).toEqual({
      code: 'lesson-path',
      params: { path: 'runs.0.points.3.0', part: '3' },
    });
    expect(thrown(() => valueAt(run, 'runs.0.points.-4'))).toMatchObject({ params: { part: '-4' } });
    expect(thrown(() => valueAt(run, 'runs.first'))).toMatchObject({ params: { part: 'first' } });
  });

  it('valueAt(run, "__proto__" or "constructor") finds nothing instead of the prototype', () => {
    expect(thrown(() => valueAt(run, 'at.__proto__'))).toMatchObject({
      code: 'lesson-path',
      params: { part: '__proto__' },
    });
    expect(thrown(() => valueAt(run, 'at.constructor.name'))).toMatchObject({
      params: { part: 'constructor' },
    });
    expect(thrown(() => valueAt(run, 'runs.length'))).toMatchObject({ params: { part: 'length' } });
  });

  it('valueAt(run, a path through a number) stops at the number', () => {
    expect(thrown(() => valueAt(run, 'at.forward.0'))).toMatchObject({ params: { part: '0' } });
  });
});

describe('lessonNumber', () => {
  it('lessonNumber(tolerance 0, python) matches only the exact repr', () => {
    expect(lessonNumber(run, n('at.forward', '-6.999800000002665'))).toEqual({
      value: -6.999800000002665,
      text: '-6.999800000002665',
      matches: true,
    });
    expect(lessonNumber(run, n('at.forward', '-6.99980000000266')).matches).toBe(false);
    expect(lessonNumber(run, n('at.slope', '-7.0')).matches).toBe(true);
  });

  it('lessonNumber(format 8) shows toFixed(8) and matches NumPy’s trimmed column ("-0.35" for -0.35000000)', () => {
    const start = lessonNumber(run, n('runs.0.points.0.0', '-0.35', 0, 8));
    expect(start).toMatchObject({ text: '-0.35000000', matches: true });
    expect(lessonNumber(run, n('runs.0.points.1.1', '-0.72470447', 0, 8)).matches).toBe(true);
    expect(lessonNumber(run, n('runs.0.points.1.1', '-0.72470448', 0, 8)).matches).toBe(false);
  });

  it('lessonNumber(absolute tolerance) matches within it and not beyond', () => {
    // Keras's float32 walk printed -0.269319 where float64 gives -0.26931594: 3.1e-6 apart.
    expect(lessonNumber(run, n('runs.0.points.1.0', '-0.269319', 4e-6)).matches).toBe(true);
    expect(lessonNumber(run, n('runs.0.points.1.0', '-0.269319', 1e-6)).matches).toBe(false);
  });

  it('lessonNumber(tolerance 0 against a value printed with fewer digits) does not match: 0 means as printed', () => {
    expect(lessonNumber(run, n('at.forward', '-6.9998')).matches).toBe(false);
    // -6.999800000002665 − (−6.9998) = −2.665e-12.
    expect(lessonNumber(run, n('at.forward', '-6.9998', 1e-12)).matches).toBe(false);
    expect(lessonNumber(run, n('at.forward', '-6.9998', 1e-11)).matches).toBe(true);
  });

  it('lessonNumber(path to an object) throws lesson-not-number', () => {
    expect(thrown(() => lessonNumber(run, n('best.sgd', '12')))).toEqual({
      code: 'lesson-not-number',
      params: { path: 'best.sgd' },
    });
    // A whole number as Python prints a float is 12.0; as an int, format 0.
    expect(lessonNumber(run, n('best.sgd.stepsToTol', '12.0')).matches).toBe(true);
    expect(lessonNumber(run, n('best.sgd.stepsToTol', '12', 0, 0))).toMatchObject({
      text: '12',
      matches: true,
    });
  });

  it('lessonNumber(NaN with a tolerance) never matches', () => {
    const nan = { at: { forward: Number.NaN } } as unknown as Run;
    expect(lessonNumber(nan, n('at.forward', '0', 1e9)).matches).toBe(false);
  });
});
