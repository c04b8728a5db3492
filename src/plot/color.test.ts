import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { deltaE, labToRgb, mixRgb, parseHex, rgbToLab, toHex } from './color.js';

describe('color', () => {
  it('parseHex reads #rrggbb and #rgb; toHex writes it back', () => {
    expect(parseHex('#3b4cc0')).toEqual([59, 76, 192]);
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(toHex([59, 76, 192])).toBe('#3b4cc0');
  });

  it('toHex rounds and clamps channels', () => {
    expect(toHex([-3, 127.6, 300])).toBe('#0080ff');
  });

  it('parseHex of something else throws DescensoError plot-bad-input', () => {
    expect(() => parseHex('red')).toThrow(DescensoError);
  });

  it('rgbToLab(white) is L = 100, a = b = 0 and labToRgb inverts it', () => {
    const lab = rgbToLab([255, 255, 255]);
    expect(lab[0]).toBeCloseTo(100, 3);
    expect(lab[1]).toBeCloseTo(0, 3);
    expect(lab[2]).toBeCloseTo(0, 3);
    const back = labToRgb(rgbToLab([59, 76, 192]));
    expect(back.map(Math.round)).toEqual([59, 76, 192]);
  });

  it('deltaE(black, white) is 100', () => {
    expect(deltaE([0, 0, 0], [255, 255, 255])).toBeCloseTo(100, 3);
  });

  it('mixRgb halfway is the channel mean', () => {
    expect(mixRgb([0, 100, 200], [100, 200, 0], 0.5)).toEqual([50, 150, 100]);
  });
});
