/**
 * The small controls every lab uses: a formula field with its fault beside it, a select, a
 * checkbox, a titled section and a live region — each labelled, keyboard reachable, and reading
 * only the props it is given (the store's signals stay in the lab).
 */
import { type ReadonlySignal, useSignal, useSignalEffect } from '@preact/signals';
import type { ComponentChildren, JSX } from 'preact';
import './fields.css';

export interface FormulaFieldProps {
  id: string;
  label: string;
  value: string;
  /** The fault as the lab shows it (a caret line and a message), null when the formula reads. */
  error: string | null;
  onInput(text: string): void;
  help?: string;
}

/** A formula: its fault (with the caret under it) in #<id>-error, which the field names as its description. */
export function FormulaField({ id, label, value, error, onInput, help }: FormulaFieldProps): JSX.Element {
  const described = [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ');
  return (
    <div class="field formula-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        spellcheck={false}
        autoComplete="off"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={described || undefined}
        onInput={(ev) => onInput(ev.currentTarget.value)}
      />
      <pre id={`${id}-error`} class="formula-error" role="alert" hidden={!error}>
        {error ?? ''}
      </pre>
      {help && (
        <div id={`${id}-help`} class="help">
          {help}
        </div>
      )}
    </div>
  );
}

export interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(v: T): void;
}

export function Select<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: SelectProps<T>): JSX.Element {
  return (
    <span class="field select">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(ev) => onChange(ev.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(on: boolean): void;
  title?: string;
}

export function Checkbox({ id, label, checked, onChange, title }: CheckboxProps): JSX.Element {
  return (
    <span class="field check" title={title}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(ev) => onChange(ev.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </span>
  );
}

export interface SectionProps {
  title: string;
  /** The section's id; its heading gets `<id>-title` and names the region. */
  id?: string;
  /** Controls beside the title (export buttons, a toggle). */
  actions?: ComponentChildren;
  class?: string;
  children?: ComponentChildren;
}

/** A titled panel: a region named by its heading. */
export function Section({ title, id, actions, children, ...rest }: SectionProps): JSX.Element {
  const head = id ? `${id}-title` : undefined;
  return (
    <section id={id} class={`panel${rest.class ? ` ${rest.class}` : ''}`} aria-labelledby={head}>
      <div class="panel-head">
        <h2 id={head}>{title}</h2>
        {actions && <span class="panel-actions">{actions}</span>}
      </div>
      {children}
    </section>
  );
}

/**
 * What a canvas shows, said in words for screen readers (the step, the values, the status): a
 * visually hidden polite live region. Labs give it a short text that changes with what matters
 * (not every animation frame, so a reader is not flooded).
 */
export function LiveText({ text, id }: { text: string; id?: string }): JSX.Element {
  return (
    <p id={id} class="sr" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

/** How often a playing animation's live region speaks: often enough to follow, rarely enough to hear. */
export const SPEAK_EVERY_MS = 1500;

/**
 * A live region for an animation: paused, it says `text` as it changes (a step, a scrub); playing,
 * it says where the animation is every `every` ms, not every frame (a reader would hear nothing
 * whole). `text` is computed lazily, so while playing it is worked out only when it is said.
 */
export function PlayingLiveText(p: {
  text: ReadonlySignal<string>;
  playing: ReadonlySignal<boolean>;
  every?: number;
  id?: string;
}): JSX.Element {
  const shown = useSignal(p.text.peek());
  useSignalEffect(() => {
    if (!p.playing.value) {
      shown.value = p.text.value;
      return;
    }
    shown.value = p.text.peek();
    const timer = setInterval(() => {
      shown.value = p.text.peek();
    }, p.every ?? SPEAK_EVERY_MS);
    return () => clearInterval(timer);
  });
  return (
    <p id={p.id} class="sr" aria-live="polite" aria-atomic="true">
      {shown}
    </p>
  );
}
