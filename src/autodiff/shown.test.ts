import { describe, expect, it } from 'vitest';
import { shown } from './shown.js';

describe('shown', () => {
  it('shown("a\\nb\\u202e") writes the control characters escaped, on one line', () => {
    expect(shown('a\nb\u202e')).toBe('a\\nb\\u202e');
  });

  it('shown of 10⁶ characters keeps 60 and adds …', () => {
    expect(shown('x'.repeat(1_000_000))).toBe(`${'x'.repeat(60)}…`);
  });

  it('shown(Object.create(null)) does not throw', () => {
    expect(shown(Object.create(null))).toBe('(object)');
  });
});
