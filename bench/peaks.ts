/**
 * The peaks surface, written the same way in both libraries:
 *   peaks(x, y) = 3(1−x)² e^(−x²−(y+1)²) − 10(x/5 − x³ − y⁵) e^(−x²−y²) − ⅓ e^(−(x+1)²−y²)
 * in the engine's operations and in TensorFlow.js operations (the hand-written loops, with their
 * derivatives, are in the cases).
 */
import type * as TF from '@tensorflow/tfjs';
import { add, div, exp, mul, neg, pow, square, sub, type Tensor } from '../src/autodiff/index.js';
import type { Tf } from './tfjs.js';

export function peaksGraph(x: Tensor, y: Tensor): Tensor {
  const first = mul(mul(3, square(sub(1, x))), exp(sub(neg(square(x)), square(add(y, 1)))));
  const second = mul(mul(10, sub(sub(div(x, 5), pow(x, 3)), pow(y, 5))), exp(sub(neg(square(x)), square(y))));
  const third = div(exp(sub(neg(square(add(x, 1))), square(y))), 3);
  return sub(sub(first, second), third);
}

export function peaksTf(tf: Tf, x: TF.Tensor, y: TF.Tensor): TF.Tensor {
  const first = tf.mul(
    tf.mul(3, tf.square(tf.sub(1, x))),
    tf.exp(tf.sub(tf.neg(tf.square(x)), tf.square(tf.add(y, 1)))),
  );
  const poly = tf.sub(tf.sub(tf.div(x, 5), tf.pow(x, 3)), tf.pow(y, 5));
  const second = tf.mul(tf.mul(10, poly), tf.exp(tf.sub(tf.neg(tf.square(x)), tf.square(y))));
  const third = tf.div(tf.exp(tf.sub(tf.neg(tf.square(tf.add(x, 1))), tf.square(y))), 3);
  return tf.sub(tf.sub(first, second), third);
}

/** Points are drawn where the surface is interesting: [−3, 3]². */
export const domain = { lo: -3, hi: 3 } as const;
