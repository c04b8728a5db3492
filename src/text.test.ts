import { describe, expect, it } from 'vitest';
import { describeChar, escapeChar, hasUnsafeChar, MAX_SHOWN, printable } from './text.js';

describe('printable', () => {
  it('printable(terminal title and clear-screen escapes) shows them as \\x1b and \\x07', () => {
    expect(printable('\x1b]0;pwned\x07\x1b[2J')).toBe('\\x1b]0;pwned\\x07\\x1b[2J');
  });

  it('printable(a key with a newline, CR and tab) stays on one line', () => {
    expect(printable('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
  });

  it('printable(bidi overrides, isolates, line and paragraph separators, C1, DEL) escapes each', () => {
    expect(printable('\u202e\u2066\u2069\u2028\u2029\u009b\u007f\u200f\ufeff')).toBe(
      '\\u202e\\u2066\\u2069\\u2028\\u2029\\x9b\\x7f\\u200f\\ufeff',
    );
  });

  it('printable(a lone surrogate) escapes it but keeps a whole pair', () => {
    expect(printable('a\ud800b')).toBe('a\\ud800b');
    expect(printable('x😀y')).toBe('x😀y');
  });

  it('printable(accents, Greek, symbols) leaves them as they are', () => {
    expect(printable('déjà vu: β₁ ≥ 0 · ½ — «ok»')).toBe('déjà vu: β₁ ≥ 0 · ½ — «ok»');
  });

  it('printable(a 100 MB value) is cut to MAX_SHOWN characters ending in an ellipsis', () => {
    const out = printable('z'.repeat(100_000_000));
    expect(Array.from(out)).toHaveLength(MAX_SHOWN);
    expect(out.endsWith('…')).toBe(true);
  });

  it('printable(text, 5) cuts on code points, never inside a surrogate pair', () => {
    expect(printable('😀😀😀😀😀😀', 5)).toBe('😀😀😀😀…');
  });

  it('printable is idempotent: escaping escaped text changes nothing', () => {
    const once = printable(`\x1b[31m${'q'.repeat(200)}`);
    expect(printable(once)).toBe(once);
  });
});

describe('escapeChar and describeChar', () => {
  it('escapeChar names newline, ESC and a bidi override as \\n, \\x1b, \\u202e', () => {
    expect([escapeChar('\n'), escapeChar('\x1b'), escapeChar('\u202e')]).toEqual(['\\n', '\\x1b', '\\u202e']);
  });

  it('describeChar(U+202E) is a code point while describeChar(β) is the letter', () => {
    expect(describeChar('\u202e')).toBe('U+202E');
    expect(describeChar('\u00a0')).toBe('U+00A0');
    expect(describeChar('β')).toBe('β');
  });

  it('hasUnsafeChar tells a control character from plain text', () => {
    expect(hasUnsafeChar('plain')).toBe(false);
    expect(hasUnsafeChar('bell\x07')).toBe(true);
    // The pattern is global: a second call must not resume where the first stopped.
    expect(hasUnsafeChar('bell\x07')).toBe(true);
  });
});
