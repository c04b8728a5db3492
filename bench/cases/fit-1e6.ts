/**
 * fit-1e6: batch gradient descent for a line, y ≈ a + b·x, on the mean squared error over n
 * points (10⁶ by default) for 100 epochs with plain SGD, lr 0.5 — the whole of `fit`, from the
 * data given to the Run returned, against one fused hand-written loop doing the same epochs.
 * Output compared: the final loss (value) and the final a, b (in place of gradients).
 */

import type { Tensor as TfTensor } from '@tensorflow/tfjs';
import { GradientTape, mean, square, sub, type Tensor, tensor, variable } from '../../src/autodiff/index.js';
import { fit } from '../../src/train/fit.js';
import { defineCase, uniform } from '../case.js';
import { loadTf, readOut } from '../tfjs.js';

interface Data {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

const EPOCHS = 100;
const LR = 0.5;

/**
 * The tape and tfjs columns are skipped (n/a, with the reason on stderr) when one evaluation would
 * take longer than this: each measurement runs it about seven times (agreement, warm-up, runs), and
 * at 10⁶ points their 100 epochs take tens of seconds (tape) to minutes (tfjs on its cpu backend).
 */
const SLOW_EVALUATION_MS = 10_000;

/** Times one epoch; false (and a note) when 100 of them would exceed the budget. */
function affordable(impl: string, n: number, epoch: () => void): boolean {
  const t0 = performance.now();
  epoch();
  const estimate = (performance.now() - t0) * EPOCHS;
  if (estimate <= SLOW_EVALUATION_MS) return true;
  process.stderr.write(
    `  fit-1e6 ${impl}: skipped at ${n} points (~${(estimate / 1000).toFixed(0)} s per evaluation; try --points 100000)\n`,
  );
  return false;
}

const mse = (a: Tensor, b: Tensor, x: Tensor, y: Tensor): Tensor => mean(square(sub(b.mul(x).add(a), y)));

export const fit1e6 = defineCase<Data>({
  name: 'fit-1e6',
  description: `fit(affine, mse, batch) on n points, ${EPOCHS} epochs`,
  evaluations: 1,
  setup: (n) => {
    // y = 1 + 2x plus uniform noise in [−0.5, 0.5), x in [0, 1)
    const x = uniform(n, 0, 1, 5);
    const noise = uniform(n, -0.5, 0.5, 6);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = 1 + 2 * x[i] + noise[i];
    return { n, x, y };
  },
  implementations: {
    handwritten: {
      precision: 'float64',
      prepare: ({ n, x, y }) => ({
        evaluate() {
          // with r = a + b·x − y: ∂/∂a mean(r²) = 2·mean(r), ∂/∂b = 2·mean(r·x); the loss of every
          // epoch is kept, as fit keeps it
          let a = 0;
          let b = 0;
          const losses = new Float64Array(EPOCHS + 1);
          for (let e = 0; e <= EPOCHS; e++) {
            let s = 0;
            let sr = 0;
            let sx = 0;
            for (let i = 0; i < n; i++) {
              const r = a + b * x[i] - y[i];
              s += r * r;
              sr += r;
              sx += r * x[i];
            }
            losses[e] = s / n;
            if (e === EPOCHS) break;
            a -= LR * ((2 * sr) / n);
            b -= LR * ((2 * sx) / n);
          }
          return { value: losses[EPOCHS], grads: [a, b] };
        },
      }),
    },
    compiled: {
      precision: 'float64',
      prepare: ({ x, y }) => ({
        evaluate() {
          const run = fit({
            model: 'affine',
            data: { x, y },
            epochs: EPOCHS,
            optimizer: { name: 'sgd', options: { lr: LR } },
          });
          return { value: run.history[EPOCHS].loss, grads: [run.params.a as number, run.params.b as number] };
        },
      }),
    },
    tape: {
      precision: 'float64',
      prepare: ({ n, x, y }) => {
        const X = tensor(x);
        const Y = tensor(y);
        const probe = () => {
          const a = variable(0);
          const b = variable(0);
          const tape = new GradientTape();
          tape.gradient(
            tape.record(() => mse(a, b, X, Y)),
            [a, b],
          );
        };
        if (!affordable('tape', n, probe)) return null;
        return {
          evaluate() {
            const a = variable(0);
            const b = variable(0);
            for (let e = 0; e < EPOCHS; e++) {
              const tape = new GradientTape();
              const loss = tape.record(() => mse(a, b, X, Y));
              const [ga, gb] = tape.gradient(loss, [a, b]);
              a.assignSub(ga.mul(LR));
              b.assignSub(gb.mul(LR));
            }
            return { value: mse(a, b, X, Y).item(), grads: [a.item(), b.item()] };
          },
        };
      },
    },
    tfjs: {
      precision: 'float32',
      prepare: async ({ n, x, y }) => {
        const tf = await loadTf();
        if (!tf) return null;
        const X = tf.tensor1d(Float32Array.from(x));
        const Y = tf.tensor1d(Float32Array.from(y));
        const loss = (a: TfTensor, b: TfTensor) => tf.mean(tf.square(tf.sub(tf.add(tf.mul(b, X), a), Y)));
        const vg = tf.valueAndGrads(loss);
        if (!affordable('tfjs', n, () => readOut(tf, () => vg([tf.scalar(0), tf.scalar(0)]).grads))) {
          tf.dispose([X, Y]);
          return null;
        }
        return {
          evaluate() {
            let a = 0;
            let b = 0;
            for (let e = 0; e < EPOCHS; e++) {
              const [ga, gb] = readOut(tf, () => vg([tf.scalar(a), tf.scalar(b)]).grads);
              a -= LR * ga[0];
              b -= LR * gb[0];
            }
            const [value] = readOut(tf, () => [loss(tf.scalar(a), tf.scalar(b))]);
            return { value: value[0], grads: [a, b] };
          },
          dispose: () => tf.dispose([X, Y]),
        };
      },
    },
  },
});
