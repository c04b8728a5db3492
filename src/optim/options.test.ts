import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { isMessageKey, t } from '../i18n/index.js';
import { conventions, isSearching, optimizerNames } from './conventions.js';
import { makeOptimizer, type SgdOptions } from './optimizers.js';
import {
  checkOption,
  checkRange,
  commonOptionKeys,
  optionCheckSpecs,
  optionKeys,
  optionRow,
  optionSymbols,
  optionTable,
} from './options.js';
import { conventionNames } from './types.js';

/** The optimizers whose conventions entry has `key` (every one for a common option). */
const takers = (key: string) =>
  optimizerNames.filter(
    (n) =>
      (commonOptionKeys.includes(key) && !isSearching(n)) ||
      Object.hasOwn(conventions[n].pytorch.defaults, key),
  );

/** The error a call throws, or undefined. */
function thrown(f: () => unknown): DescensoError | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  return undefined;
}

/** Values just outside a number check's interval: the open bound itself, or the next float past a closed one. */
function justOutside(check: keyof typeof optionCheckSpecs): number[] {
  const i = optionCheckSpecs[check].interval;
  if (!i) return [];
  const out = [i.lowOpen ? i.low : -Number.MIN_VALUE];
  if (Number.isFinite(i.high)) out.push(i.highOpen ? i.high : i.high + Number.EPSILON);
  return out;
}

describe('the option table', () => {
  it('has one row per key, each with a symbol, a flag spelled from its key and a help in both languages', () => {
    expect(new Set(optionKeys).size).toBe(optionTable.length);
    expect(new Set(optionTable.map((r) => r.flag)).size).toBe(optionTable.length);
    for (const row of optionTable) {
      expect(row.symbol.length).toBeGreaterThan(0);
      expect(optionSymbols[row.key]).toBe(row.symbol);
      // --weight-decay for weightDecay: the flag is the key in kebab case.
      expect(row.flag).toBe(`--${row.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      expect(isMessageKey(row.help)).toBe(true);
      const [en, es] = [t('en', row.help, undefined), t('es', row.help, undefined)];
      expect(en.length).toBeGreaterThan(5);
      expect(es.length).toBeGreaterThan(5);
    }
  });

  it('names every option in words in both languages, Spanish not left in English for words (weightDecay → decaimiento de pesos)', () => {
    for (const row of optionTable) {
      expect(isMessageKey(row.label), row.key).toBe(true);
      const [en, es] = [t('en', row.label, undefined), t('es', row.label, undefined)];
      expect(en.length).toBeGreaterThan(2);
      // camelCase keys are never what a person reads
      expect(es, row.key).not.toMatch(/[a-z][A-Z]/);
    }
    expect(t('es', optionRow('weightDecay')!.label, undefined)).toBe('decaimiento de pesos');
    expect(t('es', optionRow('centered')!.label, undefined)).toBe('centrado');
  });

  it('holds every option of the conventions table, and only options some optimizer takes', () => {
    for (const name of optimizerNames)
      for (const c of conventionNames)
        for (const [key, value] of Object.entries(conventions[name][c].defaults)) {
          const row = optionRow(key);
          expect(row, `${name}.${key}`).toBeDefined();
          expect(row?.kind).toBe(typeof value === 'boolean' ? 'boolean' : 'number');
          expect(row?.common).toBeUndefined();
        }
    for (const row of optionTable) expect(takers(row.key).length).toBeGreaterThan(0);
    expect(commonOptionKeys).toEqual(['clipNorm', 'clipValue']);
  });

  it('gives a slider to every number, inside what its check accepts (log sliders above 0), and none to a switch', () => {
    for (const row of optionTable) {
      if (row.kind === 'boolean') {
        expect(row.slider).toBeUndefined();
        continue;
      }
      const s = row.slider;
      expect(s, row.key).toBeDefined();
      if (!s) continue;
      expect(s.min).toBeLessThan(s.max);
      if (s.log) expect(s.min).toBeGreaterThan(0);
      expect(checkOption('test', row, s.min)).toBe(s.min);
      expect(checkOption('test', row, s.max)).toBe(s.max);
    }
  });

  it("each row's check refuses a value just outside its range and accepts its closed bounds", () => {
    for (const row of optionTable) {
      const i = optionCheckSpecs[row.check].interval;
      if (!i) {
        for (const bad of [1, 'true', null])
          expect(thrown(() => checkOption('t', row, bad))?.code).toBe('optim-bad-option');
        continue;
      }
      for (const bad of [...justOutside(row.check), Number.NaN, Number.POSITIVE_INFINITY, '1'])
        expect(thrown(() => checkOption('t', row, bad))?.code, `${row.key} = ${String(bad)}`).toBe(
          'optim-bad-option',
        );
      if (!i.lowOpen) expect(checkOption('t', row, i.low)).toBe(i.low);
      if (!i.highOpen) expect(checkOption('t', row, i.high)).toBe(i.high);
    }
  });

  it('drives makeOptimizer: a value just outside a row is refused, naming the option, by every optimizer that takes it', () => {
    for (const row of optionTable)
      for (const name of takers(row.key))
        for (const bad of row.kind === 'boolean' ? [1] : justOutside(row.check)) {
          const e = thrown(() => makeOptimizer(name, { [row.key]: bad }));
          expect(e?.code, `${name} ${row.key}=${bad}`).toBe('optim-bad-option');
          expect(e?.params).toMatchObject({ owner: name, option: row.key });
        }
  });

  it('optionRow looks up own keys only: __proto__, constructor and toString are unknown', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'LR'])
      expect(optionRow(key)).toBeUndefined();
    expect(optionRow('weightDecay')?.flag).toBe('--weight-decay');
  });

  it('checkRange writes each check as an interval', () => {
    expect(
      ['positive', 'nonNegative', 'unitOpen', 'unitClosed', 'boolean'].map((c) => checkRange(c as never)),
    ).toEqual(['(0, ∞)', '[0, ∞)', '[0, 1)', '[0, 1]', 'true | false']);
  });

  it('marks lr, and only lr, as a schedule', () => {
    expect(optionTable.filter((r) => r.schedule).map((r) => r.key)).toEqual(['lr']);
  });

  it('types the options of each optimizer from the rows: sgd({ momentum, nesterov, clipNorm }) builds', () => {
    const options: SgdOptions = { momentum: 0.9, nesterov: true, clipNorm: 1 };
    // tsc checks these: a boolean row typed as a number, or a key the table lacks, does not compile.
    // @ts-expect-error momentum is a number in the table
    const wrongType: SgdOptions = { momentum: true };
    // @ts-expect-error sgd takes no beta1
    const wrongKey: SgdOptions = { beta1: 0.9 };
    expect(makeOptimizer('sgd', options).options).toMatchObject({
      momentum: 0.9,
      nesterov: true,
      clipNorm: 1,
    });
    expect(thrown(() => makeOptimizer('sgd', wrongType))?.code).toBe('optim-bad-option');
    expect(thrown(() => makeOptimizer('sgd', wrongKey))?.code).toBe('optim-unknown-option');
  });
});
