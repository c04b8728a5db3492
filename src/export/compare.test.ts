import { describe, expect, it } from 'vitest';
import { compareCsv, csvCells } from './compare.js';

const base = 'run,step,f,status\n"a, ""b""",0,10,max-steps\n"a, ""b""",1,1e-15,max-steps\n';

describe('compareCsv(actual, expected, tolerance)', () => {
  it('accepts a difference within tolerance of the column scale, even in a value near zero', () => {
    const r = compareCsv(base.replace('1e-15', '3e-15'), base, 1e-12);
    expect(r.ok).toBe(true);
    expect(r.worst).toBeCloseTo(2e-16, 20);
  });

  it('refuses a larger difference, another header, a row more, another label or status', () => {
    expect(compareCsv(base.replace(',10,', ',10.001,'), base, 1e-12).ok).toBe(false);
    expect(compareCsv(base.replace('f,', 'g,'), base, 1e-12).reason).toMatch(/^header/);
    expect(compareCsv(`${base}x,2,1,max-steps\n`, base, 1e-12).reason).toMatch(/rows/);
    expect(compareCsv(base.replace('""b""', '""c""'), base, 1e-12).ok).toBe(false);
    expect(compareCsv(base.replace('max-steps\n"a', 'converged\n"a'), base, 1e-12).ok).toBe(false);
    expect(compareCsv(base.replace(',10,', ',,'), base, 1e-12).ok).toBe(false);
  });
});

describe('csvCells(text)', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(csvCells('a,"b, ""c""\nd"\n1,2\n')).toEqual([
      ['a', 'b, "c"\nd'],
      ['1', '2'],
    ]);
  });
});
