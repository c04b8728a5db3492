/**
 * The experiments every export is checked on: each optimizer in both conventions, their options
 * (momentum, Nesterov, AMSGrad, centered, weight decay coupled and decoupled), schedules,
 * clipping, Newton, formulas using every function, n variables, one variable, difference
 * gradients, noise, float32, stop rules, record.every, divergence and leaving the domain; fits
 * with every model, loss and regime, every simulated family and given data. The tutorials' own:
 * the peaks race of tutorial 000 and the JAX regression of tutorial 004. Used by the export tests
 * (NumPy, run here) and by `verify:exports` (every framework where it can be imported).
 */
import type { Experiment, OptimizerEntry } from '../experiment/types.js';

const names = ['sgd', 'sign', 'adagrad', 'rmsprop', 'adadelta', 'adam', 'adamw', 'adamax', 'nadam', 'lion'];
const lrs: Record<string, number> = {
  sgd: 0.02,
  sign: 0.01,
  adagrad: 0.3,
  rmsprop: 0.01,
  adadelta: 1,
  adam: 0.05,
  adamw: 0.05,
  adamax: 0.1,
  nadam: 0.05,
  lion: 0.01,
};
const optimizers: OptimizerEntry[] = names.flatMap((name) =>
  (['pytorch', 'keras'] as const).map((convention) => ({
    name,
    convention,
    label: `${name}-${convention}`,
    options: { lr: lrs[name] },
  })),
);
const variants: OptimizerEntry[] = [
  { name: 'sgd', label: 'momentum', options: { lr: 0.02, momentum: 0.9, dampening: 0.1 } },
  { name: 'sgd', label: 'nesterov', options: { lr: 0.02, momentum: 0.9, nesterov: true } },
  {
    name: 'sgd',
    convention: 'keras',
    label: 'k-nesterov',
    options: { lr: 0.02, momentum: 0.8, nesterov: true, weightDecay: 0.01 },
  },
  { name: 'adam', label: 'amsgrad', options: { lr: 0.05, amsgrad: true, weightDecay: 0.1 } },
  {
    name: 'adam',
    convention: 'keras',
    label: 'k-amsgrad',
    options: { lr: 0.05, amsgrad: true, weightDecay: 0.1 },
  },
  {
    name: 'rmsprop',
    label: 'centered',
    options: { lr: 0.01, centered: true, momentum: 0.5, weightDecay: 0.01 },
  },
  {
    name: 'rmsprop',
    convention: 'keras',
    label: 'k-centered',
    options: { lr: 0.01, centered: true, momentum: 0.5 },
  },
  { name: 'adagrad', label: 'adagrad-s0', options: { lr: 0.3, initialAccumulator: 0.5, weightDecay: 0.05 } },
  { name: 'nadam', label: 'nadam-psi', options: { lr: 0.05, momentumDecay: 0.01 } },
  { name: 'lion', label: 'lion-wd', options: { lr: 0.01, weightDecay: 0.5 } },
  { name: 'newton', label: 'newton', options: { lr: 0.5, damping: 0.1 } },
  { name: 'sgd', label: 'clipped', options: { lr: 0.05, clipNorm: 1, clipValue: 0.5 } },
  { name: 'adam', label: 'bad', options: { lr: -1 } },
];
const schedules: OptimizerEntry[] = [
  { name: 'sgd', label: 'step', options: { lr: { kind: 'step', lr: 0.05, stepSize: 10, gamma: 0.5 } } },
  { name: 'sgd', label: 'exp', options: { lr: { kind: 'exponential', lr: 0.05, gamma: 0.97 } } },
  {
    name: 'adam',
    label: 'inv',
    options: { lr: { kind: 'inverseTime', lr: 0.1, decayRate: 0.5, decaySteps: 7, staircase: true } },
  },
  {
    name: 'adam',
    convention: 'keras',
    label: 'cos',
    options: { lr: { kind: 'cosine', lr: 0.1, T: 40, minLr: 0.01 }, weightDecay: 0.02 },
  },
  {
    name: 'sgd',
    label: 'warm',
    options: {
      lr: { kind: 'warmup', steps: 5, base: { kind: 'exponential', lr: 0.05, gamma: 0.98 }, startLr: 0.001 },
    },
  },
];
/** The experiments by name. */
export const exportCases: Record<string, Experiment> = {
  'peaks-race': {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 60,
    optimizers: [
      { name: 'sgd', options: { lr: 0.03 }, label: 'GD' },
      { name: 'sgd', options: { lr: 0.03, momentum: 0.9 }, label: 'Momentum' },
      { name: 'adam', options: { lr: 0.1 }, label: 'Adam' },
    ],
  },
  'peaks-by-hand': {
    kind: 'descend',
    version: 2,
    formula:
      '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)',
    start: [-0.35, -0.67],
    steps: 5,
    gradient: 'forward',
    h: 1e-5,
    optimizers: [{ name: 'gd', options: { lr: 0.03 } }],
  },
  'peaks-keras': {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 5,
    dtype: 'float32',
    optimizers: [{ name: 'sgd', convention: 'keras', options: { lr: 0.03 } }],
  },
  'jax-regression': {
    kind: 'fit',
    version: 2,
    data: {},
    model: 'linear',
    epochs: 401,
    regimes: ['batch'],
    init: { w: 10 },
    optimizers: [{ name: 'sgd', options: { lr: 0.01 } }],
  },

  allpt: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 60,
    optimizers: optimizers.filter((o) => o.convention === 'pytorch'),
  },
  allk: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 60,
    optimizers: optimizers.filter((o) => o.convention === 'keras'),
  },
  variants: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 60,
    optimizers: variants.slice(0, 7),
  },
  variants2: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 60,
    optimizers: variants.slice(7),
  },
  schedules: { kind: 'descend', version: 2, surface: 'rosenbrock', steps: 80, optimizers: schedules },
  f32: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 60,
    dtype: 'float32',
    optimizers: [...optimizers.slice(0, 9), variants[0]],
  },
  formula: {
    kind: 'descend',
    version: 2,
    formula:
      'sqrt(1 + x^2) + log(2 + sin(y)) + abs(x*y)/4 + tanh(x - y) + sigmoid(x) + softplus(y) + relu(x - 1) + max(x, y)/3 + min(x, -y)/5 + atan(x)*log10(3 + y^2) + 2^(x/3) + cosh(y/4) + (1 + x^2)^(0.5 + y^2/10) + e^(x/5) + pi*square(y)/10 + sign(x)*0 + acos(x/3) + asin(y/3) + tan(x/4) + sinh(y/5)',
    start: [0.7, -0.4],
    steps: 50,
    optimizers: [
      { name: 'adam', options: { lr: 0.05 } },
      { name: 'newton', options: { lr: 0.5, damping: 1 } },
    ],
  },
  nd: {
    kind: 'descend',
    version: 2,
    formula: '(a - 1)^2 + 10*(b - a^2)^2 + exp(c/3) + c^2 + lambda^2',
    start: [0.1, 0.2, 0.3, -0.5],
    steps: 40,
    record: { every: 7 },
    stop: { valueChange: 1e-9 },
    optimizers: [
      { name: 'adam', options: { lr: 0.05 } },
      { name: 'sgd', options: { lr: 0.01 } },
    ],
  },
  oned: {
    kind: 'descend',
    version: 2,
    formula: 'x^4 - 3*x^2 + x',
    start: [2],
    steps: 100,
    stop: { gradNorm: 1e-6 },
    optimizers: [
      { name: 'sgd', options: { lr: 0.01 } },
      { name: 'sgd', label: 'big', options: { lr: 1 } },
    ],
  },
  diff: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 40,
    gradient: 'central',
    h: 1e-4,
    optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
  },
  diff32: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 40,
    gradient: 'forward',
    h: 0.01,
    dtype: 'float32',
    optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
  },
  noise: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 40,
    noise: { sigma: 0.5, seed: 3 },
    optimizers: [
      { name: 'sgd', options: { lr: 0.03 } },
      { name: 'adam', options: { lr: 0.03 } },
    ],
  },
  leave: {
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 40,
    optimizers: [{ name: 'sgd', options: { lr: 5 } }],
  },
  fitlin: {
    kind: 'fit',
    version: 2,
    data: {},
    model: 'linear',
    epochs: 30,
    regimes: ['batch', 'sgd', 'minibatch'],
    batchSize: 16,
    optimizers: [
      { name: 'sgd', options: { lr: 0.01 } },
      { name: 'adam', convention: 'keras', options: { lr: 0.1 } },
    ],
  },
  fitaff: {
    kind: 'fit',
    version: 2,
    data: { family: 'affine' },
    model: 'affine',
    loss: 'sse',
    epochs: 40,
    regimes: ['batch'],
    optimizers: [{ name: 'sgd', options: { lr: 0.001 } }],
    stop: { tolerance: 1e-6 },
  },
  fitpoly: {
    kind: 'fit',
    version: 2,
    data: { family: 'poly', coeffs: [1, -2, 0.5], xDist: 'uniform', seed: 5 },
    model: 'poly:3',
    loss: 'mae',
    epochs: 30,
    regimes: ['minibatch'],
    batchSize: 10,
    optimizers: [{ name: 'adam', options: { lr: 0.05, clipNorm: 1 } }],
  },
  fithuber: {
    kind: 'fit',
    version: 2,
    data: { family: 'sine' },
    model: 'poly:2',
    loss: 'huber',
    delta: 0.5,
    epochs: 30,
    regimes: ['batch'],
    init: { c0: 1, c2: -0.5 },
    optimizers: [{ name: 'rmsprop', options: { lr: 0.01 } }],
    record: { every: 4 },
  },
  fitlog: {
    kind: 'fit',
    version: 2,
    data: { family: 'blobs' },
    model: 'logistic',
    epochs: 20,
    regimes: ['batch', 'minibatch'],
    optimizers: [{ name: 'sgd', options: { lr: 0.5 } }],
  },
  fitlog2: {
    kind: 'fit',
    version: 2,
    data: { family: 'blobs', seed: 2 },
    model: 'logistic:2',
    loss: 'mse',
    epochs: 20,
    regimes: ['sgd'],
    shuffle: false,
    optimizers: [{ name: 'adagrad', options: { lr: 0.1 } }],
  },
  fitmulti: {
    kind: 'fit',
    version: 2,
    data: { family: 'blobs' },
    model: 'multilinear:2',
    epochs: 20,
    regimes: ['batch'],
    optimizers: [{ name: 'nadam', options: { lr: 0.05 } }],
    stop: { gradNorm: 1e-3 },
  },
  fitmlp: {
    kind: 'fit',
    version: 2,
    data: { family: 'sine', points: 40 },
    model: 'mlp:8',
    epochs: 30,
    regimes: ['batch', 'minibatch'],
    batchSize: 8,
    seed: 3,
    optimizers: [{ name: 'adam', options: { lr: 0.01 } }],
  },
  fitmlp2: {
    kind: 'fit',
    version: 2,
    data: { family: 'blobs', points: 30 },
    model: 'mlp:4,3:relu',
    loss: 'bce',
    epochs: 20,
    regimes: ['minibatch'],
    batchSize: 7,
    seed: 1,
    optimizers: [{ name: 'lion', convention: 'keras', options: { lr: 0.01, weightDecay: 0.1 } }],
  },
  fitgiven: {
    kind: 'fit',
    version: 2,
    data: { x: [0, 1, 2, 3, 4.5], y: [1.1, 2.9, 5.2, 7.1, 9.8], source: 'my "data".csv' },
    model: 'affine',
    epochs: 50,
    regimes: ['batch'],
    optimizers: [{ name: 'sgd', label: '=evil, "label"\n', options: { lr: 0.02 } }, { name: 'newton' }],
  },
  fitexp: {
    kind: 'fit',
    version: 2,
    data: { family: 'exp', rate: 0.5, points: 30 },
    model: 'poly:2',
    epochs: 20,
    regimes: ['batch'],
    optimizers: [{ name: 'adamax', options: { lr: 0.05 } }],
  },
  fitform: {
    kind: 'fit',
    version: 2,
    data: { family: 'formula', formula: 'x^3 - x + 0.5', noise: 0.1 },
    model: 'poly:3',
    epochs: 20,
    regimes: ['batch'],
    optimizers: [{ name: 'adadelta', convention: 'keras', options: { lr: 1 } }],
  },
  fit32: {
    kind: 'fit',
    version: 2,
    data: {},
    model: 'linear',
    epochs: 30,
    dtype: 'float32',
    regimes: ['batch', 'minibatch'],
    optimizers: [
      { name: 'sgd', options: { lr: 0.01 } },
      { name: 'adam', options: { lr: 0.1 } },
    ],
  },
  fitdiv: {
    kind: 'fit',
    version: 2,
    data: {},
    model: 'linear',
    epochs: 30,
    regimes: ['batch', 'sgd'],
    optimizers: [{ name: 'sgd', options: { lr: 5 } }],
  },
};

/** Machine epsilon of a precision. */
const EPS = { float64: 2 ** -52, float32: 2 ** -23 };

/**
 * How close a script's numbers must be to descenso's: 1e-12 in float64, 1e-4 in float32 (float32
 * carries 7 digits, and a framework's float32 exp or sum may differ from descenso's in the last
 * one, which a descent carries on). A difference quotient divides a one-ulp difference of f (NumPy's
 * exp is the C library's, descenso's its own) by h: ε/h more.
 */
export function toleranceOf(e: Experiment): number {
  const dtype = (e as { dtype?: 'float64' | 'float32' }).dtype ?? 'float64';
  const base = dtype === 'float32' ? 1e-4 : 1e-12;
  if (e.kind === 'descend' && (e.gradient === 'forward' || e.gradient === 'central'))
    return base + (100 * EPS[dtype]) / (e.h ?? 1e-5);
  return base;
}
