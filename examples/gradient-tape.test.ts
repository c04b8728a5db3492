import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/train.json' with { type: 'json' };
import { gradientTape } from './gradient-tape.js';
import { runExample } from './lib/run-example.js';

const fixture = fixtures.gradientTape;

/** The least-squares line through (x, y), in float64. */
function leastSquares(x: number[], y: number[]) {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

describe('examples/gradient-tape.ts', () => {
  it('npx tsx examples/gradient-tape.ts prints 70 lines "Epoch: e, Loss: …", the NumPy float32 fixture\'s', () => {
    const lines = runExample('gradient-tape');
    expect(lines).toHaveLength(70);
    expect(lines[0]).toMatch(/^Epoch: 0, Loss: \d+\.\d\d$/);
    expect(lines).toEqual(fixture.lines);
  });

  it("gradientTape() lowers the loss, and ends with the fixture's a and b to the last bit", () => {
    const run = gradientTape(() => {});
    expect(run.losses[69]).toBeLessThan(run.losses[0] / 4);
    // the loss falls steeply in the first ten epochs, then slowly
    expect(run.losses[10]).toBeLessThan(run.losses[0] / 3);
    for (let e = 1; e < 70; e++) expect(run.losses[e]).toBeLessThanOrEqual(run.losses[e - 1]);
    expect(run.losses).toEqual(fixture.losses);
    expect(run.a).toBe(fixture.a);
    expect(run.b).toBe(fixture.b);
  });

  it('gradientTape() after 70 epochs is within 0.05 of the least-squares line', () => {
    const run = gradientTape(() => {});
    const ls = leastSquares(run.x, run.y);
    expect(ls.a).toBeCloseTo(fixture.leastSquares.a, 12);
    expect(Math.abs(run.a - ls.a)).toBeLessThan(0.05);
    expect(Math.abs(run.b - ls.b)).toBeLessThan(0.05);
  });
});
