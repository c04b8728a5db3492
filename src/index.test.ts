import { describe, expect, it } from 'vitest';
import * as api from './index.js';

/**
 * Every public function of descenso, called with hostile arguments, either works or throws a
 * DescensoError: never a TypeError or RangeError. Exports whose folders have not been hardened
 * yet are listed below by name with their folder; an entry is removed when its owner fixes it,
 * and the test fails if a listed name stops being exported (so the list cannot rot unseen).
 */
// Empty: every folder is hardened. A new export that is not yet goes here by name with its folder.
const NOT_YET_HARDENED: Record<string, string> = {};

const protoObject = JSON.parse(
  '{"__proto__": {"polluted": 1}, "constructor": 1, "toString": 1, "valueOf": 1}',
);
const HOSTILE: [string, unknown[]][] = [
  ['no arguments', []],
  ['undefined', [undefined, undefined]],
  ['null', [null, null]],
  ['NaN', [Number.NaN, Number.NaN]],
  ['infinities', [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
  ['__proto__', ['__proto__', '__proto__']],
  ['constructor, toString', ['constructor', 'toString']],
  ['objects with __proto__ and a toString that is no function', [protoObject, protoObject, protoObject]],
  ['a huge array', [new Array(100_000).fill(1)]],
  ['a huge count', [0, 1, 1e12]],
  ['negative numbers', [-1, -1]],
  ['empty objects', [{}, {}, {}]],
  ['empty arrays', [[], []]],
  ['a function', [() => 1]],
  ['a symbol', [Symbol('s')]],
  ['a BigInt', [10n]],
  ['booleans', [true, false]],
  ['strings', ['x', 'y', 'z']],
  ['a half experiment', [{ kind: 'descend' }]],
];

const isClass = (f: unknown) => /^class\b/.test(Function.prototype.toString.call(f));

/** What calling the export with the arguments threw, when it was not a DescensoError. */
function crash(fn: unknown, args: unknown[]): string | undefined {
  try {
    const ctor = fn as new (...a: unknown[]) => unknown;
    const result = isClass(fn) ? new ctor(...args) : (fn as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) result.catch(() => undefined);
    return undefined;
  } catch (e) {
    return e instanceof api.DescensoError ? undefined : `${(e as Error)?.name}: ${(e as Error)?.message}`;
  }
}

const functions = Object.entries(api).filter(([, v]) => typeof v === 'function');

describe('the public API with hostile arguments', () => {
  it('every not-yet-hardened name is still a function export', () => {
    const names = new Set(functions.map(([n]) => n));
    expect(Object.keys(NOT_YET_HARDENED).filter((n) => !names.has(n))).toEqual([]);
  });

  const checked = functions.filter(([name]) => !Object.hasOwn(NOT_YET_HARDENED, name));
  it.each(checked.map(([name, fn]) => [name, fn] as const))(
    '%s(hostile arguments) works or throws a DescensoError, never a TypeError',
    (_name, fn) => {
      const crashes = HOSTILE.flatMap(([what, args]) => {
        const c = crash(fn, args);
        return c === undefined ? [] : [`${what}: ${c}`];
      });
      expect(crashes).toEqual([]);
    },
  );

  it('no call polluted Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('methods of the objects the API returns, with hostile arguments', () => {
  const methods: [string, (...args: unknown[]) => unknown][] = [];
  const rs = new api.RandomState(1);
  const rsMethods = [
    'seed',
    'setState',
    'randomSample',
    'standardNormal',
    'uniform',
    'normal',
    'randint',
    'permutation',
    'shuffle',
  ];
  for (const m of rsMethods)
    methods.push([
      `RandomState.${m}`,
      (...a) => (rs as unknown as Record<string, (...x: unknown[]) => unknown>)[m](...a),
    ]);
  for (const name of api.optimizerNames) {
    const o = api.makeOptimizer(name);
    methods.push([`${name}.init`, (...a) => o.init(...(a as [never]))]);
    methods.push([`${name}.update`, (...a) => o.update(...(a as [never, never, never]))]);
  }
  it.each(methods)('%s(hostile arguments) works or throws a DescensoError', (_name, fn) => {
    const crashes = HOSTILE.flatMap(([what, args]) => {
      const c = crash(fn, args);
      return c === undefined ? [] : [`${what}: ${c}`];
    });
    expect(crashes).toEqual([]);
  });
});
