import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from './suggest.js';

describe('suggestName', () => {
  it('suggestName("peak", surfaces) is "peaks"; "desend" among commands is "descend"', () => {
    expect(suggestName('peak', ['peaks', 'bowl', 'rosenbrock'])).toBe('peaks');
    expect(suggestName('desend', ['descend', 'fit', 'grad'])).toBe('descend');
  });
  it('suggestName gives nothing when no name is close, or for hostile input', () => {
    expect(suggestName('zzzz', ['peaks', 'bowl'])).toBeUndefined();
    expect(suggestName('x'.repeat(1000), ['peaks'])).toBeUndefined();
    expect(suggestName('__proto__', ['peaks'])).toBeUndefined();
  });
  it('editDistance counts a swap of two neighbours as one edit, so "adma" suggests "adam"', () => {
    expect(editDistance('adma', 'adam')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(suggestName('adma', ['sgd', 'adam', 'adamw'])).toBe('adam');
  });
  it('editDistance counts inserts, deletes and replacements', () => {
    expect([
      editDistance('kitten', 'sitting'),
      editDistance('', 'abc'),
      editDistance('adam', 'adam'),
    ]).toEqual([3, 3, 0]);
  });
});
