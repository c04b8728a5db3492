/**
 * TensorFlow.js, loaded lazily on its cpu backend: a missing or broken tfjs leaves the other
 * columns of the benchmark intact (its column then reads "n/a").
 */
import type * as TF from '@tensorflow/tfjs';

export type Tf = typeof TF;

let loading: Promise<Tf | null> | undefined;

export function loadTf(): Promise<Tf | null> {
  loading ??= (async () => {
    try {
      const tf = (await import('@tensorflow/tfjs')) as Tf;
      await tf.setBackend('cpu');
      await tf.ready();
      return tf;
    } catch (e) {
      process.stderr.write(`tfjs unavailable: ${(e as Error).message}\n`);
      return null;
    }
  })();
  return loading;
}

/** Runs `fn` in tf.tidy and copies the resulting tensors out as typed arrays, freeing them. */
export function readOut(tf: Tf, fn: () => TF.Tensor[]): Float32Array[] {
  const ts = tf.tidy(fn);
  const out = ts.map((t) => t.dataSync() as Float32Array);
  tf.dispose(ts);
  return out;
}
