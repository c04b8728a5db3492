import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { isSearching, optimizerNames } from '../optim/index.js';
import { getSurface, surfaceIds } from '../surfaces/index.js';
import { type DescendRun, type DescendSpec, descend } from '../train/descend.js';
import { type BatchRun, batchDescend, batchRun } from './batch.js';

/**
 * A batched run is the same run as `descend` makes alone: status, steps, last point, value,
 * gradient norm, best point and the step that diverged or left the domain, compared with
 * Object.is (bit for bit, −0 and NaN included).
 */

/** The summary of a single run, in the shape batchRun gives. */
function summary(d: DescendRun): BatchRun {
  const last = d.points.length - 1;
  return {
    status: d.status,
    steps: d.steps,
    point: d.points[last],
    value: d.values[last],
    gradNorm: d.gradNorms[last],
    ...(d.divergedAt !== undefined ? { divergedAt: d.divergedAt } : {}),
    ...(d.leftDomainAt !== undefined ? { leftDomainAt: d.leftDomainAt } : {}),
    ...(d.best ? { best: d.best } : {}),
  };
}

/** Object.is on every number: toEqual would let 0 equal −0. */
function bits(x: unknown): unknown {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : Number.isNaN(x) ? 'NaN' : x;
  if (Array.isArray(x)) return x.map(bits);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, bits(v)]));
  return x;
}

// Newton and the searching methods (issue 15) take the per-run path, not the batch.
const batchable = optimizerNames.filter((n) => n !== 'newton' && !isSearching(n));

const optimizer = fc.record({
  name: fc.constantFrom(...batchable),
  convention: fc.constantFrom('pytorch' as const, 'keras' as const),
  lr: fc.double({ min: 1e-4, max: 2, noNaN: true }),
  momentum: fc.option(fc.double({ min: 0.1, max: 0.95, noNaN: true }), { nil: undefined }),
  clipNorm: fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }), { nil: undefined }),
});

type Opt = {
  name: string;
  convention: 'pytorch' | 'keras';
  lr: number;
  momentum?: number;
  clipNorm?: number;
};

/** An entry that builds: momentum only where the optimizer takes it. */
function entry(o: Opt) {
  const takesMomentum = o.name === 'sgd' || o.name === 'rmsprop';
  return {
    name: o.name,
    convention: o.convention,
    options: {
      lr: o.lr,
      ...(takesMomentum && o.momentum !== undefined ? { momentum: o.momentum } : {}),
      ...(o.clipNorm !== undefined ? { clipNorm: o.clipNorm } : {}),
    },
  };
}

const case_ = fc.record({
  surface: fc.constantFrom(...surfaceIds),
  dtype: fc.constantFrom('float64' as const, 'float32' as const),
  steps: fc.integer({ min: 0, max: 60 }),
  tol: fc.option(fc.constantFrom(1e-3, 1e-6), { nil: undefined }),
  valueChange: fc.option(fc.constantFrom(1e-9, 1e-4), { nil: undefined }),
  groups: fc.array(
    fc.record({
      optimizer,
      starts: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

/** A start inside the surface's domain, from two fractions. */
function place(surface: string, [u, v]: [number, number]): number[] {
  const s = getSurface(surface);
  if (s.dims === 1) return [s.domain[0] + u * (s.domain[1] - s.domain[0])];
  const [[x0, x1], [y0, y1]] = s.domain;
  return [x0 + u * (x1 - x0), y0 + v * (y1 - y0)];
}

describe('batchDescend', () => {
  it('batchDescend(groups) gives each run bit for bit what descend gives it alone', () => {
    fc.assert(
      fc.property(case_, (c) => {
        const stop = {
          ...(c.tol !== undefined ? { gradNorm: c.tol } : {}),
          ...(c.valueChange !== undefined ? { valueChange: c.valueChange } : {}),
        };
        const groups = c.groups.map((g) => ({
          optimizer: entry(g.optimizer),
          starts: g.starts.map((u) => place(c.surface, u)),
        }));
        const base = { surface: c.surface, steps: c.steps, stop, dtype: c.dtype };
        const alone = (o: DescendSpec['optimizer'], start: number[]) => {
          try {
            return bits(summary(descend({ ...base, optimizer: o, start })));
          } catch (err) {
            // A start where f or ∇f is not defined: descend throws, the batch says so per run.
            if (err instanceof DescensoError && err.code === 'descend-undefined-start')
              return 'undefined-start';
            throw err;
          }
        };
        const batch = batchDescend({ ...base, groups });
        groups.forEach((g, k) => {
          g.starts.forEach((start, i) => {
            const r = batchRun(batch.groups[k], i);
            expect(r.status === 'undefined-start' ? r.status : bits(r)).toEqual(alone(g.optimizer, start));
          });
        });
      }),
      { seed: 13, numRuns: 100 },
    );
  });

  it('batchDescend(plain sgd) takes the fused step and still gives each run what descend gives it', () => {
    fc.assert(
      fc.property(case_, (c) => {
        const groups = c.groups.map((g) => ({
          optimizer: { name: 'sgd', convention: g.optimizer.convention, options: { lr: g.optimizer.lr } },
          starts: g.starts.map((u) => place(c.surface, u)),
        }));
        const base = {
          surface: c.surface,
          steps: c.steps,
          dtype: c.dtype,
          ...(c.tol ? { stop: { gradNorm: c.tol } } : {}),
        };
        const batch = batchDescend({ ...base, groups });
        groups.forEach((g, k) => {
          g.starts.forEach((start, i) => {
            const r = batchRun(batch.groups[k], i);
            if (r.status === 'undefined-start') return;
            expect(bits(r)).toEqual(bits(summary(descend({ ...base, optimizer: g.optimizer, start }))));
          });
        });
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('batchDescend(peaks, sgd lr 3) stops diverged runs where descend does, the others going on', () => {
    const starts = [
      [0.2, -1.6],
      [2.9, 2.9],
      [-0.5, 0.5],
    ];
    const spec = { surface: 'peaks', steps: 200, stop: { gradNorm: 1e-8 } };
    const b = batchDescend({ ...spec, groups: [{ optimizer: { name: 'sgd', options: { lr: 3 } }, starts }] });
    const statuses = starts.map((_s, i) => batchRun(b.groups[0], i).status);
    const alone = starts.map((start) =>
      descend({ ...spec, optimizer: { name: 'sgd', options: { lr: 3 } }, start }),
    );
    expect(statuses).toEqual(alone.map((d) => d.status));
    // The lr is large enough that not every start ends the same way.
    expect(new Set(statuses).size).toBeGreaterThan(1);
  });

  it('batchDescend(formula, starts as one Float64Array) equals the same starts as a list', () => {
    const spec = { formula: 'x^2 + 3*y^2', steps: 50 };
    const list = [
      [1, 2],
      [-3, 0.5],
    ];
    const flat = Float64Array.from(list.flat());
    const a = batchDescend({ ...spec, groups: [{ optimizer: 'adam', starts: list }] });
    const b = batchDescend({ ...spec, groups: [{ optimizer: 'adam', starts: flat }] });
    expect([0, 1].map((i) => batchRun(a.groups[0], i))).toEqual([0, 1].map((i) => batchRun(b.groups[0], i)));
  });

  it('batchDescend(newton) is refused: it needs a Hessian per run', () => {
    expect(() =>
      batchDescend({ surface: 'peaks', steps: 5, groups: [{ optimizer: 'newton', starts: [[0, 0]] }] }),
    ).toThrow(expect.objectContaining({ code: 'sweep-not-batched' }));
  });

  it('batchDescend(a start of the wrong length) names the start', () => {
    expect(() =>
      batchDescend({ surface: 'peaks', steps: 5, groups: [{ optimizer: 'sgd', starts: [[0, 0, 1]] }] }),
    ).toThrow(
      expect.objectContaining({
        code: 'sweep-bad-batch',
        params: expect.objectContaining({ part: 'start' }),
      }),
    );
  });
});
