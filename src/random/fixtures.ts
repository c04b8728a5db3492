import { readFileSync } from 'node:fs';

/**
 * Test helpers for the NumPy fixtures written by scripts/make-random-fixtures.py. The JSON is
 * read at run time rather than imported, so the type checker does not chew through 700 kB.
 */

export interface FixtureCall {
  call: 'randomSample' | 'uniform' | 'normal' | 'standardNormal' | 'randint' | 'permutation' | 'shuffle';
  args: (number | number[])[];
  values: number | number[];
}

export interface FixtureSequence {
  calls: FixtureCall[];
  state: { pos: number; hasGauss: boolean; gauss: number; keyHead: number[]; keyTail: number[] };
}

export interface NumpyFixtures {
  numpy: string;
  seeds: { seed: number; key: number[]; pos: number; sequences: Record<string, FixtureSequence> }[];
  arraySeeds: { seed: number[]; key: number[]; randomSample: number[]; normal: number[] }[];
  linspace: { start: number; stop: number; num: number; endpoint: boolean; values: number[] }[];
  tutorials: Record<'jax' | 'gradientTape', { seed: number; x: number[]; y: number[] }>;
  /** x and the C library's log(x). */
  log: { x: number[]; y: number[] };
  /** [a, b, c, correctly rounded a·b + c]. */
  fma: [number, number, number, number][];
}

export function loadNumpyFixtures(): NumpyFixtures {
  const url = new URL('./fixtures/numpy-random.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as NumpyFixtures;
}

/**
 * Where two sequences stop holding the same numbers bit for bit (`Object.is`, so -0 ≠ 0), as a
 * readable string, or null when they agree. Tests assert `toBeNull()`, so a failure prints the
 * first index that differs instead of thousands of numbers.
 */
export function firstMismatch(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  label: string,
): string | null {
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (!Object.is(actual[i], expected[i]))
      return `${label}[${i}]: got ${actual[i]}, NumPy has ${expected[i]}`;
  }
  return actual.length === expected.length
    ? null
    : `${label}: ${actual.length} numbers, NumPy has ${expected.length}`;
}
