/**
 * One optimizer of the experiment as a card: name, label, convention (PyTorch/Keras), and every
 * hyper-parameter of that convention as a slider beside a number field. Edits the entry in place
 * and calls `changed`.
 */
import type { OptimizerEntry } from '../../src/experiment/index.js';
import { commonOptionKeys, optimizerInfo, optimizerNames, optionRow } from '../../src/optim/index.js';
import { h, nextId } from './dom.js';
import { getLang, tr } from './i18n.js';
import { clipRow, lrRows } from './lr-control.js';
import { numberInputs } from './option-inputs.js';

export { fromSlider, sliderRange, toSlider } from './option-inputs.js';

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
        entry.name = name;
        // The learning rate and the clipping (every optimizer's) carry over to the new optimizer.
        entry.options = Object.fromEntries(
          Object.entries(entry.options ?? {}).filter(([k]) => k === 'lr' || commonOptionKeys.includes(k)),
        );
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
    if (key === 'lr') {
      rows.push(...lrRows(entry, title, Number(def), fixed.has(key), changed));
      continue;
    }
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
    const { slider, num } = numberInputs(
      id,
      key,
      `${title}: ${key}`,
      () => Number(entry.options?.[key] ?? def),
      (v) => {
        entry.options = { ...entry.options, [key]: v };
        changed(false);
      },
      disabled,
    );
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
    commonOptionKeys.map((key) => clipRow(entry, key, title, changed)),
  );
}
