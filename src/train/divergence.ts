/**
 * When a descent's step ends it: diverged (judged against the start, see `DIVERGENCE`, or by the
 * stop's absolute limits) or left the domain the function is about (see `leftDomain`).
 */
import type { StopSpec } from './descend.js';

/**
 * Divergence, judged against the start so that a function that is simply large where the run
 * starts (1e13 + x², or (x − 2·10⁸)² near 2·10⁸) is not "diverged at step 0": a step diverges when
 * its value or point is not finite, when f moved from f(x₀) by more than `value` × max(1, |f(x₀)|),
 * or when a coordinate moved from x₀ by more than `coordinate` × max(1, ‖x₀‖∞). Near an O(1)
 * start these are the absolute 10¹² and 10⁸ of before.
 */
export const DIVERGENCE = { value: 1e12, coordinate: 1e8 };

/**
 * Whether point p has left the domain: some coordinate lies farther outside its [low, high] than
 * the interval is wide (peaks' [−3, 3] ends at ±9). A path that overshoots the map a little is
 * still a path; one at (13.1, −9.8), where peaks and its gradient are 10⁻¹⁰⁶, is not on the
 * surface any more. A start outside that margin is the user's choice and is not judged.
 */
export function leftDomain(p: ArrayLike<number>, domain: readonly (readonly [number, number])[]): boolean {
  for (let i = 0; i < domain.length && i < p.length; i++) {
    const [lo, hi] = domain[i];
    const w = hi - lo;
    if (p[i] < lo - w || p[i] > hi + w) return true;
  }
  return false;
}

/** How a step ends, judged by the rules of `DIVERGENCE` and `leftDomain` (or the stop's absolute limits). */
export function outcomeRule(
  start: readonly number[],
  f0: number,
  stop: StopSpec,
  domain: readonly (readonly [number, number])[] | undefined,
): (v: number, p: readonly number[]) => 'ok' | 'diverged' | 'left-domain' {
  const valueLimit = DIVERGENCE.value * Math.max(1, Math.abs(f0));
  const scale = start.reduce((m, x) => Math.max(m, Math.abs(x)), 1);
  const coordLimit = DIVERGENCE.coordinate * scale;
  const judgeDomain = domain !== undefined && !leftDomain(start, domain);
  return (v, p) => {
    if (!Number.isFinite(v)) return 'diverged';
    if (stop.maxValue !== undefined ? Math.abs(v) > stop.maxValue : Math.abs(v - f0) > valueLimit)
      return 'diverged';
    for (let i = 0; i < p.length; i++) {
      const x = p[i];
      if (!Number.isFinite(x)) return 'diverged';
      if (
        stop.maxCoordinate !== undefined
          ? Math.abs(x) > stop.maxCoordinate
          : Math.abs(x - start[i]) > coordLimit
      )
        return 'diverged';
    }
    return judgeDomain && leftDomain(p, domain) ? 'left-domain' : 'ok';
  };
}
