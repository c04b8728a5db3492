/**
 * A sweep computed progressively: the study cut into chunks along its first varied option, each
 * chunk a study of its own run by the core's `runSweep`, its rows put where the whole study
 * would have them. A chunk varies the first option over exactly two of its values (a `lin` range
 * of count 2 keeps both ends exact), so every row carries the very number the whole study gives
 * it, and — batched runs being bit for bit the single runs — the very same result.
 */
import { DescensoError } from '../../../src/errors.js';
import { LIMITS } from '../../../src/limits.js';
import { bestOf, runSweep } from '../../../src/sweep/sweep.js';
import type { SweepResult, SweepRow, SweepStudy, VarySpec } from '../../../src/sweep/types.js';
import { varyValues } from '../../../src/sweep/vary.js';

/** How the study's rows are laid out: optimizer outermost, then the first varied option, then the rest. */
export interface SweepShape {
  optimizers: number;
  /** Values of the first varied option. */
  outer: number;
  /** Settings of the other varied options (1 when there is none). */
  inner: number;
  /** Rows per run: a fit's regimes, else 1. */
  perRun: number;
  total: number;
}

export function sweepShape(study: SweepStudy): SweepShape {
  const optimizers = study.base.optimizers.length;
  const outer = study.vary[0]?.count ?? 1;
  const inner = study.vary.slice(1).reduce((n, v) => n * v.count, 1);
  const perRun = study.base.kind === 'fit' ? Math.max(1, study.base.regimes.length) : 1;
  return { optimizers, outer, inner, perRun, total: optimizers * outer * inner * perRun };
}

/** The study's size checked as runSweep checks it, before any chunk runs. */
export function checkSweepSize(study: SweepStudy): void {
  const runs = study.vary.reduce((n, v) => n * v.count, study.base.optimizers.length);
  if (runs > LIMITS.sweepRuns) throw new DescensoError('sweep-too-many', { runs, max: LIMITS.sweepRuns });
}

/** The pairs of indices of the first option's values each chunk runs (a lone value is paired with its neighbour). */
export function chunkPairs(outer: number): [number, number][] {
  if (outer <= 1) return [[0, 0]];
  const pairs: [number, number][] = [];
  for (let i = 0; i < outer; i += 2) pairs.push(i + 1 < outer ? [i, i + 1] : [i - 1, i]);
  return pairs;
}

/** The study of one chunk: the first option over the values at `a` and `b`. */
export function chunkStudy(study: SweepStudy, [a, b]: [number, number]): SweepStudy {
  const v0 = study.vary[0];
  const xs = varyValues(v0);
  const first: VarySpec =
    a === b ? { ...v0, count: 1 } : { option: v0.option, from: xs[a], to: xs[b], scale: 'lin', count: 2 };
  return { ...study, vary: [first, ...study.vary.slice(1)] };
}

export interface PlacedRows {
  /** Index in the whole study's rows of each row. */
  at: number[];
  rows: SweepRow[];
}

/** Runs one chunk and places its rows (a pair's duplicate value, after an odd count, is left out). */
export function runChunk(
  study: SweepStudy,
  pair: [number, number],
  keep: (i: number) => boolean,
): PlacedRows {
  const s = sweepShape(study);
  const result = runSweep(chunkStudy(study, pair));
  const width = pair[0] === pair[1] ? 1 : 2;
  const block = s.inner * s.perRun;
  const out: PlacedRows = { at: [], rows: [] };
  result.runs.forEach((row, r) => {
    const k = Math.floor(r / (width * block));
    const local = Math.floor((r % (width * block)) / block);
    const outer = pair[local];
    if (!keep(outer)) return;
    out.at.push(k * s.outer * block + outer * block + (r % block));
    out.rows.push(row);
  });
  return out;
}

/**
 * Every chunk in turn: `onRows` gets the rows as they come; `stop()` is asked between chunks.
 * Returns false when stopped.
 */
export async function sweepProgressively(
  study: SweepStudy,
  onRows: (placed: PlacedRows, done: number, total: number) => void,
  stop: () => boolean | Promise<boolean>,
): Promise<boolean> {
  checkSweepSize(study);
  const s = sweepShape(study);
  const seen = new Set<number>();
  for (const pair of chunkPairs(s.outer)) {
    if (await stop()) return false;
    const placed = runChunk(study, pair, (i) => !seen.has(i));
    for (const i of pair) seen.add(i);
    onRows(placed, seen.size, s.outer);
  }
  return true;
}

/** The result of the whole study from its rows (all present), as runSweep gives it. */
export function sweepResult(study: SweepStudy, rows: readonly (SweepRow | null)[]): SweepResult {
  const runs = rows.filter((r): r is SweepRow => r !== null);
  return { kind: 'sweep', version: study.version, experiment: study, runs, best: bestOf(runs, study.rank) };
}
