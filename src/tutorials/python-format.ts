/**
 * Printing numbers the way the tutorials' Python printed them, so an example's output can be
 * compared line for line: `repr(float)` (what an f-string prints for `{x}`) and NumPy's order of
 * summation for `.mean()` of a float64 array.
 */

/**
 * Python's repr of a float: the shortest digits that read back to the same number (as JavaScript's
 * String), but always with a decimal point (`10.0`), and in exponent form below 1e-4 and from 1e16
 * on, with a signed two-digit exponent (`1e-05`, `1.5e+16`).
 */
export function pyRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${int}.${frac === '' ? '0' : frac}`;
}

/**
 * The sum of a float64 array in NumPy's order (pairwise summation): fewer than 8 values are added
 * left to right; up to 128 go into eight running sums (element i into sum i mod 8) that are then
 * combined as ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)), with the leftover tail added
 * after; longer arrays are split in two at a multiple of 8 near the middle, recursively.
 */
export function numpySum(a: ArrayLike<number>, start = 0, n = a.length - start): number {
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[start + i];
    return s;
  }
  if (n <= 128) {
    const r = [0, 0, 0, 0, 0, 0, 0, 0].map((_v, j) => a[start + j]);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += a[start + i + j];
    let s = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) s += a[start + i];
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return numpySum(a, start, half) + numpySum(a, start + half, n - half);
}

/** `.mean()` of a float64 NumPy array: numpySum / n. */
export function numpyMean(a: ArrayLike<number>): number {
  return numpySum(a) / a.length;
}
