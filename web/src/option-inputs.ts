/**
 * The slider + number pair of a numeric option: the slider's range is its row's in the option
 * table (src/optim/options.ts), so the lab, the CLI and the schema agree on every option.
 */
import { optionRow, type SliderRange } from '../../src/optim/index.js';
import { h } from './dom.js';

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
export function fromSlider(s: number, { min, max, log }: SliderRange): number {
  const u = s / SLIDER_STEPS;
  const v = log ? 10 ** (Math.log10(min) + u * (Math.log10(max) - Math.log10(min))) : min + u * (max - min);
  return Number(v.toPrecision(3));
}

export interface NumberInputs {
  slider: HTMLInputElement;
  num: HTMLInputElement;
}

/**
 * A slider and a number field that follow each other and call `set` with each finite value; a
 * typed value that is not a finite number is put back to the last good one (`current()`).
 */
export function numberInputs(
  id: string,
  key: string,
  ariaLabel: string,
  current: () => number,
  set: (v: number) => void,
  disabled = false,
): NumberInputs {
  const range = sliderRange(key, current());
  const num = h('input', {
    id,
    type: 'number',
    value: String(current()),
    step: 'any',
    disabled,
    class: 'num',
  });
  const slider = h('input', {
    type: 'range',
    min: 0,
    max: SLIDER_STEPS,
    value: String(toSlider(current(), range)),
    disabled,
    'aria-label': ariaLabel,
  });
  slider.addEventListener('input', () => {
    const v = fromSlider(Number(slider.value), range);
    num.value = String(v);
    set(v);
  });
  num.addEventListener('change', () => {
    const v = Number(num.value);
    if (num.value.trim() === '' || !Number.isFinite(v)) {
      num.value = String(current());
      return;
    }
    slider.value = String(toSlider(v, range));
    set(v);
  });
  return { slider, num };
}
