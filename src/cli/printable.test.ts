import { describe, expect, it } from 'vitest';
import { caretLines, printableLine } from './printable.js';

describe('printableLine', () => {
  it('printableLine escapes ESC, newline, tab, DEL, C1 and bidi overrides', () => {
    expect(printableLine('a\x1b[2Jb\nc\td\x7f\x9b\u202e')).toBe('a\\x1b[2Jb\\nc\\td\\x7f\\x9b\\u202e');
  });

  it('printableLine leaves already escaped text and accents as they are (never escapes twice)', () => {
    const once = printableLine('x\ny «ñ» ∂f');
    expect(printableLine(once)).toBe(once);
    expect(once).toBe('x\\ny «ñ» ∂f');
  });
});

describe('caretLines', () => {
  it('caretLines escapes the formula and keeps the caret under the faulty character', () => {
    const [line, caret] = caretLines('x +\t\x1b(', 4).split('\n');
    expect(line).toBe('  x +\\t\\x1b(');
    // "x +\t" is five characters once escaped: the caret sits under the backslash of \x1b.
    expect(caret).toBe(`  ${' '.repeat(5)}^`);
  });

  it('caretLines shows a long formula only around the fault', () => {
    const source = `${'a+'.repeat(500)}(`;
    const [line, caret] = caretLines(source, 1000).split('\n');
    expect(line.length).toBeLessThan(140);
    expect(line[caret.indexOf('^')]).toBe('(');
  });
});
