/**
 * The learning rate of an optimizer card, which is a number (slider + field) or a schedule
 * (the CLI's `--lr-schedule` text, `exponential:lr=0.1,gamma=0.9`), and the clipping options
 * every optimizer takes (clipNorm, clipValue), off until ticked.
 */

import { isDescensoError } from '../../src/errors.js';
import type { OptimizerEntry } from '../../src/experiment/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { optionRow, parseScheduleText, type ScheduleSpec, scheduleText } from '../../src/optim/index.js';
import { h, nextId } from './dom.js';
import { getLang, tr } from './i18n.js';
import { numberInputs } from './option-inputs.js';

/** The schedule a constant rate `lr` turns into when the user picks "schedule": a gentle decay. */
export function startSchedule(lr: number): ScheduleSpec {
  return { kind: 'exponential', lr, gamma: 0.99 };
}

/**
 * A schedule as the field shows it: the CLI's text with a space after each comma, which the
 * parser accepts, so a long schedule wraps between its options rather than inside a number.
 */
export function shownSchedule(spec: ScheduleSpec): string {
  return scheduleText(spec).replace(/,/g, ', ');
}

/** The base learning rate of a schedule (a warmup's is its base's), for going back to a constant. */
export function scheduleBaseLr(spec: ScheduleSpec): number {
  if (spec.kind !== 'warmup') return spec.lr;
  return typeof spec.base === 'number' ? spec.base : scheduleBaseLr(spec.base);
}

/**
 * Reads a schedule as typed: the spec it says, or, on a fault, the last good spec with the fault
 * as one line in `lang` (never a throw, so the run keeps the last schedule that made sense).
 * White space is dropped first.
 */
export function readSchedule(
  text: string,
  last: ScheduleSpec,
  lang: Lang,
): { spec: ScheduleSpec; fault?: string } {
  try {
    // Spaces and line breaks mean nothing in the syntax: the field wraps a long schedule.
    return { spec: parseScheduleText(text.replace(/\s+/g, ''), { where: 'lr' }) };
  } catch (err) {
    return { spec: last, fault: isDescensoError(err) ? err.messageIn(lang) : String(err) };
  }
}

/** The value to show for an option that may be a number or a schedule: a schedule is shown as text. */
export function isSchedule(v: unknown): v is ScheduleSpec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function modeSwitch(schedule: boolean, pick: (schedule: boolean) => void): HTMLElement {
  return h(
    'div',
    { class: 'seg', role: 'radiogroup', 'aria-label': tr('lab-lr') },
    [false, true].map((s) =>
      h(
        'button',
        {
          type: 'button',
          role: 'radio',
          'aria-checked': String(s === schedule),
          class: s === schedule ? 'on' : '',
          'data-lr-mode': s ? 'schedule' : 'constant',
          onclick: () => {
            if (s !== schedule) pick(s);
          },
        },
        tr(s ? 'lab-lr-schedule' : 'lab-lr-constant'),
      ),
    ),
  );
}

function scheduleRow(
  entry: OptimizerEntry,
  spec: ScheduleSpec,
  changed: (rebuild: boolean) => void,
): HTMLElement {
  const id = nextId('sch');
  const faultId = nextId('schf');
  let last = spec;
  const fault = h('p', { id: faultId, class: 'formula-error', role: 'alert', hidden: true });
  // A textarea that wraps, so a long schedule (a warmup to a cosine) is seen whole at 360 px.
  const input = h('textarea', {
    id,
    rows: 1,
    class: 'schedule',
    value: shownSchedule(spec),
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': faultId,
    placeholder: 'exponential:lr=0.1,gamma=0.9',
    // Enter commits, as in the number fields: the text is one line.
    onkeydown: (ev: KeyboardEvent) => {
      if (ev.key !== 'Enter') return;
      ev.preventDefault();
      input.dispatchEvent(new Event('change'));
    },
    onchange: () => {
      const read = readSchedule(input.value, last, getLang());
      fault.textContent = read.fault ?? '';
      fault.hidden = read.fault === undefined;
      input.setAttribute('aria-invalid', String(read.fault !== undefined));
      if (read.fault !== undefined) return;
      last = read.spec;
      entry.options = { ...entry.options, lr: read.spec };
      changed(false);
    },
  });
  return h(
    'div',
    { class: 'hp-schedule' },
    h('label', { for: id, title: tr('lab-lr-schedule-title') }, tr('lab-lr-schedule-field')),
    input,
    fault,
  );
}

/** The lr rows of a card: a constant/schedule switch, then the slider + field or the schedule text. */
export function lrRows(
  entry: OptimizerEntry,
  title: string,
  def: number,
  disabled: boolean,
  changed: (rebuild: boolean) => void,
): HTMLElement[] {
  const value = entry.options?.lr ?? def;
  const schedule = isSchedule(value);
  const pick = (s: boolean) => {
    const lr = isSchedule(value) ? scheduleBaseLr(value) : Number(value);
    entry.options = { ...entry.options, lr: s ? startSchedule(lr) : lr };
    changed(true);
  };
  const head = h(
    'div',
    { class: 'opt-conv' },
    h('span', { class: 'small' }, tr('lab-lr')),
    modeSwitch(schedule, pick),
  );
  if (schedule) return [head, scheduleRow(entry, value, changed)];
  const id = nextId('hp');
  const { slider, num } = numberInputs(
    id,
    'lr',
    `${title}: lr`,
    () => Number(entry.options?.lr ?? def),
    (v) => {
      entry.options = { ...entry.options, lr: v };
      changed(false);
    },
    disabled,
  );
  return [head, h('div', { class: 'hp' }, h('label', { for: id }, 'lr'), slider, num)];
}

/** The value clipping starts at when ticked: 1, the middle of the usual range. */
export const CLIP_START = 1;

/** The options with option `key` set to `v`, or without it when `v` is undefined (clipping off). */
export function withOption<T>(
  options: Record<string, T> | undefined,
  key: string,
  v: T | undefined,
): Record<string, T> {
  const { [key]: _drop, ...rest } = options ?? {};
  return v === undefined ? rest : { ...rest, [key]: v };
}

/** A clipping option's row: a checkbox that turns it on (off by default), then its slider and field. */
export function clipRow(
  entry: OptimizerEntry,
  key: string,
  title: string,
  changed: (rebuild: boolean) => void,
) {
  const row = optionRow(key);
  const on = typeof entry.options?.[key] === 'number';
  const id = nextId('hp');
  const current = () => (on ? Number(entry.options?.[key]) : CLIP_START);
  const { slider, num } = numberInputs(
    id,
    key,
    `${title}: ${key}`,
    current,
    (v) => {
      entry.options = withOption(entry.options, key, v);
      changed(false);
    },
    !on,
  );
  const box = h('input', {
    type: 'checkbox',
    checked: on,
    'aria-label': tr('lab-clip-on', { key }),
    'data-clip': key,
    onchange: (ev: Event) => {
      const checked = (ev.target as HTMLInputElement).checked;
      entry.options = withOption(entry.options, key, checked ? CLIP_START : undefined);
      changed(true);
    },
  });
  const label = h(
    'label',
    { for: id, title: row ? tr(row.help as 'optim-option-clipNorm') : '' },
    `${key} (${row?.symbol})`,
  );
  return h('div', { class: 'hp hp-clip' }, h('span', { class: 'clip-name' }, box, label), slider, num);
}
