/**
 * Number fields as people type them: a text field read by `parseNumber` in the page's language
 * ("0,03" in Spanish), which commits on change or Enter and puts back the last good value when the
 * text is not a number (or `accept` refuses it); and the slider + field pair of an option, whose
 * slider runs over its row's range in the option table.
 */
import { useEffect, useState } from 'preact/hooks';
import { lang } from '../i18n.js';
import { numberText, parseNumber } from './number.js';
import { fromSlider, SLIDER_STEPS, sliderRange, toSlider } from './option-inputs.js';

export interface NumberTextProps {
  id?: string;
  value: number;
  onCommit(v: number): void;
  /** A value the field refuses (the last good one is put back). */
  accept?(v: number): boolean;
  disabled?: boolean;
  label?: string;
  describedBy?: string;
  className?: string;
}

export function NumberText(p: NumberTextProps) {
  const l = lang.value;
  const shown = numberText(p.value, l);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // a value changed elsewhere (a slider, an import, the language) is shown as it is now
  useEffect(() => setText(shown), [shown]);
  const commit = (t: string) => {
    const v = parseNumber(t, l);
    if (v === null || (p.accept && !p.accept(v))) {
      setInvalid(true);
      setText(shown);
      return;
    }
    setInvalid(false);
    setText(numberText(v, l));
    if (v !== p.value) p.onCommit(v);
  };
  return (
    <input
      id={p.id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      class={`num ${p.className ?? ''}`}
      value={text}
      disabled={p.disabled}
      aria-label={p.label}
      aria-describedby={p.describedBy}
      aria-invalid={invalid}
      onInput={(ev) => setText((ev.target as HTMLInputElement).value)}
      onChange={(ev) => commit((ev.target as HTMLInputElement).value)}
      onKeyDown={(ev) => {
        if (ev.key === 'Enter') commit((ev.target as HTMLInputElement).value);
      }}
    />
  );
}

export interface SliderNumberProps {
  id: string;
  /** The option's key in the option table (its slider range). */
  optionKey: string;
  value: number;
  onChange(v: number): void;
  /** What the slider is, for a screen reader ("Adam: lr"). */
  sliderLabel: string;
  disabled?: boolean;
}

/** An option's slider beside its number field; both follow the value. */
export function SliderNumber(p: SliderNumberProps) {
  const range = sliderRange(p.optionKey, p.value);
  return (
    <>
      <input
        type="range"
        min={0}
        max={SLIDER_STEPS}
        value={toSlider(p.value, range)}
        disabled={p.disabled}
        aria-label={p.sliderLabel}
        onInput={(ev) => p.onChange(fromSlider(Number((ev.target as HTMLInputElement).value), range))}
      />
      <NumberText id={p.id} value={p.value} onCommit={p.onChange} disabled={p.disabled} />
    </>
  );
}
