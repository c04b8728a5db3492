/**
 * A number typed by people: the field shows the value with the language's decimal mark, reads
 * what is typed with `parseNumber` (a decimal comma in Spanish), and refuses what is not a number,
 * or is out of bounds, with a one-line message beside it — the value stays the last good one until
 * the text is fixed. It commits on change (leaving the field) and on Enter, never per keystroke.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../src/i18n/index.js';
import { fmt, lang, tr } from '../i18n.js';
import { numberText, parseNumber } from './number.js';
import './fields.css';

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** The number `text` means in `lang` within `rules`, or the sentence that says why it is refused. */
export function readNumber(
  text: string,
  l: Lang,
  field: string,
  rules: NumberRules = {},
): { value: number } | { error: string } {
  const v = parseNumber(text, l);
  const value = text.trim();
  if (v === null) return { error: tr('lab-number-bad', { field, value }) };
  if (rules.integer && !Number.isInteger(v)) return { error: tr('lab-number-integer', { field, value }) };
  if (rules.min !== undefined && v < rules.min)
    return { error: tr('lab-number-min', { field, value, min: fmt(rules.min) }) };
  if (rules.max !== undefined && v > rules.max)
    return { error: tr('lab-number-max', { field, value, max: fmt(rules.max) }) };
  return { value: v };
}

export interface NumberFieldProps extends NumberRules {
  id: string;
  label: string;
  value: number;
  onCommit(v: number): void;
  /** Hides the label visually (it stays for screen readers), for fields beside a slider. */
  quiet?: boolean;
  class?: string;
}

export function NumberField(props: NumberFieldProps): JSX.Element {
  const { id, label, value, onCommit } = props;
  const l = lang.value;
  // the text being typed (null: the field shows the value) and why it was refused
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const committed = useRef<string | null>(null);
  const commit = (t: string) => {
    if (committed.current === t) return; // Enter and the change event that follows it
    committed.current = t;
    const r = readNumber(t, l, label, props);
    if ('error' in r) {
      setError(r.error);
      setText(t);
      return;
    }
    setError(null);
    setText(null);
    if (r.value !== value) onCommit(r.value);
  };
  const errorId = `${id}-error`;
  return (
    <span class={`field number-field${props.class ? ` ${props.class}` : ''}`}>
      <label for={id} class={props.quiet ? 'sr' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text ?? numberText(value, l)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(ev) => {
          committed.current = null;
          setText(ev.currentTarget.value);
        }}
        onChange={(ev) => commit(ev.currentTarget.value)}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter') commit(ev.currentTarget.value);
        }}
      />
      {error && (
        <span id={errorId} class="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

export interface SliderProps extends NumberFieldProps {
  min: number;
  max: number;
  /** The range's step (default: 1 for integers, else the span / 1000). */
  step?: number;
  /** The range moves on a log scale (min > 0): learning rates, tolerances. */
  log?: boolean;
}

const TICKS = 1000;

/** The range position (0…1000) of `v`, on a linear or log scale. */
export function sliderPosition(v: number, min: number, max: number, log = false): number {
  const f = log ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
  return Math.round(Math.max(0, Math.min(1, Number.isFinite(f) ? f : 0)) * TICKS);
}

/** The value at range position `p` (0…1000), rounded to `step` on a linear scale. */
export function sliderValue(p: number, min: number, max: number, log = false, step?: number): number {
  const f = p / TICKS;
  if (log) return Number((min * (max / min) ** f).toPrecision(3));
  const v = min + f * (max - min);
  return step ? Math.round(v / step) * step : v;
}

/** An option slider: a range for the hand and a number field for the exact value, both committing. */
export function Slider(props: SliderProps): JSX.Element {
  const { id, label, value, min, max, log, onCommit } = props;
  const step = props.step ?? (props.integer ? 1 : undefined);
  return (
    <span class="field slider">
      <label for={`${id}-range`}>{label}</label>
      <input
        id={`${id}-range`}
        type="range"
        min={0}
        max={TICKS}
        value={sliderPosition(value, min, max, log)}
        aria-valuetext={fmt(value)}
        onInput={(ev) => onCommit(sliderValue(Number(ev.currentTarget.value), min, max, log, step))}
      />
      <NumberField {...props} quiet />
    </span>
  );
}
