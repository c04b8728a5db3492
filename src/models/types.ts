/**
 * What a model is to the rest of descenso: named parameters of known shapes, a prediction built
 * from the engine's operations (so it can be differentiated and compiled), and the same
 * prediction on plain numbers for tables and plots.
 */
import type { Shape, Tensor } from '../autodiff/index.js';
import type { RandomState } from '../random/random-state.js';

/** A parameter as users see it: a number for a scalar, a flat row-major array otherwise. */
export type ParamValue = number | number[];

/**
 * How the model's output relates to the prediction: `identity` for regression; `logistic` when
 * `predict` gives a logit z and the prediction is the probability σ(z) (logistic regression).
 */
export type Link = 'identity' | 'logistic';

export interface Model {
  /** The spec the model was made from, as the CLI spells it: `linear`, `poly:3`, `mlp:8,4`, … */
  readonly id: string;
  /** Parameter names as users see them: `w`; `a`, `b`; `c0`…`ck`; `W1`, `b1`, … */
  readonly paramNames: readonly string[];
  /** One shape per parameter: `[]` a scalar, `[n]` a vector, `[r, c]` a matrix. */
  readonly paramShapes: readonly Shape[];
  /** Number of input features: 1 takes x as a vector `[n]`; d > 1 takes a row-major matrix `[n, d]`. */
  readonly inputs: number;
  readonly link: Link;
  /**
   * Initial parameters, one flat array per parameter. Linear models start at zero (the
   * tutorials' choice) and ignore `rng`; networks draw their weights from `rng` (required for
   * them), always in the order of `paramNames`, row-major.
   */
  init(rng?: RandomState): Float64Array[];
  /** The model's output on x as a graph (for a `logistic` link, the logits). */
  predict(params: readonly Tensor[], x: Tensor): Tensor;
  /** The prediction on plain numbers (for a `logistic` link, the probabilities σ(z)). */
  predictValues(params: readonly (number | ArrayLike<number>)[], x: ArrayLike<number>): number[];
}

/** Whether a value has the shape of a Model (what fit and the views read from it), checked once per call. */
export function isModel(v: unknown): v is Model {
  if (v === null || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m.id === 'string' &&
    Array.isArray(m.paramNames) &&
    Array.isArray(m.paramShapes) &&
    m.paramNames.length === m.paramShapes.length &&
    m.paramShapes.every((s) => Array.isArray(s) && s.every((d) => Number.isInteger(d) && d >= 0)) &&
    Number.isInteger(m.inputs) &&
    (m.inputs as number) >= 1 &&
    (m.link === 'identity' || m.link === 'logistic') &&
    typeof m.init === 'function' &&
    typeof m.predict === 'function' &&
    typeof m.predictValues === 'function'
  );
}
