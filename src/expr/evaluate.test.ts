import { describe, expect, it } from 'vitest';
import { tensor } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import type { Expr } from './ast.js';
import { evaluate, scalarFunctions } from './evaluate.js';
import { toLatex, toText } from './format.js';
import { parseFormula } from './formula.js';
import { toGraph } from './toGraph.js';

const PEAKS_NUMPY =
  '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)';
const PEAKS_PAPER = '3(1−x)²e^(−x²−(y+1)²) − 10(x/5 − x³ − y⁵)e^(−x²−y²) − ⅓e^(−(x+1)²−y²)';

/** The same function written by hand in JavaScript, operation for operation. */
function peaks(x: number, y: number): number {
  return (
    3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
    10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
    (1 / 3) * Math.exp(-((x + 1) ** 2) - y ** 2)
  );
}

const points: [number, number][] = [
  [-0.35, -0.67],
  [0, 0],
  [0.228, -1.626],
  [-1.347, 0.205],
  [3, -3],
  [-2.5, 1.75],
  [1e-3, 2.9],
];

describe('evaluate', () => {
  for (const [text, label] of [
    [PEAKS_NUMPY, 'NumPy'],
    [PEAKS_PAPER, 'unicode'],
  ]) {
    it(`evaluate(peaks written in ${label}) equals a hand-written peaks at ${points.length} points`, () => {
      const { ast } = parseFormula(text);
      for (const [x, y] of points) expect(evaluate(ast, { x, y })).toBe(peaks(x, y));
    });
  }

  it("evaluate(peaks) repeats the tutorial's 5 steps of descent with forward differences", () => {
    // Tutorial: h = 1e-5, learning rate 0.03, from (-0.35, -0.67); its printed trajectory follows.
    const { ast } = parseFormula(PEAKS_NUMPY);
    const f = (x: number, y: number) => evaluate(ast, { x, y });
    const expected = [
      [-0.26931594, -0.72470447],
      [-0.13292324, -0.838827],
      [0.0654496, -1.06459902],
      [0.24087009, -1.40749396],
      [0.2657862, -1.59573582],
    ];
    let [x, y] = [-0.35, -0.67];
    const h = 0.00001;
    for (const [ex, ey] of expected) {
      const gx = (f(x + h, y) - f(x, y)) / h;
      const gy = (f(x, y + h) - f(x, y)) / h;
      [x, y] = [x - 0.03 * gx, y - 0.03 * gy];
      expect(x).toBeCloseTo(ex, 7);
      expect(y).toBeCloseTo(ey, 7);
    }
  });

  it("evaluate('2x² − 3x + 4') at 3 is 13, as in the tutorial", () => {
    expect(evaluate(parseFormula('2x² − 3x + 4', { kind: '1d' }).ast, { x: 3 })).toBe(13);
  });

  it("evaluate('3(2x² − x − 2) + 1') at 1/4 is its minimum -5.375", () => {
    expect(evaluate(parseFormula('3(2x² − x − 2) + 1', { kind: '1d' }).ast, { x: 0.25 })).toBe(-5.375);
  });

  const table: [string, number, number][] = [
    ['sqrt(x)', 2.25, 1.5],
    ['log(x)', Math.E, 1],
    ['log10(x)', 1000, 3],
    ['abs(x)', -2, 2],
    ['sigmoid(x)', 0, 0.5],
    ['sigmoid(x)', -800, 0],
    ['relu(x)', -3, 0],
    ['relu(x)', 3, 3],
    ['softplus(x)', 0, Math.LN2],
    ['softplus(x)', 800, 800],
    ['square(x)', -3, 9],
    ['sign(x)', -0.5, -1],
    ['min(x, 1)', 3, 1],
    ['max(x, 1)', 3, 3],
    ['x^-1', 4, 0.25],
    ['2^x^2', 3, 512],
  ];
  for (const [text, x, expected] of table) {
    it(`evaluate(${JSON.stringify(text)}) at ${x} is ${expected}`, () => {
      expect(evaluate(parseFormula(text, { kind: '1d' }).ast, { x })).toBeCloseTo(expected, 14);
    });
  }

  it('evaluate(sigmoid) stays finite where exp overflows', () => {
    expect(Number.isFinite(scalarFunctions.sigmoid(-1000))).toBe(true);
    expect(scalarFunctions.sigmoid(1000)).toBe(1);
  });

  it('evaluate without a value for a variable throws expr-unbound at its position', () => {
    const { ast } = parseFormula('1 + y');
    try {
      evaluate(ast, { x: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DescensoError);
      expect((e as DescensoError).code).toBe('expr-unbound');
      expect((e as DescensoError).position).toBe(4);
    }
  });

  it("evaluate('constructor', nd) reads only the environment's own values", () => {
    const { ast } = parseFormula('constructor + toString', { kind: 'nd' });
    expect(() => evaluate(ast, {})).toThrow(DescensoError);
    expect(evaluate(ast, { constructor: 1, toString: 2 } as Record<string, number>)).toBe(3);
  });
});

describe('hand-built trees with names from Object.prototype', () => {
  const call = { kind: 'call', fn: 'constructor', args: [{ kind: 'var', name: 'x' }] } as unknown as Expr;
  const constant = { kind: 'const', name: '__proto__' } as unknown as Expr;
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (e) {
      if (e instanceof DescensoError) return e.code;
      throw e;
    }
    return undefined;
  };

  it('evaluate, toGraph and toText of a call of constructor throw expr-unknown-function', () => {
    expect(codeOf(() => evaluate(call, { x: 1 }))).toBe('expr-unknown-function');
    expect(codeOf(() => toGraph(call, { x: tensor(1) }))).toBe('expr-unknown-function');
    expect(codeOf(() => toText(call))).toBe('expr-unknown-function');
  });

  it('evaluate and toLatex of the constant __proto__ throw expr-unknown-name', () => {
    expect(codeOf(() => evaluate(constant, {}))).toBe('expr-unknown-name');
    expect(codeOf(() => toLatex(constant))).toBe('expr-unknown-name');
  });
});
