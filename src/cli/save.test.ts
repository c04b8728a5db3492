import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import type { DescendExperiment } from '../experiment/types.js';
import { codeOf } from '../testing.js';
import { saveExperiment, saveTarget } from './save.js';
import { fakeIo } from './testing.js';

const experiment: DescendExperiment = {
  kind: 'descend',
  version: 2,
  surface: 'peaks',
  steps: 40,
  optimizers: [{ name: 'adam', options: { lr: 0.05 } }],
};

describe('--save', () => {
  it('saveExperiment writes two-space JSON with a final newline, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-save-'));
    const ctx = { io: fakeIo({ cwd: dir }), lang: 'en' as const };
    saveExperiment('sub/e.json', experiment, ctx);
    const text = readFileSync(join(dir, 'sub', 'e.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(experiment, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(experiment);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['e.json']);
  });

  it('saveExperiment onto a folder says so, naming the file, in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-save-'));
    mkdirSync(join(dir, 'e.json'));
    for (const [lang, text] of [
      ['en', 'cannot save the experiment to e.json: '],
      ['es', 'no se puede guardar el experimento en e.json: '],
    ] as const) {
      try {
        saveExperiment('e.json', experiment, { io: fakeIo({ cwd: dir }), lang });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DescensoError);
        expect((e as DescensoError).messageIn(lang)).toContain(text);
      }
    }
    expect(readdirSync(dir)).toEqual(['e.json']);
  });

  it('saveTarget takes FILE.json (any case) and refuses another extension before anything runs', () => {
    expect(saveTarget('a/E.JSON')).toBe('a/E.JSON');
    expect(codeOf(() => saveTarget('e.csv'))).toBe('cli-save-extension');
  });
});
