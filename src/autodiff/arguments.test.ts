import { describe, expect, it } from 'vitest';
import type { DescensoError } from '../errors.js';
import { codeOf, hostileObject } from '../testing.js';
import {
  add,
  assign,
  broadcastTo,
  checkFinite,
  compile,
  derivative,
  GradientTape,
  gradCheck,
  gradients,
  hessian,
  noGrad,
  numericGradient,
  onesLike,
  reshape,
  sum,
  tensor,
  topoOrder,
  variable,
  zeros,
} from './index.js';

const weird = hostileObject();

describe('the engine functions with arguments of the wrong kind', () => {
  it('tensor(undefined, a string, a BigInt array, an array holding a string) throws bad-argument', () => {
    for (const v of [undefined, null, 'x', [10n], [1, 'x'], [[1], ['x']], weird, new BigInt64Array(2)])
      expect(codeOf(() => tensor(v as never))).toBe('bad-argument');
    expect(codeOf(() => tensor(1, null as never))).toBe('bad-argument');
    expect(Array.from(tensor([1, 2]).data)).toEqual([1, 2]);
  });

  it('add(undefined, 1) and sum(an object) name the operation and the argument', () => {
    const e = (() => {
      try {
        add(1, undefined as never);
      } catch (err) {
        return err as DescensoError<'bad-argument'>;
      }
    })();
    expect(e?.params).toMatchObject({ fn: 'add', index: 2 });
    expect(codeOf(() => sum(weird))).toBe('bad-argument');
    expect(codeOf(() => sum([1, 2], weird))).toBe('bad-argument');
  });

  it('zeros, reshape and broadcastTo refuse a shape of 1e12 elements before allocating', () => {
    expect(codeOf(() => zeros([1e12]))).toBe('bad-argument');
    expect(codeOf(() => zeros(undefined as never))).toBe('bad-argument');
    expect(codeOf(() => reshape([1, 2], [1e6, 1e6]))).toBe('bad-argument');
    expect(codeOf(() => broadcastTo(1, [-1]))).toBe('bad-argument');
    expect(zeros([2, 3]).size).toBe(6);
  });

  it('compile(no function, shapes that are no list, a 1e12 shape) throws a DescensoError', () => {
    expect(codeOf(() => compile(undefined as never, [[]]))).toBe('bad-argument');
    expect(codeOf(() => compile((x) => x, 3 as never))).toBe('bad-argument');
    expect(codeOf(() => compile((x) => x, [null as never]))).toBe('autodiff-arg-shape');
    expect(codeOf(() => compile((x) => x, [[1e12]]))).toBe('autodiff-arg-shape');
  });

  it('onesLike, assign, gradients, topoOrder and checkFinite need tensors', () => {
    expect(codeOf(() => onesLike([1, 2] as never))).toBe('bad-argument');
    expect(codeOf(() => assign(undefined as never, 1))).toBe('bad-argument');
    expect(codeOf(() => gradients(undefined as never, []))).toBe('bad-argument');
    expect(codeOf(() => gradients(tensor(1), [1] as never))).toBe('bad-argument');
    expect(codeOf(() => topoOrder(undefined as never))).toBe('bad-argument');
    expect(codeOf(() => checkFinite(null as never, []))).toBe('bad-argument');
  });

  it('derivative, numericGradient, gradCheck, noGrad and GradientTape check their functions and options', () => {
    expect(codeOf(() => derivative(undefined as never, 1))).toBe('bad-argument');
    expect(codeOf(() => derivative((x) => x, 10n as never))).toBe('bad-argument');
    expect(codeOf(() => numericGradient((x) => x, [Symbol('p')] as never))).toBe('bad-argument');
    expect(codeOf(() => gradCheck(undefined as never, undefined as never, {}))).toBe('bad-argument');
    expect(codeOf(() => noGrad(3 as never))).toBe('bad-argument');
    expect(codeOf(() => new GradientTape(null as never))).toBe('bad-argument');
    expect(codeOf(() => variable(1, null as never))).toBe('bad-argument');
    expect(derivative((x) => x * x, 3, { method: 'central' })).toBeCloseTo(6, 8);
  });

  it('hessian(f)(a vector of 10⁵) throws bad-argument before 10¹⁰ entries; a vector of 2 works', () => {
    const f = (x: ReturnType<typeof tensor>) => sum(x.mul(x));
    expect(codeOf(() => hessian(f)(new Array(100_000).fill(1)))).toBe('bad-argument');
    expect(hessian(f)([1, 2])).toEqual([
      [2, 0],
      [0, 2],
    ]);
    expect(codeOf(() => hessian(undefined as never))).toBe('bad-argument');
  });

  it('tape.gradient(undefined, a tensor), tape.watch(a number) and t.backward(null) throw bad-argument', () => {
    const x = variable(1);
    expect(codeOf(() => new GradientTape().gradient(undefined as never, x))).toBe('bad-argument');
    expect(codeOf(() => new GradientTape().gradient(x, [undefined] as never))).toBe('bad-argument');
    expect(codeOf(() => new GradientTape().watch(3 as never))).toBe('bad-argument');
    expect(codeOf(() => x.mul(x).backward(null as never))).toBe('bad-argument');
  });
});
