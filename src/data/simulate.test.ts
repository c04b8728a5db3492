import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { firstMismatch, loadNumpyFixtures } from '../random/fixtures.js';
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import { resolveSimulation, type SimulationSpec, simulate } from './simulate.js';

const fixtures = loadNumpyFixtures();

function codeOf(run: () => unknown): { code: string; params: unknown } | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DescensoError) return { code: e.code, params: e.params };
    throw e;
  }
  return undefined;
}

describe('simulate: the tutorials', () => {
  it('simulate() is the JAX tutorial data: seed 22, linspace(-2, 2, 100), 5x + 2·N(0, 1)', () => {
    const { x, y, cols } = simulate();
    expect(cols).toBe(1);
    expect(firstMismatch(x, fixtures.tutorials.jax.x, 'x')).toBeNull();
    expect(firstMismatch(y, fixtures.tutorials.jax.y, 'y')).toBeNull();
    const head = [-10.1839, -12.724681, -7.432376, -9.87259, -10.174177];
    head.forEach((v, i) => {
      expect(Math.abs(y[i] - v)).toBeLessThan(1e-6);
    });
    expect(Math.abs(y[99] - 8.233714)).toBeLessThan(1e-6);
  });

  it("simulate({ family: 'affine' }) is the GradientTape data: x ~ U(0, 1) first, then 0.3 + 0.5x + N(0, 0.3²)", () => {
    const { x, y } = simulate({ family: 'affine' });
    expect(firstMismatch(x, fixtures.tutorials.gradientTape.x, 'x')).toBeNull();
    expect(firstMismatch(y, fixtures.tutorials.gradientTape.y, 'y')).toBeNull();
  });

  it("simulate({ slope: m, mu: 2μ, noise: 2σ }) equals the widget's m·x + 2·normal(μ, σ, n) bit for bit", () => {
    const [m, mu, sigma] = [-3.5, 0.5, 1.7];
    const rs = new RandomState(22);
    const x = linspace(-2, 2, 100);
    const eps = rs.normal(mu, sigma, 100);
    const widget = x.map((xi, i) => m * xi + 2 * eps[i]);
    const { y } = simulate({ slope: m, mu: 2 * mu, noise: 2 * sigma });
    expect(firstMismatch(y, widget, 'y')).toBeNull();
  });
});

describe('simulate: the families', () => {
  const exact = { noise: 0, xRange: [0, 4] as const, points: 5 };

  it("simulate({ family: 'linear', slope: 3, noise: 0 }) is 3x", () => {
    expect(Array.from(simulate({ ...exact, slope: 3 }).y)).toEqual([0, 3, 6, 9, 12]);
  });

  it("simulate({ family: 'affine', intercept: 1, slope: 2, noise: 0 }) is 1 + 2x", () => {
    const { y } = simulate({ ...exact, family: 'affine', intercept: 1, slope: 2, xDist: 'linspace' });
    expect(Array.from(y)).toEqual([1, 3, 5, 7, 9]);
  });

  it("simulate({ family: 'poly', coeffs: [1, 2, 3], noise: 0 }) is 1 + 2x + 3x² (coefficients ascending)", () => {
    const { y } = simulate({ ...exact, family: 'poly', coeffs: [1, 2, 3] });
    expect(Array.from(y)).toEqual([1, 6, 17, 34, 57]);
  });

  it("simulate({ family: 'sine', amplitude: 2, frequency: 0.5, phase: 1, intercept: -1, noise: 0 }) follows the sine", () => {
    const spec: SimulationSpec = {
      ...exact,
      family: 'sine',
      amplitude: 2,
      frequency: 0.5,
      phase: 1,
      intercept: -1,
    };
    const { x, y } = simulate(spec);
    x.forEach((xi, i) => {
      expect(y[i]).toBeCloseTo(-1 + 2 * Math.sin(0.5 * xi + 1), 12);
    });
  });

  it("simulate({ family: 'exp', rate: -1, amplitude: 3, noise: 0 }) is 3·e^(-x)", () => {
    const { x, y } = simulate({ ...exact, family: 'exp', rate: -1, amplitude: 3 });
    x.forEach((xi, i) => {
      expect(y[i]).toBeCloseTo(3 * Math.exp(-xi), 12);
    });
  });

  it("simulate({ family: 'formula', fn: x => x*x - 1, noise: 0 }) samples the function", () => {
    const { y } = simulate({ ...exact, family: 'formula', fn: (x) => x * x - 1 });
    expect(Array.from(y)).toEqual([-1, 0, 3, 8, 15]);
  });

  it('simulate adds the same noise to every family: y - f(x) is normal(mu, noise, n) of the seed', () => {
    const spec = { family: 'poly', coeffs: [0.5, -1], mu: 0.25, noise: 0.75, seed: 7 } as const;
    const { x, y } = simulate(spec);
    const eps = new RandomState(7).normal(0.25, 0.75, 100);
    const expected = x.map((xi, i) => 0.5 + -1 * xi + eps[i]);
    expect(firstMismatch(y, expected, 'y')).toBeNull();
  });

  it("simulate({ xDist: 'uniform' }) draws x with uniform(a, b, n) before the noise", () => {
    const { x, y } = simulate({ xDist: 'uniform', xRange: [-1, 3], points: 50, seed: 5 });
    const rs = new RandomState(5);
    const ux = rs.uniform(-1, 3, 50);
    const eps = rs.normal(0, 2, 50);
    expect(firstMismatch(x, ux, 'x')).toBeNull();
    expect(
      firstMismatch(
        y,
        ux.map((xi, i) => 5 * xi + eps[i]),
        'y',
      ),
    ).toBeNull();
  });

  it('simulate(spec) gives the same numbers twice, and other numbers for another seed', () => {
    const a = simulate({ seed: 1 });
    const b = simulate({ seed: 1 });
    const c = simulate({ seed: 2 });
    expect(firstMismatch(a.y, b.y, 'y')).toBeNull();
    expect(firstMismatch(a.y, c.y, 'y')).not.toBeNull();
  });

  it('simulate({ points: 1 }) gives the single point x = a', () => {
    const { x, y } = simulate({ points: 1, noise: 0 });
    expect(Array.from(x)).toEqual([-2]);
    expect(Array.from(y)).toEqual([-10]);
  });
});

describe("simulate: family 'blobs'", () => {
  it('simulate({ family: "blobs" }) returns n rows of 2 columns, row-major, with alternating labels', () => {
    const { x, y, label, cols } = simulate({
      family: 'blobs',
      points: 7,
      noise: 0,
      centers: [
        [-2, 1],
        [3, 4],
      ],
    });
    expect(cols).toBe(2);
    expect(Array.from(x)).toEqual([-2, 1, 3, 4, -2, 1, 3, 4, -2, 1, 3, 4, -2, 1]);
    expect(Array.from(label ?? [])).toEqual([0, 1, 0, 1, 0, 1, 0]);
    expect(Array.from(y)).toEqual([0, 1, 0, 1, 0, 1, 0]);
  });

  it('simulate({ family: "blobs" }) offsets point i by the normals 2i and 2i+1 of one draw', () => {
    const { x } = simulate({ family: 'blobs', points: 40, seed: 3, noise: 0.5, mu: 0.1 });
    const eps = new RandomState(3).normal(0.1, 0.5, 80);
    const expected = Array.from(eps, (e, j) => ((j >> 1) % 2 === 0 ? -1 : 1) + e);
    expect(firstMismatch(x, expected, 'x')).toBeNull();
  });
});

describe('resolveSimulation', () => {
  it('resolveSimulation() fills in the linear defaults: slope 5, σ 2, μ 0, 100 points on [-2, 2], seed 22', () => {
    const r = resolveSimulation();
    expect(r).toMatchObject({
      family: 'linear',
      slope: 5,
      noise: 2,
      mu: 0,
      points: 100,
      xRange: [-2, 2],
      xDist: 'linspace',
      seed: 22,
    });
  });

  it('resolveSimulation({ family: "affine", points: 10 }) keeps the family defaults it was not given', () => {
    const r = resolveSimulation({ family: 'affine', points: 10 });
    expect(r).toMatchObject({ slope: 0.5, intercept: 0.3, noise: 0.3, points: 10, xDist: 'uniform' });
  });

  const bad: [string, unknown, string, Record<string, unknown>][] = [
    ['null', null, 'data-bad-spec', {}],
    ['an array', [1], 'data-bad-spec', {}],
    ['a typo', { slpoe: 1 }, 'data-unknown-field', { field: 'slpoe' }],
    ['an unknown family', { family: 'cubic' }, 'data-bad-choice', { field: 'family' }],
    ['a NaN slope', { slope: Number.NaN }, 'data-not-finite', { field: 'slope' }],
    ['a string intercept', { intercept: '1' }, 'data-not-finite', { field: 'intercept' }],
    ['an infinite mu', { mu: Number.POSITIVE_INFINITY }, 'data-not-finite', { field: 'mu' }],
    ['a negative noise', { noise: -1 }, 'data-negative', { field: 'noise' }],
    ['0 points', { points: 0 }, 'data-bad-points', {}],
    ['2.5 points', { points: 2.5 }, 'data-bad-points', {}],
    ['10^7 + 1 points', { points: 10_000_001 }, 'data-bad-points', {}],
    ['a reversed xRange', { xRange: [2, -2] }, 'data-bad-range', { field: 'xRange' }],
    ['an empty xRange', { xRange: [1, 1] }, 'data-bad-range', { field: 'xRange' }],
    ['a one-number xRange', { xRange: [1] }, 'data-bad-range', { field: 'xRange' }],
    ['an xRange too wide', { xRange: [-1e308, 1e308] }, 'data-bad-range', { field: 'xRange' }],
    ['an unknown xDist', { xDist: 'normal' }, 'data-bad-choice', { field: 'xDist' }],
    ['a negative seed', { seed: -1 }, 'random-bad-seed', {}],
    ['a fractional seed', { seed: 0.5 }, 'random-bad-seed', {}],
    ['empty coeffs', { coeffs: [] }, 'data-bad-list', { field: 'coeffs' }],
    ['NaN in coeffs', { coeffs: [1, Number.NaN] }, 'data-bad-list', { field: 'coeffs' }],
    ['22 coeffs', { coeffs: new Array(22).fill(1) }, 'data-bad-list', { field: 'coeffs' }],
    ['one center', { centers: [[0, 0]] }, 'data-bad-centers', {}],
    [
      'a 3-D center',
      {
        centers: [
          [0, 0, 0],
          [1, 1],
        ],
      },
      'data-bad-centers',
      {},
    ],
    ['fn not a function', { fn: 'x^2' }, 'data-bad-fn', {}],
    ['formula without fn', { family: 'formula' }, 'data-missing-fn', {}],
  ];
  for (const [what, spec, code, params] of bad) {
    it(`resolveSimulation(${what}) throws ${code}`, () => {
      const caught = codeOf(() => resolveSimulation(spec));
      expect(caught?.code).toBe(code);
      expect(caught?.params).toMatchObject(params);
    });
  }
});

describe('simulate: bad curves', () => {
  it("simulate({ family: 'formula', fn: Math.log }) on [-1, 1] throws data-non-finite naming x", () => {
    const caught = codeOf(() => simulate({ family: 'formula', fn: Math.log, xRange: [-1, 1] }));
    expect(caught).toEqual({ code: 'data-non-finite', params: { family: 'formula', x: -1, value: 'NaN' } });
  });

  it("simulate({ family: 'exp', rate: 1000 }) throws data-non-finite where exp overflows", () => {
    expect(codeOf(() => simulate({ family: 'exp', rate: 1000 }))?.code).toBe('data-non-finite');
  });

  it('simulate with a formula that throws a plain Error throws data-formula-failed with its message', () => {
    const fn = () => {
      throw new Error('division by zero');
    };
    const caught = codeOf(() => simulate({ family: 'formula', fn }));
    expect(caught).toEqual({ code: 'data-formula-failed', params: { x: -2, reason: 'division by zero' } });
  });

  it('simulate with a formula that throws a DescensoError passes it on unchanged', () => {
    const inner = new DescensoError('bad-value', { what: 'formula', value: 'x/0' });
    const fn = () => {
      throw inner;
    };
    expect(() => simulate({ family: 'formula', fn })).toThrow(inner);
  });

  it('simulate with a formula that returns a string throws data-non-finite', () => {
    const fn = (() => 'one') as unknown as (x: number) => number;
    expect(codeOf(() => simulate({ family: 'formula', fn }))?.code).toBe('data-non-finite');
  });

  it('simulate({ family: "blobs" }) with centers near the largest double throws data-blobs-non-finite', () => {
    const centers = [
      [1.7e308, 0],
      [0, 0],
    ] as const;
    expect(codeOf(() => simulate({ family: 'blobs', centers, noise: 1e308 }))?.code).toBe(
      'data-blobs-non-finite',
    );
  });
});

describe('simulate by names and numbers the user typed', () => {
  it.each(['constructor', '__proto__', 'toString'])(
    'simulate({ family: %j }) throws data-bad-choice',
    (family) => {
      expect(() => simulate({ family } as never)).toThrow(
        expect.objectContaining({ code: 'data-bad-choice' }),
      );
    },
  );

  it.each([0, -5, 2.5, Number.NaN, 1e8])('simulate({ points: %s }) throws data-bad-points', (points) => {
    expect(() => simulate({ points })).toThrow(expect.objectContaining({ code: 'data-bad-points' }));
  });

  it.each([-1, 2 ** 32, 0.5, Number.POSITIVE_INFINITY])(
    'simulate({ seed: %s }) throws random-bad-seed',
    (seed) => {
      expect(() => simulate({ seed })).toThrow(expect.objectContaining({ code: 'random-bad-seed' }));
    },
  );
});
