/**
 * The run settings of a descent (issue 11): gradient noise σ and its seed, the stop rule "stop when
 * ‖∇f‖ ≤" and float32. The pure part: a field's text read into a number (or a fault) in the user's
 * language, and written into a copy of the experiment. kit/RunSettings.tsx shows the fields.
 */
import type { DescendExperiment } from '../../../src/experiment/index.js';
import type { Lang } from '../../../src/i18n/index.js';
import { t } from '../../../src/i18n/index.js';
import { numberText, parseNumber } from './number.js';

/** The largest noise seed: numpy's RandomState takes 0 … 2³² − 1 (the schema's rule). */
export const MAX_SEED = 2 ** 32 - 1;

/** What a field accepts: σ (0 or more), the stop threshold (more than 0), a seed (a whole number). */
export type SettingRule = 'non-negative' | 'positive' | 'seed';

export interface SettingFault {
  problem: 'empty' | 'not-number' | 'negative' | 'not-positive' | 'seed';
  value: string;
}

export type Reading = { value: number } | { fault: SettingFault };

/** The number a field's text says under `rule`, read as `lang` writes numbers (kit/number.ts: 0,5 = 0.5). */
export function readSetting(text: string, rule: SettingRule, lang: Lang = 'en'): Reading {
  const value = text.trim();
  if (value === '') return { fault: { problem: 'empty', value } };
  const x = parseNumber(value, lang);
  if (x === null) return { fault: { problem: 'not-number', value } };
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
  const p = { field: t(lang, NAMES[which], undefined), value: f.value, last: numberText(last, lang) };
  if (f.problem === 'empty') return t(lang, 'lab-setting-empty', p);
  if (f.problem === 'not-number') return t(lang, 'lab-setting-not-number', p);
  if (f.problem === 'negative') return t(lang, 'lab-setting-negative', p);
  if (f.problem === 'not-positive') return t(lang, 'lab-setting-not-positive', p);
  return t(lang, 'lab-setting-seed', { ...p, max: String(MAX_SEED) });
}
