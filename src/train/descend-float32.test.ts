import { describe, expect, it } from 'vitest';
import { descend } from './descend.js';

// The first tutorial's loss, and its tf.keras.optimizers.SGD(learning_rate=0.03) run: float32,
// automatic differentiation, printed with 8 digits.
const PEAKS =
  '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)';
const TUTORIAL_KERAS = [
  [-0.35, -0.67],
  [-0.269319, -0.72470832],
  [-0.13292952, -0.83883744],
  [0.06544246, -1.06462073],
  [0.24086528, -1.40752137],
  [0.26578248, -1.59573841],
];

const isFloat32 = (x: number) => Object.is(Math.fround(x), x);
const spec = {
  formula: PEAKS,
  optimizer: { name: 'sgd', options: { lr: 0.03 } },
  start: [-0.35, -0.67],
  steps: 5,
};

describe('descend in float32', () => {
  it("descend({dtype: 'float32'}) records only float32 numbers: points, values and the start rounded", () => {
    const run = descend({ ...spec, dtype: 'float32' });
    expect(run.points[0]).toEqual([Math.fround(-0.35), Math.fround(-0.67)]);
    for (const p of run.points) expect(p.every(isFloat32)).toBe(true);
    expect(run.values.every(isFloat32)).toBe(true);
  });

  it("descend({dtype: 'float32'}) is nearer the Keras run than float64: within 1e-7, w_1's printed digits exact", () => {
    const f32 = descend({ ...spec, dtype: 'float32' });
    const f64 = descend(spec);
    // Keras printed the start as typed; after it, every row is a float32 printed with 8 decimals.
    const worst = (points: number[][]) =>
      Math.max(...points.slice(1).flatMap((p, i) => p.map((x, j) => Math.abs(x - TUTORIAL_KERAS[i + 1][j]))));
    expect(worst(f32.points)).toBeLessThan(1e-7);
    expect(worst(f64.points)).toBeGreaterThan(1.5e-7);
    // w_1 comes out digit for digit; w_0 differs in the last float32 place, where TensorFlow's kernels round differently.
    expect(f32.points.slice(1).map((p) => Number(p[1].toFixed(8)))).toEqual(
      TUTORIAL_KERAS.slice(1).map((p) => p[1]),
    );
    expect(f64.points.slice(1).map((p) => Number(p[1].toFixed(8)))).not.toEqual(
      TUTORIAL_KERAS.slice(1).map((p) => p[1]),
    );
  });

  it("descend({dtype: 'float32', gradient: 'forward'}) rounds the quotients too: every gradient norm's parts are float32", () => {
    const run = descend({ ...spec, dtype: 'float32', gradient: 'forward', h: 1e-3 });
    for (const p of run.points) expect(p.every(isFloat32)).toBe(true);
    expect(run.values.every(isFloat32)).toBe(true);
  });

  it("descend({dtype: 'float16'}) is refused naming dtype", () => {
    expect(() => descend({ ...spec, dtype: 'float16' as never })).toThrow(
      /invalid dtype for descend: float16/,
    );
  });
});
