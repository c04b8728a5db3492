/**
 * One optimizer of the experiment as a card: name, label, convention (PyTorch/Keras), and every
 * hyper-parameter of that convention as a slider beside a number field. Edits the entry in place
 * and calls `changed`.
 */
import type { OptimizerEntry } from '../../src/experiment/index.js';
import { optimizerInfo, optimizerNames, optionRow, type SliderRange } from '../../src/optim/index.js';
import { h, nextId } from './dom.js';
import { getLang, tr } from './i18n.js';

const SLIDER_STEPS = 1000;

/**
 * The slider of an option: its row's in the option table (src/optim/options.ts), so the lab, the
 * CLI and the schema agree on every option. Every numeric option has one (options.test.ts).
 */
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

export function optimizerCard(
  entry: OptimizerEntry,
  color: string,
  canRemove: boolean,
  changed: (rebuild: boolean) => void,
  remove: () => void,
  names: readonly string[] = optimizerNames,
): HTMLElement {
  const convention = entry.convention ?? 'pytorch';
  const info = optimizerInfo(entry.name, getLang());
  const defaults = info.defaults[convention];
  const fixed = new Set(info.fixed[convention]);
  const title = entry.label ?? entry.name;

  const nameId = nextId('opt');
  const nameSelect = h(
    'select',
    {
      id: nameId,
      onchange: (ev: Event) => {
        const name = (ev.target as HTMLSelectElement).value;
        const lr = entry.options?.lr;
        entry.name = name;
        entry.options = lr === undefined ? {} : { lr };
        entry.label = undefined;
        changed(true);
      },
    },
    names.map((n) => h('option', { value: n, selected: n === info.name }, n)),
  );
  const labelId = nextId('lbl');
  const labelInput = h('input', {
    id: labelId,
    type: 'text',
    value: entry.label ?? '',
    placeholder: entry.name,
    maxlength: 60,
    onchange: (ev: Event) => {
      const v = (ev.target as HTMLInputElement).value.trim();
      entry.label = v === '' ? undefined : v;
      changed(false);
    },
  });
  const conv = h(
    'div',
    { class: 'seg', role: 'radiogroup', 'aria-label': tr('lab-convention') },
    (['pytorch', 'keras'] as const).map((c) =>
      h(
        'button',
        {
          type: 'button',
          role: 'radio',
          'aria-checked': String(c === convention),
          class: c === convention ? 'on' : '',
          'data-convention': c,
          title: info.framework[c] ?? '',
          onclick: () => {
            if (c === convention) return;
            entry.convention = c === 'pytorch' ? undefined : c;
            changed(true);
          },
        },
        c === 'pytorch' ? 'PyTorch' : 'Keras',
      ),
    ),
  );

  const rows: HTMLElement[] = [];
  for (const [key, def] of Object.entries(defaults)) {
    const value = entry.options?.[key] ?? def;
    const id = nextId('hp');
    const sym = optionRow(key)?.symbol;
    const labelText = sym && sym !== key ? `${key} (${sym})` : key;
    const disabled = fixed.has(key);
    if (typeof def === 'boolean') {
      rows.push(
        h(
          'div',
          { class: 'hp hp-bool' },
          h('input', {
            id,
            type: 'checkbox',
            checked: value === true,
            disabled,
            onchange: (ev: Event) => {
              entry.options = { ...entry.options, [key]: (ev.target as HTMLInputElement).checked };
              changed(false);
            },
          }),
          h('label', { for: id }, labelText),
        ),
      );
      continue;
    }
    const range = sliderRange(key, Number(def));
    const num = h('input', {
      id,
      type: 'number',
      value: String(value),
      step: 'any',
      disabled,
      class: 'num',
    });
    const slider = h('input', {
      type: 'range',
      min: 0,
      max: SLIDER_STEPS,
      value: String(toSlider(Number(value), range)),
      disabled,
      'aria-label': `${title}: ${key}`,
    });
    const set = (v: number) => {
      entry.options = { ...entry.options, [key]: v };
      changed(false);
    };
    slider.addEventListener('input', () => {
      const v = fromSlider(Number(slider.value), range);
      num.value = String(v);
      set(v);
    });
    num.addEventListener('change', () => {
      const v = Number(num.value);
      if (!Number.isFinite(v)) {
        num.value = String(entry.options?.[key] ?? def);
        return;
      }
      slider.value = String(toSlider(v, range));
      set(v);
    });
    rows.push(h('div', { class: 'hp' }, h('label', { for: id }, labelText), slider, num));
  }

  return h(
    'section',
    { class: 'opt-card', style: `--c:${color}`, 'aria-label': title },
    h(
      'div',
      { class: 'opt-head' },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      h('label', { for: nameId, class: 'sr' }, tr('lab-optimizer')),
      nameSelect,
      h('label', { for: labelId, class: 'sr' }, tr('lab-label')),
      labelInput,
      h(
        'button',
        {
          type: 'button',
          class: 'icon',
          disabled: !canRemove,
          'aria-label': tr('lab-remove', { name: title }),
          title: tr('lab-remove', { name: title }),
          onclick: remove,
        },
        '×',
      ),
    ),
    h('div', { class: 'opt-conv' }, h('span', { class: 'small' }, tr('lab-convention')), conv),
    rows,
  );
}
