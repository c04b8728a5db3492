import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { getSurface, surfaceIds } from '../surfaces/index.js';
import { bits, optimizerEntry } from '../sweep/fused-cases.js';
import { type DescendSpec, DIVERGENCE, descend, descendLoop, prepareDescend } from './descend.js';
import { fastDescend } from './descend-fast.js';

/**
 * descend's fast path (descend-fast.ts, the fused kernel) against its generic loop: the whole
 * run — every recorded point, value and gradient norm, status, steps, best, the step that
 * diverged or left the domain, record.every — compared with Object.is, over optimizers and their
 * options, conventions, dtypes, surfaces and formulas, starts, stop rules and domains.
 */

/** The statuses (or error codes) the property tests met: each must come up, or they test less than they say. */
const seen = new Set<string>();

/** The run both ways, or the error both throw (its code), with the onStep calls each made. */
function both(spec: DescendSpec): [unknown, unknown] {
  const run = (f: (s: DescendSpec) => unknown) => {
    const calls: number[] = [];
    try {
      const r = f({ ...spec, onStep: (done, total) => void calls.push(done, total) });
      seen.add((r as { status: string }).status);
      return bits({ r, calls });
    } catch (err) {
      if (err instanceof DescensoError) {
        seen.add(err.code);
        return { code: err.code, params: err.params };
      }
      throw err;
    }
  };
  return [run(descend), run((s) => descendLoop(s))];
}

/** A point of a surface's domain from two fractions (a little outside it, for u or v past 1). */
function place(surface: string, [u, v]: [number, number]): number[] {
  const s = getSurface(surface);
  if (s.dims === 1) return [s.domain[0] + u * (s.domain[1] - s.domain[0])];
  const [[x0, x1], [y0, y1]] = s.domain;
  return [x0 + u * (x1 - x0), y0 + v * (y1 - y0)];
}

const stop = fc.record(
  {
    gradNorm: fc.constantFrom(1e-3, 1e-6, 0),
    valueChange: fc.constantFrom(1e-9, 1e-4),
    maxValue: fc.constantFrom(1e3, 50),
    maxCoordinate: fc.constantFrom(1e3, 4),
  },
  { requiredKeys: [] },
);

const surfaceCase = fc.record({
  surface: fc.constantFrom(...surfaceIds),
  start: fc.tuple(
    fc.double({ min: -0.2, max: 1.2, noNaN: true }),
    fc.double({ min: -0.2, max: 1.2, noNaN: true }),
  ),
  optimizer: optimizerEntry,
  dtype: fc.constantFrom('float64' as const, 'float32' as const),
  steps: fc.integer({ min: 0, max: 80 }),
  every: fc.constantFrom(1, 1, 3, 7),
  stop,
});

const FORMULAS = [
  { formula: 'x^2 + 3*y^2 - z*x + z^4', vars: ['x', 'y', 'z'] },
  { formula: 'log(1 + a^2) + sqrt(b^2 + 1) + sin(a*b)', vars: ['a', 'b'] },
  { formula: '1/x + x^2', vars: ['x'] },
  { formula: 'tanh(w) * exp(-u^2) + abs(u - w)', vars: ['u', 'w'] },
];

const formulaCase = fc.record({
  which: fc.integer({ min: 0, max: FORMULAS.length - 1 }),
  start: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }),
  optimizer: optimizerEntry,
  dtype: fc.constantFrom('float64' as const, 'float32' as const),
  steps: fc.integer({ min: 0, max: 60 }),
  domain: fc.option(fc.constantFrom([[-1, 1]] as [number, number][], [[-5, 5]] as [number, number][]), {
    nil: undefined,
  }),
  stop,
});

describe('descend fast path', () => {
  it('descend(surface, any fused optimizer) equals the generic loop bit for bit, rows, best and onStep', () => {
    fc.assert(
      fc.property(surfaceCase, (c) => {
        const spec: DescendSpec = {
          surface: c.surface,
          optimizer: c.optimizer,
          start: place(c.surface, c.start),
          steps: c.steps,
          dtype: c.dtype,
          stop: c.stop,
          record: { every: c.every },
        };
        const [fast, loop] = both(spec);
        expect(fast).toEqual(loop);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('descend(formula of 1 to 3 variables, domain) equals the generic loop bit for bit', () => {
    fc.assert(
      fc.property(formulaCase, (c) => {
        const f = FORMULAS[c.which];
        const spec: DescendSpec = {
          ...f,
          optimizer: c.optimizer,
          start: c.start.slice(0, f.vars.length),
          steps: c.steps,
          dtype: c.dtype,
          stop: c.stop,
          ...(c.domain ? { domain: c.domain } : {}),
        };
        const [fast, loop] = both(spec);
        expect(fast).toEqual(loop);
      }),
      { seed: 5, numRuns: 200 },
    );
    // Between them the two properties met every ending a run can have.
    expect([...seen].sort()).toEqual(
      ['converged', 'descend-undefined-start', 'diverged', 'left-domain', 'max-steps'].sort(),
    );
  });

  it('descend(x⁴ sgd lr 1) diverges, x² − 3x leaves [0, 1], 1/x at 0 is undefined, maxValue judges: as the loop says', () => {
    const cases: DescendSpec[] = [
      { formula: 'x^4', optimizer: { name: 'sgd', options: { lr: 1 } }, start: [3], steps: 200 },
      {
        formula: 'x^2 - 3*x',
        optimizer: { name: 'sgd', options: { lr: 1.2 } },
        start: [0.5],
        domain: [[0, 1]],
      },
      { formula: '1/x', optimizer: 'adam', start: [0] },
      { surface: 'peaks', optimizer: 'adam', start: [0.2, -1.6], stop: { maxValue: 1 } },
    ];
    const statuses = cases.map((spec) => {
      const [fast, loop] = both(spec);
      expect(fast).toEqual(loop);
      return (fast as { r?: { status: string }; code?: string }).r?.status ?? (fast as { code: string }).code;
    });
    expect(statuses).toEqual(['diverged', 'left-domain', 'descend-undefined-start', 'diverged']);
  });

  it('fastDescend(autodiff, every optimizer but newton and the searching ones) takes the fused path; differences and noise do not', () => {
    const take = (spec: DescendSpec) => fastDescend(spec, prepareDescend(spec), DIVERGENCE) !== undefined;
    const base = { surface: 'peaks', steps: 5 };
    for (const name of [
      'sgd',
      'sign',
      'adagrad',
      'rmsprop',
      'adadelta',
      'adam',
      'adamw',
      'adamax',
      'nadam',
      'lion',
    ])
      expect(take({ ...base, optimizer: name })).toBe(true);
    expect(take({ ...base, optimizer: 'newton' })).toBe(false);
    expect(take({ ...base, optimizer: 'bfgs' })).toBe(false);
    expect(take({ ...base, optimizer: 'sgd', gradient: 'central' })).toBe(false);
    expect(take({ ...base, optimizer: 'sgd', noise: { sigma: 0.1, seed: 1 } })).toBe(false);
  });
});
