/**
 * The batched-run cases of `npm run bench` (issue 13), measured, never asserted:
 *
 *   basins            peaks, 400 × 400 starts, 200 steps of gradient descent (lr 0.03): one batch
 *                     against `descend` looped over the starts. The loop is timed on an evenly
 *                     spaced sample of the starts and scaled to all of them (the whole loop would
 *                     take minutes); the sample's runs are checked equal, bit for bit, to the batch's.
 *                     Since descend takes the fused kernel too (train/descend-fast.ts), the loop
 *                     costs the same arithmetic plus descend's per-call work (checking the spec,
 *                     building the optimizer, recording the path); `loopGeneric` also times
 *                     descend's generic loop (`descendLoop`, what `descend` was before the fused
 *                     path) on a smaller sample, for comparison with earlier figures.
 *   descend-adam-10k  one `descend` of 10,000 Adam steps on peaks against a hand-written loop doing
 *                     the same (closed-form gradient, Adam by its equations, every point recorded).
 *   batch-scaling     the batch of 50 GD steps at 10³ … 10⁶ runs: time per run and step.
 */
import { batchDescend, batchRun } from '../src/sweep/batch.js';
import { descend, descendLoop } from '../src/train/descend.js';
import { median } from './measure.js';

export const sweepCaseNames = ['basins', 'descend-adam-10k', 'batch-scaling'] as const;
export type SweepCaseName = (typeof sweepCaseNames)[number];

const LR = 0.03;
const GD = { name: 'sgd', options: { lr: LR } };

/** Starts on an n × n grid over [−3, 3]², row-major over y then x, as `basins` lays them out. */
function gridStarts(n: number): Float64Array {
  const s = new Float64Array(n * n * 2);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      s[(i * n + j) * 2] = -3 + (6 * j) / (n - 1);
      s[(i * n + j) * 2 + 1] = -3 + (6 * i) / (n - 1);
    }
  return s;
}

function timed(fn: () => void, runs: number): number {
  fn(); // warm-up: the JIT compiles the hot loops
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const round = (v: number) => Number(v.toPrecision(4));

export interface BasinsBench {
  name: 'basins';
  starts: number;
  steps: number;
  ms: { batched: number; loop: number; loopGeneric: number };
  /** How many starts the loop was timed on (then scaled to all), and the generic loop. */
  loopSampled: number;
  loopGenericSampled: number;
  speedupOverLoop: number;
  speedupOverGenericLoop: number;
}

/** Every k-th start of count, for a sample of about `size`. */
function sample(count: number, size: number): number[] {
  const every = Math.max(1, Math.floor(count / size));
  const picked: number[] = [];
  for (let i = 0; i < count; i += every) picked.push(i);
  return picked;
}

export function basinsBench(runs: number, side = 400, steps = 200): BasinsBench {
  const starts = gridStarts(side);
  const count = side * side;
  const batch = () => batchDescend({ surface: 'peaks', steps, groups: [{ optimizer: GD, starts }] });
  const batched = timed(batch, Math.max(1, Math.min(runs, 3)));
  const picked = sample(count, 2000);
  const loop = (run: typeof descend, at: number[]) => () => {
    for (const i of at)
      run({ surface: 'peaks', optimizer: GD, steps, start: [starts[2 * i], starts[2 * i + 1]] });
  };
  const loopMs = (timed(loop(descend, picked), Math.max(1, Math.min(runs, 3))) * count) / picked.length;
  const few = sample(count, 500);
  const genericMs = (timed(loop(descendLoop, few), Math.max(1, Math.min(runs, 3))) * count) / few.length;
  // The batch must be the loop, bit for bit, on the sampled starts.
  const b = batch().groups[0];
  for (const i of picked.slice(0, 200)) {
    const d = descend({ surface: 'peaks', optimizer: GD, steps, start: [starts[2 * i], starts[2 * i + 1]] });
    const r = batchRun(b, i);
    const last = d.points[d.points.length - 1];
    if (
      r.steps !== d.steps ||
      !Object.is(r.value, d.values[d.values.length - 1]) ||
      !Object.is(r.point[0], last[0])
    )
      throw new Error(`basins: the batch disagrees with descend at start ${i}`);
  }
  return {
    name: 'basins',
    starts: count,
    steps,
    ms: { batched: round(batched), loop: round(loopMs), loopGeneric: round(genericMs) },
    loopSampled: picked.length,
    loopGenericSampled: few.length,
    speedupOverLoop: round(loopMs / batched),
    speedupOverGenericLoop: round(genericMs / batched),
  };
}

/**
 * Adam on peaks written out by hand: the closed-form gradient (bench/cases/peaks-grad.ts's),
 * PyTorch's Adam (m, v, bias corrections, ε after the square root), each point and value kept.
 */
function handwrittenAdam(start: [number, number], steps: number, lr: number) {
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  let [x, y] = start;
  let [mx, my, vx, vy] = [0, 0, 0, 0];
  const points: number[][] = [[x, y]];
  const values: number[] = [];
  for (let t = 1; t <= steps + 1; t++) {
    const x2 = x * x;
    const y2 = y * y;
    const u = 1 - x;
    const w = y + 1;
    const p = x / 5 - x2 * x - y2 * y2 * y;
    const e1 = Math.exp(-x2 - w * w);
    const e2 = Math.exp(-x2 - y2);
    const e3 = Math.exp(-(x + 1) * (x + 1) - y2);
    values.push(3 * u * u * e1 - 10 * p * e2 - e3 / 3);
    if (t > steps) break;
    const gx = -6 * u * (1 + x - x2) * e1 + (-2 + 30 * x2 + 20 * x * p) * e2 + (2 / 3) * (x + 1) * e3;
    const gy = -6 * u * u * w * e1 + (50 * y2 * y2 + 20 * y * p) * e2 + (2 / 3) * y * e3;
    mx = b1 * mx + (1 - b1) * gx;
    my = b1 * my + (1 - b1) * gy;
    vx = b2 * vx + (1 - b2) * gx * gx;
    vy = b2 * vy + (1 - b2) * gy * gy;
    const c1 = 1 - b1 ** t;
    const c2 = Math.sqrt(1 - b2 ** t);
    x -= (lr * (mx / c1)) / (Math.sqrt(vx) / c2 + eps);
    y -= (lr * (my / c1)) / (Math.sqrt(vy) / c2 + eps);
    points.push([x, y]);
  }
  return { points, values };
}

export interface AdamBench {
  name: 'descend-adam-10k';
  steps: number;
  ms: { descend: number; handwritten: number };
  ratioToHandwritten: number;
  /** |difference| of the end points (the hand-written loop is Adam's maths, not descend's rounding order). */
  endDifference: number;
}

export function adamBench(runs: number, steps = 10_000): AdamBench {
  const start: [number, number] = [-0.35, -0.67];
  const spec = { surface: 'peaks', optimizer: { name: 'adam', options: { lr: 0.01 } }, steps, start };
  const d = timed(() => descend(spec), runs);
  const h = timed(() => handwrittenAdam(start, steps, 0.01), runs);
  const a = descend(spec).points.at(-1) as number[];
  const b = handwrittenAdam(start, steps, 0.01).points.at(-1) as number[];
  return {
    name: 'descend-adam-10k',
    steps,
    ms: { descend: round(d), handwritten: round(h) },
    ratioToHandwritten: round(d / h),
    endDifference: Number(Math.hypot(a[0] - b[0], a[1] - b[1]).toPrecision(2)),
  };
}

export interface ScalingRow {
  runs: number;
  steps: number;
  ms: number;
  nsPerRunStep: number;
}

export function batchScaling(runs: number, steps = 50): ScalingRow[] {
  return [1e3, 1e4, 1e5, 1e6].map((count) => {
    const side = Math.round(Math.sqrt(count));
    const starts = gridStarts(side);
    const ms = timed(
      () => batchDescend({ surface: 'peaks', steps, groups: [{ optimizer: GD, starts }] }),
      count >= 1e6 ? 1 : Math.min(runs, 3),
    );
    return {
      runs: side * side,
      steps,
      ms: round(ms),
      nsPerRunStep: round((ms * 1e6) / (side * side * steps)),
    };
  });
}

export interface SweepBenchReport {
  basins?: BasinsBench;
  adam?: AdamBench;
  scaling?: ScalingRow[];
}

/** The cases asked for (all by default), each logged to stderr as it ends. */
export function sweepBench(
  runs: number,
  names: readonly string[],
  log: (line: string) => void,
): SweepBenchReport {
  const want = (n: SweepCaseName) => names.length === 0 || names.includes(n);
  const report: SweepBenchReport = {};
  if (want('basins')) {
    log('basins: peaks, 400 × 400 starts, 200 GD steps, batched vs looping descend');
    report.basins = basinsBench(runs);
    log(`  ${JSON.stringify(report.basins)}`);
  }
  if (want('descend-adam-10k')) {
    log('descend-adam-10k: one descend of 10,000 Adam steps on peaks vs a hand-written loop');
    report.adam = adamBench(runs);
    log(`  ${JSON.stringify(report.adam)}`);
  }
  if (want('batch-scaling')) {
    log('batch-scaling: 50 GD steps on peaks, 10³ … 10⁶ runs in one batch');
    report.scaling = batchScaling(runs);
    for (const r of report.scaling) log(`  ${JSON.stringify(r)}`);
  }
  return report;
}

/** The report as lines for the table output, with the targets. */
export function sweepLines(r: SweepBenchReport): string[] {
  const out: string[] = ['', 'batched runs (issue 13):'];
  const mark = (ok: boolean) => (ok ? ' ok' : 'MISS');
  if (r.basins)
    out.push(
      `  basins: batched ${r.basins.ms.batched} ms, loop ${r.basins.ms.loop} ms (timed on ${r.basins.loopSampled} starts, scaled), ${r.basins.speedupOverLoop}× faster`,
      `  basins: generic descend loop ${r.basins.ms.loopGeneric} ms (timed on ${r.basins.loopGenericSampled} starts, scaled), ${r.basins.speedupOverGenericLoop}× the batch's time`,
      `  ${mark(r.basins.ms.batched <= 2000)}  basins ms.batched ≤ 2000: ${r.basins.ms.batched}`,
      `  ${mark(r.basins.speedupOverLoop >= 50)}  basins speedupOverLoop ≥ 50: ${r.basins.speedupOverLoop}`,
    );
  if (r.adam)
    out.push(
      `  descend-adam-10k: descend ${r.adam.ms.descend} ms, hand-written ${r.adam.ms.handwritten} ms (end points ${r.adam.endDifference} apart)`,
      `  ${mark(r.adam.ratioToHandwritten <= 2)}  descend-adam-10k ratioToHandwritten ≤ 2: ${r.adam.ratioToHandwritten}`,
    );
  if (r.scaling)
    out.push(
      '  batch-scaling (50 GD steps on peaks):',
      ...r.scaling.map(
        (s) =>
          `    ${String(s.runs).padStart(7)} runs: ${String(s.ms).padStart(8)} ms, ${s.nsPerRunStep} ns per run and step`,
      ),
    );
  return out;
}
