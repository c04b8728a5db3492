/**
 * The surface lab's run settings (issue 11): gradient noise σ and its seed, the stop rule
 * "stop when ‖∇f‖ ≤" and float32. The library had all three; these fields make them reachable.
 * The pure part reads a field's text into a number (or a fault) and writes it into a copy of the
 * experiment; the DOM part shows the fields and says a fault inline, keeping the last good value.
 */

import type { DescendExperiment } from '../../src/experiment/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { t } from '../../src/i18n/index.js';
import { h, nextId } from './dom.js';
import { getLang, tr } from './i18n.js';

/** The largest noise seed: numpy's RandomState takes 0 … 2³² − 1 (the schema's rule). */
export const MAX_SEED = 2 ** 32 - 1;

/** What a field accepts: σ (0 or more), the stop threshold (more than 0), a seed (a whole number). */
export type SettingRule = 'non-negative' | 'positive' | 'seed';

export interface SettingFault {
  problem: 'empty' | 'not-number' | 'negative' | 'not-positive' | 'seed';
  value: string;
}

export type Reading = { value: number } | { fault: SettingFault };

/** The number a field's text says under `rule`; a decimal comma is read as a point (0,5 = 0.5). */
export function readSetting(text: string, rule: SettingRule): Reading {
  const value = text.trim();
  if (value === '') return { fault: { problem: 'empty', value } };
  const x = /^[-+]?\d*,\d+$/.test(value) ? Number(value.replace(',', '.')) : Number(value);
  if (!Number.isFinite(x)) return { fault: { problem: 'not-number', value } };
  if (rule === 'seed' && !(Number.isInteger(x) && x >= 0 && x <= MAX_SEED))
    return { fault: { problem: 'seed', value } };
  if (rule === 'non-negative' && x < 0) return { fault: { problem: 'negative', value } };
  if (rule === 'positive' && x <= 0) return { fault: { problem: 'not-positive', value } };
  return { value: x };
}

/** The noise σ of `e` (0 when it has none) and its seed (the library's default, 0). */
export function noiseOf(e: DescendExperiment): { sigma: number; seed: number } {
  return { sigma: e.noise?.sigma ?? 0, seed: e.noise?.seed ?? 0 };
}

/** A copy of `e` with noise σ and seed; σ = 0 removes the noise (the address then omits it). */
export function withNoise(e: DescendExperiment, sigma: number, seed: number): DescendExperiment {
  const { noise: _, ...rest } = e;
  if (sigma === 0) return rest;
  return { ...rest, noise: seed === 0 ? { sigma } : { sigma, seed } };
}

/** A copy of `e` stopping at ‖∇f‖ ≤ `gradNorm`, or without that rule when undefined (other stop rules kept). */
export function withStopGrad(e: DescendExperiment, gradNorm: number | undefined): DescendExperiment {
  const { stop, ...rest } = e;
  const { gradNorm: _, ...others } = stop ?? {};
  const next = gradNorm === undefined ? others : { ...others, gradNorm };
  return Object.keys(next).length === 0 ? rest : { ...rest, stop: next };
}

/** A copy of `e` computing in float32, or in float64 (the default, left out of the experiment). */
export function withFloat32(e: DescendExperiment, on: boolean): DescendExperiment {
  const { dtype: _, ...rest } = e;
  return on ? { ...rest, dtype: 'float32' } : rest;
}

const NAMES = { sigma: 'lab-grad-noise-name', seed: 'lab-seed-name', stop: 'lab-stop-name' } as const;

/** The inline message for a fault of field `which`, in `lang`, naming the value kept. */
export function settingMessage(lang: Lang, which: keyof typeof NAMES, f: SettingFault, last: number): string {
  const p = { field: t(lang, NAMES[which], undefined), value: f.value, last: String(last) };
  if (f.problem === 'empty') return t(lang, 'lab-setting-empty', p);
  if (f.problem === 'not-number') return t(lang, 'lab-setting-not-number', p);
  if (f.problem === 'negative') return t(lang, 'lab-setting-negative', p);
  if (f.problem === 'not-positive') return t(lang, 'lab-setting-not-positive', p);
  return t(lang, 'lab-setting-seed', { ...p, max: String(MAX_SEED) });
}

/** The lab's label weight (`.field > label`), for labels a row wraps. */

/** A text field for a number (decimal keyboard on phones), described by `describedBy`. */
function numberInput(id: string, value: number, describedBy: string): HTMLInputElement {
  return h('input', {
    id,
    type: 'text',
    inputmode: 'decimal',
    value: String(value),
    class: 'num',
    autocomplete: 'off',
    'aria-describedby': describedBy,
  });
}

/**
 * Reads a field under its rule: a fault is said in `errorBox` (in the user's language), the field
 * marked invalid and its last good value put back; a good value hides the message.
 */
function inlineReader(errorBox: HTMLElement, inputs: HTMLInputElement[]) {
  return (input: HTMLInputElement, rule: SettingRule, which: keyof typeof NAMES, last: number) => {
    for (const i of inputs) i.setAttribute('aria-invalid', 'false');
    const r = readSetting(input.value, rule);
    if ('fault' in r) {
      errorBox.textContent = settingMessage(getLang(), which, r.fault, last);
      errorBox.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.value = String(last);
      return undefined;
    }
    errorBox.hidden = true;
    return r.value;
  };
}

/**
 * The run settings' fields. `get` reads the lab's current experiment, `set` hands it a new one
 * (the lab then re-runs and rewrites the address): one call per good edit, none for a fault.
 */
export function runSettings(get: () => DescendExperiment, set: (e: DescendExperiment) => void): HTMLElement {
  const errorId = nextId('run-settings-error');
  const errorBox = h('p', {
    id: errorId,
    class: 'formula-error run-settings-message',
    role: 'alert',
    hidden: true,
  });
  const start = get();
  const sigma = numberInput('noise-sigma', noiseOf(start).sigma, `${errorId} noise-help`);
  const seed = numberInput('noise-seed', noiseOf(start).seed, errorId);
  // a plain wrapper carries `hidden`: the field's own class sets display: flex, which would override it
  const seedField = h(
    'div',
    { hidden: noiseOf(start).sigma === 0 },
    h('div', { class: 'field inline' }, h('label', { for: 'noise-seed' }, tr('lab-grad-noise-seed')), seed),
  );
  const stopOn = h('input', {
    id: 'stop-grad-on',
    type: 'checkbox',
    checked: start.stop?.gradNorm !== undefined,
  });
  const stopAt = numberInput('stop-grad', start.stop?.gradNorm ?? 1e-4, `${errorId} stop-help`);
  const stopField = () => {
    // the lab's CSS does not grey a disabled field: dimmed, it reads as off
    stopAt.disabled = !stopOn.checked;
    stopAt.classList.toggle('dimmed', !stopOn.checked);
  };
  stopField();
  const f32 = h('input', { id: 'float32', type: 'checkbox', checked: start.dtype === 'float32' });

  const read = inlineReader(errorBox, [sigma, seed, stopAt]);
  const applyNoise = (input: HTMLInputElement, rule: SettingRule, which: 'sigma' | 'seed') => {
    const now = noiseOf(get());
    const v = read(input, rule, which, now[which]);
    if (v === undefined) return;
    const next = { ...now, [which]: v };
    seedField.hidden = next.sigma === 0;
    set(withNoise(get(), next.sigma, next.seed));
  };
  sigma.addEventListener('change', () => applyNoise(sigma, 'non-negative', 'sigma'));
  seed.addEventListener('change', () => applyNoise(seed, 'seed', 'seed'));
  const applyStop = () => {
    stopField();
    if (!stopOn.checked) return set(withStopGrad(get(), undefined));
    const v = read(stopAt, 'positive', 'stop', get().stop?.gradNorm ?? 1e-4);
    if (v !== undefined) set(withStopGrad(get(), v));
  };
  stopOn.addEventListener('change', applyStop);
  stopAt.addEventListener('change', applyStop);
  f32.addEventListener('change', () => set(withFloat32(get(), f32.checked)));

  return layout({ sigma, seedField, stopOn, stopAt, f32, errorBox });
}

/** The fields in the panel's order: noise and its seed, the stop rule, the fault message, float32. */
function layout(
  f: Record<'sigma' | 'stopOn' | 'stopAt' | 'f32', HTMLInputElement> & {
    seedField: HTMLElement;
    errorBox: HTMLElement;
  },
): HTMLElement {
  const check = (input: HTMLInputElement, key: 'lab-stop-grad' | 'lab-float32') =>
    h('label', { class: 'check run-setting-label', for: input.id }, input, tr(key));
  return h(
    'div',
    { class: 'run-settings' },
    setting(
      [h('label', { class: 'run-setting-label', for: 'noise-sigma' }, tr('lab-grad-noise')), f.sigma],
      h('div', { id: 'noise-help', class: 'help' }, tr('lab-grad-noise-help')),
    ),
    f.seedField,
    setting(
      [
        check(f.stopOn, 'lab-stop-grad'),
        h('label', { for: 'stop-grad', class: 'sr' }, tr('lab-stop-name')),
        f.stopAt,
      ],
      h('div', { id: 'stop-help', class: 'help' }, tr('lab-stop-grad-help')),
    ),
    f.errorBox,
    setting([check(f.f32, 'lab-float32')], h('div', { class: 'help' }, tr('lab-float32-help'))),
  );
}

/**
 * One setting: its label and field on a row, its help right under them (the lab's `.field inline`
 * puts the help beside the field, and a help after the field's margin reads as the next one's).
 */
function setting(row: HTMLElement[], help: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('div', { class: 'run-setting-row' }, row), help);
}
