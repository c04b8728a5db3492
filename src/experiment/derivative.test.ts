import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { CURVE_SAMPLES, curveRange, ERROR_GRID, runDerivative } from './derivative.js';
import type { DerivativeExperiment } from './types.js';

/** The lab's default study: the derivatives tutorial's f, x = 2, h = 0.5, α = 0.01, 250 steps. */
const tutorial: DerivativeExperiment = {
  kind: 'derivative',
  version: 2,
  formula: '2*x^2 - 3*x + 4',
  x: 2,
  h: 0.5,
  lr: 0.01,
  steps: 250,
  inner: '2*x^2 - x - 2',
  outer: '3*u + 1',
};

const last = (points: number[][]) => points[points.length - 1][0];

describe('runDerivative at the tutorial’s point', () => {
  it('runDerivative(2x² − 3x + 4 at x = 2, h = 0.5) gives f = 6, slope 5, forward 6, central 5', () => {
    // f′(x) = 4x − 3 = 5; (f(2.5) − f(2))/0.5 = (9 − 6)/0.5 = 6; (f(2.5) − f(1.5))/1 = 9 − 4 = 5:
    // the central quotient is exact for a quadratic, the forward one is off by f″/2 · h = 2h.
    const r = runDerivative(tutorial);
    expect(r.at).toEqual({ value: 6, slope: 5, forward: 6, central: 5, right: 9, left: 4 });
    expect(r.errorsByPath).toBeUndefined();
  });

  it('runDerivative with the tutorial’s h = 1e-4 gives its printed quotients at x = −1 and x = 2', () => {
    const at = (x: number) => runDerivative({ ...tutorial, x, h: 0.0001 }).at?.forward;
    expect(at(-1)).toBe(-6.999800000002665);
    expect(at(2)).toBe(5.000200000004895);
  });

  it('runDerivative runs the tutorial’s sign loop to its printed 0.7599999999999989', () => {
    const [gd, sign] = runDerivative(tutorial).runs;
    expect(sign).toMatchObject({ label: 'sign', status: 'max-steps', steps: 250 });
    expect(sign.optimizer).toEqual({ name: 'sign', options: { lr: 0.01 } });
    expect(last(sign.points)).toBe(0.7599999999999989);
    // x ← x − 0.01(4x − 3) = 0.96x + 0.03, so x_k − 0.75 = 0.96^k (2 − 0.75).
    expect(gd).toMatchObject({ label: 'gd', status: 'max-steps', steps: 250 });
    expect(last(gd.points)).toBeCloseTo(0.75 + 1.25 * 0.96 ** 250, 12);
    expect(gd.points).toHaveLength(251);
  });

  it('runDerivative works the chain rule of y = 3u + 1, u = 2x² − x − 2 at x = 2 term by term', () => {
    // u(2) = 4, du/dx = 4x − 1 = 7, y = 13, dy/du = 3, dy/dx = 21.
    expect(runDerivative(tutorial).chain).toEqual({ u: 4, y: 13, dudx: 7, dydu: 3, dydx: 21, product: 21 });
  });

  it('runDerivative(y = sin(u)) gives dy/dx of the composition equal to cos(u)·du/dx', () => {
    const chain = runDerivative({ ...tutorial, outer: 'sin(u)' }).chain!;
    expect(chain.dydu).toBe(Math.cos(4));
    expect(chain.dydx).toBeCloseTo(Math.cos(4) * 7, 14);
    expect(chain.product).toBeCloseTo(chain.dydx, 14);
  });

  it('runDerivative without inner and outer has no chain and nothing wrong', () => {
    const { inner: _i, outer: _o, ...bare } = tutorial;
    const r = runDerivative(bare);
    expect(r.chain).toBeUndefined();
    expect(r.errorsByPath).toBeUndefined();
  });
});

describe('runDerivative’s error figure and curve', () => {
  it('errors run over h = 10^(k/10), k from −140 to 3, with the forward error 2h of a quadratic at h = 1', () => {
    const { h, forward, central } = runDerivative(tutorial).errors!;
    const n = ERROR_GRID.to - ERROR_GRID.from + 1;
    expect([h.length, forward.length, central.length]).toEqual([n, n, n]);
    expect(h[0]).toBe(1e-14);
    const one = h.indexOf(1);
    expect(forward[one]).toBe(2);
    expect(central[one]).toBe(0);
    // Rounding: at h = 10⁻¹⁴ the forward quotient is far worse than at its best h near 10⁻⁸.
    const best = Math.min(...forward);
    expect(forward[0]).toBeGreaterThan(1000 * best);
    expect(forward[h.indexOf(1e-8)]).toBeLessThan(1e-6);
  });

  it('curve samples f over [−5, 5] widened around x, where tangentPlot would sample it', () => {
    const r = runDerivative({ ...tutorial, x: 7 });
    expect(curveRange(7)).toEqual([-5, 8]);
    expect(r.curve!.x).toHaveLength(CURVE_SAMPLES);
    expect([r.curve!.x[0], r.curve!.x[CURVE_SAMPLES - 1]]).toEqual([-5, 8]);
    expect(r.curve!.y[0]).toBe(2 * 25 + 15 + 4);
  });

  it('runDerivative twice gives the same run, number for number', () => {
    expect(runDerivative(tutorial)).toEqual(runDerivative(tutorial));
  });
});

describe('runDerivative’s faults as data', () => {
  it('a formula that does not parse gives errorsByPath with its position, and the chain rule still computes', () => {
    const r = runDerivative({ ...tutorial, formula: '2*x^2 - ' });
    const fault = r.errorsByPath?.['experiment.formula'];
    expect(fault).toMatchObject({ code: 'expr-unexpected', path: 'experiment.formula', position: 8 });
    expect(fault?.message.en).toContain('unexpected end of the formula');
    expect(fault?.message.es).toContain('final de la fórmula inesperado');
    expect(r.at).toBeUndefined();
    expect(r.errors).toBeUndefined();
    expect(r.runs.map((o) => [o.label, o.status, o.error?.path])).toEqual([
      ['gd', 'error', 'experiment.formula'],
      ['sign', 'error', 'experiment.formula'],
    ]);
    expect(r.chain?.dydx).toBe(21);
  });

  it('a bad inner formula is its own fault; f, its quotients and the descents still compute', () => {
    const r = runDerivative({ ...tutorial, inner: 'x + y', outer: 'sin(u' });
    expect(r.errorsByPath?.['experiment.inner']).toMatchObject({
      code: 'expr-unknown-variable',
      position: 4,
    });
    expect(r.errorsByPath?.['experiment.outer']).toMatchObject({ code: 'expr-unbalanced', position: 3 });
    expect(r.chain).toBeUndefined();
    expect(r.at?.slope).toBe(5);
    expect(r.runs.every((o) => o.status === 'max-steps')).toBe(true);
  });

  it('log(x) from x = 0 says in both languages that f is not defined there; the curve still draws', () => {
    const r = runDerivative({ ...tutorial, formula: 'log(x)', x: 0 });
    const fault = r.errorsByPath?.['experiment.x'];
    expect(fault?.code).toBe('descend-undefined-start');
    expect(fault?.message.en).toContain('not defined');
    expect(fault?.message.es).toContain('no está definida');
    expect(r.runs.map((o) => [o.status, o.error?.path])).toEqual([
      ['error', 'experiment.x'],
      ['error', 'experiment.x'],
    ]);
    expect(r.at?.value).toBe(-Infinity);
    expect(r.curve!.y[CURVE_SAMPLES - 1]).toBe(Math.log(5));
  });

  it('a formula longer than LIMITS.formulaLength is a fault of experiment.formula', () => {
    const r = runDerivative({ ...tutorial, formula: `x${'+x'.repeat(LIMITS.formulaLength)}` });
    expect(r.errorsByPath?.['experiment.formula']?.code).toBe('experiment-invalid');
    expect(r.chain?.dydx).toBe(21);
  });

  it.each([
    ['steps', { steps: 0 }, 'experiment.steps'],
    ['steps', { steps: LIMITS.derivativeSteps + 1 }, 'experiment.steps'],
    ['h', { h: -1 }, 'experiment.h'],
    ['lr', { lr: 0 }, 'experiment.lr'],
    ['x', { x: Number.NaN }, 'experiment.x'],
    ['formula', { formula: 3 }, 'experiment.formula'],
    ['inner', { inner: null }, 'experiment.inner'],
  ])('runDerivative with a bad %s refuses it as experiment-invalid at its path', (_k, change, path) => {
    const bad = { ...tutorial, ...change } as unknown as DerivativeExperiment;
    expect(() => runDerivative(bad)).toThrow(DescensoError);
    try {
      runDerivative(bad);
    } catch (err) {
      expect((err as DescensoError).code).toBe('experiment-invalid');
      expect((err as DescensoError<'experiment-invalid'>).params.path).toBe(path);
    }
  });
});
