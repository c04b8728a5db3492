/**
 * Timing: the median of several runs after warm-up runs, with performance.now(). The median
 * rather than the mean because a garbage collection, a JIT tier-up or another process's burst
 * lands in one run, not in all of them.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median of the timed runs, in milliseconds. */
  ms: number;
  samples: number[];
}

export interface MeasureOptions {
  runs: number;
  /** Untimed runs first, so the JIT has compiled the hot loop. */
  warmup?: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times several functions round-robin — one run of each, then the next round — so a burst of
 * load from other processes on the machine falls on all of them alike and their ratios hold.
 */
export function measure<K extends string>(
  fns: Partial<Record<K, () => void>>,
  { runs, warmup = 1 }: MeasureOptions,
): Partial<Record<K, Timing>> {
  const entries = Object.entries(fns) as [K, () => void][];
  for (let k = 0; k < warmup; k++) for (const [, fn] of entries) fn();
  const samples = entries.map((): number[] => []);
  for (let k = 0; k < runs; k++)
    entries.forEach(([, fn], e) => {
      const t0 = performance.now();
      fn();
      samples[e].push(performance.now() - t0);
    });
  const out: Partial<Record<K, Timing>> = {};
  entries.forEach(([name], e) => {
    out[name] = { ms: median(samples[e]), samples: samples[e] };
  });
  return out;
}

/** The time of one call, for estimating how long a slow implementation would take. */
export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
