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

/**
 * NumPy's repr of a float64 array of rows, as `print(np.array(...))` shows it in a notebook:
 * `array([[-0.35      , -0.67      ],` with the next rows indented under the first. Each number
 * has at most 8 decimals (fewer when fewer read back to the same value), trailing zeros become
 * spaces so the decimal points line up, and the integer parts are padded to one width (the sign
 * included). Like NumPy, it switches to scientific notation when the nonzero magnitudes reach
 * 1e8, fall below 1e-4, or span more than three decades.
 */
export function numpyArrayRepr(rows: readonly (readonly number[])[], precision = 8): string {
  const values = rows.flat();
  const cells = numpyFloatCells(values, precision);
  const width = rows[0]?.length ?? 0;
  const lines = rows.map((_r, i) => `[${cells.slice(i * width, (i + 1) * width).join(', ')}]`);
  return `array([${lines.join(',\n       ')}])`;
}

/** The numbers of an array formatted to one width, as NumPy's FloatingFormat (floatmode 'maxprec') does. */
export function numpyFloatCells(values: readonly number[], precision = 8): string[] {
  const finite = values.filter(Number.isFinite);
  const nonzero = finite.map(Math.abs).filter((v) => v !== 0);
  const max = nonzero.length > 0 ? Math.max(...nonzero) : 0;
  const min = nonzero.length > 0 ? Math.min(...nonzero) : 0;
  const scientific = nonzero.length > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000);
  const texts = finite.map((v) =>
    scientific ? scientificDigits(v, precision) : positionalDigits(v, precision),
  );
  const parts = texts.map((s) => {
    const [mantissa, exponent = ''] = s.split('e');
    const [int, frac = ''] = mantissa.split('.');
    return { int, frac, exponent };
  });
  const padLeft = Math.max(0, ...parts.map((p) => p.int.length));
  const padRight = Math.max(0, ...parts.map((p) => p.frac.length));
  const padExp = Math.max(0, ...parts.map((p) => p.exponent.length));
  const cells = parts.map((p) => {
    const exp = scientific ? `e${p.exponent[0]}${p.exponent.slice(1).padStart(padExp - 1, '0')}` : '';
    // Scientific mantissas all get the longest one's decimals (zeros); positional ones are padded with spaces.
    return `${p.int.padStart(padLeft)}.${p.frac.padEnd(padRight, scientific ? '0' : ' ')}${exp}`;
  });
  // Non-finite values take the width of the others.
  const w = Math.max(3, ...cells.map((c) => c.length));
  let k = 0;
  return values.map((v) => {
    if (Number.isFinite(v)) return cells[k++];
    return (Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf').padStart(w);
  });
}

/** At most `precision` decimals, the shortest that read back the same, trailing zeros dropped ("1."). */
function positionalDigits(v: number, precision: number): string {
  const shortest = Math.abs(v) < 1e21 ? String(Math.abs(v)) : '';
  const decimals = shortest.includes('.') ? shortest.split('.')[1].length : 0;
  const text =
    !shortest.includes('e') && decimals <= precision
      ? shortest
      : Math.abs(v).toFixed(precision).replace(/0+$/, '');
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return `${sign}${text.includes('.') ? text : `${text}.`}`;
}

/** d.ddde±x with at most `precision` decimals, the exponent signed and at least two digits. */
function scientificDigits(v: number, precision: number): string {
  const shortest = v.toExponential();
  const [m] = shortest.split('e');
  const decimals = m.includes('.') ? m.split('.')[1].length : 0;
  const text = decimals <= precision ? shortest : v.toExponential(precision);
  const [mantissa, exp] = text.split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '') : `${mantissa}.`;
  const e = Number(exp);
  return `${trimmed}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}
