/**
 * peaks-grid: the values of peaks on a side × side grid over [−3, 3]² (side = √n), value only.
 * The engine and tfjs get the flattened grid coordinates; the hand-written version loops over
 * rows and columns. All evaluate the formula at every point (none uses that the exponentials
 * factor into a row part times a column part: that would be a different algorithm).
 */
import { compile, noGrad, tensor } from '../../src/autodiff/index.js';
import { defineCase, prime } from '../case.js';
import { domain, peaksGraph, peaksTf } from '../peaks.js';
import { loadTf, readOut } from '../tfjs.js';

interface Data {
  side: number;
  /** Coordinates of the columns (x) and rows (y). */
  xs: Float64Array;
  ys: Float64Array;
  /** Flattened grid, row-major: X[i·side + j] = xs[j], Y[i·side + j] = ys[i]. */
  X: Float64Array;
  Y: Float64Array;
}

function axis(side: number): Float64Array {
  const a = new Float64Array(side);
  const step = side > 1 ? (domain.hi - domain.lo) / (side - 1) : 0;
  for (let k = 0; k < side; k++) a[k] = domain.lo + k * step;
  return a;
}

/**
 * The hand-written baseline: rows × columns, the terms in y alone computed once per row (as one
 * writes a double loop), the three exponentials at every point. A top-level function of its
 * arrays, primed (see `prime`).
 */
function gridLoop(xs: Float64Array, ys: Float64Array, value: Float64Array): void {
  const cols = xs.length;
  const rows = ys.length;
  for (let i = 0; i < rows; i++) {
    const y = ys[i];
    const y2 = y * y;
    const v2 = (y + 1) * (y + 1);
    const y5 = y2 * y2 * y;
    for (let j = 0; j < cols; j++) {
      const x = xs[j];
      const x2 = x * x;
      const u = 1 - x;
      value[i * cols + j] =
        3 * u * u * Math.exp(-x2 - v2) -
        10 * (x / 5 - x2 * x - y5) * Math.exp(-x2 - y2) -
        Math.exp(-(x + 1) * (x + 1) - y2) / 3;
    }
  }
}

export const peaksGrid = defineCase<Data>({
  name: 'peaks-grid',
  description: 'values of peaks on a √n × √n grid',
  evaluations: 1,
  setup: (n) => {
    const side = Math.max(1, Math.round(Math.sqrt(n)));
    const xs = axis(side);
    const ys = axis(side);
    const X = new Float64Array(side * side);
    const Y = new Float64Array(side * side);
    for (let i = 0; i < side; i++)
      for (let j = 0; j < side; j++) {
        X[i * side + j] = xs[j];
        Y[i * side + j] = ys[i];
      }
    return { side, xs, ys, X, Y };
  },
  implementations: {
    handwritten: {
      precision: 'float64',
      prepare: ({ side, xs, ys }) => {
        const value = new Float64Array(side * side);
        const out = { value, grads: [] };
        prime(() => gridLoop(xs.subarray(0, 2), ys.subarray(0, 2), value.subarray(0, 4)));
        return {
          evaluate() {
            gridLoop(xs, ys, value);
            return out;
          },
        };
      },
    },
    compiled: {
      precision: 'float64',
      prepare: ({ X, Y }) => {
        const f = compile(peaksGraph, [[X.length], [Y.length]]);
        return { evaluate: () => ({ value: f.value(X, Y), grads: [] }) };
      },
    },
    tape: {
      precision: 'float64',
      prepare: ({ X, Y }) => {
        const TX = tensor(X);
        const TY = tensor(Y);
        return { evaluate: () => ({ value: noGrad(() => peaksGraph(TX, TY)).data, grads: [] }) };
      },
    },
    tfjs: {
      precision: 'float32',
      prepare: async ({ X, Y }) => {
        const tf = await loadTf();
        if (!tf) return null;
        const TX = tf.tensor1d(Float32Array.from(X));
        const TY = tf.tensor1d(Float32Array.from(Y));
        return {
          evaluate: () => ({ value: readOut(tf, () => [peaksTf(tf, TX, TY)])[0], grads: [] }),
          dispose: () => tf.dispose([TX, TY]),
        };
      },
    },
  },
});
