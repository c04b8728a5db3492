import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { evaluate } from './evaluate.js';
import { caretLine, MAX_FORMULA_LENGTH, parseFormula, requireVariable } from './formula.js';
import { formulaFunction } from './toGraph.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DescensoError) return e.code;
    throw e;
  }
  return undefined;
}

describe('parseFormula kinds', () => {
  it("parseFormula('x^2') defaults to a surface with vars [x, y]", () => {
    expect(parseFormula('x^2').vars).toEqual(['x', 'y']);
  });

  it("parseFormula('w_1 + w₀', surface) maps the tutorial's names to x and y", () => {
    const f = parseFormula('w_1 + 10*w₀', { kind: 'surface' });
    expect(f.vars).toEqual(['x', 'y']);
    expect(evaluate(f.ast, { x: 2, y: 3 })).toBe(23);
  });

  it("parseFormula('2x² − 3x + 4', 1d) has vars [x]", () => {
    expect(parseFormula('2x² − 3x + 4', { kind: '1d' }).vars).toEqual(['x']);
  });

  it("parseFormula('x + y', 1d) refuses y", () => {
    expect(codeOf(() => parseFormula('x + y', { kind: '1d' }))).toBe('expr-unknown-variable');
  });

  it("parseFormula('b*x + a', nd) lists vars in order of first appearance", () => {
    expect(parseFormula('b*x + a + b', { kind: 'nd' }).vars).toEqual(['b', 'x', 'a']);
  });

  it("parseFormula('b*x + a', nd with vars) keeps the given order", () => {
    expect(parseFormula('b*x + a', { kind: 'nd', vars: ['a', 'b', 'x'] }).vars).toEqual(['a', 'b', 'x']);
  });

  it("parseFormula('w₀ + w₁', nd) writes subscripts as _digits", () => {
    expect(parseFormula('w₀ + w₁₂', { kind: 'nd' }).vars).toEqual(['w_0', 'w_12']);
  });

  it("parseFormula('a + e', nd) reads e as Euler's number", () => {
    const f = parseFormula('a + e', { kind: 'nd' });
    expect(f.vars).toEqual(['a']);
    expect(evaluate(f.ast, { a: 0 })).toBe(Math.E);
  });

  it("parseFormula('a + e', nd with vars [a, e]) reads e as a variable", () => {
    const f = parseFormula('a + e', { kind: 'nd', vars: ['a', 'e'] });
    expect(evaluate(f.ast, { a: 1, e: 2 })).toBe(3);
  });

  it("parseFormula('a + c', nd with vars [a, b]) refuses c", () => {
    expect(codeOf(() => parseFormula('a + c', { kind: 'nd', vars: ['a', 'b'] }))).toBe(
      'expr-unknown-variable',
    );
  });

  it("parseFormula('ab', nd with vars [a, b]) explains a*b", () => {
    expect(codeOf(() => parseFormula('ab', { kind: 'nd', vars: ['a', 'b'] }))).toBe('expr-ambiguous-name');
  });

  it("parseFormula('xy', nd) reads one variable named xy", () => {
    expect(parseFormula('xy + 1', { kind: 'nd' }).vars).toEqual(['xy']);
  });

  it("parseFormula('sin + 1', nd) says the function needs parentheses", () => {
    expect(codeOf(() => parseFormula('sin + 1', { kind: 'nd' }))).toBe('expr-call-paren');
  });

  it('parseFormula with vars for a surface throws expr-vars-kind', () => {
    expect(codeOf(() => parseFormula('x', { kind: 'surface', vars: ['x'] }))).toBe('expr-vars-kind');
  });

  it('parseFormula with repeated or invalid vars throws expr-repeated-var or expr-bad-var-name', () => {
    expect(codeOf(() => parseFormula('a', { kind: 'nd', vars: ['a', 'a'] }))).toBe('expr-repeated-var');
    expect(codeOf(() => parseFormula('a', { kind: 'nd', vars: ['a b'] }))).toBe('expr-bad-var-name');
    expect(codeOf(() => parseFormula('a', { kind: 'nd', vars: ['exp'] }))).toBe('expr-bad-var-name');
    expect(codeOf(() => parseFormula('a', { kind: 'nd', vars: [''] }))).toBe('expr-bad-var-name');
  });

  it(`parseFormula of ${MAX_FORMULA_LENGTH + 1} characters throws expr-too-long at the limit`, () => {
    try {
      parseFormula('x'.repeat(MAX_FORMULA_LENGTH + 1));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DescensoError);
      expect((e as DescensoError).code).toBe('expr-too-long');
      expect((e as DescensoError).position).toBe(MAX_FORMULA_LENGTH);
    }
  });

  it('parseFormula keeps the source text as typed', () => {
    expect(parseFormula(' 2x² ').source).toBe(' 2x² ');
  });
});

describe('caretLine', () => {
  it("caretLine('x + * y', 4) puts the caret under the *", () => {
    expect(caretLine('x + * y', 4)).toBe('x + * y\n    ^');
  });

  it("caretLine('x +', 3) puts the caret just past the end", () => {
    expect(caretLine('x +', 3)).toBe('x +\n   ^');
  });

  it('caretLine counts characters, not UTF-16 units, before the fault', () => {
    // 𝑥 takes two UTF-16 units but one column.
    expect(caretLine('𝑥 $', 3)).toBe('𝑥 $\n  ^');
  });

  it('caretLine shows only the line that holds the fault, keeping tabs', () => {
    expect(caretLine('x +\n\t* y', 5)).toBe('\t* y\n\t^');
  });

  it('caretLine cuts a long line to a window around the fault', () => {
    const source = `${'x+'.repeat(100)}$${'+x'.repeat(100)}`;
    const [line, caret] = caretLine(source, 200, 40).split('\n');
    expect(line.length).toBeLessThanOrEqual(40);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(line[caret.length - 1]).toBe('$');
  });

  it('caretLine clamps a position outside the text', () => {
    expect(caretLine('ab', 99)).toBe('ab\n  ^');
    expect(caretLine('ab', -5)).toBe('ab\n^');
  });
});

describe('formulas without variables', () => {
  it("formulaFunction(parseFormula('1', nd)) throws expr-no-variable, worded in both languages", () => {
    const f = parseFormula('1', { kind: 'nd' });
    expect(f.vars).toEqual([]);
    let error: unknown;
    try {
      formulaFunction(f);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DescensoError);
    const e = error as DescensoError;
    expect(e.code).toBe('expr-no-variable');
    expect(e.messageIn('en')).toBe(
      'the formula has no variable to differentiate: write it in terms of a variable, as in x^2',
    );
    expect(e.messageIn('es')).toContain('no tiene ninguna variable');
    expect(() => requireVariable(parseFormula('2*x', { kind: 'nd' }))).not.toThrow();
  });
});
