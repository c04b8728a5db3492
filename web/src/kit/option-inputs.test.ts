import { describe, expect, it } from 'vitest';
import { conventions, optimizerNames, optionRow, optionTable } from '../../../src/optim/index.js';
import { fromSlider, sliderRange, toSlider } from './option-inputs.js';

describe('the optimizer editor’s sliders', () => {
  it('sliderRange(key) is the option table’s slider for every numeric option an optimizer shows', () => {
    for (const name of optimizerNames)
      for (const [key, value] of Object.entries(conventions[name].pytorch.defaults)) {
        if (typeof value !== 'number') continue;
        expect(optionRow(key)?.slider, key).toBeDefined();
        expect(sliderRange(key, value)).toBe(optionRow(key)?.slider);
      }
  });

  it('each slider runs from its row’s min (position 0) to its max (position 1000)', () => {
    for (const row of optionTable) {
      if (!row.slider) continue;
      const s = row.slider;
      expect(toSlider(s.min, s)).toBe(0);
      expect(toSlider(s.max, s)).toBe(1000);
      expect(fromSlider(0, s)).toBe(Number(s.min.toPrecision(3)));
      expect(fromSlider(1000, s)).toBe(Number(s.max.toPrecision(3)));
    }
  });

  it('a log slider puts the geometric middle in the middle: lr 1e-4…10 has 0.0316 at 500', () => {
    const lr = sliderRange('lr', 0.001);
    expect(fromSlider(500, lr)).toBe(0.0316);
    expect(toSlider(10 ** -1.5, lr)).toBe(500);
  });
});
