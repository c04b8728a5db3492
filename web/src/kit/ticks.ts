/**
 * The line charts' axis arithmetic, free of the DOM so that it is unit-tested under node: the
 * range an axis shows and the ticks of a log axis. Every loop here is bounded whatever numbers
 * come in (an empty chart, NaN, ±∞, 1e-300…1e300): a range computed from data must never hang
 * the page.
 */

/** At most this many decades are walked when a log axis adds 2 and 5 (or every digit) of each. */
const MAX_DIGIT_DECADES = 12;

/**
 * Ticks of a log axis over [lo, hi]: the powers of ten (every k-th one beyond six decades), and
 * 2 and 5 (or every digit) of each decade when fewer than two powers fall inside. No positive
 * finite range, no ticks.
 */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0 && hi > 0 && Number.isFinite(lo) && Number.isFinite(hi))) return [];
  if (hi < lo) [lo, hi] = [hi, lo];
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  // a and b are finite integers within ±324 here, so both loops below are short.
  const every = Math.max(1, Math.ceil((b - a) / 6));
  const out: number[] = [];
  for (let e = a; e <= b; e += every) out.push(10 ** e);
  const inside = (xs: number[]) => xs.filter((v) => v >= lo && v <= hi).length;
  if (b - a > MAX_DIGIT_DECADES) return out;
  for (const digits of [
    [2, 5],
    [2, 3, 4, 5, 6, 7, 8, 9],
  ]) {
    if (inside(out) >= 2) break;
    for (let e = a; e <= b; e++)
      for (const d of digits) if (!out.includes(d * 10 ** e)) out.push(d * 10 ** e);
  }
  return out.sort((x, y) => x - y);
}

/**
 * The range an axis shows for data spanning [lo, hi] (Infinity, −Infinity when there is none): a
 * default one when nothing drawable is there (a log axis needs positive values), a widened one when
 * the data is a single value. Always finite, lo < hi, and positive on a log axis.
 */
export function axisRange(lo: number, hi: number, log = false): [number, number] {
  const ok = (v: number) => Number.isFinite(v) && (!log || v > 0);
  if (!ok(lo) || !ok(hi) || !(hi >= lo)) return log ? [1, 10] : [0, 1];
  if (hi > lo) return [lo, hi];
  if (log) {
    // A decade each side, unless that leaves the numbers float64 can hold.
    const down = lo / 10 > 0 ? lo / 10 : lo;
    const up = Number.isFinite(hi * 10) ? hi * 10 : hi;
    return up > down ? [down, up] : [1, 10];
  }
  const pad = Math.abs(lo) * 0.1 || 1;
  // Near ±MAX_VALUE one side of the pad overflows: widen on the other side only.
  for (const r of [
    [lo - pad, hi + pad],
    [lo - pad, hi],
    [lo, hi + pad],
  ] as [number, number][])
    if (Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[0] < r[1]) return r;
  return [0, 1];
}

/** The smallest and largest finite values (Infinity, −Infinity when there is none), without spreading them into arguments. */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * At most `max` of the points, evenly strided (all of them when there are few): a scatter of a
 * 10⁶-row upload would otherwise draw a million dots on every animation frame.
 */
export function thinned(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  max: number,
): { xs: number[]; ys: number[] } {
  const n = Math.min(xs.length, ys.length);
  const stride = Math.max(1, Math.ceil(n / Math.max(1, max)));
  const out = { xs: [] as number[], ys: [] as number[] };
  for (let i = 0; i < n; i += stride) {
    out.xs.push(xs[i]);
    out.ys.push(ys[i]);
  }
  return out;
}
