import { describe, expect, it } from 'vitest';
import { commentStart, localizeScript, lookUp, type Phrasebook } from './localize.js';

const book: Phrasebook = {
  exact: new Map([
    ['the step of the differences', 'el paso de las diferencias'],
    ['The runs', 'Las ejecuciones'],
    ['status: {status} after {at} steps', 'estado: {status} tras {at} pasos'],
    ['One line.\nTwo lines.', 'Una línea y otra,\nen tres\nlíneas.'],
    ['A docstring.', 'Un docstring.'],
    ['Second line.', 'Segunda línea.'],
  ]),
  patterns: [[/^Run (\d+) is left out$/, 'La ejecución $1 queda fuera']],
};

describe('lookUp(book, text)', () => {
  it('finds an exact text, then a pattern, and nothing for a text the book lacks', () => {
    expect(lookUp(book, 'The runs')).toBe('Las ejecuciones');
    expect(lookUp(book, 'Run 3 is left out')).toBe('La ejecución 3 queda fuera');
    expect(lookUp(book, 'Run x is left out')).toBeUndefined();
  });
});

describe('commentStart(line)', () => {
  it('finds the # outside string literals only', () => {
    expect(commentStart('x = \'#not\' + "#no"  # yes')).toBe(20);
    expect(commentStart("s = 'it\\'s # inside'")).toBe(-1);
  });
});

describe('localizeScript(script, book)', () => {
  it('translates a comment after code and leaves the code as it was', () => {
    expect(localizeScript('H = 1e-05  # the step of the differences', book)).toBe(
      'H = 1e-05  # el paso de las diferencias',
    );
  });

  it('pads a section heading back to its width', () => {
    const line = '# ---- The runs ------------------------';
    const said = localizeScript(line, book);
    expect(said).toBe('# ---- Las ejecuciones -----------------');
    expect(said.length).toBe(line.length);
  });

  it('translates a printed message but no other string literal, even one that reads the same', () => {
    const script = [
      "    print(f'status: {status} after {at} steps')",
      "LABEL = 'status: {status} after {at} steps'",
    ].join('\n');
    expect(localizeScript(script, book).split('\n')).toEqual([
      "    print(f'estado: {status} tras {at} pasos')",
      "LABEL = 'status: {status} after {at} steps'",
    ]);
  });

  it('translates a block of comments as a whole, which may change its number of lines', () => {
    expect(localizeScript('    # One line.\n    # Two lines.\nx = 1', book)).toBe(
      '    # Una línea y otra,\n    # en tres\n    # líneas.\nx = 1',
    );
  });

  it('translates a docstring line by line when the whole is not in the book, keeping its indentation', () => {
    const script = '    """A docstring.\n\n    Second line.\n    """\n    return 1';
    expect(localizeScript(script, book)).toBe(
      '    """Un docstring.\n\n    Segunda línea.\n    """\n    return 1',
    );
  });

  it('leaves a text the book lacks, and a symbol, as they are', () => {
    const script = '#!/usr/bin/env python3\n# W1\nx = 2  # an unknown remark\n"""Unknown."""';
    expect(localizeScript(script, book)).toBe(script);
  });
});
