import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import type { Expr } from './ast.js';
import { evaluate } from './evaluate.js';
import { type ParseOptions, parseFormula } from './formula.js';
import { MAX_NESTING } from './parser.js';

/** A fully parenthesized prefix form, so each test states the grouping it expects. */
function sexpr(node: Expr): string {
  switch (node.kind) {
    case 'num':
      return String(node.value);
    case 'var':
    case 'const':
      return node.name;
    case 'neg':
      return `(neg ${sexpr(node.arg)})`;
    case 'binary':
      return `(${node.op} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'call':
      return `(${node.fn} ${node.args.map(sexpr).join(' ')})`;
  }
}

const tree = (text: string, options?: ParseOptions) => sexpr(parseFormula(text, options).ast);

/** The DescensoError thrown by parsing `text`, or a failure when it parses. */
function failure(text: string, options?: ParseOptions): DescensoError {
  try {
    parseFormula(text, options);
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseFormula precedence', () => {
  const table: [string, string][] = [
    ['1 + 2*3', '(+ 1 (* 2 3))'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['8/4/2', '(/ (/ 8 4) 2)'],
    ['2^3^2', '(^ 2 (^ 3 2))'],
    ['2**3**2', '(^ 2 (^ 3 2))'],
    ['-x^2', '(neg (^ x 2))'],
    ['-x**2', '(neg (^ x 2))'],
    ['-2^2', '(neg (^ 2 2))'],
    ['2^-1', '(^ 2 (neg 1))'],
    ['2^-x^2', '(^ 2 (neg (^ x 2)))'],
    ['2**-x*3', '(* (^ 2 (neg x)) 3)'],
    ['-x*y', '(* (neg x) y)'],
    ['x - -y', '(- x (neg y))'],
    ['--x', '(neg (neg x))'],
    ['+x', 'x'],
    ['x*-y', '(* x (neg y))'],
    ['(x + y)*2', '(* (+ x y) 2)'],
    ['1/2x', '(* (/ 1 2) x)'],
    ['2x^2', '(* 2 (^ x 2))'],
    ['-2x', '(* (neg 2) x)'],
  ];
  for (const [text, expected] of table) {
    it(`parseFormula(${JSON.stringify(text)}) groups as ${expected}`, () => {
      expect(tree(text)).toBe(expected);
    });
  }
});

describe('parseFormula implicit multiplication', () => {
  const table: [string, string][] = [
    ['2x', '(* 2 x)'],
    ['3(x+1)', '(* 3 (+ x 1))'],
    ['(x+1)(x-1)', '(* (+ x 1) (- x 1))'],
    ['2 sin(x)', '(* 2 (sin x))'],
    ['x y', '(* x y)'],
    ['x(x+1)', '(* x (+ x 1))'],
    ['2πx', '(* (* 2 pi) x)'],
    ['xπ', '(* x pi)'],
    ['e(x+1)', '(* e (+ x 1))'],
    ['2x² − 3x + 4', '(+ (- (* 2 (^ x 2)) (* 3 x)) 4)'],
    ['3(2x² − x − 2) + 1', '(+ (* 3 (- (- (* 2 (^ x 2)) x) 2)) 1)'],
    ['x²y', '(* (^ x 2) y)'],
    ['e^(2x)y', '(* (exp (* 2 x)) y)'],
  ];
  for (const [text, expected] of table) {
    it(`parseFormula(${JSON.stringify(text)}) reads as ${expected}`, () => {
      expect(tree(text)).toBe(expected);
    });
  }

  it('parseFormula("xy") refuses to split the name and suggests x*y', () => {
    const e = failure('xy');
    expect(e.code).toBe('expr-ambiguous-name');
    expect(e.message).toContain('x*y');
    expect(e.position).toBe(0);
  });

  it('parseFormula("e^2x") refuses the ambiguous exponent at the x', () => {
    const e = failure('e^2x');
    expect(e.code).toBe('expr-ambiguous-power');
    expect(e.position).toBe(3);
    expect(e.message).toContain('e^2*x');
  });

  it('parseFormula("x 2") refuses a number written after a factor without *', () => {
    const e = failure('x 2');
    expect(e.code).toBe('expr-unexpected');
    expect(e.position).toBe(2);
  });

  it("parseFormula('a(b+1)', nd) asks for * because a is not known to be a variable", () => {
    const e = failure('a(b+1)', { kind: 'nd' });
    expect(e.code).toBe('expr-unknown-function');
    expect(e.message).toContain("'*'");
  });

  it("parseFormula('a(b+1)', nd with vars a, b) reads a product", () => {
    expect(tree('a(b+1)', { kind: 'nd', vars: ['a', 'b'] })).toBe('(* a (+ b 1))');
  });
});

describe('parseFormula unicode', () => {
  const table: [string, string][] = [
    ['x² + y³', '(+ (^ x 2) (^ y 3))'],
    ['x¹⁰', '(^ x 10)'],
    ['x⁻¹', '(^ x (neg 1))'],
    ['x⁴ − 3x² + x', '(+ (- (^ x 4) (* 3 (^ x 2))) x)'],
    ['x·y × 2 ÷ 4', '(/ (* (* x y) 2) 4)'],
    ['x − y', '(- x y)'],
    ['π', 'pi'],
    ['w₀ + w₁', '(+ x y)'],
    ['w_0*w1', '(* x y)'],
    ['⅓x', '(* (/ 1 3) x)'],
    ['√x^2', '(sqrt (^ x 2))'],
    ['√2x', '(* (sqrt 2) x)'],
    ['sin²(x)', '(^ (sin x) 2)'],
    ['e^x', '(exp x)'],
    ['e²', '(exp 2)'],
    ['𝑥 + 𝑦', '(+ x y)'],
  ];
  for (const [text, expected] of table) {
    it(`parseFormula(${JSON.stringify(text)}) reads as ${expected}`, () => {
      expect(tree(text)).toBe(expected);
    });
  }
});

describe('parseFormula functions and prefixes', () => {
  const table: [string, string][] = [
    ['np.exp(x)', '(exp x)'],
    ['math.sqrt(x)', '(sqrt x)'],
    ['tf.exp(x)', '(exp x)'],
    ['tf.math.sigmoid(x)', '(sigmoid x)'],
    ['tf.nn.relu(x)', '(relu x)'],
    ['jnp.tanh(x)', '(tanh x)'],
    ['torch.sin(x)', '(sin x)'],
    ['np.arcsin(x) + arccos(y) + np.arctan(x)', '(+ (+ (asin x) (acos y)) (atan x))'],
    ['ln(x) + np.log10(y)', '(+ (log x) (log10 y))'],
    ['pow(x, 2) + np.power(y, 3)', '(+ (^ x 2) (^ y 3))'],
    ['np.minimum(x, y) + max(x, 1)', '(+ (min x y) (max x 1))'],
    ['np.pi*math.e', '(* pi e)'],
    ['square(x) + sign(y) + abs(x) + np.abs(y)', '(+ (+ (+ (square x) (sign y)) (abs x)) (abs y))'],
    ['softplus(x) - sinh(y) + cosh(x)', '(+ (- (softplus x) (sinh y)) (cosh x))'],
  ];
  for (const [text, expected] of table) {
    it(`parseFormula(${JSON.stringify(text)}) reads as ${expected}`, () => {
      expect(tree(text)).toBe(expected);
    });
  }
});

describe('parseFormula errors carry a code and a position', () => {
  const table: [string, string, number][] = [
    ['', 'expr-empty', 0],
    ['   ', 'expr-empty', 0],
    ['x +', 'expr-unexpected', 3],
    ['x + * y', 'expr-unexpected', 4],
    ['(x + 1', 'expr-unbalanced', 0],
    ['x + 1)', 'expr-unbalanced', 5],
    ['(x + 1 2)', 'expr-unexpected', 7],
    ['()', 'expr-unexpected', 1],
    ['sin x', 'expr-call-paren', 0],
    ['x + sinn(x)', 'expr-unknown-function', 4],
    ['z + 1', 'expr-unknown-variable', 0],
    ['x + np.foo', 'expr-unknown-name', 4],
    ['x.constructor', 'expr-unknown-name', 0],
    ['min(x)', 'expr-arity', 5],
    ['sin(x, y)', 'expr-arity', 8],
    ['min(x, )', 'expr-unexpected', 7],
    ['x $ y', 'expr-bad-char', 2],
    ['1_000 x', 'expr-bad-number', 0],
    ['1e999', 'expr-number-too-large', 0],
    ['0x10*x', 'expr-number-form', 0],
    ['2*0b101', 'expr-number-form', 2],
    ['x + 0o17', 'expr-number-form', 4],
    ['x^2y', 'expr-ambiguous-power', 3],
    ['²', 'expr-unexpected', 0],
    ['x = 1', 'expr-bad-char', 2],
  ];
  for (const [text, code, position] of table) {
    it(`parseFormula(${JSON.stringify(text)}) throws ${code} at ${position}`, () => {
      const e = failure(text);
      expect(e.code).toBe(code);
      expect(e.position).toBe(position);
    });
  }

  it('parseFormula("x + sinn(x)") suggests sin', () => {
    expect(failure('x + sinn(x)').message).toContain("did you mean 'sin'");
  });

  it('parseFormula("z") lists the variables, in English and Spanish', () => {
    const e = failure('z');
    expect(e.message).toContain('x, y');
    expect(e.messageIn('es')).toContain('variable desconocida «z»');
  });

  it('parseFormula("x +") says the end came too soon', () => {
    expect(failure('x +').message).toBe(
      "unexpected end of the formula: expected a number, a variable, a function or '('",
    );
  });

  it(`parseFormula of ${MAX_NESTING + 1} nested parentheses throws expr-too-deep at the first one too many`, () => {
    const n = MAX_NESTING + 1;
    const e = failure(`${'('.repeat(n)}x${')'.repeat(n)}`);
    expect(e.code).toBe('expr-too-deep');
    expect(e.position).toBe(MAX_NESTING);
  });

  it(`parseFormula of ${MAX_NESTING} nested parentheses succeeds`, () => {
    const n = MAX_NESTING;
    expect(tree(`${'('.repeat(n)}x${')'.repeat(n)}`)).toBe('x');
  });

  // A flat chain of left-associative operators is read by the Pratt loop, not by recursion: it
  // is not nesting (issue 10, item 17: 1,500 terms used to be refused as "nested too deeply").
  it('parseFormula of a flat sum of 20,000 terms, and of a product of 20,000 factors, succeeds', () => {
    const sum = parseFormula(Array.from({ length: 20_000 }, () => 'x').join('+'));
    expect(sum.vars).toEqual(['x', 'y']);
    expect(evaluate(sum.ast, { x: 1, y: 0 })).toBe(20_000);
    const product = parseFormula(Array.from({ length: 20_000 }, () => 'x').join('*'), { kind: '1d' });
    expect(evaluate(product.ast, { x: -1 })).toBe(1);
  });

  it(`parseFormula of ${MAX_NESTING + 1} nested signs or powers still throws expr-too-deep`, () => {
    expect(failure(`${'-'.repeat(MAX_NESTING + 1)}x`).code).toBe('expr-too-deep');
    expect(failure(`${'2^'.repeat(MAX_NESTING + 1)}x`).code).toBe('expr-too-deep');
  });

  it('parseFormula of a sum of 500 terms succeeds', () => {
    expect(parseFormula(Array.from({ length: 500 }, () => 'x').join('+')).vars).toEqual(['x', 'y']);
  });
});
