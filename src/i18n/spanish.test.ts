import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import * as api from '../index.js';
import { isPhrase } from './phrase.js';

/**
 * No English reaches a Spanish message. Every error the public API gives for a corpus of bad
 * inputs is read in Spanish: a generic message's `what` must be a phrase (said in the reader's
 * language) or a name from code, never words; and the Spanish text must hold no English-only word.
 * Call sites outside src/i18n's owners' folders that still pass English are listed by code and
 * subject; an entry goes when its folder is fixed (the test fails if a new one appears).
 */
const KNOWN_ENGLISH: RegExp[] = [];
const known = (key: string) => KNOWN_ENGLISH.some((r) => r.test(key));

/** Words that are English and never Spanish (short Spanish words such as "a", "no" are left out). */
const ENGLISH =
  /\b(the|of|and|with|invalid|not|is|for|an|argument|function|result|scale|grid|panels|tangent|colour|width|placeholder|repeated|operand|source|watched|matrix|rows|equal|length|expected|got|must|cannot|unknown|missing|given|points|levels)\b/;

/** The Spanish message without what is quoted or listed (names the user or the code gave). */
function words(es: string): string {
  return es
    .replace(/"[^"]*"|'[^']*'|«[^»]*»|`[^`]*`/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/(son|conocidos|admiten|columnas|opciones son): [^;)]*/g, '');
}

const KEY = (e: DescensoError) => {
  const what = (e.params as { what?: unknown } | undefined)?.what;
  return `${e.code}|${typeof what === 'string' ? what.replace(/\d+/g, '#') : ''}`;
};

const big = new Array(10_000).fill(1);
const ARGS: unknown[][] = [
  [],
  [undefined],
  [null],
  [Number.NaN],
  [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
  ['__proto__'],
  [{}, {}, {}],
  [[], []],
  [() => 1],
  [true, false],
  ['x', 'y', 'z'],
  [[1, 2], [1]],
  [big],
  [0, 1, 1e12],
  [-1, -1],
  [[[1, 2], [3]]],
  [1, 'x'],
];

/** Every DescensoError the public API throws for the corpus (and the functions it returns). */
function corpus(): DescensoError[] {
  const errors: DescensoError[] = [];
  const attempt = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof DescensoError) errors.push(e);
      return undefined;
    }
  };
  for (const [name, value] of Object.entries(api)) {
    // contourLevels(0, 1, 1e12) aborts the process (src/plot; see the hardening report).
    if (typeof value !== 'function' || name === 'contourLevels') continue;
    const isClass = /^class\b/.test(Function.prototype.toString.call(value));
    for (const args of ARGS) {
      const made = attempt(() =>
        isClass
          ? new (value as new (...a: unknown[]) => unknown)(...args)
          : (value as (...a: unknown[]) => unknown)(...args),
      );
      if (typeof made === 'function')
        for (const more of ARGS) attempt(() => (made as (...a: unknown[]) => unknown)(...more));
    }
  }
  // Faults deeper than a first argument: the library's own files, options and names.
  attempt(() => api.experimentFromJson('{"kind": "descend", "surface": "peaks", "optimizers": ["adma"]}'));
  attempt(() => api.experimentFromJson('{"kind": "fit", "epochs": 1e9}'));
  attempt(() => api.experimentFromJson('{"kind": "fit", "data": {"noise": -1}}'));
  attempt(() => api.experimentFromJson('{"kind": }'));
  attempt(() => api.makeOptimizer('adam', { beta1: 2 }));
  attempt(() => api.makeOptimizer('sgd', { nesterov: true }));
  attempt(() => api.makeOptimizer('sgd', { dampening: 0.5 }, 'keras'));
  attempt(() => api.makeSchedule({ kind: 'cosine', T: -1 }));
  attempt(() => api.parseCsv('x,y\n1,2\n3,abc\n'));
  attempt(() => api.parseCsv('x,y\n1,"0,5"\n'));
  attempt(() => api.parseCsv('x,y\n1\n'));
  attempt(() => new api.RandomState(-1));
  return errors;
}

describe('Spanish messages hold no English', () => {
  const errors = corpus();

  it('the corpus reaches many different errors', () => {
    expect(new Set(errors.map((e) => e.code)).size).toBeGreaterThan(25);
  });

  it("every generic message's subject is a phrase or a name from code, not English words", () => {
    const english = new Set(
      errors
        .filter((e) => {
          const what = (e.params as { what?: unknown } | undefined)?.what;
          return typeof what === 'string' && /\s/.test(what) && !isPhrase(what);
        })
        .map(KEY)
        .filter((k) => !known(k)),
    );
    expect([...english]).toEqual([]);
  });

  it('no Spanish message of the corpus holds an English-only word', () => {
    const english = new Map<string, string>();
    for (const e of errors) {
      const es = e.messageIn('es');
      const found = ENGLISH.exec(words(es));
      if (found && !known(KEY(e))) english.set(KEY(e), es);
    }
    expect(Object.fromEntries(english)).toEqual({});
  });

  it('every entry of the known-English list still matches an error of the corpus (fixed ones leave it)', () => {
    const keys = errors.map(KEY);
    const stale = KNOWN_ENGLISH.filter((r) => !keys.some((k) => r.test(k))).map(String);
    expect(stale).toEqual([]);
  });
});
