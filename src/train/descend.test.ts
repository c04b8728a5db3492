import { describe, expect, it } from 'vitest';
import type { DescensoError } from '../errors.js';
import { hostileObject } from '../testing.js';
import { descend, differenceGradient, stepOfRow } from './descend.js';

// The first tutorial's loss, as its NumPy code writes it.
const PEAKS =
  '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)';

// get_puntos_descenso_gradiente(5, 0.03, -0.35, -0.67): forward differences, h = 1e-5.
const TUTORIAL_FORWARD = [
  [-0.35, -0.67],
  [-0.26931594, -0.72470447],
  [-0.13292324, -0.838827],
  [0.0654496, -1.06459902],
  [0.24087009, -1.40749396],
  [0.2657862, -1.59573582],
];
// The same with tf.keras.optimizers.SGD(learning_rate=0.03) (float32, automatic differentiation).
const TUTORIAL_KERAS = [
  [-0.35, -0.67],
  [-0.269319, -0.72470832],
  [-0.13292952, -0.83883744],
  [0.06544246, -1.06462073],
  [0.24086528, -1.40752137],
  [0.26578248, -1.59573841],
];

function expectPoints(actual: number[][], expected: number[][], tol: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((p, i) => {
    p.forEach((x, j) => {
      expect(Math.abs(x - expected[i][j])).toBeLessThan(tol);
    });
  });
}

describe('descend', () => {
  it('descend(peaks formula, gd lr 0.03, forward h=1e-5, 5 steps) prints the tutorial array to 1e-8', () => {
    const run = descend({
      formula: PEAKS,
      optimizer: { name: 'gd', options: { lr: 0.03 } },
      start: [-0.35, -0.67],
      steps: 5,
      gradient: 'forward',
      h: 1e-5,
    });
    expect(run.vars).toEqual(['x', 'y']);
    expect(run.status).toBe('max-steps');
    expect(run.steps).toBe(5);
    expectPoints(run.points, TUTORIAL_FORWARD, 1e-8);
    expect(run.values).toHaveLength(6);
  });

  it('descend(peaks formula, sgd lr 0.03, autodiff) agrees with the Keras SGD run to 1e-5', () => {
    const run = descend({
      formula: PEAKS,
      optimizer: { name: 'sgd', options: { lr: 0.03 } },
      start: [-0.35, -0.67],
      steps: 5,
    });
    expectPoints(run.points, TUTORIAL_KERAS, 1e-5);
  });

  it('descend with a diverging learning rate stops with status diverged and no NaN', () => {
    const run = descend({
      formula: 'x^2 + y^2',
      optimizer: { name: 'sgd', options: { lr: 1.5 } },
      start: [1, 1],
      steps: 1000,
    });
    expect(run.status).toBe('diverged');
    expect(run.divergedAt).toBeGreaterThan(0);
    expect(run.points.flat().every(Number.isFinite)).toBe(true);
    expect(run.values.every(Number.isFinite)).toBe(true);
    expect(run.points).toHaveLength(run.steps + 1);
  });

  it('descend on log(x) leaving the domain reports divergence instead of NaN', () => {
    const run = descend({
      formula: 'log(x)',
      optimizer: { name: 'sgd', options: { lr: 10 } },
      start: [1],
      steps: 5,
    });
    expect(run.status).toBe('diverged');
    expect(run.values.every(Number.isFinite)).toBe(true);
  });

  it('descend(sign, a, b, c) reproduces the derivatives tutorial: a = 0.3, b ≈ 0, c = −11.5', () => {
    // y = 2u + c with u = 3a² − 2a + b² + 1; sign steps of 0.05 for 250 iterations from (1, 1, 1).
    const run = descend({
      formula: '2*(3a^2 - 2a + b^2 + 1) + c',
      optimizer: { name: 'sign', options: { lr: 0.05 } },
      start: [1, 1, 1],
      steps: 250,
    });
    expect(run.vars).toEqual(['a', 'b', 'c']);
    const [a, b, c] = run.points[run.points.length - 1];
    expect(a).toBeCloseTo(0.3, 12);
    expect(Math.abs(b)).toBeLessThan(1e-12);
    expect(c).toBeCloseTo(-11.5, 12);
  });

  it('descend(sign) on 2x² − 3x + 4 from 2 with step 0.01 ends at 0.7599999999999989 as the tutorial', () => {
    const run = descend({
      formula: '2x² − 3x + 4',
      optimizer: { name: 'sign', options: { lr: 0.01 } },
      start: [2],
      steps: 250,
    });
    expect(run.points[run.points.length - 1][0]).toBe(0.7599999999999989);
  });

  it('descend(newton) reaches the minimum of a quadratic bowl in one step', () => {
    const run = descend({
      formula: '(x-1)^2 + 10*(y+2)^2',
      optimizer: { name: 'newton', options: { lr: 1 } },
      start: [5, 5],
      steps: 3,
    });
    expect(run.points[1][0]).toBeCloseTo(1, 10);
    expect(run.points[1][1]).toBeCloseTo(-2, 10);
  });

  it('descend stops as converged when the gradient norm falls below the tolerance', () => {
    const run = descend({
      formula: 'x^2',
      optimizer: { name: 'sgd', options: { lr: 0.1 } },
      start: [1],
      steps: 10_000,
      stop: { gradNorm: 1e-6 },
    });
    expect(run.status).toBe('converged');
    expect(run.steps).toBeLessThan(100);
    expect(run.gradNorms[run.gradNorms.length - 1]).toBeLessThanOrEqual(1e-6);
  });

  it('descend with seeded gradient noise replays the same path for the same seed', () => {
    const spec = {
      formula: 'x^2 + y^2',
      optimizer: 'sgd',
      start: [1, 1],
      steps: 20,
      noise: { sigma: 0.5, seed: 7 },
    };
    const a = descend(spec);
    const b = descend(spec);
    expect(a.points).toEqual(b.points);
    const c = descend({ ...spec, noise: { sigma: 0.5, seed: 8 } });
    expect(c.points).not.toEqual(a.points);
  });

  it('descend rejects a start of the wrong length, naming the variables', () => {
    expect(() => descend({ formula: 'x^2 + y^2', optimizer: 'sgd', start: [1] })).toThrow(/x, y/);
  });
  it('descend({ onStep }) reports every step taken, out of the steps asked, and changes nothing', () => {
    const calls: [number, number][] = [];
    const spec = { surface: 'peaks', optimizer: { name: 'sgd', options: { lr: 0.03 } }, steps: 5 };
    const run = descend({ ...spec, onStep: (done, total) => void calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(run).toEqual(descend(spec));
  });

  it('descend({ onStep }) stops reporting when the run stops early', () => {
    const calls: number[] = [];
    // x² from 1 with lr 0.5 lands on the minimum in one step; the gradient norm then stops it.
    const run = descend({
      formula: 'x^2',
      start: [1],
      optimizer: { name: 'sgd', options: { lr: 0.5 } },
      steps: 50,
      stop: { gradNorm: 1e-12 },
      onStep: (done) => void calls.push(done),
    });
    expect(run.status).toBe('converged');
    expect(calls).toEqual([1]);
  });
});

describe('descend: divergence, domain, undefined starts and records (issue 10)', () => {
  const err = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as DescensoError;
    }
    throw new Error('no error');
  };

  it('descend(1e13 + x², from 1) is not diverged at step 0: it reaches the minimum', () => {
    const run = descend({
      formula: '1e13+x^2',
      optimizer: { name: 'sgd', options: { lr: 0.1 } },
      start: [1],
      steps: 100,
    });
    expect(run.status).toBe('max-steps');
    expect(Math.abs(run.points[run.points.length - 1][0])).toBeLessThan(1e-6);
  });

  it('descend((x − 2e8)², from 2e8) stays at its minimum with status max-steps', () => {
    const run = descend({ formula: '(x-2e8)^2', optimizer: 'sgd', start: [2e8], steps: 10 });
    expect(run.status).toBe('max-steps');
    expect(run.points[run.points.length - 1][0]).toBe(2e8);
  });

  it('descend(x², lr 1.5, from 1e10) diverges relative to its start, not at step 0', () => {
    const run = descend({
      formula: 'x^2',
      optimizer: { name: 'sgd', options: { lr: 1.5 } },
      start: [1e10],
      steps: 1000,
    });
    expect(run.status).toBe('diverged');
    // |x| doubles each step: it passes 1e8 × 1e10 after log2(1e8) ≈ 27 steps, f − f₀ > 1e12·f₀ after 20.
    expect(run.divergedAt).toBe(20);
  });

  it('descend(peaks, gd lr 5) leaves the domain at step 1 instead of winning at 10⁻¹⁰⁶', () => {
    const run = descend({ surface: 'peaks', optimizer: { name: 'sgd', options: { lr: 5 } }, steps: 50 });
    expect(run.status).toBe('left-domain');
    expect(run.leftDomainAt).toBe(1);
    expect(run.steps).toBe(1);
    expect(run.points[1][0]).toBeCloseTo(13.0968, 3);
    expect(run.best?.step).toBe(0);
  });

  it('descend(formula, domain given) reports leaving it; without a domain the formula runs on', () => {
    const spec = { formula: '-x', optimizer: { name: 'sgd', options: { lr: 1 } }, start: [0], steps: 20 };
    const inside = descend({ ...spec, domain: [[-3, 3]] });
    expect(inside.status).toBe('left-domain');
    expect(inside.leftDomainAt).toBe(10); // x = k passes 3 + 6 = 9 at k = 10
    expect(descend(spec).status).toBe('max-steps');
  });

  it('descend(3-variable formula, a domain for x and y only) judges those two and runs', () => {
    const run = descend({
      formula: '-x + z^2',
      vars: ['x', 'y', 'z'],
      optimizer: { name: 'sgd', options: { lr: 1 } },
      start: [0, 0, 0],
      steps: 20,
      domain: [
        [-3, 3],
        [-3, 3],
      ],
    });
    expect(run.status).toBe('left-domain');
    expect(run.leftDomainAt).toBe(10);
  });

  it('descend(log(x) from 0) throws descend-undefined-start naming the point, in both languages', () => {
    const e = err(() => descend({ formula: 'log(x)', optimizer: 'sgd', start: [0] }));
    expect(e.code).toBe('descend-undefined-start');
    expect(e.messageIn('en')).toBe('f is not defined at the start (x = 0): start elsewhere');
    expect(e.messageIn('es')).toBe(
      'f no está definida en el punto de partida (x = 0): empiece en otro punto',
    );
  });

  it('descend(sqrt(x) from 0) and 1/x and sqrt(−1) are refused as undefined starts', () => {
    expect(err(() => descend({ formula: 'sqrt(x)', optimizer: 'sgd', start: [0] })).messageIn('en')).toBe(
      'the gradient of f is not defined at the start (x = 0): start elsewhere',
    );
    expect(err(() => descend({ formula: '1/x', optimizer: 'sgd', start: [0] })).code).toBe(
      'descend-undefined-start',
    );
    expect(err(() => descend({ formula: 'sqrt(x)', optimizer: 'sgd', start: [-1] })).code).toBe(
      'descend-undefined-start',
    );
  });

  it('descend(x², start 1,1) says the formula has 1 variable and the start 2 coordinates, in both languages', () => {
    const e = err(() => descend({ formula: 'x^2', optimizer: 'sgd', start: [1, 1] }));
    expect(e.messageIn('en')).toBe('the formula has 1 variable (x); the start has 2 coordinates: 1, 1');
    expect(e.messageIn('es')).toBe(
      'la fórmula tiene 1 variable (x); el punto de partida tiene 2 coordenadas: 1, 1',
    );
  });

  it('descend with NaN, ∞ or fractional options throws descend-bad-option worded in each language', () => {
    const base = { formula: 'x^2', optimizer: 'sgd', start: [1] };
    for (const bad of [
      { steps: Number.NaN },
      { steps: 2.5 },
      { h: Infinity },
      { noise: { sigma: -1 } },
      { start: [Number.NaN] },
      { record: { every: 0 } },
    ]) {
      const e = err(() => descend({ ...base, ...bad }));
      expect(e.code).toBe('descend-bad-option');
      expect(e.messageIn('es')).toMatch(/no válido para descend/);
    }
  });

  it('descend(10⁶ steps, record every 10⁴) keeps 101 rows, the last one the last step', () => {
    const run = descend({
      formula: 'x^2 + y^2',
      optimizer: { name: 'sgd', options: { lr: 1e-7 } },
      start: [1, 1],
      steps: 1_000_000,
      record: { every: 10_000 },
    });
    expect(run.points).toHaveLength(101);
    expect(run.values).toHaveLength(101);
    expect(run.gradNorms).toHaveLength(101);
    expect(run.recordEvery).toBe(10_000);
    expect(stepOfRow(run, 100)).toBe(1_000_000);
    // x_k = (1 − 2·10⁻⁷)^k: row 50 is step 500 000.
    expect(run.points[50][0]).toBeCloseTo((1 - 2e-7) ** 500_000, 10);
    expect(run.points[100][0]).toBeCloseTo((1 - 2e-7) ** 1_000_000, 10);
  });

  it('descend(record every 7) keeps the same rows as the full run at steps 0, 7, 14, … and the last', () => {
    const spec = { surface: 'peaks', optimizer: { name: 'adam', options: { lr: 0.05 } }, steps: 30 };
    const full = descend(spec);
    const thin = descend({ ...spec, record: { every: 7 } });
    expect(thin.points.map((_p, i) => stepOfRow(thin, i))).toEqual([0, 7, 14, 21, 28, 30]);
    const rows = thin.points.map((_p, i) => stepOfRow(thin, i));
    expect(thin.points).toEqual(rows.map((k) => full.points[k]));
    expect(thin.gradNorms).toEqual(rows.map((k) => full.gradNorms[k]));
  });

  it('descend of a 200-variable formula for 10⁶ steps recorded at every step is refused (run-too-large)', () => {
    // (10⁶ + 2) rows × (200 coordinates + f + ‖∇f‖) > 2·10⁸ numbers.
    const formula = Array.from({ length: 200 }, (_v, i) => `x${i}^2`).join('+');
    const vars = Array.from({ length: 200 }, (_v, i) => `x${i}`);
    const e = err(() =>
      descend({ formula, vars, optimizer: 'sgd', steps: 1_000_000, start: new Array(200).fill(1) }),
    );
    expect(e.code).toBe('run-too-large');
    expect(e.messageIn('en')).toContain('more than the limit of 2·10⁸');
    expect(e.messageIn('es')).toContain('registre uno de cada K');
  });
});

describe('descend and differenceGradient with arguments of the wrong kind', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as DescensoError).code;
    }
    return 'no error';
  };
  const weird = hostileObject();
  it.each([
    ['no spec', undefined],
    ['null', null],
    ['a number as surface', { surface: 3, optimizer: 'adam' }],
    ['a symbol as formula', { formula: Symbol('f'), optimizer: 'adam' }],
    ['no optimizer', { surface: 'peaks' }],
    ['an optimizer without a name', { surface: 'peaks', optimizer: {} }],
    ['vars that are not names', { formula: 'x+y', vars: [1, 2], optimizer: 'adam' }],
    ['a stop that is text', { surface: 'peaks', optimizer: 'adam', stop: 'soon' }],
    ['a NaN stop limit', { surface: 'peaks', optimizer: 'adam', stop: { gradNorm: Number.NaN } }],
    [
      'a start holding an object whose toString is no function',
      { surface: 'peaks', optimizer: 'adam', start: [weird, 1] },
    ],
    ['a gradient method that is an object', { surface: 'peaks', optimizer: 'adam', gradient: weird }],
    ['a record that is a number', { surface: 'peaks', optimizer: 'adam', record: 5 }],
  ])('descend(%s) throws descend-bad-option', (_what, spec) => {
    expect(codeOf(() => descend(spec as never))).toBe('descend-bad-option');
  });

  it('differenceGradient(no function) throws bad-argument, not a TypeError', () => {
    expect(codeOf(() => differenceGradient(undefined as never, [1], 'forward', 1e-5))).toBe('bad-argument');
    expect(codeOf(() => differenceGradient((p) => p[0], [Symbol('s')] as never, 'central', 1e-5))).toBe(
      'bad-argument',
    );
    expect(codeOf(() => differenceGradient((p) => p[0], [1], 'sideways' as never, 1e-5))).toBe(
      'bad-argument',
    );
  });

  it('differenceGradient(x², [3], central, 1e-5) still gives 6', () => {
    const [v, g] = differenceGradient((p) => p[0] ** 2, [3], 'central', 1e-5);
    expect(v).toBe(9);
    expect(g[0]).toBeCloseTo(6, 8);
  });
});
