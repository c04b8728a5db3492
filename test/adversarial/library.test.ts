/**
 * The adversarial corpus through the public API (src/index.ts): the hostile names and values of
 * the CLI tables, and the hostile lab addresses of corpus/addresses.json. Every throw must be a
 * DescensoError whose Spanish and English messages are one line without control characters —
 * never a TypeError or RangeError. Calls over user-given ranges and counts run in a worker thread,
 * so that an endless loop is a failing case, not a stuck suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { messageProblems } from './support/checks.js';
import { corpusDir, type Generated, generate, printable, repoRoot } from './support/corpus.js';
import { WorkerRunner } from './support/runners.js';

const {
  colormap,
  DescensoError,
  descend,
  evaluate,
  experimentFromHash,
  experimentFromJson,
  fit,
  formulaFunction,
  getSurface,
  makeLoss,
  makeModel,
  makeOptimizer,
  makeSchedule,
  optimizerInfo,
  parseCsv,
  parseExperiment,
  parseFormula,
  runExperiment,
  simulate,
  t,
  valueAndGrad,
} = api;

/** The values of a matrix in a CLI table: the same hostile names the CLI is given. */
function matrixValues(file: string): string[] {
  const table = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as {
    matrices: { values: string[] }[];
  };
  return table.matrices.flatMap((m) => m.values);
}

const names = matrixValues('names.json');
const escapes = matrixValues('escapes.json');
const hostile = [...names, ...escapes];

/** What a throw must be: a DescensoError with a clean one-line message in both languages. */
function thrownProblems(e: unknown): string[] {
  if (!(e instanceof DescensoError)) {
    const err = e as { name?: string; message?: string };
    return [`threw ${err?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 160)}`];
  }
  return (['es', 'en'] as const).flatMap((lang) =>
    messageProblems(e.messageIn(lang)).map((p) => `${lang}: ${p}`),
  );
}

type Expect = 'throws' | 'any';

/** A text a call returns instead of throwing must be a clean message too (not the raw key echoed). */
function cleanText(text: unknown): void {
  const problems = typeof text === 'string' ? messageProblems(text) : [`returned ${typeof text}, not text`];
  if (problems.length > 0) throw new Error(`returned a bad message: ${problems.join('; ')}`);
}

/** Calls `fn` for every value; a problem is a wrong kind of throw, a bad message, or no throw where one is due. */
function problemsOver<V>(values: readonly V[], expectation: Expect, fn: (v: V) => unknown): string[] {
  return values.flatMap((v) => {
    const shown = typeof v === 'string' ? printable(v, 40) : String(v);
    try {
      fn(v);
      return expectation === 'throws' ? [`${shown}: no error`] : [];
    } catch (e) {
      return thrownProblems(e).map((p) => `${shown}: ${p}`);
    }
  });
}

/** An object whose only key is `k`, even when `k` is "__proto__" (an own key, as JSON.parse makes it). */
function keyed(k: string, v: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const data = { x: [1, 2, 3], y: [2, 4, 6] };
const peaks = { surface: 'peaks', steps: 1 };
const descendExp = { kind: 'descend', surface: 'peaks', steps: 1, optimizers: ['sgd'] };

const nameCalls: [string, Expect, (n: string) => unknown][] = [
  ['makeOptimizer(name)', 'throws', (n) => makeOptimizer(n)],
  ['makeOptimizer(sgd, {[name]: 1})', 'throws', (n) => makeOptimizer('sgd', keyed(n, 1))],
  ['makeOptimizer(sgd, {}, convention)', 'throws', (n) => makeOptimizer('sgd', {}, n)],
  ['optimizerInfo(name, es)', 'throws', (n) => optimizerInfo(n, 'es')],
  ['optimizerInfo(sgd, lang)', 'any', (n) => optimizerInfo('sgd', n as api.Lang)],
  ['descend({surface: name})', 'throws', (n) => descend({ surface: n, optimizer: 'sgd', steps: 1 })],
  ['descend({optimizer: name})', 'throws', (n) => descend({ ...peaks, optimizer: n })],
  ['descend({optimizer: {name}})', 'throws', (n) => descend({ ...peaks, optimizer: { name: n } })],
  [
    'descend({options: {[name]: 1}})',
    'throws',
    (n) => descend({ ...peaks, optimizer: { name: 'sgd', options: keyed(n, 1) as Record<string, number> } }),
  ],
  [
    'descend({convention: name})',
    'throws',
    (n) => descend({ ...peaks, optimizer: { name: 'sgd', convention: n as 'keras' } }),
  ],
  [
    'descend({gradient: name})',
    'throws',
    (n) => descend({ ...peaks, optimizer: 'sgd', gradient: n as 'forward' }),
  ],
  [
    'descend({formula: name^2, vars: [name]})',
    'any',
    (n) => descend({ formula: `${n}^2`, vars: [n], start: [1], optimizer: 'sgd', steps: 1 }),
  ],
  ['fit({model: name})', 'throws', (n) => fit({ model: n, data, epochs: 1 })],
  ['fit({loss: name})', 'throws', (n) => fit({ model: 'linear', data, loss: n, epochs: 1 })],
  [
    'fit({init: {[name]: 1}})',
    'throws',
    (n) => fit({ model: 'linear', data, init: keyed(n, 1) as never, epochs: 1 }),
  ],
  ['fit({regime: name})', 'throws', (n) => fit({ model: 'linear', data, regime: n as 'sgd', epochs: 1 })],
  [
    'fit({optimizer: {name}})',
    'throws',
    (n) => fit({ model: 'linear', data, optimizer: { name: n }, epochs: 1 }),
  ],
  [
    'runExperiment({optimizers: [{name}]})',
    'throws',
    (n) => runExperiment({ ...descendExp, version: 1, optimizers: [{ name: n }] } as api.Experiment),
  ],
  [
    'runExperiment({surface: name})',
    'throws',
    (n) =>
      runExperiment({
        ...descendExp,
        version: 1,
        surface: n,
        optimizers: [{ name: 'sgd' }],
      } as api.Experiment),
  ],
  ['runExperiment({kind: name})', 'throws', (n) => runExperiment({ ...descendExp, kind: n } as never)],
  [
    'runExperiment(parseExperiment({optimizers: [name]}))',
    'throws',
    (n) => runExperiment(parseExperiment({ ...descendExp, optimizers: [n] })),
  ],
  [
    'runExperiment(parseExperiment({kind: fit, model: name}))',
    'throws',
    (n) => runExperiment(parseExperiment({ kind: 'fit', epochs: 1, model: n })),
  ],
  ['parseExperiment({[name]: 1, …})', 'throws', (n) => parseExperiment({ ...descendExp, ...keyed(n, 1) })],
  ['parseExperiment({kind: name})', 'throws', (n) => parseExperiment({ ...descendExp, kind: n })],
  [
    'parseExperiment({options: {[name]: 1}})',
    'throws',
    (n) => parseExperiment({ ...descendExp, optimizers: [{ name: 'sgd', options: keyed(n, 1) }] }),
  ],
  [
    'parseExperiment({kind: fit, init: {[name]: 1}}) then run',
    'throws',
    (n) => runExperiment(parseExperiment({ kind: 'fit', epochs: 1, init: keyed(n, 1) })),
  ],
  [
    'parseExperiment({kind: fit, data: {[name]: 1}})',
    'throws',
    (n) => parseExperiment({ kind: 'fit', epochs: 1, data: keyed(n, 1) }),
  ],
  [
    'experimentFromJson with key name',
    'throws',
    (n) => experimentFromJson(JSON.stringify({ ...descendExp, ...keyed(n, 1) })),
  ],
  ['colormap(name)', 'throws', (n) => colormap(n as 'viridis')],
  ['t(en, name)', 'any', (n) => cleanText(t('en', n as api.MessageKey, undefined as never))],
  ['t(name, cli-internal)', 'any', (n) => cleanText(t(n as api.Lang, 'cli-internal', { message: 'x' }))],
  ['getSurface(name)', 'throws', (n) => getSurface(n)],
  ['makeModel(name)', 'throws', (n) => makeModel(n)],
  ['makeLoss(name)', 'throws', (n) => makeLoss(n)],
  ['makeSchedule({kind: name})', 'throws', (n) => makeSchedule({ kind: n, lr: 0.1 })],
  [
    'makeSchedule({kind: constant, [name]: 1})',
    'throws',
    (n) => makeSchedule({ kind: 'constant', lr: 0.1, ...keyed(n, 1) }),
  ],
  ['simulate({family: name})', 'throws', (n) => simulate({ family: n as 'linear' })],
  ['simulate({[name]: 1})', 'any', (n) => simulate(keyed(n, 1))],
  ['parseCsv(header name)', 'any', (n) => parseCsv(`${JSON.stringify(n)},y\n1,2\n2,3\n`)],
  ['parseCsv(x: name)', 'throws', (n) => parseCsv('a,b\n1,2\n2,3\n', { x: n })],
  ['parseCsv({[name]: 1})', 'any', (n) => parseCsv('a,b\n1,2\n', keyed(n, 1))],
  ['parseFormula(name(x))', 'throws', (n) => parseFormula(`${n}(x)`)],
  ['parseFormula(name*x, nd)', 'any', (n) => parseFormula(`${n}*x`, { kind: 'nd' })],
  [
    'valueAndGrad(formula name*x)(2, 3)',
    'any',
    (n) => valueAndGrad(formulaFunction(parseFormula(`${n}*x`, { kind: 'nd' })), { argnums: [0, 1] })(2, 3),
  ],
];

describe('the public API with hostile names', () => {
  for (const [call, expectation, fn] of nameCalls)
    it(`${call} ${expectation === 'throws' ? 'throws a clean DescensoError' : 'returns or throws a clean DescensoError'}`, () => {
      const problems = problemsOver(hostile, expectation, fn);
      expect(problems, problems.join('\n')).toEqual([]);
    });

  it('evaluate(name*x) takes the variable from the environment, never from Object.prototype', () => {
    const problems = names.flatMap((n) => {
      let formula: api.Formula;
      try {
        formula = parseFormula(`${n}*x`, { kind: 'nd' });
      } catch (e) {
        return thrownProblems(e).map((p) => `${n}: ${p}`);
      }
      const out: string[] = [];
      try {
        const v = evaluate(formula.ast, { x: 3 });
        out.push(`${n}: evaluated without a value for ${n}: ${v}`);
      } catch (e) {
        out.push(...thrownProblems(e).map((p) => `${n}, unbound: ${p}`));
      }
      try {
        const v = evaluate(formula.ast, { ...keyed(n, 2), x: 3 } as Record<string, number>);
        if (v !== 6) out.push(`${n}: ${n}*x at (2, 3) is ${v}, not 6`);
      } catch (e) {
        out.push(...thrownProblems(e).map((p) => `${n}, bound: ${p}`));
      }
      return out;
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/** Numbers and non-numbers where numbers are due: what a file, an address or a caller may pass. */
const values: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  -1,
  1.5,
  undefined,
  null,
  '1',
  '',
  {},
  [],
  true,
];

const valueCalls: [string, (v: unknown) => unknown][] = [
  [
    'descend({lr: v})',
    (v) => descend({ ...peaks, optimizer: { name: 'sgd', options: { lr: v as number } } }),
  ],
  ['descend({start: [v, 0]})', (v) => descend({ ...peaks, optimizer: 'sgd', start: [v as number, 0] })],
  ['descend({steps: v})', (v) => descend({ surface: 'peaks', optimizer: 'sgd', steps: v as number })],
  ['descend({h: v})', (v) => descend({ ...peaks, optimizer: 'sgd', gradient: 'central', h: v as number })],
  [
    'descend({stop: {gradNorm: v}})',
    (v) => descend({ ...peaks, optimizer: 'sgd', stop: { gradNorm: v as number } }),
  ],
  [
    'descend({noise: {sigma: v}})',
    (v) => descend({ ...peaks, optimizer: 'sgd', noise: { sigma: v as number } }),
  ],
  [
    'fit({x: [v, 1, 2]})',
    (v) => fit({ model: 'linear', data: { x: [v as number, 1, 2], y: [1, 2, 3] }, epochs: 1 }),
  ],
  ['fit({epochs: v})', (v) => fit({ model: 'linear', data, epochs: v as number })],
  [
    'fit({batchSize: v})',
    (v) => fit({ model: 'linear', data, regime: 'minibatch', batchSize: v as number, epochs: 1 }),
  ],
  ['fit({seed: v})', (v) => fit({ model: 'linear', data, regime: 'sgd', seed: v as number, epochs: 1 })],
  ['fit({init: {w: v}})', (v) => fit({ model: 'linear', data, init: { w: v as number }, epochs: 1 })],
  ['simulate({points: v})', (v) => simulate({ points: v as number })],
  ['simulate({noise: v})', (v) => simulate({ points: 3, noise: v as number })],
  ['simulate({xRange: [v, 1]})', (v) => simulate({ points: 3, xRange: [v as number, 1] })],
  ['simulate({seed: v})', (v) => simulate({ points: 3, seed: v as number })],
  ['makeOptimizer(adam, {lr: v})', (v) => makeOptimizer('adam', { lr: v })],
  ['makeOptimizer(adam, {beta1: v})', (v) => makeOptimizer('adam', { beta1: v })],
  ['makeOptimizer(rmsprop, {eps: v})', (v) => makeOptimizer('rmsprop', { eps: v })],
  ['colormap(viridis)(v)', (v) => colormap('viridis')(v as number)],
  ['parseCsv(v)', (v) => parseCsv(v as string)],
  ['parseFormula(v)', (v) => parseFormula(v as string)],
  ['parseExperiment(v)', (v) => parseExperiment(v)],
  ['parseExperiment({steps: v})', (v) => parseExperiment({ ...descendExp, steps: v })],
  ['experimentFromJson(v)', (v) => experimentFromJson(v as string)],
  ['makeModel(poly:v)', (v) => makeModel(`poly:${String(v)}`)],
  ['makeModel(mlp:v)', (v) => makeModel(`mlp:${String(v)}`)],
  ['optimizerInfo(v)', (v) => optimizerInfo(v as string)],
];

describe('the public API with hostile values', () => {
  for (const [call, fn] of valueCalls)
    it(`${call} returns or throws a clean DescensoError`, () => {
      const problems = problemsOver(values, 'any', fn);
      expect(problems, problems.join('\n')).toEqual([]);
    });
});

// ---- calls that loop over a user-given range or count: in a worker, with the hang bound ----------

interface ProbeReply {
  ok?: boolean;
  thrown?: { descenso: boolean; name: string; message: string; es?: string; en?: string };
}

const probe = new WorkerRunner<{ fn: string; args: unknown[] }, ProbeReply>(
  new URL('./support/library-worker.mjs', import.meta.url),
  { index: join(repoRoot, 'src/index.ts') },
);
afterAll(() => probe.close());

const bounded: [string, unknown[]][] = [
  ['contourLevels', [0, 1, 1e9]],
  ['contourLevels', [0, 1, Number.POSITIVE_INFINITY]],
  ['contourLevels', [0, 1, Number.NaN]],
  ['contourLevels', [0, 1, -1]],
  ['contourLevels', [1e-300, 1e300, 10]],
  ['contourLevels', [-1e308, 1e308, 10]],
  ['contourLevels', [0, 5e-324, 10]],
  ['linearTicks', [0, 1, 1e9]],
  ['linearTicks', [0, 1, Number.POSITIVE_INFINITY]],
  ['linearTicks', [0, 5e-324, 5]],
  ['linearTicks', [-1e308, 1e308, 5]],
  ['linearTicks', [1, 1 + 2 ** -52, 5]],
];

describe('the public API over hostile ranges and counts', () => {
  for (const [fn, args] of bounded)
    it(`${fn}(${args.map(String).join(', ')}) ends, with a value or a clean DescensoError`, async () => {
      const a = await probe.call({ fn, args });
      if ('hung' in a) expect.fail(`${fn} did not end: killed after the hang bound`);
      if ('failure' in a) expect.fail(a.failure);
      const thrown = a.reply.thrown;
      if (thrown) {
        expect(thrown.descenso, `${thrown.name}: ${thrown.message}`).toBe(true);
        expect([...messageProblems(thrown.es ?? ''), ...messageProblems(thrown.en ?? '')]).toEqual([]);
      }
    });
});

// ---- lab addresses --------------------------------------------------------------------------------

interface AddressCase {
  id: string;
  note?: string;
  hash?: string;
  experiment?: unknown;
  text?: string;
  generate?: Generated;
  /** true: the address is refused (default experiment + error); false: it loads as is; null: either. */
  error: boolean | null;
}

const addresses = (
  JSON.parse(readFileSync(join(corpusDir, 'addresses.json'), 'utf8')) as { cases: AddressCase[] }
).cases;

function hashOf(c: AddressCase): string {
  if (c.hash !== undefined) return c.hash;
  const text = c.text ?? (c.generate ? generate(c.generate) : JSON.stringify(c.experiment));
  return `#x=${encodeURIComponent(text)}`;
}

/** Problems of reading an address: it must load (never throw), and what it loads must run or say why. */
function addressProblems(c: AddressCase): string[] {
  let result: ReturnType<typeof experimentFromHash>;
  try {
    result = experimentFromHash(hashOf(c));
  } catch (e) {
    return [`experimentFromHash threw: ${thrownProblems(e).join('; ') || 'a DescensoError'}`];
  }
  const out: string[] = [];
  if (c.error === true && !result.error) out.push('no error for a hostile address');
  if (c.error === false && result.error) out.push(`refused a valid address: ${result.error.messageIn('en')}`);
  if (result.error) out.push(...thrownProblems(result.error));
  try {
    parseExperiment(result.experiment);
  } catch (e) {
    out.push(`the experiment it gives does not validate: ${thrownProblems(e).join('; ')}`);
  }
  try {
    runExperiment(result.experiment);
  } catch (e) {
    out.push(...thrownProblems(e).map((p) => `running it: ${p}`));
  }
  return out;
}

describe('experimentFromHash with hostile addresses', () => {
  for (const c of addresses)
    it(`${c.id} loads${c.error === true ? ' the default with an error' : ''} and runs or says why`, () => {
      const problems = addressProblems(c);
      expect(problems, `${c.note ?? c.id}\n  ${problems.join('\n  ')}`).toEqual([]);
    });
});
