import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { binaryFunctions, type Expr, stripPositions, unaryFunctions } from './ast.js';
import { evaluate } from './evaluate.js';
import { toPython, toText } from './format.js';
import { type Formula, MAX_FORMULA_LENGTH, type ParseOptions, parseFormula } from './formula.js';

/**
 * Bad input never crashes anything (DESIGN, principle 6): whatever the text, parseFormula returns
 * a Formula or throws a DescensoError that points inside the text. Nothing else may escape.
 */
function outcome(text: string, options?: ParseOptions): Formula | DescensoError {
  try {
    return parseFormula(text, options);
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
}

function expectFormulaOrPositionedError(text: string, options?: ParseOptions): Formula | DescensoError {
  const result = outcome(text, options);
  if (result instanceof DescensoError) {
    expect(result.code).toMatch(/^(expr-|bad-value$)/);
    expect(Number.isInteger(result.position)).toBe(true);
    expect(result.position).toBeGreaterThanOrEqual(0);
    expect(result.position).toBeLessThanOrEqual(Math.min(text.length, MAX_FORMULA_LENGTH));
    expect(result.messageIn('es').length).toBeGreaterThan(0);
  } else {
    expect(Array.isArray(result.vars)).toBe(true);
  }
  return result;
}

/** Pieces of formulas: valid tokens, near misses, unicode spellings and hostile characters. */
const pieces = [
  ...'xyzw012345.eE+-*/^(),  ²³⁻¹₀₁π·×÷−√⅓$;`"\'{}[]=!&|<>@#%\\:?~\n\t',
  '**',
  'sin(',
  'exp(',
  'np.',
  'tf.math.',
  'min(',
  'pow(',
  'w_0',
  'w₁',
  '1e-3',
  '.5',
  '1.',
  'pi',
  'sqrt',
  'log',
  'constructor',
  '__proto__',
  '${',
  ')(',
  '𝑥',
];

const formulaish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('parseFormula on random text', () => {
  it('parseFormula(random formula-like text) returns a Formula or a positioned DescensoError (10⁴ runs)', () => {
    fc.assert(
      fc.property(formulaish, (text) => {
        expectFormulaOrPositionedError(text);
      }),
      { numRuns: 10_000 },
    );
  });

  it('parseFormula(any unicode string, nd) returns a Formula or a positioned DescensoError (10⁴ runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expectFormulaOrPositionedError(text, { kind: 'nd' });
      }),
      { numRuns: 10_000 },
    );
  });

  it('parseFormula(toText(parse(text))) gives the tree of text back, and it evaluates to a number (10⁴ runs)', () => {
    fc.assert(
      fc.property(formulaish, (text) => {
        const result = outcome(text);
        if (result instanceof DescensoError) return;
        const again = parseFormula(toText(result.ast));
        expect(stripPositions(again.ast)).toEqual(stripPositions(result.ast));
        expect(typeof evaluate(result.ast, { x: 0.3, y: -0.7 })).toBe('number');
      }),
      { numRuns: 10_000 },
    );
  });
});

/** Random trees in the parser's own canonical form (e^u is exp(u), literals are not negative). */
function trees(options: { functions: readonly string[] }) {
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc
        .oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }))
        .map((value): Expr => ({ kind: 'num', value: value + 0 })),
      fc.constantFrom<Expr>(
        { kind: 'var', name: 'x' },
        { kind: 'var', name: 'y' },
        { kind: 'const', name: 'pi' },
      ),
      tie('tree').map((arg): Expr => ({ kind: 'neg', arg })),
      fc
        .tuple(fc.constantFrom('+', '-', '*', '/', '^' as const), tie('tree'), tie('tree'))
        .map(([op, left, right]): Expr => ({ kind: 'binary', op, left, right })),
      fc.tuple(fc.constantFrom(...options.functions), tie('tree'), tie('tree')).map(([fn, a, b]): Expr => {
        const isBinary = (binaryFunctions as readonly string[]).includes(fn);
        return { kind: 'call', fn: fn as never, args: isBinary ? [a, b] : [a] };
      }),
      fc.tuple(tie('tree')).map(([arg]): Expr => ({ kind: 'call', fn: 'exp', args: [arg] })),
    ),
  }));
  return tree;
}

const allFunctions = [...unaryFunctions, ...binaryFunctions];

describe('printing and parsing random trees', () => {
  it('parseFormula(toText(tree)) gives the tree back (10⁴ runs)', () => {
    fc.assert(
      fc.property(trees({ functions: allFunctions }), (tree) => {
        expect(stripPositions(parseFormula(toText(tree)).ast)).toEqual(tree);
      }),
      { numRuns: 10_000 },
    );
  });

  it('parseFormula(toPython(tree)) computes the same values as the tree (10⁴ runs)', () => {
    // sigmoid and softplus are printed as other NumPy expressions, equal only up to rounding.
    const exact = allFunctions.filter((f) => f !== 'sigmoid' && f !== 'softplus');
    fc.assert(
      fc.property(trees({ functions: exact }), fc.double({ min: -3, max: 3, noNaN: true }), (tree, x) => {
        const fromPython = parseFormula(toPython(tree)).ast;
        const env = { x, y: 0.5 };
        expect(evaluate(fromPython, env)).toBe(evaluate(tree, env));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('parseFormula on hostile input', () => {
  const corpus = [
    'constructor',
    '__proto__',
    'toString',
    'x.constructor',
    'x.constructor.constructor("return process")()',
    '__proto__.polluted',
    'prototype',
    'hasOwnProperty(x)',
    'valueOf(x)',
    '"x"',
    "'x' + 1",
    'x; y',
    '`x`',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template that must stay plain text
    '`${x}`',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template that must stay plain text
    '${process.exit(1)}',
    '); process.exit(1); (',
    'x) + (y',
    'require("fs")',
    'import("fs")',
    'eval("1")',
    'Function("return 1")()',
    'x\u0000y',
    'x\u202ey',
    '\uFEFFx',
    '\uD800',
    'x'.repeat(100_000),
    '('.repeat(10_000),
    '('.repeat(10_001),
    `${'('.repeat(4_999)}x${')'.repeat(4_999)}`,
    `${'-'.repeat(9_999)}x`,
    `${'2^'.repeat(4_999)}2`,
    `${'sin('.repeat(1_900)}x${')'.repeat(1_900)}`,
    `${'x+'.repeat(4_999)}x`,
    `${'√'.repeat(9_999)}x`,
    `${'x²'.repeat(4_999)}`,
  ];

  for (const text of corpus) {
    const label =
      text.length > 40
        ? `${JSON.stringify(text.slice(0, 20))}… (${text.length} characters)`
        : JSON.stringify(text);
    for (const kind of ['surface', 'nd'] as const) {
      it(`parseFormula(${label}, ${kind}) gives a Formula or a positioned DescensoError`, () => {
        expectFormulaOrPositionedError(text, { kind });
      });
    }
  }

  it('parseFormula of names from Object.prototype leaves Object.prototype untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const text of corpus.slice(0, 10)) outcome(text, { kind: 'nd' });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parseFormula("__proto__ + constructor", nd) makes two ordinary variables', () => {
    const f = parseFormula('__proto__ + constructor', { kind: 'nd' });
    expect(f.vars).toEqual(['__proto__', 'constructor']);
    const env = Object.fromEntries([
      ['__proto__', 1],
      ['constructor', 2],
    ]);
    expect(evaluate(f.ast, env)).toBe(3);
  });

  it('parseFormula("); process.exit(1); (") is refused at the ;', () => {
    const e = outcome('); process.exit(1); (');
    expect(e).toBeInstanceOf(DescensoError);
    expect((e as DescensoError).code).toBe('expr-bad-char');
    expect((e as DescensoError).position).toBe(1);
  });

  it('parseFormula of 10⁴ opening parentheses, of 4999 nested pairs or of 9999 signs is refused as too deep', () => {
    expect((outcome('('.repeat(10_000)) as DescensoError).code).toBe('expr-too-deep');
    expect((outcome(`${'('.repeat(4_999)}x${')'.repeat(4_999)}`) as DescensoError).code).toBe(
      'expr-too-deep',
    );
    expect((outcome(`${'-'.repeat(9_999)}x`) as DescensoError).code).toBe('expr-too-deep');
  });
});

describe('parseFormula on input of hostile size (issue 10)', () => {
  it('parseFormula of a 10 MB string throws expr-too-long at the limit without reading it', () => {
    const e = outcome('x+'.repeat(5_000_000)) as DescensoError;
    expect(e.code).toBe('expr-too-long');
    expect(e.position).toBe(MAX_FORMULA_LENGTH);
  });

  it('parseFormula of 99,999 minus signs before x throws expr-too-deep, not a stack overflow', () => {
    expect((outcome(`${'-'.repeat(MAX_FORMULA_LENGTH - 1)}x`) as DescensoError).code).toBe('expr-too-deep');
  });

  it('parseFormula of a sum as long as the limit allows gives a formula', () => {
    const terms = Math.floor(MAX_FORMULA_LENGTH / 2);
    const f = parseFormula(Array.from({ length: terms }, () => 'x').join('+'));
    expect(evaluate(f.ast, { x: 2, y: 0 })).toBe(2 * terms);
  });
});
