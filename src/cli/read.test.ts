import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import type { CliContext } from './io.js';
import { readTextFile } from './read.js';
import { cli, fakeIo } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'descenso-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
mkdirSync(join(dir, 'folder'));
const ctx = (lang: 'en' | 'es' = 'en'): CliContext => ({
  io: fakeIo({ lang, cwd: dir }),
  lang,
  debug: false,
});

/** The message readTextFile throws, in `lang`. */
const refusal = (name: string, max: number, lang: 'en' | 'es' = 'en') => {
  try {
    readTextFile(name, max, ctx(lang));
  } catch (e) {
    if (e instanceof DescensoError) return e.messageIn(lang);
    throw e;
  }
  return 'read';
};

describe('readTextFile', () => {
  it('readTextFile returns the UTF-8 text, accents kept and a byte order mark dropped', () => {
    file('ok.csv', '\ufeffx,y\n1,2 # ñ\n');
    expect(readTextFile('ok.csv', 100, ctx())).toBe('x,y\n1,2 # ñ\n');
  });

  it('readTextFile of a file over the limit says the limit (checked before reading)', () => {
    file('big.txt', 'a'.repeat(101));
    expect(refusal('big.txt', 100)).toBe('cannot read big.txt: the file is too large (over 0.0001 MB)');
    expect(readTextFile('big.txt', 101, ctx())).toHaveLength(101);
  });

  it('readTextFile of a folder, a missing file, a binary file, bad UTF-8: one reason each, both languages', () => {
    expect(refusal('folder', 100)).toBe('cannot read folder: it is a folder, not a file');
    expect(refusal('nope.csv', 100)).toBe('cannot read nope.csv: no such file or folder');
    file('bin.dat', new Uint8Array([0x78, 0x2c, 0x79, 0x0a, 0x00, 0x01]));
    expect(refusal('bin.dat', 100)).toBe('cannot read bin.dat: it is not a text file (it holds NUL bytes)');
    expect(refusal('bin.dat', 100, 'es')).toBe(
      'no se puede leer bin.dat: no es un fichero de texto (contiene bytes NUL)',
    );
    // Latin-1 "año" on the second line: 0xf1 is not UTF-8.
    file('latin1.csv', new Uint8Array([0x78, 0x0a, 0x61, 0xf1, 0x6f, 0x0a]));
    expect(refusal('latin1.csv', 100)).toBe(
      'cannot read latin1.csv: it is not UTF-8 text (line 2); save it as UTF-8',
    );
    expect(refusal('latin1.csv', 100, 'es')).toBe(
      'no se puede leer latin1.csv: no es texto UTF-8 (línea 2); guárdelo como UTF-8',
    );
  });

  it('run and fit --data-file read through it: a folder and a binary file are one line, exit 2', async () => {
    for (const args of [
      ['run', 'folder'],
      ['fit', '--data-file', 'bin.dat'],
      ['run', 'latin1.csv'],
    ]) {
      const r = await cli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^descenso: cannot read /);
    }
  });
});
