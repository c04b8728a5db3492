/**
 * Test cases shared by the tests of the fused kernel (batch.test.ts, train/descend-fast.test.ts):
 * optimizer entries with every option the fused kernel writes out, and comparison helpers.
 * Imported by tests only (tsconfig.build.json leaves it out of the package: it needs fast-check).
 */
import fc from 'fast-check';
import type { OptimizerSpec } from '../optim/index.js';

/** Object.is on every number: toEqual would let 0 equal −0. */
export function bits(x: unknown): unknown {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : Number.isNaN(x) ? 'NaN' : x;
  if (Array.isArray(x)) return x.map(bits);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, bits(v)]));
  return x;
}

/** Which options each optimizer takes besides lr and clipping (the conventions table's keys). */
const takes: Record<string, string[]> = {
  sgd: ['momentum', 'dampening', 'nesterov', 'weightDecay'],
  sign: ['weightDecay'],
  adagrad: ['eps', 'initialAccumulator', 'weightDecay'],
  rmsprop: ['rho', 'eps', 'centered', 'momentum', 'weightDecay'],
  adadelta: ['rho', 'eps', 'weightDecay'],
  adam: ['beta1', 'beta2', 'eps', 'amsgrad', 'weightDecay'],
  adamw: ['beta1', 'beta2', 'eps', 'amsgrad', 'weightDecay'],
  adamax: ['beta1', 'beta2', 'eps', 'weightDecay'],
  nadam: ['beta1', 'beta2', 'eps', 'momentumDecay', 'weightDecay'],
  lion: ['beta1', 'beta2', 'weightDecay'],
};

/** The optimizers the fused kernel writes out (all but Newton and the searching methods). */
export const fusable = Object.keys(takes);

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

/** Candidate values of every option; an entry keeps those its optimizer takes. */
const optionValues = fc.record({
  momentum: maybe(fc.double({ min: 0.1, max: 0.95, noNaN: true })),
  dampening: maybe(fc.constantFrom(0, 0.1, 0.5)),
  nesterov: maybe(fc.boolean()),
  weightDecay: maybe(fc.constantFrom(0, 1e-3, 0.05)),
  eps: maybe(fc.constantFrom(1e-8, 1e-3, 0.1)),
  initialAccumulator: maybe(fc.constantFrom(0, 0.1)),
  rho: maybe(fc.constantFrom(0.5, 0.9, 0.99)),
  centered: maybe(fc.boolean()),
  beta1: maybe(fc.constantFrom(0.5, 0.9)),
  beta2: maybe(fc.constantFrom(0.9, 0.999)),
  amsgrad: maybe(fc.boolean()),
  momentumDecay: maybe(fc.constantFrom(0.004, 1)),
  clipNorm: maybe(fc.double({ min: 0.1, max: 5, noNaN: true })),
  clipValue: maybe(fc.double({ min: 0.1, max: 5, noNaN: true })),
});

const lrOf = fc.oneof(
  fc.double({ min: 1e-4, max: 2, noNaN: true }),
  fc.record({
    kind: fc.constant('exponential' as const),
    lr: fc.double({ min: 1e-3, max: 1, noNaN: true }),
    gamma: fc.constantFrom(0.9, 0.99),
  }),
  fc.record({
    kind: fc.constant('cosine' as const),
    lr: fc.constantFrom(0.01, 0.3),
    T: fc.constantFrom(10, 40),
  }),
);

/**
 * An optimizer entry that builds: options only where the optimizer takes them, Nesterov only
 * where PyTorch allows it (momentum, no dampening), any lr (a number or a schedule).
 */
export const optimizerEntry: fc.Arbitrary<OptimizerSpec> = fc
  .record({
    name: fc.constantFrom(...fusable),
    convention: fc.constantFrom('pytorch' as const, 'keras' as const),
    lr: lrOf,
    values: optionValues,
  })
  .map(({ name, convention, lr, values }) => {
    const options: Record<string, unknown> = { lr };
    for (const [k, v] of Object.entries(values))
      if (v !== undefined && (takes[name].includes(k) || k === 'clipNorm' || k === 'clipValue'))
        options[k] = v;
    if (options.nesterov === true && !(Number(options.momentum) > 0 && !options.dampening))
      delete options.nesterov;
    // Keras pins SGD's dampening and Nadam's momentum decay (the table's `fixed`).
    if (convention === 'keras') {
      delete options.dampening;
      delete options.momentumDecay;
    }
    return { name, convention, options } as OptimizerSpec;
  });
