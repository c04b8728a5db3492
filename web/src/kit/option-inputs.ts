/**
 * The slider of a numeric option: its range is its row's in the option table (src/optim/options.ts),
 * so the lab, the CLI and the schema agree on every option. A position is 0 … SLIDER_STEPS.
 */
import { optionRow, type SliderRange } from '../../../src/optim/index.js';

export const SLIDER_STEPS = 1000;

/** The slider of an option: its row's in the option table. Every numeric option has one (options.test.ts). */
export function sliderRange(key: string, fallback: number): SliderRange {
  return optionRow(key)?.slider ?? { min: 0, max: Math.max(1, fallback * 10), log: false };
}

/** A value's slider position, 0 … SLIDER_STEPS (clamped to the range). */
export function toSlider(v: number, { min, max, log }: SliderRange): number {
  const u = log
    ? (Math.log10(Math.max(v, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
    : (v - min) / (max - min);
  return Math.round(Math.max(0, Math.min(1, u)) * SLIDER_STEPS);
}

/** The value at a slider position, to three significant digits. */
export function fromSlider(s: number, range: SliderRange): number {
  const { min, max, log } = range;
  const u = s / SLIDER_STEPS;
  const v = log ? 10 ** (Math.log10(min) + u * (Math.log10(max) - Math.log10(min))) : min + u * (max - min);
  // A whole-number option (an L-BFGS memory) moves by whole numbers.
  return range.integer ? Math.round(v) : Number(v.toPrecision(3));
}
