/**
 * Loss functions of a prediction p and a target y over n points, built from the engine's
 * operations (so they differentiate and compile). Each states its convention: mean or sum, and
 * whether a factor ½ is in front — frameworks differ, and the gradient scales with the choice.
 */
import {
  abs,
  minimum,
  mul,
  noGrad,
  softplus,
  square,
  sub,
  sum,
  type Tensor,
  tensor,
  mean as tmean,
} from '../autodiff/index.js';
import { badArgument, DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';

export type LossName = 'mse' | 'sse' | 'mae' | 'huber' | 'bce';
export const lossNames: readonly LossName[] = ['mse', 'sse', 'mae', 'huber', 'bce'];

export interface Loss {
  readonly id: LossName;
  /** 'logit' when the loss takes the model's logits (bce), 'prediction' otherwise. */
  readonly input: 'prediction' | 'logit';
  /** The loss as a graph of the model's output and the targets (tensors of the same shape). */
  apply(output: Tensor, y: Tensor): Tensor;
  /** The loss on plain numbers. */
  value(output: ArrayLike<number>, y: ArrayLike<number>): number;
}

/** Whether a value has the shape of a Loss (what fit reads from it), checked once per call. */
export function isLoss(v: unknown): v is Loss {
  if (v === null || typeof v !== 'object') return false;
  const l = v as Record<string, unknown>;
  return (
    typeof l.id === 'string' &&
    (l.input === 'prediction' || l.input === 'logit') &&
    typeof l.apply === 'function' &&
    typeof l.value === 'function'
  );
}

function define(id: LossName, input: Loss['input'], apply: Loss['apply']): Loss {
  return {
    id,
    input,
    apply,
    value: (output, y) => {
      const isList = (v: unknown) => Array.isArray(v) || ArrayBuffer.isView(v);
      if (!isList(output)) throw badArgument('value', 1, output, 'numbers');
      if (!isList(y)) throw badArgument('value', 2, y, 'numbers');
      return noGrad(() => apply(tensor(Array.from(output)), tensor(Array.from(y)))).item();
    },
  };
}

/** Mean squared error: (1/n) Σ (pᵢ − yᵢ)², no ½ (NumPy, PyTorch's MSELoss, the JAX tutorial). */
export const mse: Loss = define('mse', 'prediction', (p, y) => tmean(square(sub(p, y))));

/** Sum of squared errors: Σ (yᵢ − pᵢ)², no ½ and no 1/n (the GradientTape tutorial's loss). */
export const sse: Loss = define('sse', 'prediction', (p, y) => sum(square(sub(y, p))));

/** Mean absolute error: (1/n) Σ |pᵢ − yᵢ| (its derivative at a zero residual is taken as 0). */
export const mae: Loss = define('mae', 'prediction', (p, y) => tmean(abs(sub(p, y))));

/**
 * Huber loss with threshold δ (default 1), the mean over points of ½r² where |r| ≤ δ and
 * δ(|r| − ½δ) beyond — PyTorch's HuberLoss (with the ½), quadratic near zero, linear far away.
 * Written as ½q² + δ(|r| − q) with q = min(|r|, δ), one formula for both pieces.
 */
export function huber(delta = 1): Loss {
  if (typeof delta !== 'number' || !Number.isFinite(delta) || delta <= 0)
    throw new DescensoError('loss-bad-delta', { value: showValue(delta) });
  return define('huber', 'prediction', (p, y) => {
    const a = abs(sub(p, y));
    const q = minimum(a, delta);
    return tmean(mul(0.5, square(q)).add(mul(delta, sub(a, q))));
  });
}

/**
 * Binary cross-entropy on logits z (not probabilities), the mean over points of
 * −[y log σ(z) + (1 − y) log(1 − σ(z))] = softplus(z) − y·z, with softplus computed without
 * overflow: stable for any z, and its gradient is σ(z) − y. Labels y in [0, 1]. This is PyTorch's
 * BCEWithLogitsLoss and Keras's binary_crossentropy(from_logits=True).
 */
export const bce: Loss = define('bce', 'logit', (z, y) => tmean(sub(softplus(z), mul(y, z))));

/** A loss by name; huber takes `options.delta`. */
export function makeLoss(name: string, options: { delta?: number } = {}): Loss {
  if (typeof name !== 'string') throw badArgument('makeLoss', 1, name, 'string');
  if (options === null || typeof options !== 'object') throw badArgument('makeLoss', 2, options, 'object');
  switch (name.trim().toLowerCase()) {
    case 'mse':
      return mse;
    case 'sse':
      return sse;
    case 'mae':
      return mae;
    case 'huber':
      return huber(options.delta ?? 1);
    case 'bce':
      return bce;
    default:
      throw new DescensoError('loss-unknown', {
        name: String(name),
        valid: lossNames.join(', '),
        suggestion: suggestName(String(name).trim(), lossNames) ?? null,
      });
  }
}
