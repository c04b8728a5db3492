/**
 * The learning-rate range test (Smith, "Cyclical learning rates", 2017; fastai's lr_find): one
 * short fit whose learning rate grows exponentially, step by step, from `minLr` to `maxLr`. The
 * loss after each step is recorded with its exponential moving average (bias-corrected, as Adam
 * corrects its moments); the test stops once the smoothed loss exceeds `stopFactor` times its
 * minimum (both from the end of the first tenth of the steps on) or stops being finite. The suggestion is the lr at the steepest descent of the smoothed
 * loss against log(lr) (each slope across a tenth of the steps centred on its step, the first
 * tenth left out): where a
 * larger lr still buys the fastest fall of the loss.
 *
 * The fit is `run()`'s own: the experiment's first optimizer with `lr` replaced by the exponential
 * schedule lr_k = minLr·γ^k, γ = (maxLr/minLr)^(1/(steps−1)), so no training loop is repeated here.
 */
import { badArgument, DescensoError } from '../errors.js';
import { run } from '../experiment/run.js';
import { experimentData } from '../experiment/run-fit.js';
import { parseExperiment } from '../experiment/schema.js';
import type { FitExperiment } from '../experiment/types.js';

export interface LrFindOptions {
  /** The first step's lr (default 1e-6). */
  minLr?: number;
  /** The last step's lr (default 10). */
  maxLr?: number;
  /** Updates in the test (default 100): full-data steps in the batch regime, mini-batches otherwise. */
  steps?: number;
  /** The moving average's factor: smoothed_k ∝ Σ β^(k−j)·loss_j (default 0.9). */
  beta?: number;
  /** Stop once the smoothed loss exceeds this many times its minimum (default 4). */
  stopFactor?: number;
}

export interface LrFindResult {
  /** The lr of each step made (steps before the stop). */
  lrs: number[];
  /**
   * The loss after each step: on all the data (batch regime) or on the next mini-batch (the
   * stochastic regimes, as the fit records them); Infinity (null in JSON) at the step a batch fit
   * diverged.
   */
  losses: number[];
  /** The bias-corrected exponential moving average of `losses`. */
  smoothed: number[];
  /** The lr at the steepest descent of the smoothed loss; null when it never falls. */
  suggested: number | null;
  /** The 0-based step the test stopped at (its loss is the last recorded), or null when it ran all steps. */
  stoppedAt: number | null;
}

export const LRFIND_DEFAULTS = { minLr: 1e-6, maxLr: 10, steps: 100, beta: 0.9, stopFactor: 4 } as const;
const MAX_STEPS = 10_000;

function checked(o: LrFindOptions): Required<LrFindOptions> {
  const v = { ...LRFIND_DEFAULTS, ...o };
  const bad = (option: string, value: number) =>
    new DescensoError('lrfind-bad-option', { option, value: String(value) });
  if (!(Number.isFinite(v.minLr) && v.minLr > 0)) throw bad('minLr', v.minLr);
  if (!(Number.isFinite(v.maxLr) && v.maxLr > v.minLr)) throw bad('maxLr', v.maxLr);
  if (!(Number.isInteger(v.steps) && v.steps >= 2 && v.steps <= MAX_STEPS)) throw bad('steps', v.steps);
  if (!(v.beta >= 0 && v.beta < 1)) throw bad('beta', v.beta);
  if (!(v.stopFactor > 1)) throw bad('stopFactor', v.stopFactor);
  return v;
}

/** Epochs that give `steps + 1` batch losses (the loss after the last step is the next batch's). */
function epochsFor(e: FitExperiment, steps: number): number {
  const regime = e.regimes[0];
  if (regime === 'batch') return steps;
  const n = experimentData(e.data).y.length;
  const size = regime === 'sgd' ? 1 : (e.batchSize ?? 32);
  return Math.ceil((steps + 1) / Math.ceil(n / size));
}

/** The losses of the test's fit, one per step (shorter when the fit diverged). */
function stepLosses(e: FitExperiment, steps: number, schedule: { minLr: number; gamma: number }): number[] {
  const o = e.optimizers[0] ?? { name: 'sgd' };
  const experiment: FitExperiment = {
    ...e,
    optimizers: [
      {
        ...o,
        options: {
          ...(o.options ?? {}),
          lr: { kind: 'exponential', lr: schedule.minLr, gamma: schedule.gamma },
        },
      },
    ],
    regimes: [e.regimes[0] ?? 'batch'],
    epochs: epochsFor(e, steps),
    stop: undefined,
    record: undefined,
  };
  const outcome = run(experiment).runs[0];
  if (outcome.status === 'error' && outcome.error) {
    const err = outcome.error;
    throw new DescensoError(err.code as never, err.params as never);
  }
  const after =
    experiment.regimes[0] === 'batch'
      ? outcome.history.slice(1).map((h) => h.loss)
      : (outcome.stepLosses ?? []).slice(1);
  // A batch fit keeps no entry for the epoch it diverged at (its loss passed 10⁶× the start, or
  // was not finite): that step's loss is recorded as infinite, so the test stops on it.
  if (experiment.regimes[0] === 'batch' && outcome.status === 'diverged' && after.length < steps)
    after.push(Number.POSITIVE_INFINITY);
  return after.slice(0, steps);
}

/**
 * The index of the steepest fall of `ys` against `xs`, each slope taken across `w` points on each
 * side (fewer at the ends), so that one noisy mini-batch cannot make it; null if nothing falls.
 */
function steepest(xs: number[], ys: number[], w: number): number | null {
  let best: number | null = null;
  let slope = 0;
  for (let k = 0; k < ys.length; k++) {
    const a = Math.max(0, k - w);
    const b = Math.min(ys.length - 1, k + w);
    if (a === b) continue;
    const s = (ys[b] - ys[a]) / (xs[b] - xs[a]);
    if (s < slope) {
      slope = s;
      best = k;
    }
  }
  return best;
}

/** The range test of a fit experiment: its first optimizer and first regime. */
export function lrFind(experiment: FitExperiment, options: LrFindOptions = {}): LrFindResult {
  // Checked at the library's boundary, as run() checks: a hand-built object may be anything.
  const e = parseExperiment(experiment);
  if (e.kind !== 'fit') throw badArgument('lrFind', 1, experiment, 'experiment');
  if (typeof options !== 'object' || options === null) throw badArgument('lrFind', 2, options, 'object');
  const o = checked(options);
  if (e.optimizers.length > 1) throw new DescensoError('lrfind-one', { what: 'optimizer' });
  if (e.regimes.length > 1) throw new DescensoError('lrfind-one', { what: 'regime' });
  const gamma = (o.maxLr / o.minLr) ** (1 / (o.steps - 1));
  const raw = stepLosses(e, o.steps, { minLr: o.minLr, gamma });
  // The first tenth of the steps is left out of the stop rule and of the suggestion: the average
  // still follows single noisy batches there (fastai's plot leaves out its first 10 of 100 too).
  const skip = Math.floor(o.steps / 10);
  const lrs: number[] = [];
  const losses: number[] = [];
  const smoothed: number[] = [];
  let average = 0;
  let lowest = Infinity;
  // A fit that diverged ends early: its last loss is where the test stopped.
  let stoppedAt: number | null = raw.length < o.steps ? raw.length - 1 : null;
  for (let k = 0; k < raw.length; k++) {
    average = o.beta * average + (1 - o.beta) * raw[k];
    const s = average / (1 - o.beta ** (k + 1));
    lrs.push(o.minLr * gamma ** k);
    losses.push(raw[k]);
    smoothed.push(s);
    if (!Number.isFinite(s) || (k >= skip && s > o.stopFactor * lowest)) {
      stoppedAt = k;
      break;
    }
    if (k >= skip) lowest = Math.min(lowest, s);
  }
  // The stopping step is the blow-up itself: the steepest descent is looked for before it.
  const usable = stoppedAt === null ? smoothed.length : stoppedAt;
  const logs = lrs.slice(skip, usable).map(Math.log10);
  const k = steepest(logs, smoothed.slice(skip, usable), Math.max(1, Math.round(o.steps / 20)));
  return { lrs, losses, smoothed, suggested: k === null ? null : lrs[skip + k], stoppedAt };
}
