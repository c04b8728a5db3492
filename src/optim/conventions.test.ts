import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conventions, isSearching, optimizerAliases, optimizerNames } from './conventions.js';
import { optimizerInfo } from './info.js';
import { DOC_BEGIN, DOC_END, formatOption, optimizersMarkdown } from './markdown.js';
import { makeOptimizer } from './optimizers.js';
import { optionSymbols } from './options.js';
import { conventionNames } from './types.js';

describe('the conventions table', () => {
  it('lists every optimizer with the same options in both conventions', () => {
    expect(Object.keys(conventions).sort()).toEqual([...optimizerNames].sort());
    for (const name of optimizerNames) {
      expect(Object.keys(conventions[name].keras)).toEqual(Object.keys(conventions[name].pytorch));
      expect(Object.keys(conventions[name].keras.defaults).sort()).toEqual(
        Object.keys(conventions[name].pytorch.defaults).sort(),
      );
    }
  });

  it('names only real options as fixed, and gives every option a symbol', () => {
    for (const name of optimizerNames) {
      for (const c of conventionNames) {
        const entry = conventions[name][c];
        for (const option of entry.fixed) expect(Object.keys(entry.defaults)).toContain(option);
        for (const option of Object.keys(entry.defaults)) expect(optionSymbols[option]).toBeDefined();
      }
    }
  });

  it('holds defaults that pass validation: makeOptimizer(name, {}, c) builds every entry', () => {
    for (const name of optimizerNames) {
      for (const c of conventionNames)
        expect(makeOptimizer(name, {}, c).options.lr).toBe(conventions[name][c].defaults.lr);
    }
  });

  it("records the frameworks' documented defaults where they differ", () => {
    const d = (name: keyof typeof conventions, c: 'pytorch' | 'keras') => conventions[name][c].defaults;
    expect([d('rmsprop', 'pytorch').rho, d('rmsprop', 'keras').rho]).toEqual([0.99, 0.9]);
    expect([d('adagrad', 'pytorch').initialAccumulator, d('adagrad', 'keras').initialAccumulator]).toEqual([
      0, 0.1,
    ]);
    expect([d('adagrad', 'pytorch').eps, d('adagrad', 'keras').eps]).toEqual([1e-10, 1e-7]);
    expect([d('adadelta', 'pytorch').lr, d('adadelta', 'keras').lr]).toEqual([1, 0.001]);
    expect([d('adamax', 'pytorch').eps, d('adamax', 'keras').eps]).toEqual([1e-8, 1e-7]);
    expect([d('nadam', 'pytorch').momentumDecay, d('nadam', 'keras').momentumDecay]).toEqual([0.004, 1]);
    expect([d('adamw', 'pytorch').weightDecay, d('adamw', 'keras').weightDecay]).toEqual([0.01, 0.004]);
    expect([d('sgd', 'pytorch').lr, d('sgd', 'keras').lr]).toEqual([0.001, 0.01]);
  });

  it('couples weight decay in PyTorch (except AdamW and Lion) and decouples it in Keras', () => {
    for (const name of optimizerNames) {
      const pt = conventions[name].pytorch.variant.weightDecay;
      const k = conventions[name].keras.variant.weightDecay;
      // Newton and the searching methods (issue 15) take no weight decay.
      if (name === 'newton' || isSearching(name)) expect([pt, k]).toEqual(['none', 'none']);
      else {
        expect(k).toBe('decoupled');
        expect(pt).toBe(name === 'adamw' || name === 'lion' ? 'decoupled' : 'coupled');
      }
    }
  });
});

describe('optimizerInfo', () => {
  it("optimizerInfo('gd') describes sgd with both conventions' defaults and equations", () => {
    const info = optimizerInfo('gd');
    expect(info.name).toBe('sgd');
    expect(info.aliases).toEqual(['gd']);
    expect(info.framework).toEqual({ pytorch: 'torch.optim.SGD', keras: 'keras.optimizers.SGD' });
    expect(info.defaults.pytorch.lr).toBe(0.001);
    expect(info.defaults.keras.lr).toBe(0.01);
    expect(info.fixed.keras).toEqual(['dampening']);
    expect(info.equations.keras).toContain('v ← μ·v − lr·g');
    expect(info.differences.length).toBeGreaterThan(1);
  });

  it("optimizerInfo(name, 'es') has the Spanish text, sentence for sentence", () => {
    for (const name of optimizerNames) {
      const en = optimizerInfo(name, 'en');
      const es = optimizerInfo(name, 'es');
      expect(es.differences).toHaveLength(en.differences.length);
      expect(es.summary).not.toBe(en.summary);
    }
  });

  it('optimizerInfo of an unknown name throws optim-unknown', () => {
    expect(() => optimizerInfo('adamm')).toThrow(expect.objectContaining({ code: 'optim-unknown' }));
  });

  it('aliases point at real optimizers', () => {
    for (const target of Object.values(optimizerAliases)) expect(optimizerNames).toContain(target);
  });
});

describe('docs/optimizers.md', () => {
  it('formatOption writes small numbers in exponent form and the rest plainly', () => {
    expect([1e-8, 1e-10, 0.001, 0.0001, 0.99, 1, true].map(formatOption)).toEqual([
      '1e-8',
      '1e-10',
      '0.001',
      '0.0001',
      '0.99',
      '1',
      'true',
    ]);
  });

  it('optimizersMarkdown() shows every default of the table', () => {
    const md = optimizersMarkdown();
    expect(md.startsWith(DOC_BEGIN)).toBe(true);
    expect(md.trimEnd().endsWith(DOC_END)).toBe(true);
    for (const name of optimizerNames) {
      const d = conventions[name];
      for (const option of Object.keys(d.pytorch.defaults)) {
        const fixed = d.keras.fixed.includes(option) ? ' (fixed)' : '';
        const row = `| ${option} | ${optionSymbols[option]} | ${formatOption(d.pytorch.defaults[option])} | ${formatOption(d.keras.defaults[option])}${fixed} |`;
        expect(md).toContain(row);
      }
    }
  });

  it('docs/optimizers.md contains the generated tables (npx tsx scripts/optimizers-doc.ts rewrites them)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'optimizers.md'), 'utf8');
    expect(doc).toContain(optimizersMarkdown());
  });
});
