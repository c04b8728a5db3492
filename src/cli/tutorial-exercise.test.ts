/**
 * Seed 004's exercise answered: the sweep's epochs and the Hessian's numbers against NumPy's,
 * computed apart (examples/fixtures/jax-exercise.json, scripts/make-exercise-fixture.py), and the
 * tutorial's explanation in both languages.
 */
import { describe, expect, it } from 'vitest';
import fixture from '../../examples/fixtures/jax-exercise.json' with { type: 'json' };
import { jaxExercise, leastSquaresEigenvalues } from '../tutorials/jax-exercise.js';
import { cli } from './testing.js';

const answer = jaxExercise();

describe('tutorial jax-exercise', () => {
  it("jaxExercise's eigenvalues, 2/λ_max and 2/(λ_min + λ_max) are NumPy's eigvalsh of 2·XᵀX/n", () => {
    for (const k of ['lambdaMin', 'lambdaMax', 'stableBelow', 'fastest'] as const)
      expect(answer[k]).toBeCloseTo(fixture[k], 12);
  });

  it('leastSquaresEigenvalues of two columns is the 2 × 2 closed form: x = (1, 0), (0, 1) gives 2·diag/n', () => {
    // XᵀX = [[1, 0], [0, 1]] for the rows (1, 0), (0, 1); times 2/n = 1: both eigenvalues 1
    expect(
      leastSquaresEigenvalues([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([1, 1]);
    // XᵀX = [[2, 2], [2, 2]] for the rows (1, 1), (1, 1): eigenvalues 0 and 4, times 2/2
    expect(
      leastSquaresEigenvalues([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual([0, 4]);
  });

  it("every rate's epochs to the tolerance are those of a plain NumPy loop (null where it never got there)", () => {
    const epochs = fixture.epochs as Record<string, number | null>;
    expect(answer.result.runs).toHaveLength(100);
    for (const r of answer.result.runs)
      expect([r.options.lr, r.stepsToTol]).toEqual([r.options.lr, epochs[String(r.options.lr)]]);
  });

  it('the answer is lr = 0.37 in 4 epochs, the grid rate nearest 2/(λ_min + λ_max) among the fewest epochs', () => {
    expect(answer.best).toEqual({ lr: 0.37, epochs: 4 });
    const fewest = answer.result.runs.filter((r) => r.stepsToTol === 4).map((r) => r.options.lr as number);
    const nearest = fewest.reduce((a, b) =>
      Math.abs(b - answer.fastest) < Math.abs(a - answer.fastest) ? b : a,
    );
    expect(nearest).toBe(0.37);
    // the last rate that converges lies below 2/λ_max, the first that grows above it
    expect(answer.lastConverged.lr).toBeLessThan(answer.stableBelow);
    expect(answer.firstGrowing.lr).toBeGreaterThan(answer.stableBelow);
  });

  it('descenso tutorial jax-exercise prints the table, the answer and both bounds, in English and Spanish', async () => {
    const en = await cli(['tutorial', 'jax-exercise']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('best sgd: lr=0.37 (4 epochs)');
    expect(en.stdout).toContain('Answer: lr = 0.37 reaches the tolerance in the fewest epochs, 4.');
    expect(en.stdout).toContain('lr < 2/λ_max = 0.7351');
    expect(en.stdout).toContain('lr = 2/(λ_min + λ_max) = 0.3676');
    const es = await cli(['tutorial', 'jax-exercise'], { lang: 'es' });
    expect(es.stdout).toContain('Respuesta: lr = 0.37 alcanza la tolerancia en menos epochs, 4.');
    expect(es.stdout).toContain('lr < 2/λ_máx = 0.7351');
  });

  it("the tutorial's table is the top of what the command it quotes prints", async () => {
    const tut = (await cli(['tutorial', 'jax-exercise'])).stdout.split('\n');
    const cmd = tut.find((l) => l.startsWith('$ descenso ')) as string;
    const swept = (await cli(cmd.slice('$ descenso '.length).split(' '))).stdout.split('\n');
    const at = tut.indexOf(swept[0]);
    expect(tut.slice(at, at + 11)).toEqual(swept.slice(0, 11));
  });
});
