import { describe, expect, it } from 'vitest';
import { numberText, parseNumber } from './number.js';

describe('parseNumber', () => {
  it('parseNumber("0,03", es) reads the Spanish decimal comma', () => {
    expect(parseNumber('0,03', 'es')).toBe(0.03);
    expect(parseNumber('-1,5e-3', 'es')).toBe(-0.0015);
    expect(parseNumber('−2,5', 'es')).toBe(-2.5);
  });
  it('parseNumber takes a point in Spanish and a lone decimal comma in English', () => {
    expect(parseNumber('0.03', 'es')).toBe(0.03);
    expect(parseNumber('0,03', 'en')).toBe(0.03);
  });
  it('parseNumber refuses what is not one number, and the ambiguous "1,000" in English', () => {
    for (const t of ['', 'abc', '1,2,3', '1.2.3', 'NaN', 'Infinity', '1e', '1e999', '0x10', '1 000,5x'])
      expect(parseNumber(t, 'es')).toBeNull();
    expect(parseNumber('1,000', 'en')).toBeNull();
    expect(parseNumber('1,000', 'es')).toBe(1);
  });
  it('numberText writes the decimal mark of the language and parses back', () => {
    expect(numberText(0.03, 'es')).toBe('0,03');
    expect(numberText(-0.03, 'en')).toBe('−0.03');
    for (const v of [0.1, -2.5e-7, 123.456, 1e21])
      for (const l of ['es', 'en'] as const) expect(parseNumber(numberText(v, l), l)).toBe(v);
  });
});
