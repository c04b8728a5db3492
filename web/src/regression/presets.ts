/**
 * The tutorials' fits, one click away (seeds 002–004 and the CLI's `tutorial` command): the same
 * data, model, loss, rate, epochs and precision, so the lab's last epoch shows the digits the
 * tutorial printed. Each is a plain FitExperiment the schema accepts.
 */
import type { FitExperiment } from '../../../src/experiment/index.js';
import { EXPERIMENT_VERSION } from '../../../src/experiment/index.js';

export const PRESET_NAMES = ['gradient-tape', 'jax-regression', 'numpy-autograd'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const gd = (lr: number) => [{ name: 'sgd', options: { lr } }];

export const PRESETS: Readonly<Record<PresetName, FitExperiment>> = {
  // TensorFlow GradientTape: x ~ U(0, 1), y = 0.3 + 0.5x + N(0, 0.3²), 200 points drawn after
  // np.random.seed(42) (the affine family's defaults); a + b·x from 0, SSE, lr 0.001, 70 epochs, float32.
  'gradient-tape': {
    kind: 'fit',
    version: EXPERIMENT_VERSION,
    data: { family: 'affine', seed: 42 },
    model: 'affine',
    loss: 'sse',
    optimizers: gd(0.001),
    epochs: 70,
    regimes: ['batch'],
    init: { a: 0, b: 0 },
    dtype: 'float32',
  },
  // JAX: seed 22, x = linspace(−2, 2, 100), y = 5x + 2·N(0, 1) (the linear family's defaults);
  // w·x from w = 10, MSE, rate 0.01, 401 epochs, float32 as JAX computes (W1 = 4.9624515).
  'jax-regression': {
    kind: 'fit',
    version: EXPERIMENT_VERSION,
    data: { family: 'linear', seed: 22 },
    model: 'linear',
    loss: 'mse',
    optimizers: gd(0.01),
    epochs: 401,
    regimes: ['batch'],
    init: { w: 10 },
    dtype: 'float32',
  },
  // NumPy + PyTorch autograd, part 2: f(x) = w·x on (1, 2), (2, 4), (3, 6), (4, 8), w from 0,
  // MSE, lr 0.01, 100 epochs, float32.
  'numpy-autograd': {
    kind: 'fit',
    version: EXPERIMENT_VERSION,
    data: { x: [1, 2, 3, 4], y: [2, 4, 6, 8], source: 'numpy-autograd' },
    model: 'linear',
    loss: 'mse',
    optimizers: gd(0.01),
    epochs: 100,
    regimes: ['batch'],
    init: { w: 0 },
    dtype: 'float32',
  },
};
