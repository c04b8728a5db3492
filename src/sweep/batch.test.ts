import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { getSurface, surfaceIds } from '../surfaces/index.js';
import { type DescendRun, type DescendSpec, descend, descendLoop } from '../train/descend.js';
import { type BatchRun, type BatchSpec, batchDescend, batchRun } from './batch.js';
import { bits, optimizerEntry } from './fused-cases.js';

/**
 * A batched run is the same run as `descend`'s generic loop makes alone (`descendLoop`, not the
 * fused path the batch shares its kernel with): status, steps, last point, value,
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

const stopRule = fc.record(
  {
    gradNorm: fc.constantFrom(1e-3, 1e-6),
    valueChange: fc.constantFrom(1e-9, 1e-4),
    maxValue: fc.constantFrom(1e3, 50),
    maxCoordinate: fc.constantFrom(1e3, 4),
  },
  { requiredKeys: [] },
);

const case_ = fc.record({
  surface: fc.constantFrom(...surfaceIds),
  dtype: fc.constantFrom('float64' as const, 'float32' as const),
  steps: fc.integer({ min: 0, max: 60 }),
  stop: stopRule,
  narrow: fc.boolean(),
  groups: fc.array(
    fc.record({
      optimizer: optimizerEntry,
      starts: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        { minLength: 1, maxLength: 4 },
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

/** A tenth of the domain in its low corner, so that runs leave it (judged from starts in the first fifth). */
function narrowed(surface: string): [number, number][] {
  const s = getSurface(surface);
  const ranges = s.dims === 1 ? [[s.domain[0], s.domain[1]]] : s.domain;
  return ranges.map(([lo, hi]) => [lo, lo + (hi - lo) / 10]);
}

/** What descend's generic loop gives one run, as a batch summary (or that its start is undefined). */
function alone(spec: DescendSpec): unknown {
  try {
    return bits(summary(descendLoop(spec)));
  } catch (err) {
    // A start where f or ∇f is not defined: descend throws, the batch says so per run.
    if (err instanceof DescensoError && err.code === 'descend-undefined-start') return 'undefined-start';
    throw err;
  }
}

/** Each run of the batch, both kernels, against the generic loop alone; returns the statuses met. */
function checkBatch(base: Omit<BatchSpec, 'groups'>, groups: BatchSpec['groups']): string[] {
  const statuses: string[] = [];
  for (const kernel of ['fused', 'lockstep'] as const) {
    const batch = batchDescend({ ...base, groups, kernel });
    groups.forEach((g, k) => {
      (g.starts as number[][]).forEach((start, i) => {
        const r = batchRun(batch.groups[k], i);
        statuses.push(r.status);
        const { steps, stop, dtype, domain, surface, formula, vars } = base;
        const spec = { steps, stop, dtype, domain, surface, formula, vars, optimizer: g.optimizer, start };
        expect(r.status === 'undefined-start' ? r.status : bits(r)).toEqual(alone(spec));
      });
    });
  }
  return statuses;
}

describe('batchDescend', () => {
  it("batchDescend(groups), fused or lockstep, gives each run bit for bit what descend's loop gives it alone", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(case_, (c) => {
        const groups = c.groups.map((g) => ({
          optimizer: g.optimizer,
          starts: g.starts.map((u) => place(c.surface, u)),
        }));
        const base = {
          surface: c.surface,
          steps: c.steps,
          stop: c.stop,
          dtype: c.dtype,
          ...(c.narrow ? { domain: narrowed(c.surface) } : {}),
        };
        for (const s of checkBatch(base, groups)) seen.add(s);
      }),
      { seed: 13, numRuns: 80 },
    );
    // The cases met every way a run can end, or the property tests less than it says.
    expect([...seen].sort()).toEqual(['converged', 'diverged', 'left-domain', 'max-steps']);
  });

  it("batchDescend(formula of 1 to 3 variables), fused or lockstep, equals descend's loop run by run", () => {
    const formulas = [
      { formula: 'x^2 + 3*y^2 - z*x + z^4', vars: ['x', 'y', 'z'] },
      { formula: '1/x + x^2', vars: ['x'] },
      { formula: 'tanh(w) * exp(-u^2) + abs(u - w)', vars: ['u', 'w'] },
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: formulas.length - 1 }),
        optimizerEntry,
        fc.array(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom('float64' as const, 'float32' as const),
        (which, optimizer, starts, dtype) => {
          const f = formulas[which];
          const n = f.vars.length;
          checkBatch({ ...f, steps: 40, dtype, stop: { gradNorm: 1e-6 } }, [
            { optimizer, starts: starts.map((s) => s.slice(0, n)) },
          ]);
        },
      ),
      { seed: 3, numRuns: 60 },
    );
  });

  it('batchDescend({ onStep }) in the fused kernel reports steps rising to the steps asked for', () => {
    const calls: [number, number][] = [];
    const starts = Array.from({ length: 10_000 }, (_x, i) => [
      -3 + (6 * (i % 100)) / 99,
      -3 + (6 * Math.floor(i / 100)) / 99,
    ]);
    batchDescend({
      surface: 'peaks',
      steps: 20,
      groups: [{ optimizer: 'adam', starts }],
      onStep: (done, total) => void calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every(([d, t], i) => t === 20 && d > (i === 0 ? 0 : calls[i - 1][0]))).toBe(true);
    expect(calls.at(-1)).toEqual([20, 20]);
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
