/**
 * The loss of a regression model on a set of points as a plain function of its parameters: the
 * core's one implementation (src/plot/views/loss-function.ts), compiled once for that number of
 * points, with the model's link as `fit` applies it (σ for a logistic model under mse, …). The
 * landscapes of the regression lab sample it thousands of times.
 */
import { type LossFunction, lossFunction } from '../../../src/plot/views/index.js';

export type LossEvaluator = LossFunction;

/** An evaluator for `size` points of one feature (Huber's δ when the loss is huber). */
export function lossEvaluator(
  modelSpec: string,
  lossName: string | undefined,
  size: number,
  delta?: number,
): LossEvaluator {
  return lossFunction({ model: modelSpec, loss: lossName, delta }, size);
}

/** The points of `indices` copied out of x and y (a batch). */
export function gatherPoints(
  indices: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  into?: { x: Float64Array; y: Float64Array },
): { x: Float64Array; y: Float64Array } {
  const out = into ?? { x: new Float64Array(indices.length), y: new Float64Array(indices.length) };
  for (let j = 0; j < indices.length; j++) {
    out.x[j] = x[indices[j]];
    out.y[j] = y[indices[j]];
  }
  return out;
}
