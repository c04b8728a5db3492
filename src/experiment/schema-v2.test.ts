import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { DATA_KEYS } from './data-entry.js';
import { OPTION_KEYS } from './optimizer-entry.js';
import { DERIVATIVE_KEYS, DESCEND_KEYS, FIT_KEYS, parseExperiment } from './schema.js';
import { VIEW_KEYS } from './view.js';

const view = {
  colormap: 'viridis',
  log: true,
  speed: 30,
  lang: 'es',
  levels: 12,
  values: true,
  tolerance: 0.001,
  style: 'tutorial',
  metric: 'evaluations',
};

// One experiment of each kind with every field set: parsing must give it back unchanged.
const fullDescend = {
  kind: 'descend',
  version: 2,
  formula: 'a^2 + b^2',
  vars: ['a', 'b'],
  start: [1, 2],
  steps: 30,
  gradient: 'central',
  h: 0.001,
  stop: { gradNorm: 1e-6, valueChange: 1e-9 },
  noise: { sigma: 0.1, seed: 7 },
  dtype: 'float32',
  record: { every: 3 },
  optimizers: [
    {
      name: 'sgd',
      options: {
        lr: { kind: 'warmup', steps: 5, base: { kind: 'cosine', lr: 0.1, T: 20, minLr: 0.01 }, startLr: 0 },
        momentum: 0.9,
        nesterov: true,
        clipNorm: 1,
        clipValue: 0.5,
      },
      convention: 'keras',
      label: 'SGD',
    },
  ],
  domain: [
    [-2, 2],
    [-1, 3],
  ],
  view,
};

const fullFit = {
  kind: 'fit',
  version: 2,
  data: {
    family: 'sine',
    slope: 1,
    intercept: 0.5,
    coeffs: [1, 2, 3],
    amplitude: 2,
    frequency: 3,
    phase: 0.25,
    rate: -0.5,
    centers: [
      [0, 0],
      [2, 2],
    ],
    noise: 0.1,
    mu: 0,
    points: 50,
    xRange: [-1, 1],
    xDist: 'uniform',
    seed: 3,
    formula: 'sin(x)',
    x: [
      [1, 2],
      [3, 4],
    ],
    y: [0, 1],
    source: 'data.csv',
  },
  model: 'linear',
  loss: 'huber',
  delta: 0.5,
  optimizers: [{ name: 'adam', options: { lr: { kind: 'step', lr: 0.1, stepSize: 10, gamma: 0.5 } } }],
  epochs: 20,
  regimes: ['batch', 'minibatch'],
  batchSize: 8,
  shuffle: false,
  seed: 4,
  init: { w: 1 },
  stop: { tolerance: 1e-6, gradNorm: 1e-8 },
  dtype: 'float32',
  record: { every: 2 },
  view,
};

const fullDerivative = {
  kind: 'derivative',
  version: 2,
  formula: '2*x^2 - 3*x + 4',
  x: 2,
  h: 0.5,
  lr: 0.01,
  steps: 250,
  inner: '2*x^2 - x - 2',
  outer: '3*u + 1',
  view,
};

/** The path of the fault parseExperiment finds in `value`. */
function faultPath(value: unknown): string {
  try {
    parseExperiment(value);
  } catch (e) {
    if (e instanceof DescensoError && e.code === 'experiment-invalid')
      return (e.params as { path: string }).path;
    throw e;
  }
  return 'no fault';
}

const descend = { kind: 'descend', surface: 'peaks', optimizers: ['sgd'] };
const fitOf = (over: object) => ({ kind: 'fit', ...over });

describe('parseExperiment of every field', () => {
  it('parseExperiment(an experiment of each kind with every field) gives it back unchanged', () => {
    expect(parseExperiment(fullDescend)).toEqual(fullDescend);
    expect(parseExperiment(fullFit)).toEqual(fullFit);
    expect(parseExperiment(fullDerivative)).toEqual(fullDerivative);
    const { formula: _f, vars: _v, ...onSurface } = fullDescend;
    expect(parseExperiment({ ...onSurface, surface: 'peaks' })).toEqual({ ...onSurface, surface: 'peaks' });
  });

  it('the full experiments above use every key of the tables (a new key needs a case here)', () => {
    // surface and formula exclude each other: the surface is the case below.
    expect([...Object.keys(fullDescend), 'surface'].sort()).toEqual([...DESCEND_KEYS].sort());
    expect(Object.keys(fullFit).sort()).toEqual([...FIT_KEYS].sort());
    expect(Object.keys(fullDerivative).sort()).toEqual([...DERIVATIVE_KEYS].sort());
    expect(Object.keys(fullFit.data).sort()).toEqual([...DATA_KEYS].sort());
    expect(Object.keys(view).sort()).toEqual([...VIEW_KEYS].sort());
  });

  it('parseExperiment(version 1) reads the same experiment and writes version 2', () => {
    expect(parseExperiment({ ...fullDescend, version: 1 })).toEqual(fullDescend);
    expect(parseExperiment({ ...descend })).toMatchObject({ version: 2 });
  });

  it('parseExperiment(a derivative study with only its formula) fills the lab defaults', () => {
    expect(parseExperiment({ kind: 'derivative', formula: 'x^3' })).toEqual({
      kind: 'derivative',
      version: 2,
      formula: 'x^3',
      x: 2,
      h: 0.5,
      lr: 0.01,
      steps: 250,
    });
  });

  it('OPTION_KEYS has clipNorm and clipValue', () => {
    expect(OPTION_KEYS).toEqual(expect.arrayContaining(['clipNorm', 'clipValue']));
  });
});

describe('parseExperiment names the path of a fault in the new fields', () => {
  const cases: [string, unknown, string][] = [
    ['stop not an object', { ...descend, stop: 3 }, 'experiment.stop'],
    ['stop gradNorm negative', { ...descend, stop: { gradNorm: -1 } }, 'experiment.stop.gradNorm'],
    ['stop unknown rule', { ...descend, stop: { tol: 1 } }, 'experiment.stop.tol'],
    ['noise without sigma', { ...descend, noise: {} }, 'experiment.noise.sigma'],
    ['noise seed fractional', { ...descend, noise: { sigma: 1, seed: 0.5 } }, 'experiment.noise.seed'],
    ['dtype float16', { ...descend, dtype: 'float16' }, 'experiment.dtype'],
    ['record every 0', { ...descend, record: { every: 0 } }, 'experiment.record.every'],
    ['view colormap', { ...descend, view: { colormap: 'jet' } }, 'experiment.view.colormap'],
    ['view speed 0', { ...descend, view: { speed: 0 } }, 'experiment.view.speed'],
    ['view levels 1', { ...descend, view: { levels: 1 } }, 'experiment.view.levels'],
    ['view lang', { ...descend, view: { lang: 'fr' } }, 'experiment.view.lang'],
    ['view log', { ...descend, view: { log: 'yes' } }, 'experiment.view.log'],
    [
      'lr schedule kind',
      { ...descend, optimizers: [{ name: 'sgd', options: { lr: { kind: 'linear' } } }] },
      'experiment.optimizers[0].options.lr.kind',
    ],
    [
      'lr schedule gamma missing',
      { ...descend, optimizers: [{ name: 'sgd', options: { lr: { kind: 'exponential', lr: 0.1 } } }] },
      'experiment.optimizers[0].options.lr.gamma',
    ],
    [
      'lr schedule unknown field',
      { ...descend, optimizers: [{ name: 'sgd', options: { lr: { kind: 'constant', lr: 0.1, gamma: 1 } } }] },
      'experiment.optimizers[0].options.lr.gamma',
    ],
    [
      'warmup base not a schedule',
      { ...descend, optimizers: [{ name: 'sgd', options: { lr: { kind: 'warmup', steps: 2, base: 'x' } } }] },
      'experiment.optimizers[0].options.lr.base',
    ],
    [
      'a schedule for momentum',
      { ...descend, optimizers: [{ name: 'sgd', options: { momentum: { kind: 'constant', lr: 1 } } }] },
      'experiment.optimizers[0].options.momentum',
    ],
    ['fit delta 0', fitOf({ delta: 0 }), 'experiment.delta'],
    ['fit shuffle text', fitOf({ shuffle: 'no' }), 'experiment.shuffle'],
    ['fit stop tolerance 0', fitOf({ stop: { tolerance: 0 } }), 'experiment.stop.tolerance'],
    ['fit record every text', fitOf({ record: { every: 'ten' } }), 'experiment.record.every'],
    ['data centers of one', fitOf({ data: { centers: [[0, 0]] } }), 'experiment.data.centers'],
    [
      'data center of three',
      fitOf({
        data: {
          centers: [
            [0, 0],
            [1, 2, 3],
          ],
        },
      }),
      'experiment.data.centers[1]',
    ],
    ['data rows unequal', fitOf({ data: { x: [[1, 2], [3]], y: [1, 2] } }), 'experiment.data.x[1]'],
    [
      'data row not numbers',
      fitOf({
        data: {
          x: [
            [1, 2],
            [3, 'a'],
          ],
          y: [1, 2],
        },
      }),
      'experiment.data.x[1][1]',
    ],
    ['data y of other length', fitOf({ data: { x: [[1], [2]], y: [1] } }), 'experiment.data.y'],
    ['data amplitude text', fitOf({ data: { amplitude: 'big' } }), 'experiment.data.amplitude'],
    ['derivative without formula', { kind: 'derivative' }, 'experiment.formula'],
    ['derivative h 0', { kind: 'derivative', formula: 'x', h: 0 }, 'experiment.h'],
    ['derivative lr negative', { kind: 'derivative', formula: 'x', lr: -1 }, 'experiment.lr'],
    [
      'derivative unknown field',
      { kind: 'derivative', formula: 'x', surface: 'peaks' },
      'experiment.surface',
    ],
  ];
  for (const [what, value, path] of cases)
    it(`parseExperiment(${what}) names ${path}`, () => {
      expect(faultPath(value)).toBe(path);
    });

  it(`parseExperiment(warmup nested ${LIMITS.scheduleDepth} deep) is read; one more is refused at the innermost base`, () => {
    const nest = (depth: number): object =>
      depth === 1 ? { kind: 'constant', lr: 0.1 } : { kind: 'warmup', steps: 1, base: nest(depth - 1) };
    const withLr = (lr: object) => ({ ...descend, optimizers: [{ name: 'sgd', options: { lr } }] });
    expect(faultPath(withLr(nest(LIMITS.scheduleDepth)))).toBe('no fault');
    const base = '.base'.repeat(LIMITS.scheduleDepth);
    expect(faultPath(withLr(nest(LIMITS.scheduleDepth + 1)))).toBe(
      `experiment.optimizers[0].options.lr${base}`,
    );
  });
});

describe('every limit of the schema is LIMITS', () => {
  const probes: [string, number, (n: number) => unknown, string][] = [
    ['steps', LIMITS.steps, (n) => ({ ...descend, steps: n }), 'experiment.steps'],
    ['epochs', LIMITS.epochs, (n) => fitOf({ epochs: n }), 'experiment.epochs'],
    [
      'optimizers',
      LIMITS.optimizers,
      (n) => ({ ...descend, optimizers: new Array(n).fill('sgd') }),
      'experiment.optimizers',
    ],
    ['points', LIMITS.points, (n) => fitOf({ data: { points: n } }), 'experiment.data.points'],
    [
      'derivative steps',
      LIMITS.derivativeSteps,
      (n) => ({ kind: 'derivative', formula: 'x', steps: n }),
      'experiment.steps',
    ],
    [
      'start variables',
      LIMITS.variables,
      (n) => ({ ...descend, start: new Array(n).fill(0) }),
      'experiment.start',
    ],
    [
      'coefficients',
      LIMITS.coeffs,
      (n) => fitOf({ data: { coeffs: new Array(n).fill(1) } }),
      'experiment.data.coeffs',
    ],
    [
      'label length',
      LIMITS.labelLength,
      (n) => ({ ...descend, optimizers: [{ name: 'sgd', label: 'x'.repeat(n) }] }),
      'experiment.optimizers[0].label',
    ],
    [
      'formula length',
      LIMITS.formulaLength,
      (n) => ({ kind: 'descend', formula: 'x'.repeat(n), optimizers: ['sgd'] }),
      'experiment.formula',
    ],
    ['domain', LIMITS.domain, (n) => ({ ...descend, domain: [[-1, n]] }), 'experiment.domain[0][1]'],
  ];
  for (const [what, max, make, path] of probes)
    it(`parseExperiment takes ${what} = LIMITS (${max}) and refuses ${max} + 1 at ${path}`, () => {
      expect(faultPath(make(max))).toBe('no fault');
      expect(faultPath(make(max + 1))).toBe(path);
    });
});
