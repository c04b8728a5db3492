import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { optimizerNames } from '../optim/conventions.js';
import { scheduleKinds } from '../optim/schedules.js';
import { colormapNames } from '../plot/colormaps.js';
import { surfaceIds } from '../surfaces/index.js';
import { DATA_KEYS } from './data-entry.js';
import { OPTION_KEYS } from './optimizer-entry.js';
import { DERIVATIVE_KEYS, DESCEND_KEYS, FIT_KEYS, parseExperiment } from './schema.js';
import { VIEW_KEYS } from './view.js';

// Valid experiments drawn from one arbitrary per key of the schema's tables: the tests below fail
// when a key is added to a table without an arbitrary here.

// JSON has no −0: a file cannot say it, so the generator does not either.
const real = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const small = fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const nonNegative = fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const positive = fc.double({ min: 1e-12, max: 1e6, noNaN: true });
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const text = (max: number) => fc.string({ maxLength: max });
const optional = <T>(arbs: Record<string, fc.Arbitrary<T>>) => fc.record(arbs, { requiredKeys: [] });

const schedule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  spec: fc.oneof(
    { depthSize: 'small', maxDepth: LIMITS.scheduleDepth - 1 },
    fc.record({ kind: fc.constant('constant'), lr: real }),
    fc.record(
      { kind: fc.constant('step'), lr: real, stepSize: real, gamma: real },
      { requiredKeys: ['kind', 'lr', 'stepSize'] },
    ),
    fc.record({ kind: fc.constant('exponential'), lr: real, gamma: real }),
    fc.record(
      {
        kind: fc.constant('inverseTime'),
        lr: real,
        decayRate: real,
        decaySteps: real,
        staircase: fc.boolean(),
      },
      { requiredKeys: ['kind', 'lr', 'decayRate'] },
    ),
    fc.record(
      { kind: fc.constant('cosine'), lr: real, T: real, minLr: real },
      { requiredKeys: ['kind', 'lr', 'T'] },
    ),
    fc.record(
      { kind: fc.constant('warmup'), steps: real, base: fc.oneof(real, tie('spec')), startLr: real },
      { requiredKeys: ['kind', 'steps', 'base'] },
    ),
  ),
})).spec;

/** The kinds `schedule` draws, one record each above. */
const SCHEDULES_DRAWN = ['constant', 'step', 'exponential', 'inverseTime', 'cosine', 'warmup'];

const optionValue = (key: string) =>
  key === 'lr' ? fc.oneof(real, fc.boolean(), schedule) : fc.oneof(real, fc.boolean());

const optimizer = fc.oneof(
  fc.constantFrom(...optimizerNames),
  fc.record(
    {
      name: fc.constantFrom(...optimizerNames),
      options: optional(Object.fromEntries(OPTION_KEYS.map((k) => [k, optionValue(k)]))),
      convention: fc.constantFrom('pytorch', 'keras'),
      label: text(LIMITS.labelLength),
    },
    { requiredKeys: ['name'] },
  ),
);

const viewArbs: Record<string, fc.Arbitrary<unknown>> = {
  colormap: fc.constantFrom(...colormapNames),
  log: fc.boolean(),
  speed: positive,
  lang: fc.constantFrom('es', 'en'),
  levels: fc.integer({ min: 2, max: 1000 }),
  values: fc.boolean(),
  tolerance: fc.double({ min: 1e-9, max: 10, noNaN: true }),
  style: fc.constantFrom('modern', 'tutorial'),
  metric: fc.constantFrom('steps', 'evaluations', 'final', 'diverged'),
};

const range = fc
  .tuple(
    fc.double({ min: -LIMITS.domain, max: LIMITS.domain, noNaN: true }),
    fc.double({ min: 1e-3, max: 10, noNaN: true }),
  )
  .map(([lo, w]) => [lo === 0 ? 0 : lo, lo + w])
  .filter(([, hi]) => hi <= LIMITS.domain);

const common = {
  version: fc.constantFrom(1, 2),
  optimizers: fc.array(optimizer, { minLength: 1, maxLength: LIMITS.optimizers }),
  view: optional(viewArbs),
};

const descendArbs: Record<string, fc.Arbitrary<unknown>> = {
  ...common,
  kind: fc.constant('descend'),
  surface: fc.constantFrom(...surfaceIds),
  formula: text(40),
  vars: fc.array(text(10), { maxLength: 4 }),
  start: fc.array(real, { minLength: 1, maxLength: 4 }),
  steps: fc.integer({ min: 0, max: LIMITS.steps }),
  gradient: fc.constantFrom('autodiff', 'forward', 'central'),
  h: positive,
  stop: optional({ gradNorm: nonNegative, valueChange: nonNegative }),
  noise: fc.record({ sigma: nonNegative, seed }, { requiredKeys: ['sigma'] }),
  dtype: fc.constantFrom('float64', 'float32'),
  record: fc.record({ every: fc.integer({ min: 1, max: LIMITS.steps }) }),
  domain: fc.array(range, { minLength: 1, maxLength: 2 }),
};

const given = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    x: fc.oneof(
      fc.array(real, { minLength: n, maxLength: n }),
      fc
        .integer({ min: 1, max: 3 })
        .chain((d) =>
          fc.array(fc.array(real, { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
        ),
    ),
    y: fc.array(real, { minLength: n, maxLength: n }),
  }),
);

const dataArbs: Record<string, fc.Arbitrary<unknown>> = {
  family: fc.constantFrom('linear', 'affine', 'poly', 'sine', 'exp', 'blobs', 'formula'),
  slope: real,
  intercept: real,
  coeffs: fc.array(real, { minLength: 1, maxLength: LIMITS.coeffs }),
  amplitude: real,
  frequency: real,
  phase: real,
  rate: real,
  centers: fc.tuple(fc.tuple(real, real), fc.tuple(real, real)),
  noise: nonNegative,
  mu: real,
  points: fc.integer({ min: 1, max: LIMITS.points }),
  xRange: fc.tuple(small, fc.double({ min: 1e-3, max: 10, noNaN: true })).map(([a, w]) => [a, a + w]),
  xDist: fc.constantFrom('linspace', 'uniform'),
  seed,
  formula: text(40),
  // x and y come together (below).
  x: fc.constant(undefined),
  y: fc.constant(undefined),
  source: text(40),
};

const data = fc.tuple(optional(dataArbs), fc.option(given, { nil: undefined })).map(([d, xy]) => {
  const { x: _x, y: _y, ...rest } = d as Record<string, unknown>;
  return xy ? { ...rest, ...xy } : rest;
});

const fitArbs: Record<string, fc.Arbitrary<unknown>> = {
  ...common,
  kind: fc.constant('fit'),
  data,
  model: fc.constantFrom('linear', 'affine', 'poly:3', 'logistic', 'mlp:4'),
  loss: fc.constantFrom('mse', 'sse', 'mae', 'huber', 'bce'),
  delta: positive,
  epochs: fc.integer({ min: 0, max: LIMITS.epochs }),
  regimes: fc.subarray(['batch', 'sgd', 'minibatch'], { minLength: 1 }),
  batchSize: fc.integer({ min: 1, max: LIMITS.points }),
  shuffle: fc.boolean(),
  seed,
  init: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), real, { maxKeys: 3 }),
  stop: optional({ tolerance: positive, gradNorm: positive }),
  dtype: fc.constantFrom('float64', 'float32'),
  record: fc.record({ every: fc.integer({ min: 1, max: LIMITS.epochs }) }),
};

const derivativeArbs: Record<string, fc.Arbitrary<unknown>> = {
  kind: fc.constant('derivative'),
  version: common.version,
  formula: text(40),
  x: real,
  h: positive,
  lr: positive,
  steps: fc.integer({ min: 0, max: LIMITS.derivativeSteps }),
  inner: text(40),
  outer: text(40),
  view: common.view,
};

const descendExperiment = fc
  .tuple(
    fc.record(descendArbs, { requiredKeys: ['kind', 'optimizers'] }),
    fc.boolean(),
    descendArbs.surface,
    descendArbs.formula,
  )
  .map(([e, onSurface, surface, formula]) => {
    // Exactly one of surface and formula.
    const { surface: _s, formula: _f, ...rest } = e as Record<string, unknown>;
    return onSurface ? { ...rest, surface } : { ...rest, formula };
  });

const experiment = fc.oneof(
  descendExperiment,
  fc.record(fitArbs, { requiredKeys: ['kind'] }),
  fc.record(derivativeArbs, { requiredKeys: ['kind', 'formula'] }),
);

describe('parseExperiment, as a property', () => {
  it('the arbitraries cover every key of the tables', () => {
    const sorted = (xs: readonly string[]) => [...xs].sort();
    expect(sorted(Object.keys(descendArbs))).toEqual(sorted(DESCEND_KEYS));
    expect(sorted(Object.keys(fitArbs))).toEqual(sorted(FIT_KEYS));
    expect(sorted(Object.keys(derivativeArbs))).toEqual(sorted(DERIVATIVE_KEYS));
    expect(sorted(Object.keys(dataArbs))).toEqual(sorted(DATA_KEYS));
    expect(sorted(Object.keys(viewArbs))).toEqual(sorted(VIEW_KEYS));
    expect(sorted(SCHEDULES_DRAWN)).toEqual(sorted(scheduleKinds));
  });

  it('parseExperiment(JSON.parse(JSON.stringify(e))) equals parseExperiment(e), and parsing again changes nothing', () => {
    fc.assert(
      fc.property(experiment, (e) => {
        const parsed = parseExperiment(e);
        expect(parseExperiment(JSON.parse(JSON.stringify(e)))).toEqual(parsed);
        expect(parseExperiment(parsed)).toEqual(parsed);
        expect(parseExperiment(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
