import { describe, expect, it } from 'vitest';
import { constantValues, evaluate, parseFormula, scalarFunctions } from '../expr/index.js';
import { differentiate, fromAst, type PyExpr, printPython } from './formula.js';

/** The value of a tree (derivatives have two nodes of their own: step and where). */
function value(e: PyExpr, at: Record<string, number>): number {
  const v = (x: PyExpr) => value(x, at);
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return at[e.name];
    case 'const':
      return constantValues[e.name];
    case 'neg':
      return -v(e.arg);
    case 'binary': {
      const [a, b] = [v(e.left), v(e.right)];
      return e.op === '+'
        ? a + b
        : e.op === '-'
          ? a - b
          : e.op === '*'
            ? a * b
            : e.op === '/'
              ? a / b
              : a ** b;
    }
    case 'call':
      return scalarFunctions[e.fn](...e.args.map(v));
    case 'step':
      return v(e.arg) > 0 ? 1 : 0;
    case 'where':
      return (e.test === 'le' ? v(e.a) <= v(e.b) : v(e.a) >= v(e.b)) ? v(e.ifTrue) : v(e.ifFalse);
  }
}

const tree = (text: string) => fromAst(parseFormula(text, { kind: 'nd' }).ast);
const print = (text: string, module: 'np' | 'torch' | 'tf' | 'jnp' = 'np') =>
  printPython(tree(text), module, { x: 'x', y: 'y' });

describe('printPython(tree, module, names)', () => {
  it('writes each function in the module of each framework', () => {
    const f = 'sqrt(x) + log10(y) + asin(x) + relu(y) + max(x, y) + pi';
    expect(print(f, 'np')).toBe(
      'np.sqrt(x) + np.log10(y) + np.arcsin(x) + np.maximum(y, 0) + np.maximum(x, y) + np.pi',
    );
    expect(print(f, 'jnp')).toBe(
      'jnp.sqrt(x) + jnp.log10(y) + jnp.arcsin(x) + jax.nn.relu(y) + jnp.maximum(x, y) + jnp.pi',
    );
    expect(print(f, 'torch')).toBe(
      'torch.sqrt(x) + torch.log10(y) + torch.asin(x) + torch.relu(y) + torch.maximum(x, y) + math.pi',
    );
    expect(print(f, 'tf')).toBe(
      'tf.math.sqrt(x) + (tf.math.log(y) / math.log(10)) + tf.math.asin(x) + tf.nn.relu(y) + tf.math.maximum(x, y) + math.pi',
    );
  });

  it("keeps the parser's grouping: -x^2, x^-1, (x - y) - (x - y)", () => {
    expect(print('-x^2 + x^-1 - (x - y) - (-y)')).toBe('-x**2 + x**(-1) - (x - y) - (-y)');
  });
});

describe('differentiate(tree, variable)', () => {
  it('is simplified enough to read', () => {
    const d = (f: string, v = 'x') => printPython(differentiate(tree(f), v), 'np', { x: 'x', y: 'y' });
    expect(d('x^2 + 3*x*y + 5')).toBe('2*x + 3*y');
    expect(d('x^2 + 3*x*y + 5', 'y')).toBe('3*x');
    expect(d('exp(-x^2)')).toBe('-(np.exp(-x**2)*(2*x))');
    expect(d('sin(y)')).toBe('0');
  });

  it('matches the difference quotient of the formula at a point, for every function', () => {
    const f =
      'sqrt(1 + x^2) + log(2 + sin(y)) + abs(x*y) + tanh(x - y) + sigmoid(x) + softplus(y) + relu(x) + max(x, y) + atan(x)*log10(3 + y^2) + 2^(x/3) + cosh(y)*sinh(x) + x^y + tan(x/4) + asin(y/3) + acos(x/3) + square(x - y) + exp(x/2)/(1 + y^2)';
    const t = tree(f);
    const at = { x: 0.7, y: 0.4 };
    for (const v of ['x', 'y'] as const) {
      const h = 1e-6;
      const plus = evaluate(parseFormula(f, { kind: 'nd' }).ast, { ...at, [v]: at[v] + h });
      const minus = evaluate(parseFormula(f, { kind: 'nd' }).ast, { ...at, [v]: at[v] - h });
      expect(value(differentiate(t, v), at)).toBeCloseTo((plus - minus) / (2 * h), 6);
    }
  });
});
