/**
 * Seed 004's exercise, answered: which learning rate gives the best model in the fewest epochs?
 * The sweep of issue 13 on the tutorial's own data and model (seed 22, y = 5x + 2·N(0, 1) on
 * linspace(−2, 2, 100), y = w·x from w = 10, plain gradient descent), and the theory that
 * explains its answer, computed from the same data:
 *
 *   the loss L(w) = mean((y − Xw)²) has the Hessian H = (2/n)·XᵀX, the same at every w.
 *   Gradient descent maps the error e = w − w* to (I − lr·H)·e, so it converges only when every
 *   |1 − lr·λ| < 1, i.e. lr < 2/λ_max, and fastest when the extreme factors balance,
 *   1 − lr·λ_min = −(1 − lr·λ_max), i.e. lr = 2/(λ_min + λ_max).
 *
 * Here X is the one column x, so H is one number, λ_min = λ_max = 2·mean(x²), and the fastest rate
 * 1/λ makes the factor 0: one epoch lands on the minimum.
 */
import { defaultSweepFit } from '../experiment/address-fields.js';
import { experimentData } from '../experiment/run-fit.js';
import type { FitExperiment, SweepRow, SweepRunSet, SweepStudy } from '../experiment/types.js';
import { rankRows, runSweep } from '../sweep/sweep.js';

/** The command that asks the question, as a user types it. */
export const EXERCISE_COMMAND =
  'descenso sweep --data linear --slope 5 --noise 2 --seed 22 --model linear --init w=10 --optimizer sgd --vary lr=0.01:1:lin:100 --epochs 500 --tol 1e-9';

/** The study that command builds: the default sweep of fits is seed 004's exercise. */
export const exerciseStudy: SweepStudy = defaultSweepFit;

/**
 * The eigenvalues of the least-squares Hessian H = (2/n)·XᵀX for one or two columns of features,
 * smallest first (a 2 × 2 symmetric matrix in closed form).
 */
export function leastSquaresEigenvalues(columns: readonly (readonly number[])[]): number[] {
  const n = columns[0].length;
  const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
  if (columns.length === 1) return [(2 / n) * dot(columns[0], columns[0])];
  const [a, b, d] = [dot(columns[0], columns[0]), dot(columns[0], columns[1]), dot(columns[1], columns[1])];
  const mid = (a + d) / 2;
  const r = Math.hypot((a - d) / 2, b);
  return [(2 / n) * (mid - r), (2 / n) * (mid + r)];
}

export interface ExerciseAnswer {
  /** The sweep's Run. */
  result: SweepRunSet;
  /** The sweep's rows, ranked (fewest epochs to the tolerance first). */
  ranked: SweepRow[];
  best: { lr: number; epochs: number };
  lambdaMin: number;
  lambdaMax: number;
  /** 2/λ_max: gradient descent converges only below it. */
  stableBelow: number;
  /** 2/(λ_min + λ_max): the fastest rate. */
  fastest: number;
  /** The largest rate that reached the tolerance, and its epochs. */
  lastConverged: { lr: number; epochs: number };
  /** The smallest rate whose loss ended above the start's (it grew instead of falling). */
  firstGrowing: { lr: number; final: number | null; status: SweepRow['status'] };
  /** The loss at w = 10, before any epoch. */
  startLoss: number;
}

const lrOf = (r: SweepRow) => r.options.lr as number;

export function jaxExercise(): ExerciseAnswer {
  const result = runSweep(exerciseStudy);
  const base = exerciseStudy.base as FitExperiment;
  const { x, y } = experimentData(base.data);
  const xs = x as number[];
  const eigen = leastSquaresEigenvalues([xs]);
  const [lambdaMin, lambdaMax] = [eigen[0], eigen[eigen.length - 1]];
  const startLoss = xs.reduce((s, v, i) => s + (y[i] - 10 * v) ** 2, 0) / xs.length;
  const ranked = rankRows(result.runs);
  const converged = result.runs.filter((r) => r.stepsToTol !== null);
  const last = converged.reduce((m, r) => (lrOf(r) > lrOf(m) ? r : m));
  const growing = result.runs.find((r) => r.status === 'diverged' || (r.final ?? Infinity) > startLoss);
  if (!growing) throw new Error('the sweep of the exercise has no rate that grows');
  return {
    result,
    ranked,
    best: { lr: lrOf(ranked[0]), epochs: ranked[0].stepsToTol as number },
    lambdaMin,
    lambdaMax,
    stableBelow: 2 / lambdaMax,
    fastest: 2 / (lambdaMin + lambdaMax),
    lastConverged: { lr: lrOf(last), epochs: last.stepsToTol as number },
    firstGrowing: { lr: lrOf(growing), final: growing.final, status: growing.status },
    startLoss,
  };
}
