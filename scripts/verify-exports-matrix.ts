/**
 * Experiments `npm run verify:exports` runs besides the shared matrix of src/export/cases.ts: the
 * options of every optimizer in each convention on one surface (momentum, dampening, Nesterov,
 * centered, AMSGrad, the initial accumulator, coupled and decoupled decay), every kind of schedule
 * (warm-up into a schedule, cosine with a floor, staircase inverse time), clipping by norm and by
 * value, central differences with noise and record.every, stop rules, Newton's method, float32,
 * and fits with several regimes, schedules and models per experiment.
 */
import type { Experiment, OptimizerEntry } from '../src/experiment/types.js';

const V = 2;
const all = (convention: 'pytorch' | 'keras', lr: number): OptimizerEntry[] =>
  ['sgd', 'sign', 'adagrad', 'rmsprop', 'adadelta', 'adam', 'adamw', 'adamax', 'nadam', 'lion'].map(
    (name) => ({ name, convention, options: { lr: name === 'adadelta' ? 1 : lr } }),
  );

export const EXTRA_CASES: readonly { name: string; experiment: Experiment }[] = [
  {
    name: 'torch-conv-all',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'himmelblau',
      start: [1, 1],
      steps: 40,
      optimizers: [...all('pytorch', 0.01)],
    },
  },
  {
    name: 'torch-conv-options',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'himmelblau',
      start: [1, 1],
      steps: 40,
      optimizers: [
        {
          name: 'sgd',
          options: { lr: 0.01, momentum: 0.9, nesterov: true, weightDecay: 0.01 },
          label: 'nesterov',
        },
        { name: 'sgd', options: { lr: 0.01, momentum: 0.5, dampening: 0.3 }, label: 'dampened' },
        { name: 'rmsprop', options: { lr: 0.01, momentum: 0.5, centered: true }, label: 'rms centered' },
        { name: 'adam', options: { lr: 0.05, amsgrad: true, weightDecay: 0.1 }, label: 'amsgrad' },
        {
          name: 'adagrad',
          options: { lr: 0.1, initialAccumulator: 0.5, weightDecay: 0.01 },
          label: 'adagrad s0',
        },
        { name: 'lion', options: { lr: 0.01, weightDecay: 0.1 }, label: 'lion decay' },
        { name: 'sign', options: { lr: 0.01, weightDecay: 0.1 }, label: 'sign decay' },
      ],
    },
  },
  {
    name: 'keras-conv-all',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'himmelblau',
      start: [1, 1],
      steps: 40,
      optimizers: [...all('keras', 0.01)],
    },
  },
  {
    name: 'keras-conv-options',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'himmelblau',
      start: [1, 1],
      steps: 40,
      optimizers: [
        {
          name: 'sgd',
          convention: 'keras',
          options: { lr: 0.01, momentum: 0.9, nesterov: true },
          label: 'nesterov',
        },
        {
          name: 'sgd',
          convention: 'keras',
          options: { lr: 0.01, momentum: 0.9, weightDecay: 0.05 },
          label: 'momentum wd',
        },
        {
          name: 'rmsprop',
          convention: 'keras',
          options: { lr: 0.01, momentum: 0.5, centered: true },
          label: 'rms centered',
        },
        { name: 'adam', convention: 'keras', options: { lr: 0.05, amsgrad: true }, label: 'amsgrad' },
        {
          name: 'adadelta',
          convention: 'keras',
          options: { lr: 1, weightDecay: 0.01 },
          label: 'adadelta wd',
        },
        { name: 'nadam', convention: 'keras', options: { lr: 0.01, weightDecay: 0.01 }, label: 'nadam wd' },
      ],
    },
  },
  {
    name: 'schedules-all-kinds',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'rosenbrock',
      start: [-1.2, 1],
      steps: 50,
      optimizers: [
        {
          name: 'adam',
          options: { lr: { kind: 'step', lr: 0.05, stepSize: 10, gamma: 0.5 } },
          label: 'step',
        },
        {
          name: 'adam',
          options: { lr: { kind: 'exponential', lr: 0.05, gamma: 0.97 } },
          label: 'exponential',
        },
        {
          name: 'sgd',
          options: { lr: { kind: 'inverseTime', lr: 0.001, decayRate: 0.5, decaySteps: 7, staircase: true } },
          label: 'inverse time',
        },
        {
          name: 'rmsprop',
          options: { lr: { kind: 'cosine', lr: 0.01, T: 30, minLr: 0.001 } },
          label: 'cosine',
        },
        {
          name: 'adam',
          convention: 'keras',
          options: { lr: { kind: 'warmup', steps: 5, base: { kind: 'exponential', lr: 0.05, gamma: 0.95 } } },
          label: 'warmup',
        },
        {
          name: 'sgd',
          convention: 'keras',
          options: { lr: { kind: 'constant', lr: 0.001 } },
          label: 'constant',
        },
      ],
    },
  },
  {
    name: 'clipping',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'rosenbrock',
      start: [-1.2, 1],
      steps: 30,
      optimizers: [
        { name: 'sgd', options: { lr: 0.002, clipNorm: 5 }, label: 'norm' },
        { name: 'sgd', options: { lr: 0.002, clipValue: 3 }, label: 'value' },
        {
          name: 'adam',
          convention: 'keras',
          options: { lr: 0.05, clipValue: 2, clipNorm: 1 },
          label: 'both',
        },
      ],
    },
  },
  {
    name: 'central-noise-stops',
    experiment: {
      kind: 'descend',
      version: V,
      formula: '(a - 1)^2 + 2*(b + 0.5)^2 + 0.1*a*b*c + c^2',
      start: [2, 1, -1],
      steps: 200,
      gradient: 'central',
      h: 1e-4,
      noise: { sigma: 0.05, seed: 7 },
      stop: { valueChange: 1e-9 },
      record: { every: 7 },
      optimizers: [
        { name: 'sgd', options: { lr: 0.05 } },
        { name: 'adam', options: { lr: 0.05 }, label: '=adam, "quoted"' },
      ],
    },
  },
  {
    name: 'stop-grad-norm',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'bowl-elongated',
      steps: 500,
      stop: { gradNorm: 1e-6 },
      optimizers: [
        { name: 'sgd', options: { lr: 0.05, momentum: 0.5 } },
        { name: 'sgd', options: { lr: 5 }, label: 'too fast' },
      ],
    },
  },
  {
    name: 'newton-himmelblau',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'himmelblau',
      start: [0, 0],
      steps: 10,
      optimizers: [
        { name: 'newton', options: { lr: 1 } },
        { name: 'newton', options: { lr: 0.5, damping: 0.1 }, label: 'damped' },
      ],
    },
  },
  {
    name: 'float32-peaks',
    experiment: {
      kind: 'descend',
      version: V,
      surface: 'peaks',
      start: [-0.35, -0.67],
      steps: 30,
      dtype: 'float32',
      optimizers: [
        { name: 'sgd', convention: 'keras', options: { lr: 0.03 } },
        { name: 'adam', options: { lr: 0.1 } },
      ],
    },
  },
  {
    name: 'affine-3-regimes',
    experiment: {
      kind: 'fit',
      version: V,
      data: { family: 'affine', slope: 2, intercept: 1, noise: 0.3, points: 40, seed: 3, xDist: 'uniform' },
      model: 'affine',
      epochs: 30,
      regimes: ['batch', 'sgd', 'minibatch'],
      batchSize: 8,
      optimizers: [
        { name: 'sgd', options: { lr: 0.05 } },
        { name: 'adam', convention: 'keras', options: { lr: 0.05, clipNorm: 1 } },
      ],
    },
  },
  {
    name: 'poly-sse-cosine',
    experiment: {
      kind: 'fit',
      version: V,
      data: { family: 'poly', coeffs: [1, -2, 0.5], noise: 0.2, points: 30, seed: 5 },
      model: 'poly:2',
      loss: 'sse',
      epochs: 60,
      regimes: ['batch', 'minibatch'],
      batchSize: 7,
      shuffle: false,
      stop: { tolerance: 1e-10 },
      optimizers: [{ name: 'rmsprop', options: { lr: { kind: 'cosine', lr: 0.05, T: 40 } } }],
    },
  },
  {
    name: 'logistic-blobs',
    experiment: {
      kind: 'fit',
      version: V,
      data: { family: 'blobs', points: 60, seed: 1 },
      model: 'logistic',
      epochs: 40,
      regimes: ['batch', 'minibatch'],
      batchSize: 16,
      optimizers: [
        { name: 'adam', options: { lr: 0.1 } },
        { name: 'lion', convention: 'keras', options: { lr: 0.01 } },
      ],
    },
  },
  {
    name: 'mlp-huber',
    experiment: {
      kind: 'fit',
      version: V,
      data: { family: 'sine', points: 40, noise: 0.1, seed: 2 },
      model: 'mlp:5',
      loss: 'huber',
      delta: 0.5,
      epochs: 25,
      regimes: ['batch', 'sgd'],
      seed: 4,
      optimizers: [
        { name: 'adam', options: { lr: 0.02 } },
        { name: 'nadam', convention: 'keras', options: { lr: 0.02 } },
      ],
    },
  },
  {
    name: 'mlp-relu-given',
    experiment: {
      kind: 'fit',
      version: V,
      data: { x: [0, 0.5, 1, 1.5, 2, 2.5, 3], y: [1, 1.4, 2.2, 2.9, 4.1, 5.2, 6.8], source: 'heights.csv' },
      model: 'mlp:4,3:relu',
      loss: 'mae',
      epochs: 30,
      regimes: ['batch'],
      seed: 9,
      optimizers: [{ name: 'adagrad', options: { lr: 0.1 } }],
    },
  },
  {
    name: 'float32-fit',
    experiment: {
      kind: 'fit',
      version: V,
      data: { x: [1, 2, 3, 4], y: [2, 4, 6, 8] },
      model: 'linear',
      epochs: 20,
      regimes: ['batch'],
      dtype: 'float32',
      optimizers: [{ name: 'sgd', options: { lr: 0.01 } }],
    },
  },
];
