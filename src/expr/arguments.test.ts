import { describe, expect, it } from 'vitest';
import { tensor } from '../autodiff/index.js';
import { codeOf, hostileObject } from '../testing.js';
import {
  applyBinary,
  caretLine,
  type Expr,
  evaluate,
  fold,
  formulaFunction,
  parseFormula,
  stripPositions,
  toGraph,
  toLatex,
  toPython,
  toText,
  variablesOf,
} from './index.js';

const weird = hostileObject();

describe('the formula functions with arguments of the wrong kind', () => {
  const walkers: [string, (root: Expr) => unknown][] = [
    ['toText', toText],
    ['toLatex', toLatex],
    ['toPython', toPython],
    ['variablesOf', variablesOf],
    ['stripPositions', stripPositions],
    ['evaluate', (root) => evaluate(root, {})],
  ];
  it.each(walkers)(
    '%s(undefined, a number, an unknown kind, a call without args) throws expr-bad-node',
    (_n, f) => {
      for (const root of [undefined, 3, weird, { kind: 'call', fn: 'sin' }, { kind: 'neg', arg: null }])
        expect(codeOf(() => f(root as never))).toBe('expr-bad-node');
    },
  );

  it('a binary node with an operator that is no operator throws expr-bad-node, not a lookup on the prototype', () => {
    const x: Expr = { kind: 'var', name: 'x' };
    expect(codeOf(() => toText({ kind: 'binary', op: 'constructor' as never, left: x, right: x }))).toBe(
      'expr-bad-node',
    );
  });

  it('fold(a tree, no function) throws bad-argument', () => {
    expect(codeOf(() => fold(parseFormula('x').ast, undefined as never))).toBe('bad-argument');
  });

  it('evaluate(x + 1, null) and evaluate(x + 1, { x: a symbol }) throw bad-argument', () => {
    const { ast } = parseFormula('x + 1');
    expect(codeOf(() => evaluate(ast, null as never))).toBe('bad-argument');
    expect(codeOf(() => evaluate(ast, { x: Symbol('x') } as never))).toBe('bad-argument');
    expect(evaluate(ast, { x: 2 })).toBe(3);
  });

  it('toGraph(x + 1, { x: a string }) throws bad-argument; a tensor works', () => {
    const { ast } = parseFormula('x + 1');
    expect(codeOf(() => toGraph(ast, { x: 'two' } as never))).toBe('bad-argument');
    expect(toGraph(ast, { x: tensor(2) }).item()).toBe(3);
  });

  it('formulaFunction(a formula whose ast is no tree) throws expr-bad-node when made, not when called', () => {
    expect(codeOf(() => formulaFunction({ source: 'x', ast: {} as never, vars: ['x'] }))).toBe(
      'expr-bad-node',
    );
  });

  it('applyBinary("__proto__", 1, 2), (an object, 1, 2) and ("+", a symbol, 2) throw bad-argument', () => {
    expect(codeOf(() => applyBinary('__proto__' as never, 1, 2))).toBe('bad-argument');
    expect(codeOf(() => applyBinary(weird, 1, 2))).toBe('bad-argument');
    expect(codeOf(() => applyBinary('+', Symbol('a') as never, 2))).toBe('bad-argument');
    expect(applyBinary('^', 2, 10)).toBe(1024);
  });

  it('parseFormula(text, null) throws bad-argument', () => {
    expect(codeOf(() => parseFormula('x', null as never))).toBe('bad-argument');
  });

  it('caretLine(not text, a position) and (text, NaN width) throw bad-argument', () => {
    expect(codeOf(() => caretLine(10n as never, 0))).toBe('bad-argument');
    expect(codeOf(() => caretLine('x+', true as never))).toBe('bad-argument');
    expect(codeOf(() => caretLine('x+', 2, Number.NaN))).toBe('bad-argument');
    expect(caretLine('x+', 2)).toBe('x+\n  ^');
  });
});
