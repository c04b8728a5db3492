/**
 * The address codec's round trip as a property: experiments drawn over every field of every kind
 * (schedules, labels full of separators, −0 and the edges of the doubles, data given as rows,
 * view settings), kept when the schema accepts them, must come back from their address equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colormapNames } from '../plot/index.js';
import { surfaceIds } from '../surfaces/index.js';
import { experimentFromAddress, experimentToAddress } from './address.js';
import { experimentFromJson, parseExperiment } from './schema.js';
import type { Experiment, FitExperiment } from './types.js';

const num = fc.oneof(
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.constantFrom(-0, 0, 5e-324, 1e308, -1e-7, 0.1, 1 / 3, 2 ** 53),
);
const pos = fc.oneof(fc.double({ min: 1e-9, max: 10, noNaN: true }), fc.constantFrom(5e-324, 1e-7, 0.03));
const unit = fc.double({ min: 0, max: 0.999, noNaN: true });
const count = (max: number) => fc.integer({ min: 1, max });
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('GD', 'a;b', '~', '', 'x=1&y=2', '(d)', '%41', 'É ñ «»', '\u{1F600}', '\ud800', ' label '),
);

const schedule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  s: fc.oneof(
    { depthSize: 'small' },
    fc.record({ kind: fc.constant('constant'), lr: pos }),
    fc.record({ kind: fc.constant('exponential'), lr: pos, gamma: pos }),
    fc.record(
      { kind: fc.constant('step'), lr: pos, stepSize: count(50), gamma: pos },
      { requiredKeys: ['kind', 'lr', 'stepSize'] },
    ),
    fc.record(
      {
        kind: fc.constant('inverseTime'),
        lr: pos,
        decayRate: unit,
        decaySteps: count(9),
        staircase: fc.boolean(),
      },
      { requiredKeys: ['kind', 'lr', 'decayRate'] },
    ),
    fc.record(
      { kind: fc.constant('cosine'), lr: pos, T: count(100), minLr: unit },
      { requiredKeys: ['kind', 'lr', 'T'] },
    ),
    fc.record(
      { kind: fc.constant('warmup'), steps: count(20), base: fc.oneof(pos, tie('s')), startLr: unit },
      { requiredKeys: ['kind', 'steps', 'base'] },
    ),
  ),
})).s;

const optimizer = fc.oneof(
  fc.constantFrom('sgd', 'adam', 'Adam', 'rmsprop'),
  fc.record(
    {
      name: fc.constantFrom('sgd', 'adam', 'rmsprop', 'adagrad', 'nadam'),
      options: fc.record(
        { lr: fc.oneof(pos, schedule), momentum: unit, nesterov: fc.boolean(), beta1: unit, eps: pos },
        { requiredKeys: [] },
      ),
      convention: fc.constantFrom('pytorch', 'keras'),
      label: text,
    },
    { requiredKeys: ['name'] },
  ),
);
const optimizers = fc.array(optimizer, { minLength: 1, maxLength: 4 });

const view = fc.record(
  {
    colormap: fc.constantFrom(...colormapNames),
    log: fc.boolean(),
    speed: count(10_000),
    lang: fc.constantFrom('es', 'en'),
    levels: count(40),
    values: fc.boolean(),
    tolerance: pos,
    style: fc.constantFrom('modern', 'tutorial'),
  },
  { requiredKeys: [] },
);

const pair = fc.tuple(num, num).map(([a, b]) => (a < b ? [a, b] : [b, b + 1]));
const descend = fc.record(
  {
    kind: fc.constant('descend'),
    surface: fc.constantFrom(...surfaceIds),
    start: fc.array(num, { minLength: 2, maxLength: 2 }),
    steps: fc.integer({ min: 0, max: 500 }),
    gradient: fc.constantFrom('autodiff', 'forward', 'central'),
    h: pos,
    stop: fc.record({ gradNorm: pos, valueChange: pos }, { requiredKeys: [] }),
    noise: fc.record({ sigma: pos, seed: count(1000) }, { requiredKeys: ['sigma'] }),
    dtype: fc.constantFrom('float64', 'float32'),
    record: fc.record({ every: count(10) }),
    optimizers,
    domain: fc.array(pair, { minLength: 2, maxLength: 2 }),
    view,
  },
  { requiredKeys: ['kind', 'surface', 'optimizers'] },
);
const formulaDescend = fc
  .tuple(
    descend,
    fc.constantFrom(['x^2 + y^2', ['x', 'y']], ['x*y - sin(x)/2', ['x', 'y']], ['x^4 - x', ['x']]),
  )
  .map(([d, [formula, vars]]) => {
    const { surface: _s, start: _p, domain: _d, ...rest } = d as Record<string, unknown>;
    return { ...rest, formula, vars };
  });

const rows = fc.oneof(
  fc.array(num, { minLength: 3, maxLength: 3 }),
  fc.array(fc.array(num, { minLength: 2, maxLength: 2 }), { minLength: 3, maxLength: 3 }),
);
const data = fc.oneof(
  fc.record(
    {
      family: fc.constantFrom('linear', 'affine', 'poly', 'sine', 'exp'),
      slope: num,
      intercept: num,
      coeffs: fc.array(num, { minLength: 1, maxLength: 4 }),
      amplitude: num,
      frequency: num,
      rate: num,
      noise: unit,
      points: count(200),
      xRange: pair,
      xDist: fc.constantFrom('linspace', 'uniform'),
      seed: count(1000),
    },
    { requiredKeys: [] },
  ),
  fc.record({ family: fc.constant('formula'), formula: fc.constantFrom('sin(x)', 'x^2 - 1'), noise: unit }),
  fc.record(
    { x: rows, y: fc.array(num, { minLength: 3, maxLength: 3 }), source: text },
    { requiredKeys: ['x', 'y'] },
  ),
);
const fit = fc.record(
  {
    kind: fc.constant('fit'),
    data,
    model: fc.constantFrom('linear', 'affine', 'poly:3', 'mlp:4'),
    loss: fc.constantFrom('mse', 'mae', 'huber'),
    delta: pos,
    optimizers,
    epochs: fc.integer({ min: 0, max: 300 }),
    regimes: fc.subarray(['batch', 'sgd', 'minibatch'], { minLength: 1 }),
    batchSize: count(64),
    shuffle: fc.boolean(),
    seed: count(1000),
    init: fc.record({ w: num }),
    stop: fc.record({ tolerance: pos, gradNorm: pos }, { requiredKeys: [] }),
    dtype: fc.constantFrom('float64', 'float32'),
    record: fc.record({ every: count(10) }),
    view,
  },
  { requiredKeys: ['kind', 'data'] },
);
const derivative = fc.record(
  {
    kind: fc.constant('derivative'),
    formula: fc.constantFrom('x^2', '2*x^2 - 3*x + 4', 'sin(x)*exp(-x)'),
    x: num,
    h: pos,
    lr: pos,
    steps: count(500),
    inner: fc.constantFrom('2*x - 1', 'sin(x)'),
    outer: fc.constantFrom('u^2', '3*u + 1'),
    view,
  },
  { requiredKeys: ['kind', 'formula', 'x', 'h', 'lr', 'steps'] },
);

/** Experiments as the schema writes them: the drawn values it accepts, checked. */
const validExperiment: fc.Arbitrary<Experiment> = fc
  .oneof(descend, formulaDescend, fit, derivative)
  .map((raw) => {
    try {
      return parseExperiment(raw) as Experiment;
    } catch {
      return null;
    }
  })
  .filter((e): e is Experiment => e !== null);

describe('experiment → address → experiment', () => {
  it('an optimizer with options: {} (found by this property) reads back as the same parsed experiment', () => {
    const e = parseExperiment({
      kind: 'fit',
      data: { x: [[-0, 0]], y: [-0] },
      model: 'linear',
      optimizers: [{ name: 'sgd', options: {} }, { name: 'sgd' }],
    });
    expect((e as FitExperiment).optimizers).toEqual([{ name: 'sgd' }, { name: 'sgd' }]);
    expect(experimentFromAddress(experimentToAddress(e))).toEqual({ experiment: e, errors: [] });
  });

  it('any valid experiment survives experiment → address → experiment unchanged, without errors', () => {
    fc.assert(
      fc.property(validExperiment, (e) => {
        const address = experimentToAddress(e);
        // the table says every drawn experiment: none falls back to the JSON form
        expect(address.startsWith('#x=')).toBe(false);
        expect(experimentFromAddress(address)).toEqual({ experiment: e, errors: [] });
      }),
      { numRuns: 600 },
    );
  });

  it('any experiment file survives file → address → file unchanged', () => {
    fc.assert(
      fc.property(validExperiment, (e) => {
        const file = JSON.stringify(e, null, 2);
        const back = experimentFromAddress(experimentToAddress(experimentFromJson(file))).experiment;
        expect(JSON.stringify(back, null, 2)).toBe(file);
      }),
      { numRuns: 300 },
    );
  });

  it('the drawn experiments reach every kind (the filter keeps enough of each)', () => {
    const kinds = new Set(fc.sample(validExperiment, { numRuns: 200, seed: 7 }).map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['derivative', 'descend', 'fit']);
  });
});
