import { describe, expect, it } from 'vitest';
import { compile, constant, grad, type Tensor, valueAndGrad } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import { unaryFunctions } from './ast.js';
import { evaluate } from './evaluate.js';
import { toLatex, toPython, toText } from './format.js';
import { parseFormula } from './formula.js';
import { formulaFunction, toGraph } from './toGraph.js';

const PEAKS_NUMPY =
  '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)';

/** Central difference of a scalar function of two variables along one of them. */
function central(f: (x: number, y: number) => number, x: number, y: number, axis: 0 | 1, h = 1e-6): number {
  return axis === 0 ? (f(x + h, y) - f(x - h, y)) / (2 * h) : (f(x, y + h) - f(x, y - h)) / (2 * h);
}

describe('toGraph', () => {
  const peaks = parseFormula(PEAKS_NUMPY);
  const points: [number, number][] = [
    [-0.35, -0.67],
    [0.5, 1.5],
    [-2, 2.5],
  ];

  it('toGraph(peaks) computes the values of evaluate(peaks)', () => {
    for (const [x, y] of points) {
      const out = toGraph(peaks.ast, { x: constant(x), y: constant(y) });
      expect(out.item()).toBeCloseTo(evaluate(peaks.ast, { x, y }), 13);
    }
  });

  it('grad(formulaFunction(peaks)) agrees with central differences of evaluate', () => {
    const f = formulaFunction(peaks);
    const df = grad(f, { argnums: [0, 1] });
    const scalar = (x: number, y: number) => evaluate(peaks.ast, { x, y });
    for (const [x, y] of points) {
      const [gx, gy] = df(x, y) as [number, number];
      expect(gx).toBeCloseTo(central(scalar, x, y, 0), 6);
      expect(gy).toBeCloseTo(central(scalar, x, y, 1), 6);
    }
  });

  it('grad(2x² − 3x + 4) is 4x − 3: -7 at x = -1 and 5 at x = 2, as the tutorial derives', () => {
    const df = grad(formulaFunction(parseFormula('2x² − 3x + 4', { kind: '1d' })));
    expect(df(-1)).toBeCloseTo(-7, 12);
    expect(df(2)).toBeCloseTo(5, 12);
  });

  it('grad(3(2x² − x − 2) + 1) is 12x − 3 by the chain rule: 21 at x = 2', () => {
    const df = grad(formulaFunction(parseFormula('3(2x² − x − 2) + 1', { kind: '1d' })));
    expect(df(2)).toBeCloseTo(21, 12);
  });

  it('grad of every unary function matches central differences at 0.3', () => {
    for (const fn of unaryFunctions) {
      const formula = parseFormula(`${fn}(x)`, { kind: '1d' });
      const [value, slope] = valueAndGrad(formulaFunction(formula))(0.3) as [number, number];
      const f = (x: number) => evaluate(formula.ast, { x });
      const h = 1e-6;
      expect(value, fn).toBeCloseTo(f(0.3), 12);
      expect(slope, fn).toBeCloseTo((f(0.3 + h) - f(0.3 - h)) / (2 * h), 6);
    }
  });

  it('grad of min and max follows the chosen argument', () => {
    const f = formulaFunction(parseFormula('min(x, y) + 2*max(x, y)'));
    const [gx, gy] = grad(f, { argnums: [0, 1] })(1, 3) as [number, number];
    expect([gx, gy]).toEqual([1, 2]);
  });

  it('toGraph folds parts without variables: x^-1 at 4 is 0.25', () => {
    const f = formulaFunction(parseFormula('x^-1 + 0*(2*pi - 1/3)', { kind: '1d' }));
    expect(f(constant(4)).item()).toBe(0.25);
  });

  it('toGraph of a formula without variables gives a constant shaped like the inputs', () => {
    const f = formulaFunction(parseFormula('2*pi'));
    const out = f(constant([1, 2, 3]), constant([4, 5, 6]));
    expect(out.shape).toEqual([3]);
    expect(out.toJS()).toEqual([2 * Math.PI, 2 * Math.PI, 2 * Math.PI]);
  });

  it('toGraph works elementwise on vectors (a grid row of a surface)', () => {
    const f = formulaFunction(peaks);
    const xs = [-1, 0, 1];
    const out = f(constant(xs), constant([0.5, 0.5, 0.5])).toJS() as number[];
    for (const [i, v] of out.entries()) expect(v).toBeCloseTo(evaluate(peaks.ast, { x: xs[i], y: 0.5 }), 13);
  });

  it('compile(formulaFunction(peaks)) gives the value and gradient of the graph', () => {
    const c = compile(formulaFunction(peaks), [[], []]);
    const { value, grads } = c.valueAndGrad(-0.35, -0.67);
    expect(value).toBeCloseTo(evaluate(peaks.ast, { x: -0.35, y: -0.67 }), 13);
    const [gx, gy] = grad(formulaFunction(peaks), { argnums: [0, 1] })(-0.35, -0.67) as [number, number];
    expect(grads[0]).toBeCloseTo(gx, 12);
    expect(grads[1]).toBeCloseTo(gy, 12);
  });

  it('formulaFunction called with the wrong number of arguments throws expr-function-args', () => {
    const f = formulaFunction(peaks);
    try {
      f(constant(1));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DescensoError);
      expect((e as DescensoError).code).toBe('expr-function-args');
      expect((e as DescensoError).message).toContain('x, y');
    }
  });

  it('toGraph without a tensor for a variable throws expr-unbound', () => {
    const env: Record<string, Tensor> = { x: constant(1) };
    expect(() => toGraph(peaks.ast, env)).toThrow(/no value was given for the variable 'y'/);
  });
});

describe('long flat formulas (issue 10, item 17): no recursion per term anywhere', () => {
  it('a sum of 20,000 terms goes through parse → graph → compile → grad: value 20,000·x, gradient 20,000', () => {
    const text = Array.from({ length: 20_000 }, () => 'x').join('+');
    const f = parseFormula(text, { kind: '1d' });
    const c = compile(formulaFunction(f), [[]]);
    const out = c.valueAndGrad(0.5);
    expect(out.value).toBe(10_000);
    expect(out.grads[0]).toBe(20_000);
    expect(grad(formulaFunction(f))(0.5)).toBe(20_000);
    expect(toText(f.ast).length).toBe(20_000 * 4 - 3);
    expect(toLatex(f.ast).length).toBeGreaterThan(20_000);
    expect(toPython(f.ast).length).toBe(20_000 * 4 - 3);
  });

  it('a sum of 5,000 distinct variables compiles, and its gradient is 1 for each', () => {
    const names = Array.from({ length: 5_000 }, (_v, i) => `v${i}`);
    const f = parseFormula(names.join(' + '), { kind: 'nd' });
    expect(f.vars.length).toBe(5_000);
    const c = compile(
      formulaFunction(f),
      names.map(() => []),
    );
    const out = c.valueAndGrad(...names.map((_v, i) => i));
    expect(out.value).toBe((5_000 * 4_999) / 2);
    expect(out.grads.every((g) => g === 1)).toBe(true);
  });
});

describe('variables named like Object.prototype members (issue 10, item 4)', () => {
  it("compile(parseFormula('constructor*x + toString + valueOf', nd)) treats every name as a plain variable", () => {
    const f = parseFormula('constructor*x + toString + valueOf + __proto__ + hasOwnProperty', { kind: 'nd' });
    expect(f.vars).toEqual(['constructor', 'x', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']);
    const c = compile(
      formulaFunction(f),
      f.vars.map(() => []),
    );
    const out = c.valueAndGrad(2, 3, 10, 20, 30, 40);
    expect(out.value).toBe(2 * 3 + 10 + 20 + 30 + 40);
    expect(out.grads).toEqual([3, 2, 1, 1, 1, 1]);
  });
});
