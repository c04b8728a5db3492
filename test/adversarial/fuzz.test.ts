/**
 * Seeded fuzzing of experiments and lab addresses (issue 10): 10⁴ generated experiments per run
 * through parseExperiment (or experimentFromJson) and runExperiment, and 2·10³ hostile addresses
 * through experimentFromHash. About half the experiments are valid — both kinds, every surface,
 * formulas undefined at their start, optimizers with hostile names, options and starts at the edges
 * of the doubles (−0, 1e308, 5e-324), labels with control characters, small step and epoch counts
 * so that they run fast — and the rest carry one or two hostile fields (NaN, ±∞, junk types,
 * hostile keys, over-limit counts), so that validation and the runs are both exercised. The seeds are fixed, so a failure is reproducible: fast-check prints the
 * seed and the shrunk counterexample.
 *
 * The property: either a Run whose every result has a status (and a run with non-finite values
 * is not called 'max-steps' or 'converged': that would be silently wrong), or a DescensoError
 * whose Spanish and English messages are one line without control characters; never another error.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESCEND_KEYS, FIT_KEYS, OPTION_KEYS } from '../../src/experiment/schema.js';
import {
  DescensoError,
  type Experiment,
  type ExperimentResult,
  experimentFromHash,
  experimentFromJson,
  lossNames,
  optimizerNames,
  parseExperiment,
  runExperiment,
  surfaceIds,
} from '../../src/index.js';
import { LIMITS } from '../../src/limits.js';
import { messageProblems } from './support/checks.js';
import { corpusDir } from './support/corpus.js';

const EXPERIMENT_SEED = 1_030_010;
const ADDRESS_SEED = 2_030_010;
const EXPERIMENT_RUNS = 10_000;
const ADDRESS_RUNS = 2_000;

function matrixValues(file: string): string[] {
  const table = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as {
    matrices: { values: string[] }[];
  };
  return table.matrices.flatMap((m) => m.values);
}
const hostileNames = fc.constantFrom(...matrixValues('names.json'), ...matrixValues('escapes.json'));

/** An object with these entries as own keys, "__proto__" included (as JSON.parse makes them). */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const special = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  -1e308,
  5e-324,
  1e-12,
  1e6,
  2 ** 53,
  -1,
);
const num = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 2, arbitrary: special },
  { weight: 1, arbitrary: fc.double() },
);
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  hostileNames,
);

const FLAGS = ['nesterov', 'centered', 'amsgrad'];

/**
 * Values a valid field may take: mostly ordinary, sometimes at the edges of the doubles. Validation
 * accepts them; whatever they do to a run must come out as a status or a clean error.
 */
const edgy = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1e-12, 1e6, 1e13, 2e8) },
);
const rate = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 1e-4, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(5, 1e308, 5e-324, -1, 0, 2) },
);

/** An optimizer name as a file or an address may give it: mostly real, sometimes hostile. */
const optimizerName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...optimizerNames) },
  { weight: 1, arbitrary: hostileNames },
);
const validOptions = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constant('lr'), rate as fc.Arbitrary<unknown>) },
      {
        weight: 2,
        arbitrary: fc.tuple(
          fc.constantFrom(...OPTION_KEYS.filter((k) => !FLAGS.includes(k))),
          edgy as fc.Arbitrary<unknown>,
        ),
      },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), fc.boolean() as fc.Arbitrary<unknown>) },
    ),
    { maxLength: 3 },
  )
  .map(objectOf);
const label = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 2, arbitrary: hostileNames },
  { weight: 1, arbitrary: fc.constantFrom('=1+1', '@SUM(A1)', '\t=1', '-cmd', '+1', '\r=1') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const optimizerEntry = fc.oneof(
  { weight: 1, arbitrary: optimizerName },
  {
    weight: 4,
    arbitrary: fc.record(
      { name: optimizerName, options: validOptions, convention: fc.constantFrom('pytorch', 'keras'), label },
      { requiredKeys: ['name'] },
    ),
  },
);
const optimizers = fc.array(optimizerEntry, { minLength: 1, maxLength: 3 });

/** Formulas with their variables: defined everywhere, nowhere near the start, huge, flat. */
const formulaCases: [string, number][] = [
  ['x^2+y^2', 2],
  ['log(x)', 1],
  ['sqrt(x)+y', 2],
  ['1/x', 1],
  ['x*y', 2],
  ['max(sqrt(x), 0)', 1],
  ['relu(x)-y', 2],
  ['exp(x)', 1],
  ['1e13+x^2', 1],
  ['(x-2e8)^2', 1],
  ['sin(x)*cos(y)', 2],
  ['a^2+b^2+c^2', 3],
  ['0*x', 1],
  ['x^1e308', 1],
  ['abs(x)+abs(y)', 2],
];
const formulaPart = fc
  .constantFrom(...formulaCases)
  .chain(([formula, n]) =>
    fc.record(
      { formula: fc.constant(formula), start: fc.array(edgy, { minLength: n, maxLength: n }) },
      { requiredKeys: ['formula'] },
    ),
  );
const surfacePart = fc.record(
  {
    surface: fc.constantFrom(...surfaceIds),
    domain: fc
      .tuple(fc.double({ min: -10, max: 0, noNaN: true }), fc.double({ min: 0.5, max: 10, noNaN: true }))
      .map((r) => [r]),
  },
  { requiredKeys: ['surface'] },
);
const descendExperiment = fc
  .tuple(
    fc.oneof(surfacePart, formulaPart),
    fc.record(
      {
        kind: fc.constant('descend'),
        version: fc.constant(1),
        steps: fc.integer({ min: 0, max: 5 }),
        gradient: fc.constantFrom('autodiff', 'forward', 'central'),
        h: fc.constantFrom(1e-5, 1e-300, 5e-324, 1e300, 0.5),
        optimizers,
      },
      { requiredKeys: ['kind', 'steps', 'optimizers'] },
    ),
  )
  .map(([f, rest]) => ({ ...rest, ...f }));

const dataEntry = fc.oneof(
  fc.record(
    {
      family: fc.constantFrom('linear', 'affine', 'poly', 'sine', 'exp', 'blobs'),
      slope: edgy,
      intercept: edgy,
      coeffs: fc.array(edgy, { minLength: 1, maxLength: 4 }),
      noise: fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), fc.constantFrom(0, 1e308)),
      mu: edgy,
      points: fc.integer({ min: 1, max: 8 }),
      xRange: fc.tuple(
        fc.double({ min: -5, max: 0, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
      ),
      xDist: fc.constantFrom('linspace', 'uniform'),
      seed: fc.integer({ min: 0, max: 100 }),
    },
    { requiredKeys: ['points'] },
  ),
  fc.record({
    family: fc.constant('formula'),
    formula: fc.constantFrom('x^2', 'log(x)', 'sin(x)', '1/x', 'sqrt(x)'),
    points: fc.integer({ min: 1, max: 8 }),
  }),
  fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      x: fc.array(edgy, { minLength: n, maxLength: n }),
      y: fc.array(edgy, { minLength: n, maxLength: n }),
    }),
  ),
);
const fitExperiment = fc.record(
  {
    kind: fc.constant('fit'),
    version: fc.constant(1),
    data: dataEntry,
    model: fc.constantFrom(
      'linear',
      'affine',
      'poly:2',
      'poly:0',
      'logistic',
      'mlp:2',
      'mlp:3,2:relu',
      'multilinear:2',
    ),
    loss: fc.constantFrom(...lossNames),
    optimizers,
    epochs: fc.integer({ min: 0, max: 2 }),
    regimes: fc.subarray(['batch', 'sgd', 'minibatch'], { minLength: 1 }),
    batchSize: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer({ min: 0, max: 100 }),
    init: fc.array(fc.tuple(fc.constantFrom('w', 'b', 'a', 'c0'), edgy), { maxLength: 2 }).map(objectOf),
    dtype: fc.constantFrom('float64', 'float32'),
  },
  { requiredKeys: ['kind', 'epochs', 'data'] },
);

const KEYS = [...new Set([...DESCEND_KEYS, ...FIT_KEYS])];
/** One field replaced by something hostile: a wrong type, a special number, a hostile name, a big count. */
const hostileValue = fc.oneof(
  junk,
  num,
  fc.constantFrom(1e9, 10_001, 1.5, -1),
  fc.array(junk, { maxLength: 12 }),
  fc.array(optimizerEntry, { minLength: 11, maxLength: 12 }),
  // Just over the limit of data points (as 1_000_001 was before LIMITS).
  fc.constant({ points: LIMITS.points + 1 }),
  fc.constant([[1, -1]]),
  fc.constant([optimizerName]),
);
const mutation = fc.tuple(
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: hostileNames }),
  hostileValue,
);

/** A valid experiment (half of them), one with one or two hostile fields, or not an experiment at all. */
const experimentValue = fc.oneof(
  { weight: 6, arbitrary: descendExperiment },
  { weight: 4, arbitrary: fitExperiment },
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.oneof(descendExperiment, fitExperiment), fc.array(mutation, { minLength: 1, maxLength: 2 }))
      .map(([e, m]) => ({ ...e, ...objectOf(m) })),
  },
  { weight: 1, arbitrary: junk },
);

function thrownProblems(e: unknown): string[] {
  if (!(e instanceof DescensoError)) {
    const err = e as { name?: string; message?: string };
    return [`threw ${err?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 160)}`];
  }
  return (['es', 'en'] as const).flatMap((lang) =>
    messageProblems(e.messageIn(lang)).map((p) => `${lang}: ${p}`),
  );
}

const finite = (xs: readonly number[]) => xs.every(Number.isFinite);
const QUIET = ['max-steps', 'converged'];

/** A Run must say what happened to every optimizer, and not call a run of NaN a success. */
function resultProblems(e: Experiment, r: ExperimentResult): string[] {
  if (r.kind !== e.kind) return [`a ${e.kind} experiment gave a ${r.kind} result`];
  const expected = e.kind === 'fit' ? e.optimizers.length * e.regimes.length : e.optimizers.length;
  const out: string[] = [];
  if (r.runs.length !== expected) out.push(`${r.runs.length} runs for ${expected}`);
  const runs: { label: unknown; status: unknown; values: number[] }[] =
    r.kind === 'descend'
      ? r.runs.map((run) => ({
          label: run.label,
          status: run.status,
          values: [...run.values, ...run.points.flat()],
        }))
      : r.runs.map((run) => ({
          label: run.label,
          status: run.status,
          values: run.history.map((h) => h.loss),
        }));
  for (const run of runs) {
    if (typeof run.status !== 'string' || run.status === '')
      out.push(`run ${String(run.label)} has no status`);
    if (typeof run.label !== 'string') out.push('a run has no label');
    if (!finite(run.values) && QUIET.includes(String(run.status)))
      out.push(`run ${JSON.stringify(run.label)} holds non-finite values yet its status is '${run.status}'`);
  }
  return out;
}

/** parse (directly or through JSON text), then run: the problems, or none. */
function experimentProblems(value: unknown, viaJson: boolean): string[] {
  let e: Experiment;
  try {
    e = viaJson ? experimentFromJson(JSON.stringify(value) ?? 'undefined') : parseExperiment(value);
  } catch (err) {
    return thrownProblems(err).map((p) => `parse: ${p}`);
  }
  let r: ExperimentResult;
  try {
    r = runExperiment(e) as ExperimentResult;
  } catch (err) {
    return thrownProblems(err).map((p) => `run: ${p}`);
  }
  return resultProblems(e, r);
}

describe('seeded fuzzing', () => {
  it(`${EXPERIMENT_RUNS} generated experiments (seed ${EXPERIMENT_SEED}) each run or give a clean DescensoError`, () => {
    fc.assert(
      fc.property(experimentValue, fc.boolean(), (value, viaJson) => {
        const problems = experimentProblems(value, viaJson);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { seed: EXPERIMENT_SEED, numRuns: EXPERIMENT_RUNS },
    );
  });

  const hash = fc.oneof(
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `#x=${s}`) },
    { weight: 4, arbitrary: experimentValue.map((v) => `#x=${encodeURIComponent(JSON.stringify(v) ?? '')}`) },
    { weight: 1, arbitrary: experimentValue.map((v) => `#x=${JSON.stringify(v) ?? ''}`) },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.constantFrom(
            '%',
            '%E0',
            '%A4',
            '%00',
            '%ZZ',
            '%2',
            '%ED%A0%80',
            'x=',
            '#',
            '&',
            '{',
            '"',
            '__proto__',
            'log=1',
            '%7B',
          ),
          { maxLength: 12 },
        )
        .map((parts) => `#${parts.join('')}`),
    },
  );

  it(`${ADDRESS_RUNS} hostile addresses (seed ${ADDRESS_SEED}) load an experiment that validates, with a clean error if any`, () => {
    fc.assert(
      fc.property(hash, (h) => {
        let r: ReturnType<typeof experimentFromHash>;
        try {
          r = experimentFromHash(h);
        } catch (e) {
          throw new Error(`experimentFromHash threw: ${thrownProblems(e).join('; ') || 'a DescensoError'}`);
        }
        const problems = r.error ? thrownProblems(r.error) : [];
        try {
          parseExperiment(r.experiment);
        } catch (e) {
          problems.push(`the experiment it gives does not validate: ${thrownProblems(e).join('; ')}`);
        }
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { seed: ADDRESS_SEED, numRuns: ADDRESS_RUNS },
    );
  });

  it('the experiment property catches what it must (a TypeError is a problem; a clean DescensoError is not)', () => {
    // The property itself must be able to fail: a junk experiment gives a clean error today and a
    // hand-made bad Run is reported.
    expect(experimentProblems({ kind: 'descend' }, false)).toEqual([]);
    const e = parseExperiment({ kind: 'descend', surface: 'peaks', steps: 0, optimizers: ['sgd'] });
    const run = runExperiment(e) as ExperimentResult;
    expect(resultProblems(e, run)).toEqual([]);
    if (run.kind !== 'descend') throw new Error('a descend experiment gave a fit result');
    const nan = { ...run, runs: [{ ...run.runs[0], values: [Number.NaN], status: 'max-steps' as const }] };
    expect(resultProblems(e, nan)).toHaveLength(1);
  });
});
