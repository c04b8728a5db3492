/**
 * The run settings' fields: gradient noise σ (#noise-sigma) and its seed (#noise-seed, shown when
 * σ > 0), the stop rule (#stop-grad-on, #stop-grad) and float32 (#float32). A good edit hands a new
 * experiment to `onChange` (one call); a fault is said under the fields in the page's language and
 * the last good value is put back.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DescendExperiment } from '../../../src/experiment/index.js';
import { lang, tr } from '../i18n.js';
import { numberText } from './number.js';
import {
  noiseOf,
  readSetting,
  type SettingRule,
  settingMessage,
  withFloat32,
  withNoise,
  withStopGrad,
} from './run-settings.js';
import './run-settings.css';

export interface RunSettingsProps {
  experiment: DescendExperiment;
  onChange(e: DescendExperiment): void;
}

type Which = 'sigma' | 'seed' | 'stop';

/** A text field read under its rule when left (or on Enter). */
function SettingField(p: {
  id: string;
  value: number;
  rule: SettingRule;
  which: Which;
  describedBy: string;
  disabled?: boolean;
  invalid: boolean;
  read(which: Which, text: string, rule: SettingRule, last: number): void;
}) {
  const shown = numberText(p.value, lang.value);
  return (
    <input
      id={p.id}
      key={shown}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      class={`num${p.disabled ? ' dimmed' : ''}`}
      defaultValue={shown}
      disabled={p.disabled}
      aria-invalid={p.invalid}
      aria-describedby={p.describedBy}
      onChange={(ev) => {
        const input = ev.target as HTMLInputElement;
        p.read(p.which, input.value, p.rule, p.value);
        input.value = shown;
      }}
    />
  );
}

type FieldOf = (
  id: string,
  which: Which,
  value: number,
  rule: SettingRule,
  help: string,
  off?: boolean,
) => JSX.Element;

function NoiseRows({ sigma, seed, field }: { sigma: number; seed: number; field: FieldOf }) {
  return (
    <>
      <div class="field">
        <div class="run-setting-row">
          <label class="run-setting-label" for="noise-sigma">
            {tr('lab-grad-noise')}
          </label>
          {field('noise-sigma', 'sigma', sigma, 'non-negative', 'noise-help')}
        </div>
        <div id="noise-help" class="help">
          {tr('lab-grad-noise-help')}
        </div>
      </div>
      <div hidden={sigma === 0}>
        <div class="field inline">
          <label for="noise-seed">{tr('lab-grad-noise-seed')}</label>
          {field('noise-seed', 'seed', seed, 'seed', '')}
        </div>
      </div>
    </>
  );
}

function StopRow(p: { on: boolean; at: number; field: FieldOf; toggle(on: boolean): void }) {
  return (
    <div class="field">
      <div class="run-setting-row">
        <label class="check run-setting-label" for="stop-grad-on">
          <input
            id="stop-grad-on"
            type="checkbox"
            checked={p.on}
            onChange={(ev) => p.toggle((ev.target as HTMLInputElement).checked)}
          />
          {tr('lab-stop-grad')}
        </label>
        <label for="stop-grad" class="sr">
          {tr('lab-stop-name')}
        </label>
        {p.field('stop-grad', 'stop', p.at, 'positive', 'stop-help', !p.on)}
      </div>
      <div id="stop-help" class="help">
        {tr('lab-stop-grad-help')}
      </div>
    </div>
  );
}

function Float32Row({ on, toggle }: { on: boolean; toggle(on: boolean): void }) {
  return (
    <div class="field">
      <div class="run-setting-row">
        <label class="check run-setting-label" for="float32">
          <input
            id="float32"
            type="checkbox"
            checked={on}
            onChange={(ev) => toggle((ev.target as HTMLInputElement).checked)}
          />
          {tr('lab-float32')}
        </label>
      </div>
      <div class="help">{tr('lab-float32-help')}</div>
    </div>
  );
}

export function RunSettings({ experiment: e, onChange }: RunSettingsProps) {
  const [fault, setFault] = useState<{ which: Which; text: string } | null>(null);
  const noise = noiseOf(e);
  const stopOn = e.stop?.gradNorm !== undefined;
  const stopAt = e.stop?.gradNorm ?? 1e-4;
  const apply = (which: Which, v: number) => {
    if (which === 'stop') onChange(withStopGrad(e, v));
    else onChange(withNoise(e, which === 'sigma' ? v : noise.sigma, which === 'seed' ? v : noise.seed));
  };
  const read = (which: Which, text: string, rule: SettingRule, last: number) => {
    const r = readSetting(text, rule, lang.value);
    if ('fault' in r) {
      setFault({ which, text: settingMessage(lang.value, which, r.fault, last) });
      return;
    }
    setFault(null);
    if (r.value !== last) apply(which, r.value);
  };
  const field: FieldOf = (id, which, value, rule, help, disabled = false) => (
    <SettingField
      id={id}
      which={which}
      value={value}
      rule={rule}
      describedBy={`run-settings-error ${help}`}
      disabled={disabled}
      invalid={fault?.which === which}
      read={read}
    />
  );
  return (
    <div class="run-settings">
      <NoiseRows sigma={noise.sigma} seed={noise.seed} field={field} />
      <StopRow
        on={stopOn}
        at={stopAt}
        field={field}
        toggle={(on) => onChange(withStopGrad(e, on ? stopAt : undefined))}
      />
      <p
        id="run-settings-error"
        class="formula-error run-settings-message"
        role="alert"
        hidden={fault === null}
      >
        {fault?.text ?? ''}
      </p>
      <Float32Row on={e.dtype === 'float32'} toggle={(on) => onChange(withFloat32(e, on))} />
    </div>
  );
}
