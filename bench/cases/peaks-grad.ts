/**
 * peaks-grad: the value and the gradient of peaks at n varying points. The function of two
 * arrays is pointwise, so the gradient of its sum is the pointwise gradient (∂f/∂xᵢ, ∂f/∂yᵢ).
 */
import { compile, gradients, tensor } from '../../src/autodiff/index.js';
import { defineCase, prime, uniform } from '../case.js';
import { domain, peaksGraph, peaksTf } from '../peaks.js';
import { loadTf, readOut } from '../tfjs.js';

interface Data {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

/**
 * The hand-written baseline: value and closed-form partial derivatives in one loop. With
 *   e1 = e^(−x²−(y+1)²), e2 = e^(−x²−y²), e3 = e^(−(x+1)²−y²), p = x/5 − x³ − y⁵,
 *   peaks = 3(1−x)²·e1 − 10p·e2 − e3/3.
 * A top-level function of its arrays, primed once on a few points (see `prime`).
 */
function peaksLoop(
  x: Float64Array,
  y: Float64Array,
  value: Float64Array,
  gx: Float64Array,
  gy: Float64Array,
): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const yi = y[i];
    const x2 = xi * xi;
    const y2 = yi * yi;
    const u = 1 - xi;
    const v = yi + 1;
    const p = xi / 5 - x2 * xi - y2 * y2 * yi;
    const e1 = Math.exp(-x2 - v * v);
    const e2 = Math.exp(-x2 - y2);
    const e3 = Math.exp(-(xi + 1) * (xi + 1) - y2);
    value[i] = 3 * u * u * e1 - 10 * p * e2 - e3 / 3;
    // ∂/∂x: 3(1−x)²e1 → −6(1−x)(1 + x − x²)e1;  −10p·e2 → (−2 + 30x² + 20x·p)e2;  −e3/3 → ⅔(x+1)e3
    gx[i] = -6 * u * (1 + xi - x2) * e1 + (-2 + 30 * x2 + 20 * xi * p) * e2 + (2 / 3) * (xi + 1) * e3;
    // ∂/∂y: 3(1−x)²e1 → −6(1−x)²(y+1)e1;  −10p·e2 → (50y⁴ + 20y·p)e2;  −e3/3 → ⅔y·e3
    gy[i] = -6 * u * u * v * e1 + (50 * y2 * y2 + 20 * yi * p) * e2 + (2 / 3) * yi * e3;
  }
}

export const peaksGrad = defineCase<Data>({
  name: 'peaks-grad',
  description: 'value and gradient of peaks at n points',
  evaluations: 1,
  setup: (n) => ({ n, x: uniform(n, domain.lo, domain.hi, 1), y: uniform(n, domain.lo, domain.hi, 2) }),
  implementations: {
    handwritten: {
      precision: 'float64',
      prepare: ({ n, x, y }) => {
        const value = new Float64Array(n);
        const gx = new Float64Array(n);
        const gy = new Float64Array(n);
        const out = { value, grads: [gx, gy] };
        const few = (a: Float64Array) => a.subarray(0, 8);
        prime(() => peaksLoop(few(x), few(y), few(value), few(gx), few(gy)));
        return {
          evaluate() {
            peaksLoop(x, y, value, gx, gy);
            return out;
          },
        };
      },
    },
    compiled: {
      precision: 'float64',
      prepare: ({ n, x, y }) => {
        const f = compile(peaksGraph, [[n], [n]]);
        return { evaluate: () => f.valueAndGrad(x, y) };
      },
    },
    tape: {
      precision: 'float64',
      prepare: ({ x, y }) => {
        const X = tensor(x);
        const Y = tensor(y);
        return {
          evaluate() {
            const v = peaksGraph(X, Y);
            const [gx, gy] = gradients(v, [X, Y]);
            return { value: v.data, grads: [gx.data, gy.data] };
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
        const vg = tf.valueAndGrads((a, b) => peaksTf(tf, a, b));
        return {
          evaluate() {
            const [value, gx, gy] = readOut(tf, () => {
              const { value, grads } = vg([X, Y]);
              return [value, ...grads];
            });
            return { value, grads: [gx, gy] };
          },
          dispose: () => tf.dispose([X, Y]),
        };
      },
    },
  },
});
