import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOf, rankRows, runSweep } from './sweep.js';
import type { SweepRow, SweepStudy } from './types.js';
import { parseVary, settingsOf, varyValues } from './vary.js';
import { sweepFigure } from './views.js';

const statuses = ['max-steps', 'converged', 'diverged', 'left-domain', 'error'] as const;
const rowArb = fc.record({
  optimizer: fc.constantFrom('sgd', 'adam', '__proto__'),
  lr: fc.double({ min: 0.001, max: 1, noNaN: true }),
  status: fc.constantFrom(...statuses),
  steps: fc.integer({ min: 0, max: 500 }),
  final: fc.double({ noNaN: true }),
});

function toRow(r: {
  optimizer: string;
  lr: number;
  status: SweepRow['status'];
  steps: number;
  final: number;
}): SweepRow {
  return {
    optimizer: r.optimizer,
    options: { lr: r.lr },
    status: r.status,
    stepsToTol: r.status === 'converged' ? r.steps : null,
    final: r.status === 'error' ? null : r.final,
  };
}

describe('sweep', () => {
  it('bestOf(rows) is, per optimizer, the fewest steps to tol over its sound runs (the minimum over its rows)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), (raw) => {
        const rows = raw.map(toRow);
        const best = bestOf(rows);
        for (const name of new Set(rows.map((r) => r.optimizer))) {
          const own = rows.filter(
            (r) => r.optimizer === name && (r.status === 'converged' || r.status === 'max-steps'),
          );
          const reached = own.flatMap((r) => (r.stepsToTol === null ? [] : [r.stepsToTol]));
          const b = Object.getOwnPropertyDescriptor(best, name)?.value;
          if (reached.length > 0) expect(b.stepsToTol).toBe(Math.min(...reached));
          else if (own.length > 0) expect(b.stepsToTol).toBeNull();
          else expect(b).toEqual({ options: null, stepsToTol: null });
        }
        // A label such as __proto__ is a key of its own, not the object's prototype.
        expect(Object.getPrototypeOf(best)).toBe(Object.prototype);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('rankRows(rows) puts every run that met the tolerance before every run that did not', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (raw) => {
        const ranked = rankRows(raw.map(toRow));
        const firstMiss = ranked.findIndex((r) => r.stepsToTol === null);
        if (firstMiss >= 0) expect(ranked.slice(firstMiss).every((r) => r.stepsToTol === null)).toBe(true);
      }),
      { seed: 13 },
    );
  });

  it('varyValues(lr=0.001:1:log:4) is logspace with exact ends: 0.001, 0.01, 0.1, 1', () => {
    expect(varyValues(parseVary('lr=0.001:1:log:4'))).toEqual([0.001, 0.01, 0.1, 1]);
    // NumPy's linspace(0.01, 1, 100)[2] is 0.030000000000000002: printed (and run) as 0.03.
    expect(varyValues(parseVary('lr=0.01:1:lin:100'))[2]).toBe(0.03);
  });

  it('settingsOf(two options) lists every combination, the first option outermost', () => {
    expect(settingsOf([parseVary('lr=0.1:0.2:lin:2'), parseVary('weight-decay=0:1:lin:2')])).toEqual([
      { lr: 0.1, weightDecay: 0 },
      { lr: 0.1, weightDecay: 1 },
      { lr: 0.2, weightDecay: 0 },
      { lr: 0.2, weightDecay: 1 },
    ]);
  });

  it('runSweep(newton, gradient noise) runs each setting through run(), as descend would', () => {
    const study = (base: Partial<SweepStudy['base']>): SweepStudy =>
      ({
        kind: 'sweep',
        version: 2,
        base: {
          kind: 'descend',
          version: 2,
          surface: 'bowl-round',
          steps: 20,
          stop: { gradNorm: 1e-8 },
          optimizers: [{ name: 'newton' }],
          ...base,
        },
        vary: [parseVary('lr=0.5:1:lin:2')],
      }) as SweepStudy;
    const r = runSweep(study({}));
    expect(r.runs.map((x) => [x.status, x.stepsToTol])).toEqual([
      // Newton with lr 0.5 halves the distance each step (20 steps leave |grad| near 10⁻⁶); lr 1 lands in one.
      ['max-steps', null],
      ['converged', 1],
    ]);
    const noisy = runSweep(study({ optimizers: [{ name: 'sgd' }], noise: { sigma: 0.1, seed: 3 } }));
    expect(noisy.runs.map((x) => x.status)).toEqual(['max-steps', 'max-steps']);
  });

  it('sweepFigure(one option) draws a curve per optimizer; (two) a heat map per optimizer', async () => {
    const base = {
      kind: 'descend' as const,
      version: 2,
      surface: 'bowl-elongated',
      steps: 100,
      stop: { gradNorm: 1e-4 },
      optimizers: [{ name: 'sgd' }],
    };
    const curve = runSweep({ kind: 'sweep', version: 2, base, vary: [parseVary('lr=0.01:0.2:lin:5')] });
    await expect(sweepFigure(curve, 'en')).toMatchFileSnapshot('./__snapshots__/sweep-curve.svg');
    const grid = runSweep({
      kind: 'sweep',
      version: 2,
      base,
      vary: [parseVary('lr=0.01:0.2:lin:4'), parseVary('momentum=0:0.9:lin:3')],
    });
    await expect(sweepFigure(grid, 'es')).toMatchFileSnapshot('./__snapshots__/sweep-heat.svg');
  });
});
