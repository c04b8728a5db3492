/**
 * The loss of a regression model on a set of points as a plain function of its parameters,
 * compiled once for that number of points with src/'s `compile` (the graph `fit` trains on):
 * the landscapes of the regression lab sample it thousands of times.
 */
import { type Compiled, compile, type Tensor } from '../../src/autodiff/index.js';
import { type Loss, makeLoss } from '../../src/losses/index.js';
import { type Model, makeModel } from '../../src/models/index.js';

export interface LossEvaluator {
  readonly model: Model;
  /** Whether every parameter is a scalar (landscapes need that). */
  readonly scalar: boolean;
  /** The loss at `params` (one number per scalar parameter, or one flat array each) on `x`, `y`. */
  value(params: readonly (number | Float64Array)[], x: Float64Array, y: Float64Array): number;
}

/** An evaluator for `size` points of one feature. */
export function lossEvaluator(modelSpec: string, lossName: string | undefined, size: number): LossEvaluator {
  const model = makeModel(modelSpec);
  const loss: Loss = makeLoss(lossName ?? (model.link === 'logistic' ? 'bce' : 'mse'));
  const np = model.paramNames.length;
  const fn = (...args: Tensor[]) => loss.apply(model.predict(args.slice(0, np), args[np]), args[np + 1]);
  const compiled: Compiled = compile(fn, [...model.paramShapes, [size], [size]], { argnums: [] });
  const args: (number | Float64Array)[] = new Array(np + 2);
  return {
    model,
    scalar: model.paramShapes.every((s) => s.length === 0),
    value(params, x, y) {
      for (let i = 0; i < np; i++) args[i] = params[i];
      args[np] = x;
      args[np + 1] = y;
      return compiled.value(...args) as number;
    },
  };
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
