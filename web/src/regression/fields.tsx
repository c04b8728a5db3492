/**
 * The regression panels' small controls: a number field that reads the decimal comma in Spanish
 * (kit/number.ts) and keeps what was typed until it is a number, a labelled select and a check.
 * Each commits on change or Enter; a refused number marks the field invalid and says why.
 */
import { useState } from 'preact/hooks';
import { lang, tr } from '../i18n.js';
import { numberText, parseNumber } from '../kit/number.js';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  set: (v: number) => void;
  /** Whole numbers only (points, seed, epochs). */
  int?: boolean;
  min?: number;
  max?: number;
  help?: string;
}

/** A typed number: null when the text is not one, or lies outside [min, max]. */
export function readNumber(text: string, p: Pick<NumberFieldProps, 'int' | 'min' | 'max'>): number | null {
  const v = parseNumber(text, lang.value);
  if (v === null) return null;
  if (p.int && !Number.isInteger(v)) return null;
  if ((p.min !== undefined && v < p.min) || (p.max !== undefined && v > p.max)) return null;
  return v;
}

export function NumberField(p: NumberFieldProps) {
  const shown = numberText(p.value, lang.value);
  const [text, setText] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const commit = (t: string) => {
    const v = readNumber(t, p);
    setBad(v === null);
    if (v === null) return;
    setText(null);
    if (v !== p.value) p.set(v);
  };
  const errId = `${p.id}-error`;
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        class="num"
        type="text"
        inputMode={p.int ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text ?? shown}
        aria-invalid={bad}
        aria-describedby={bad ? errId : undefined}
        onInput={(ev) => setText((ev.target as HTMLInputElement).value)}
        onChange={(ev) => commit((ev.target as HTMLInputElement).value)}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter') commit((ev.target as HTMLInputElement).value);
        }}
      />
      {bad ? (
        <div class="field-error" id={errId} role="alert">
          {tr('rg-bad-number', {
            min: p.min === undefined ? '−∞' : numberText(p.min, lang.value),
            max: p.max === undefined ? '∞' : numberText(p.max, lang.value),
          })}
        </div>
      ) : null}
      {p.help ? <div class="help">{p.help}</div> : null}
    </div>
  );
}

export interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  text?: (o: string) => string;
  set: (v: string) => void;
}

export function Select(p: SelectProps) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} onChange={(ev) => p.set((ev.target as HTMLSelectElement).value)}>
        {p.options.map((o) => (
          <option key={o} value={o} selected={o === p.value}>
            {p.text ? p.text(o) : o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Check(p: { id: string; label: string; checked: boolean; set: (on: boolean) => void }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        id={p.id}
        checked={p.checked}
        onChange={(ev) => p.set((ev.target as HTMLInputElement).checked)}
      />
      {p.label}
    </label>
  );
}
