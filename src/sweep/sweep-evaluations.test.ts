import { describe, expect, it } from 'vitest';
import { experimentFromAddress, experimentToAddress } from '../experiment/index.js';
import { parseExperiment } from '../experiment/schema.js';
import type { DescendExperiment, SweepStudy } from '../experiment/types.js';
import { descend } from '../train/descend.js';
import { bestOf, rankRows, runSweep } from './sweep.js';

const base: DescendExperiment = {
  kind: 'descend',
  version: 2,
  surface: 'rosenbrock',
  steps: 3000,
  stop: { gradNorm: 1e-6 },
  // a batched gradient method beside methods that search (line searches) and one that takes f only
  optimizers: [
    { name: 'sgd', options: { lr: 0.001 } },
    { name: 'bfgs' },
    { name: 'cg-pr' },
    { name: 'nelder-mead' },
  ],
};
const study: SweepStudy = {
  kind: 'sweep',
  version: 2,
  base: { ...base, optimizers: base.optimizers.slice(1, 3) },
  vary: [{ option: 'c1', from: 1e-4, to: 0.05, scale: 'log', count: 4 }],
};

describe('runSweep(study) counts evaluations', () => {
  it('each converged row carries the evaluations of f and ∇f that descend counts for the same run', () => {
    const lrs: SweepStudy = {
      ...study,
      base: { ...base, optimizers: [base.optimizers[0]] },
      vary: [{ option: 'lr', from: 5e-4, to: 2e-3, scale: 'lin', count: 3 }],
    };
    for (const s of [study, lrs]) {
      const result = runSweep(s);
      for (const row of result.runs) {
        const entry = s.base.optimizers.find((o) => o.name === row.optimizer);
        const alone = descend({
          surface: 'rosenbrock',
          steps: 3000,
          stop: { gradNorm: 1e-6 },
          optimizer: { name: entry?.name ?? '', options: row.options as never },
        });
        const last = (alone.evaluations?.value.length ?? 0) - 1;
        expect(row.status).toBe(alone.status);
        expect(row.evaluationsToTol).toEqual(
          alone.status === 'converged'
            ? { value: alone.evaluations?.value[last], gradient: alone.evaluations?.gradient[last] }
            : null,
        );
      }
    }
  });

  it("rank 'evaluations' puts first the run that reached the tolerance with the fewest f + ∇f, and the best is it", () => {
    const ranked: SweepStudy = {
      ...study,
      base: { ...base, surface: 'himmelblau', optimizers: [{ name: 'gd-armijo' }] },
      vary: [{ option: 'lr', from: 0.05, to: 2, scale: 'log', count: 6 }],
      rank: 'evaluations',
    };
    const result = runSweep(ranked);
    const cost = (r: (typeof result.runs)[number]) =>
      r.evaluationsToTol ? r.evaluationsToTol.value + r.evaluationsToTol.gradient : Number.POSITIVE_INFINITY;
    const least = Math.min(...result.runs.map(cost));
    expect(Number.isFinite(least)).toBe(true);
    expect(cost(rankRows(result.runs, 'evaluations')[0])).toBe(least);
    const best = result.best['gd-armijo'];
    expect(best.evaluationsToTol && best.evaluationsToTol.value + best.evaluationsToTol.gradient).toBe(least);
    expect(bestOf(result.runs, 'evaluations')).toEqual(result.best);
    // here the two measures disagree: the fewest steps cost more evaluations (more backtracking)
    expect(rankRows(result.runs, 'steps')[0].options.lr).not.toBe(
      rankRows(result.runs, 'evaluations')[0].options.lr,
    );
  });

  it('a study keeps its rank through the schema and the address; a fit cannot rank by evaluations', () => {
    const ranked: SweepStudy = { ...study, rank: 'evaluations' };
    expect(parseExperiment(ranked)).toMatchObject({ rank: 'evaluations' });
    expect(experimentFromAddress(experimentToAddress(ranked)).experiment).toMatchObject({
      rank: 'evaluations',
    });
    expect(() => parseExperiment({ ...study, rank: 'fastest' })).toThrow(/experiment\.rank/);
    const fit = {
      kind: 'sweep',
      version: 2,
      base: {
        kind: 'fit',
        version: 2,
        data: { family: 'linear' },
        model: 'linear',
        epochs: 5,
        regimes: ['batch'],
        optimizers: [{ name: 'sgd' }],
      },
      vary: [{ option: 'lr', from: 0.1, to: 0.2, scale: 'lin', count: 2 }],
      rank: 'evaluations',
    };
    expect(() => parseExperiment(fit)).toThrow(/experiment\.rank/);
  });
});
