import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/train.json' with { type: 'json' };
import { jaxRegression } from './jax-regression.js';
import { runExample } from './lib/run-example.js';

const fixture = fixtures.jax;

describe('examples/jax-regression.ts', () => {
  it("npx tsx examples/jax-regression.ts prints the tutorial's initial line exactly and NumPy float64's iterations", () => {
    const lines = runExample('jax-regression');
    expect(lines[0]).toBe('Pérdidas:');
    expect(lines[2]).toBe('Condición Inicial: Pérdida: 38.407744806265676, Parámetro: 10.0');
    const printed = lines.filter((l) => l.startsWith('Condición') || l.startsWith('Iteración'));
    expect(printed).toEqual(fixture.lines);
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe(String(fixture.finalW1));
  });

  it("jaxRegression() starts at loss 38.407744806265676 and ends at the NumPy fixture's W1 to 1e-6", () => {
    const run = jaxRegression({ print: () => {} });
    expect(run.trainLoss[0]).toBe(38.407744806265676);
    expect(run.trainLoss[0]).toBe(fixture.initialLoss);
    expect(run.w1s).toHaveLength(402);
    expect(Math.abs(run.w1s[401] - fixture.finalW1)).toBeLessThan(1e-6);
    expect(run.w1s[401]).toBeCloseTo(4.9624513, 7);
  });

  it('jaxRegression({ jit: false }) with plain grad walks the same path as the compiled one', () => {
    const a = jaxRegression({ print: () => {} });
    const b = jaxRegression({ jit: false, print: () => {} });
    b.w1s.forEach((w, i) => {
      expect(w).toBeCloseTo(a.w1s[i], 12);
    });
  });
});
