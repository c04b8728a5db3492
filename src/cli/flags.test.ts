import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import {
  parseAssignments,
  parseChoice,
  parseInteger,
  parseNumber,
  parseNumberList,
  parsePoint,
} from './flags.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof DescensoError ? e.code : 'not a DescensoError';
  }
  return 'no error';
};

describe('parseNumber', () => {
  it('parseNumber reads decimals, signs, exponents and a leading point', () => {
    expect(parseNumber('--lr', '0.03')).toBe(0.03);
    expect(parseNumber('--lr', '-1.5')).toBe(-1.5);
    expect(parseNumber('--lr', '+2')).toBe(2);
    expect(parseNumber('--lr', '1e-3')).toBe(0.001);
    expect(parseNumber('--lr', '.5')).toBe(0.5);
    expect(parseNumber('--lr', ' 3 ')).toBe(3);
  });

  it("parseNumber refuses 0x10, 0b1, 0o7, Infinity, '', '  ', 1_000 and NaN, naming the flag", () => {
    for (const v of ['0x10', '0b1', '0o7'])
      expect(codeOf(() => parseNumber('--steps', v))).toBe('cli-not-decimal');
    for (const v of ['Infinity', '-Infinity', '', '  ', '1_000', 'NaN', 'abc', '1e', '--'])
      expect(codeOf(() => parseNumber('--steps', v))).toBe('cli-bad-number');
    expect(() => parseNumber('--steps', '0x10')).toThrow(
      "--steps expects a number written in decimal (like 100, 0.03 or 1e-3), got '0x10'",
    );
  });

  it('parseNumber of 0,03 hints "write 0.03" in both languages', () => {
    try {
      parseNumber('--lr', '0,03');
      expect.unreachable();
    } catch (e) {
      const err = e as DescensoError;
      expect(err.messageIn('en')).toBe("--lr expects a number with a decimal point, got '0,03': write 0.03");
      expect(err.messageIn('es')).toBe(
        "--lr espera un número con punto decimal y recibió '0,03': escriba 0.03",
      );
    }
  });

  it('parseNumber keeps -0 (as NumPy reads it) and refuses 1e400 as too large', () => {
    expect(Object.is(parseNumber('--at', '-0'), -0)).toBe(true);
    expect(codeOf(() => parseNumber('--lr', '1e400'))).toBe('cli-too-large');
    expect(parseNumber('--lr', '1e308')).toBe(1e308);
    expect(codeOf(() => parseNumber('--lr', '1e-400'))).toBe('cli-too-small');
    expect(parseNumber('--lr', '0e-400')).toBe(0);
    expect(parseNumber('--lr', '5e-324')).toBe(5e-324);
  });
});

describe('parseInteger', () => {
  it('parseInteger takes 1e3 as 1000 (exact) and refuses 0x10 and 1.5', () => {
    expect(parseInteger('--steps', '1e3')).toBe(1000);
    expect(codeOf(() => parseInteger('--steps', '0x10'))).toBe('cli-not-decimal');
    expect(codeOf(() => parseInteger('--steps', '1.5'))).toBe('cli-bad-integer');
    expect(codeOf(() => parseInteger('--steps', '1e400', 0, 10))).toBe('cli-too-large');
  });
});

describe('lists and names', () => {
  it('parseNumberList refuses a hexadecimal or infinite element', () => {
    expect(parseNumberList('--from', '-0.35, -0.67', 2)).toEqual([-0.35, -0.67]);
    expect(codeOf(() => parseNumberList('--from', '0x1,2', 2))).toBe('cli-bad-numbers');
    expect(codeOf(() => parseNumberList('--from', 'Infinity,2', 2))).toBe('cli-bad-numbers');
  });

  it('parseAssignments keeps __proto__ and constructor as ordinary names', () => {
    const m = parseAssignments('--init', '__proto__=1,constructor=2');
    expect([...m]).toEqual([
      ['__proto__', 1],
      ['constructor', 2],
    ]);
  });

  it('parsePoint of __proto__=1 is an unknown variable, not a missing one', () => {
    expect(codeOf(() => parsePoint('--at', '__proto__=1', ['x']))).toBe('tour-bad-name');
    expect(codeOf(() => parsePoint('--at', 'x=1,toString=2', ['x']))).toBe('tour-bad-name');
    expect(codeOf(() => parsePoint('--at', '1', []))).toBe('cli-no-variables');
  });

  it('parseChoice of toString is refused; of a near miss it suggests the choice', () => {
    expect(codeOf(() => parseChoice('--format', 'toString', ['table', 'json']))).toBe('cli-bad-choice');
    expect(() => parseChoice('--format', 'jso', ['table', 'json'])).toThrow("(did you mean 'json'?)");
  });
});
