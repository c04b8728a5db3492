/**
 * mse-grad: the mean squared error of a line, mean((y − (w·x + b))²), and its gradient with
 * respect to w and b over n points, evaluated 100 times at 100 different (w, b) — the work of
 * 100 epochs of batch descent, without the update.
 */
import {
  add,
  compile,
  gradients,
  mean,
  mul,
  square,
  sub,
  type Tensor,
  tensor,
} from '../../src/autodiff/index.js';
import { defineCase, prime, uniform } from '../case.js';
import { loadTf, readOut } from '../tfjs.js';

interface Data {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

/** The j-th evaluation's parameters: a walk from (0.5, 0.1) so no two evaluations are the same. */
const paramsAt = (j: number): [number, number] => [0.5 + 0.01 * j, 0.1 + 0.005 * j];

const mse = (w: Tensor, b: Tensor, x: Tensor, y: Tensor): Tensor => mean(square(sub(y, add(mul(w, x), b))));

/**
 * The hand-written baseline: one loop, with r = y − (w·x + b),
 *   mean(r²),  ∂/∂w = −2·mean(r·x),  ∂/∂b = −2·mean(r).
 * A top-level function of its arrays, primed once on a few points (see `prime`).
 */
function mseLoop(x: Float64Array, y: Float64Array, w: number, b: number, out: Float64Array): void {
  const n = x.length;
  let s = 0;
  let sx = 0;
  let sr = 0;
  for (let i = 0; i < n; i++) {
    const r = y[i] - (w * x[i] + b);
    s += r * r;
    sx += r * x[i];
    sr += r;
  }
  out[0] = s / n;
  out[1] = (-2 * sx) / n;
  out[2] = (-2 * sr) / n;
}

export const mseGrad = defineCase<Data>({
  name: 'mse-grad',
  description: 'MSE of a line and ∂/∂w, ∂/∂b at n points, ×100',
  evaluations: 100,
  setup: (n) => {
    // y = 2x + 1 plus uniform noise in [−0.5, 0.5), x in [0, 10)
    const x = uniform(n, 0, 10, 3);
    const noise = uniform(n, -0.5, 0.5, 4);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = 2 * x[i] + 1 + noise[i];
    return { n, x, y };
  },
  implementations: {
    handwritten: {
      precision: 'float64',
      prepare: ({ x, y }) => {
        const out = new Float64Array(3);
        prime(() => mseLoop(x.subarray(0, 8), y.subarray(0, 8), 0, 0, out));
        return {
          evaluate(j) {
            const [w, b] = paramsAt(j);
            mseLoop(x, y, w, b, out);
            return { value: out[0], grads: [out[1], out[2]] };
          },
        };
      },
    },
    compiled: {
      precision: 'float64',
      prepare: ({ n, x, y }) => {
        const f = compile(mse, [[], [], [n], [n]], { argnums: [0, 1] });
        return {
          evaluate(j) {
            const [w, b] = paramsAt(j);
            return f.valueAndGrad(w, b, x, y);
          },
        };
      },
    },
    tape: {
      precision: 'float64',
      prepare: ({ x, y }) => {
        const X = tensor(x);
        const Y = tensor(y);
        return {
          evaluate(j) {
            const [w0, b0] = paramsAt(j);
            const w = tensor(w0);
            const b = tensor(b0);
            const loss = mse(w, b, X, Y);
            const [gw, gb] = gradients(loss, [w, b]);
            return { value: loss.item(), grads: [gw.item(), gb.item()] };
          },
        };
      },
    },
    tfjs: {
      precision: 'float32',
      prepare: async ({ x, y }) => {
        const tf = await loadTf();
        if (!tf) return null;
        const X = tf.tensor1d(Float32Array.from(x));
        const Y = tf.tensor1d(Float32Array.from(y));
        const vg = tf.valueAndGrads((w, b) => tf.mean(tf.square(tf.sub(Y, tf.add(tf.mul(w, X), b)))));
        return {
          evaluate(j) {
            const [w, b] = paramsAt(j);
            const [value, gw, gb] = readOut(tf, () => {
              const { value, grads } = vg([tf.scalar(w), tf.scalar(b)]);
              return [value, ...grads];
            });
            return { value: value[0], grads: [gw[0], gb[0]] };
          },
          dispose: () => tf.dispose([X, Y]),
        };
      },
    },
  },
});
