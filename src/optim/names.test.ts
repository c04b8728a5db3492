import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import {
  makeOptimizer,
  makeSchedule,
  optimizerInfo,
  resolveConvention,
  resolveOptimizerName,
} from './index.js';

/** Names that are members of Object.prototype (or its accessor): a lookup in a plain object finds them. */
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DescensoError);
    return (e as DescensoError).code;
  }
  return 'no error';
}

describe('names that are members of Object.prototype', () => {
  it.each(PROTO_NAMES)('makeOptimizer(%j) throws optim-unknown, never a TypeError', (name) => {
    expect(codeOf(() => makeOptimizer(name))).toBe('optim-unknown');
    expect(codeOf(() => resolveOptimizerName(name))).toBe('optim-unknown');
  });

  it.each(PROTO_NAMES)('optimizerInfo(%j) throws optim-unknown', (name) => {
    expect(codeOf(() => optimizerInfo(name))).toBe('optim-unknown');
  });

  it.each(PROTO_NAMES)('makeOptimizer("sgd", {}, %j) throws optim-unknown-convention', (name) => {
    expect(codeOf(() => makeOptimizer('sgd', {}, name))).toBe('optim-unknown-convention');
    expect(codeOf(() => resolveConvention(name))).toBe('optim-unknown-convention');
  });

  it.each(PROTO_NAMES)('makeSchedule({ kind: %j }) throws optim-unknown-schedule', (name) => {
    expect(codeOf(() => makeSchedule({ kind: name, lr: 0.1 }))).toBe('optim-unknown-schedule');
  });

  it.each(PROTO_NAMES)('an option named %j is an unknown option of sgd and of rmsprop', (name) => {
    const options = JSON.parse(`{${JSON.stringify(name)}: 1}`);
    expect(codeOf(() => makeOptimizer('sgd', options))).toBe('optim-unknown-option');
    expect(codeOf(() => makeOptimizer('rmsprop', options))).toBe('optim-unknown-option');
  });

  it('makeOptimizer("rmsprop") with an inherited alpha ignores it: only own options count', () => {
    const inherited = Object.create({ alpha: 0.5, rho: 0.3 });
    expect(makeOptimizer('rmsprop', inherited).options.rho).toBe(0.99);
  });
});

describe('did you mean', () => {
  it("makeOptimizer('adma') suggests adam in both languages", () => {
    try {
      makeOptimizer('adma');
      expect.unreachable();
    } catch (e) {
      expect((e as DescensoError).message).toContain("(did you mean 'adam'?)");
      expect((e as DescensoError).messageIn('es')).toContain("(¿quería decir 'adam'?)");
    }
  });

  it("makeOptimizer('sgd', {}, 'kears') suggests keras", () => {
    expect(() => makeOptimizer('sgd', {}, 'kears')).toThrow("(did you mean 'keras'?)");
  });

  it("makeSchedule({ kind: 'cosin' }) suggests cosine", () => {
    expect(() => makeSchedule({ kind: 'cosin' })).toThrow("(did you mean 'cosine'?)");
  });

  it("makeOptimizer('sgd', { momentun: 0.9 }) suggests momentum", () => {
    expect(() => makeOptimizer('sgd', { momentun: 0.9 })).toThrow("(did you mean 'momentum'?)");
  });

  it('makeOptimizer("zzzzzz") suggests nothing when no name is close', () => {
    expect(() => makeOptimizer('zzzzzz')).toThrow(/^unknown optimizer "zzzzzz"; the optimizers/);
  });
});

describe('optimizer init and update arguments', () => {
  const params = [new Float64Array([1, 2])];
  const grads = [new Float64Array([0.5, -0.5])];

  it('adam.update(grads, a state it never made of the wrong shape) throws bad-argument naming argument 2', () => {
    const adam = makeOptimizer('adam');
    for (const state of [undefined, {}, [{}], JSON.parse(JSON.stringify(adam.init(params)))]) {
      const err = (() => {
        try {
          adam.update(grads, state as never, params);
        } catch (e) {
          return e as DescensoError;
        }
      })();
      expect(err?.code).toBe('bad-argument');
      expect(err?.params).toMatchObject({ fn: 'adam.update', index: 2, expected: 'optimizer-state' });
    }
  });

  it("a state made by another adam of the same shape is accepted, and gives that adam's numbers", () => {
    const a = makeOptimizer('adam');
    const b = makeOptimizer('adam');
    const [ua] = a.update(grads, a.init(params), params);
    const [ub] = a.update(grads, b.init(params), params);
    expect(Array.from(ub[0])).toEqual(Array.from(ua[0]));
  });

  it('sgd.init(undefined) and sgd.update(undefined) throw bad-argument, never a TypeError', () => {
    const sgd = makeOptimizer('sgd', { momentum: 0.9 });
    expect(codeOf(() => sgd.init(undefined as never))).toBe('bad-argument');
    expect(codeOf(() => sgd.update(undefined as never, sgd.init(params)))).toBe('bad-argument');
    expect(codeOf(() => sgd.update(grads, sgd.init(params), 'x' as never))).toBe('bad-argument');
  });
});
