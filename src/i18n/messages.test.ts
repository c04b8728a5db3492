import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { hasUnsafeChar } from '../text.js';
import type { ExperimentProblem, UrlProblem } from './en/experiment.js';
import { en } from './en.js';
import { es } from './es.js';
import { type Lang, type MessageKey, phrase, t } from './index.js';

const keys = Object.keys(en) as MessageKey[];
const langs: Lang[] = ['en', 'es'];

/** The top-level parameter names a template reads, found by calling it with a recording object. */
function paramNames(fn: (p: never) => string): string[] {
  const seen = new Set<string>();
  const leaf: unknown = new Proxy(() => 'x', {
    get: (_t, prop) => (prop === Symbol.toPrimitive ? () => 'x' : leaf),
    apply: () => leaf,
  });
  const record = new Proxy({} as Record<string, unknown>, {
    get: (_t, prop) => {
      if (typeof prop === 'string') seen.add(prop);
      return leaf;
    },
  });
  try {
    fn(record as never);
  } catch {
    // A template that does more than read its parameters still told which ones it read.
  }
  return [...seen];
}

const names = new Map(keys.map((k) => [k, [...new Set([...paramNames(en[k]), ...paramNames(es[k])])]]));

/** Text an attacker would put in a CSV cell, a key of an experiment or a formula. */
const hostileChar = fc.constantFrom(
  '\x1b',
  '\x1b[2J',
  '\x1b]0;pwned\x07',
  '\n',
  '\r',
  '\t',
  '\0',
  '\x7f',
  '\x9b',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u2029',
  '\ud800',
  '\ufeff',
  'a',
  'é',
  ' ',
);
const hostile = fc.oneof(
  fc.array(hostileChar, { minLength: 1, maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant(`${'\n'.repeat(3)}${'w'.repeat(5000)}`),
);
const hostileValue = fc.oneof(
  hostile,
  hostile.map((s) => phrase('what-argument', { index: s as never })),
  fc.constant(Number.NaN),
);

/** Lines of the message with harmless parameters: the help texts have several on purpose. */
function benignLines(lang: Lang, key: MessageKey): number {
  const params = Object.fromEntries((names.get(key) ?? []).map((n) => [n, 'x']));
  return t(lang, key, params as never).split('\n').length;
}

function assertSafe(lang: Lang, key: MessageKey, params: unknown): void {
  const out = t(lang, key, params as never);
  expect(typeof out).toBe('string');
  expect(out.split('\n').length).toBe(benignLines(lang, key));
  expect(hasUnsafeChar(out.replaceAll('\n', ''))).toBe(false);
}

describe('every message with hostile parameters', () => {
  it('t(lang, key, hostile params) keeps its lines and shows no control character, for every key in both languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.constantFrom(...langs),
        fc.array(hostileValue, { minLength: 8, maxLength: 8 }),
        (key, lang, values) => {
          const params = Object.fromEntries((names.get(key) ?? []).map((n, i) => [n, values[i % 8]]));
          assertSafe(lang, key, params);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('every key is tried: each one, in both languages, with the same hostile value in every parameter', () => {
    for (const key of keys)
      for (const lang of langs) {
        const params = Object.fromEntries((names.get(key) ?? []).map((n) => [n, '\x1b]0;pwned\x07\n\u202e']));
        assertSafe(lang, key, params);
      }
  });

  const problems: ExperimentProblem[] = [
    { kind: 'not-object', got: '\x1b[2J' },
    { kind: 'unknown-field', allowed: 'a\nb', suggestion: '\u202e' },
    { kind: 'not-choice', choices: 'x', got: '\n' },
    { kind: 'unknown-option', known: 'lr', suggestion: '\x07' },
    { kind: 'unknown-kind', name: '\x1b]0;t\x07' },
    { kind: 'run', es: 'línea\nnueva', en: 'new\nline' },
  ];
  const reasons: UrlProblem[] = [{ kind: 'experiment', es: '\x1b[31m', en: '\r\n' }];

  it('experiment problems with hostile fields read on one line in both languages', () => {
    for (const lang of langs) {
      for (const problem of problems)
        assertSafe(lang, 'experiment-invalid', { path: 'experiment.\n', problem });
      for (const reason of reasons) assertSafe(lang, 'experiment-url', { reason });
    }
  });

  it('a DescensoError whose key has a newline and ESC has a one-line message in English and Spanish', () => {
    const e = new DescensoError('experiment-invalid', {
      path: 'experiment.\u001b[31mred\nline',
      problem: { kind: 'unknown-field', allowed: 'kind' },
    });
    expect(e.message).toBe(
      'invalid experiment at experiment.\\x1b[31mred\\nline: unknown field (allowed: kind)',
    );
    expect(hasUnsafeChar(e.messageIn('es'))).toBe(false);
  });
});

describe('long parameters', () => {
  it('a 1 MB experiment key is cut in the path: the message stays short and ends its path with an ellipsis', () => {
    const path = `experiment.${'k'.repeat(1_000_000)}`;
    const out = t('en', 'experiment-invalid', { path, problem: { kind: 'unknown-field', allowed: 'kind' } });
    expect(out.length).toBeLessThan(250);
    expect(out).toContain('k…: unknown field');
  });

  it('a list of known names is not cut at 80 characters', () => {
    const valid = Array.from({ length: 30 }, (_, i) => `name${i}`).join(', ');
    expect(t('en', 'optim-unknown', { name: 'x', valid })).toContain('name29');
  });
});

describe('t and unknown keys', () => {
  it("t('en', '__proto__') throws the DescensoError unknown-message, not a TypeError", () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(() => t('en', key as never, {} as never)).toThrow(
        expect.objectContaining({ name: 'DescensoError', code: 'unknown-message' }),
      );
  });

  it("t('es', 'csv-emtpy') suggests 'csv-empty'", () => {
    expect(() => t('es', 'csv-emtpy' as never, undefined as never)).toThrow(
      "unknown message key 'csv-emtpy' (did you mean 'csv-empty'?)",
    );
  });

  it('a phrase parameter is said in the language of the message around it', () => {
    const what = phrase('what-argument', { index: 2 });
    expect(t('en', 'bad-value', { what, value: 'NaN' })).toBe('invalid argument 2: NaN');
    expect(t('es', 'bad-value', { what, value: 'NaN' })).toBe('valor no válido para el argumento 2: NaN');
  });

  it('a symbol, a function or a cycle as a parameter gives one line, never a TypeError', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(t('en', 'bad-value', { what: Symbol('s') as never, value: (() => 1) as never })).toBe(
      'invalid Symbol(s): Function',
    );
    expect(t('es', 'experiment-invalid', { path: 'p', problem: cycle as never })).not.toContain('\n');
  });

  it('parameters with a __proto__ key are copied as data, not as a prototype', () => {
    const params = JSON.parse(
      '{"path": "p", "problem": {"kind": "not-object", "__proto__": {"got": "polluted"}}}',
    );
    expect(t('en', 'experiment-invalid', params)).toBe(
      'invalid experiment at p: expected an object, got nothing',
    );
  });
});
