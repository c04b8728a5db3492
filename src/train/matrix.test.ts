/**
 * The optimizer × surface matrix: every optimizer, in both conventions, on every 2-D surface of
 * the catalog, from the surface's first start. Each run either reports divergence (with only
 * finite points recorded), reports leaving the surface's domain at its last step, or goes downhill; on the bowls every optimizer reaches the minimum.
 */
import { describe, expect, it } from 'vitest';
import { conventions, optimizerNames } from '../optim/index.js';
import { surfaces } from '../surfaces/index.js';
import { descend } from './descend.js';

const twoD = surfaces.filter((s) => s.dims === 2);

/** A learning rate for the optimizers that take one (Nelder–Mead has none). */
const withLr = (name: (typeof optimizerNames)[number], lr: number): Record<string, number> =>
  Object.hasOwn(conventions[name].pytorch.defaults, 'lr') ? { lr } : {};

describe('optimizer × surface matrix', () => {
  for (const convention of ['pytorch', 'keras'] as const) {
    for (const name of optimizerNames) {
      it(`${name} (${convention}) on every 2-D surface converges, descends, or reports divergence or leaving the domain`, () => {
        for (const s of twoD) {
          const run = descend({
            surface: s.id,
            optimizer: { name, convention, options: withLr(name, 0.01) },
            steps: 300,
          });
          expect(['max-steps', 'converged', 'diverged', 'left-domain']).toContain(run.status);
          expect(run.points.flat().every(Number.isFinite)).toBe(true);
          expect(run.values.every(Number.isFinite)).toBe(true);
          expect(run.points).toHaveLength(run.steps + 1);
          if (run.status === 'diverged') expect(run.divergedAt).toBeGreaterThan(0);
          else if (run.status === 'left-domain') expect(run.leftDomainAt).toBe(run.steps);
          else expect(Math.min(...run.values)).toBeLessThanOrEqual(run.values[0]);
        }
      });
    }
  }

  const lrs: Record<string, number> = { sign: 0.001, adadelta: 1, adagrad: 0.5, newton: 1, rmsprop: 0.005 };
  for (const name of optimizerNames) {
    it(`${name} reaches the minimum of the round bowl`, () => {
      const bowl = surfaces.find((s) => s.id === 'bowl-round')!;
      const run = descend({
        surface: bowl.id,
        optimizer: { name, options: withLr(name, lrs[name] ?? 0.05) },
        steps: 5000,
      });
      const end = run.points[run.points.length - 1];
      const min = bowl.minima[0].point;
      expect(Math.hypot(end[0] - min[0], end[1] - min[1])).toBeLessThan(0.02);
    });
  }
});
