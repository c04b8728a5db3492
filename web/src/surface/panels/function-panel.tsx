/**
 * What is descended: a preset, a catalog surface (#surface) or a typed formula (#formula, its fault
 * with a caret), and a typed formula's domain (#domain-0 … #domain-3, checked together).
 */
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../src/limits.js';
import { getSurface } from '../../../../src/surfaces/index.js';
import { lang, tr } from '../../i18n.js';
import { FormulaField, Select } from '../../kit/fields.js';
import { NumberField } from '../../kit/number-field.js';
import { domainMessage } from '../domain-message.js';
import { FORMULA_DOMAIN, surfaces2D } from '../field.js';
import { presetById, surfacePresets } from '../presets.js';
import type { SurfaceStore } from '../types.js';

const OWN = '__formula';
const DOMAIN_KEYS = ['lab-domain-x-min', 'lab-domain-x-max', 'lab-domain-y-min', 'lab-domain-y-max'] as const;

export function PresetMenu({ store }: { store: SurfaceStore }) {
  return (
    <div class="field">
      <label for="preset">{tr('surface-presets')}</label>
      <select
        id="preset"
        value=""
        onChange={(ev) => {
          const p = presetById(ev.currentTarget.value);
          ev.currentTarget.value = '';
          if (p) store.open(p.experiment);
        }}
      >
        <option value="">{tr('surface-preset-open')}</option>
        {surfacePresets.map((p) => (
          <option key={p.id} value={p.id}>
            {tr(p.name)}
          </option>
        ))}
      </select>
    </div>
  );
}

function SurfaceSelect({ store }: { store: SurfaceStore }) {
  const e = store.experiment.value;
  const l = lang.value;
  const options = [
    ...surfaces2D.map((s) => ({ value: s.id, label: s.name[l] })),
    { value: OWN, label: tr('lab-own-formula') },
  ];
  const pick = (v: string) => {
    if (v === OWN) {
      const text = store.formulaText.peek() || (e.surface ? getSurface(e.surface).formula : 'x^2 + 3*y^2');
      store.setFormula(text);
      return;
    }
    store.edit((x) => ({
      ...x,
      surface: v,
      formula: undefined,
      vars: undefined,
      start: getSurface(v).starts[0].slice(),
    }));
  };
  return (
    <Select
      id="surface"
      label={tr('lab-surface')}
      value={e.surface ?? OWN}
      options={options}
      onChange={pick}
    />
  );
}

function DomainFields({ store }: { store: SurfaceStore }) {
  const [fault, setFault] = useState<string | null>(null);
  const d = store.view.value.domain ?? FORMULA_DOMAIN;
  const values = [d[0][0], d[0][1], d[1][0], d[1][1]];
  const commit = (i: number, v: number) => {
    const next = values.slice();
    next[i] = v;
    if (!(next[0] < next[1]) || !(next[2] < next[3])) {
      setFault(domainMessage({ field: i < 2 ? 1 : 3, problem: 'order', axis: i < 2 ? 'x' : 'y' }));
      return;
    }
    setFault(null);
    store.setView({
      domain: [
        [next[0], next[1]],
        [next[2], next[3]],
      ],
    });
  };
  return (
    <fieldset class="field domain">
      <legend>{tr('lab-domain')}</legend>
      <div class="domain-grid">
        {values.map((v, i) => (
          <div class="domain-cell" key={DOMAIN_KEYS[i]}>
            <NumberField
              id={`domain-${i}`}
              label={tr(DOMAIN_KEYS[i])}
              value={v}
              min={-LIMITS.domain}
              max={LIMITS.domain}
              onCommit={(x) => commit(i, x)}
            />
          </div>
        ))}
      </div>
      <p id="domain-error" class="formula-error" role="alert" hidden={fault === null}>
        {fault ?? ''}
      </p>
    </fieldset>
  );
}

export function FunctionPanel({ store }: { store: SurfaceStore }) {
  const own = store.experiment.value.surface === undefined;
  return (
    <>
      <PresetMenu store={store} />
      <SurfaceSelect store={store} />
      {own && (
        <>
          <FormulaField
            id="formula"
            label={tr('lab-formula')}
            value={store.formulaText.value}
            error={store.formulaError.value}
            help={tr('lab-formula-help')}
            onInput={(t) => store.setFormula(t)}
          />
          <DomainFields store={store} />
        </>
      )}
    </>
  );
}
