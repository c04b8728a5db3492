import { describe, expect, it } from 'vitest';
import { type Expr, stripPositions } from './ast.js';
import { toLatex, toPython, toText } from './format.js';
import { parseFormula } from './formula.js';

/** The peaks function as the tutorial writes it for NumPy. */
const PEAKS_NUMPY =
  '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)';

const ast = (text: string) => parseFormula(text, { kind: 'nd' }).ast;

describe('toText', () => {
  const table: [string, string][] = [
    ['2x² − 3x + 4', '2*x^2 - 3*x + 4'],
    ['3(2x² − x − 2) + 1', '3*(2*x^2 - x - 2) + 1'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['a/(b*c)', 'a/(b*c)'],
    ['(-x)^2', '(-x)^2'],
    ['-x^2', '-x^2'],
    ['2^-x', '2^(-x)'],
    ['(2^3)^2', '(2^3)^2'],
    ['2^3^2', '2^3^2'],
    ['-(a + b)', '-(a + b)'],
    ['-(a*b)', '-(a*b)'],
    ['(-a)*b', '-a*b'],
    ['--a', '-(-a)'],
    ['a*-b', 'a*(-b)'],
    ['np.minimum(a, b)', 'min(a, b)'],
    ['1e-7*a + 1e21', '1e-7*a + 1e+21'],
    ['e^a', 'exp(a)'],
  ];
  for (const [text, expected] of table) {
    it(`toText(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
      expect(toText(ast(text))).toBe(expected);
    });
  }

  it('toText of the tutorial peaks is the canonical text', () => {
    expect(toText(parseFormula(PEAKS_NUMPY).ast)).toBe(
      '3*(1 - x)^2*exp(-x^2 - (y + 1)^2) - 10*(x/5 - x^3 - y^5)*exp(-x^2 - y^2) - 1/3*exp(-(x + 1)^2 - y^2)',
    );
  });

  it('toText writes a hand-built negative literal in parentheses', () => {
    const node: Expr = {
      kind: 'binary',
      op: '^',
      left: { kind: 'num', value: -2 },
      right: { kind: 'num', value: 2 },
    };
    expect(toText(node)).toBe('(-2)^2');
  });

  it('parseFormula(toText(peaks)) gives the same tree', () => {
    const tree = parseFormula(PEAKS_NUMPY).ast;
    expect(stripPositions(parseFormula(toText(tree)).ast)).toEqual(stripPositions(tree));
  });
});

describe('toLatex', () => {
  it('toLatex of the tutorial peaks matches the formula of the tutorial', () => {
    expect(toLatex(parseFormula(PEAKS_NUMPY).ast)).toBe(
      '3 \\left(1 - x\\right)^{2} e^{-x^{2} - \\left(y + 1\\right)^{2}} - 10 \\left(\\frac{x}{5} - x^{3} - y^{5}\\right) e^{-x^{2} - y^{2}} - \\frac{1}{3} e^{-\\left(x + 1\\right)^{2} - y^{2}}',
    );
  });

  const table: [string, string][] = [
    ['2x² − 3x + 4', '2 x^{2} - 3 x + 4'],
    ['x*2', 'x \\cdot 2'],
    ['sqrt(a) + abs(b)', '\\sqrt{a} + \\left|b\\right|'],
    ['log(a) + log10(b)', '\\ln\\left(a\\right) + \\log_{10}\\left(b\\right)'],
    ['sin(a)^2', '\\sin\\left(a\\right)^{2}'],
    ['(a/b)^2', '\\left(\\frac{a}{b}\\right)^{2}'],
    ['exp(a)^2', '\\left(e^{a}\\right)^{2}'],
    ['w_0 + w₁ + lr', 'w_{0} + w_{1} + \\mathrm{lr}'],
    ['pi*a', '\\pi a'],
    ['a - (-b)', 'a - \\left(-b\\right)'],
    ['-(a + b)', '-\\left(a + b\\right)'],
    ['1e-7*a', '10^{-7} a'],
    ['max(a, b) + sigmoid(a)', '\\max\\left(a, b\\right) + \\sigma\\left(a\\right)'],
  ];
  for (const [text, expected] of table) {
    it(`toLatex(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
      expect(toLatex(ast(text))).toBe(expected);
    });
  }
});

describe('toPython', () => {
  it('toPython of the tutorial peaks is NumPy code equivalent to the tutorial', () => {
    expect(toPython(parseFormula(PEAKS_NUMPY).ast)).toBe(
      '3*(1 - x)**2*np.exp(-x**2 - (y + 1)**2) - 10*(x/5 - x**3 - y**5)*np.exp(-x**2 - y**2) - 1/3*np.exp(-(x + 1)**2 - y**2)',
    );
  });

  const table: [string, string][] = [
    ['asin(a) + acos(a) + atan(a)', 'np.arcsin(a) + np.arccos(a) + np.arctan(a)'],
    ['min(a, b) - max(a, 1)', 'np.minimum(a, b) - np.maximum(a, 1)'],
    ['sigmoid(a + b)', '1/(1 + np.exp(-(a + b)))'],
    ['2*sigmoid(a)', '2*(1/(1 + np.exp(-a)))'],
    ['relu(a)', 'np.maximum(a, 0)'],
    ['softplus(a)', 'np.logaddexp(0, a)'],
    ['a^-1', 'a**(-1)'],
    ['pi + e', 'np.pi + np.e'],
    ['lambda*x', 'lambda_*x'],
    ['1e300*a + 1e20', '1e+300*a + 100000000000000000000.0'],
  ];
  for (const [text, expected] of table) {
    it(`toPython(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
      expect(toPython(ast(text))).toBe(expected);
    });
  }
});
