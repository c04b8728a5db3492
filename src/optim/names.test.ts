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
