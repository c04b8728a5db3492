import { describe, expect, it } from 'vitest';
import {
  type DescendExperiment,
  experimentFromAddress,
  experimentToAddress,
  parseExperiment,
} from '../../../src/experiment/index.js';
import {
  MAX_SEED,
  noiseOf,
  readSetting,
  settingMessage,
  withFloat32,
  withNoise,
  withStopGrad,
} from './run-settings.js';

const exp = (over: Partial<DescendExperiment> = {}) =>
  ({
    kind: 'descend',
    version: 2,
    surface: 'peaks',
    steps: 10,
    optimizers: [{ name: 'sgd' }],
    ...over,
  }) as DescendExperiment;

describe('readSetting', () => {
  it('readSetting("0.5", non-negative) is 0.5; "0,5" (decimal comma) too; "0" is allowed', () => {
    expect(readSetting('0.5', 'non-negative')).toEqual({ value: 0.5 });
    expect(readSetting(' 0,5 ', 'non-negative')).toEqual({ value: 0.5 });
    expect(readSetting('0', 'non-negative')).toEqual({ value: 0 });
    expect(readSetting('1e-3', 'positive')).toEqual({ value: 1e-3 });
  });

  it('readSetting of empty, text, NaN or Infinity is a fault naming the text', () => {
    expect(readSetting('  ', 'non-negative')).toEqual({ fault: { problem: 'empty', value: '' } });
    expect(readSetting('abc', 'non-negative')).toEqual({ fault: { problem: 'not-number', value: 'abc' } });
    expect(readSetting('NaN', 'positive')).toEqual({ fault: { problem: 'not-number', value: 'NaN' } });
    expect(readSetting('Infinity', 'non-negative')).toEqual({
      fault: { problem: 'not-number', value: 'Infinity' },
    });
    // two commas is not a decimal comma: refused rather than guessed
    expect(readSetting('1,2,3', 'non-negative')).toEqual({
      fault: { problem: 'not-number', value: '1,2,3' },
    });
  });

  it('readSetting(-0.1, non-negative) is negative; 0 under positive is not-positive', () => {
    expect(readSetting('-0.1', 'non-negative')).toEqual({ fault: { problem: 'negative', value: '-0.1' } });
    expect(readSetting('0', 'positive')).toEqual({ fault: { problem: 'not-positive', value: '0' } });
  });

  it('readSetting(seed) takes whole numbers 0 … 2³² − 1 only', () => {
    expect(readSetting('42', 'seed')).toEqual({ value: 42 });
    expect(readSetting(String(MAX_SEED), 'seed')).toEqual({ value: MAX_SEED });
    for (const bad of ['1.5', '-1', String(MAX_SEED + 1)])
      expect(readSetting(bad, 'seed')).toEqual({ fault: { problem: 'seed', value: bad } });
  });
});

describe('withNoise, withStopGrad, withFloat32', () => {
  it('withNoise(e, 0.5, 7) sets noise; σ = 0 removes it; seed 0 (the default) is left out', () => {
    expect(withNoise(exp(), 0.5, 7).noise).toEqual({ sigma: 0.5, seed: 7 });
    expect(withNoise(exp(), 0.5, 0).noise).toEqual({ sigma: 0.5 });
    expect('noise' in withNoise(exp({ noise: { sigma: 1 } }), 0, 3)).toBe(false);
  });

  it('noiseOf(e) is σ 0 and seed 0 without noise, the experiment’s values with it', () => {
    expect(noiseOf(exp())).toEqual({ sigma: 0, seed: 0 });
    expect(noiseOf(exp({ noise: { sigma: 2, seed: 9 } }))).toEqual({ sigma: 2, seed: 9 });
  });

  it('withStopGrad sets and removes gradNorm, keeping a valueChange rule from the address', () => {
    expect(withStopGrad(exp(), 1e-3).stop).toEqual({ gradNorm: 1e-3 });
    expect('stop' in withStopGrad(exp({ stop: { gradNorm: 1e-3 } }), undefined)).toBe(false);
    const both = exp({ stop: { gradNorm: 1e-3, valueChange: 1e-9 } });
    expect(withStopGrad(both, undefined).stop).toEqual({ valueChange: 1e-9 });
    expect(withStopGrad(both, 0.1).stop).toEqual({ gradNorm: 0.1, valueChange: 1e-9 });
  });

  it('withFloat32(e, true) is dtype float32; false leaves dtype out (float64, the default)', () => {
    expect(withFloat32(exp(), true).dtype).toBe('float32');
    expect('dtype' in withFloat32(exp({ dtype: 'float32' }), false)).toBe(false);
  });

  it('the edits do not change the experiment they are given (the lab keeps its last good one)', () => {
    const e = exp({ noise: { sigma: 1 }, stop: { gradNorm: 1 }, dtype: 'float32' });
    const before = JSON.stringify(e);
    withNoise(e, 0, 0);
    withStopGrad(e, undefined);
    withFloat32(e, false);
    expect(JSON.stringify(e)).toBe(before);
  });

  it('an edited experiment is valid and survives the address codec unchanged', () => {
    const e = withFloat32(withStopGrad(withNoise(exp(), 0.5, 7), 1e-4), true);
    expect(parseExperiment(e)).toMatchObject({ noise: { sigma: 0.5, seed: 7 }, dtype: 'float32' });
    const back = experimentFromAddress(experimentToAddress(e)).experiment as DescendExperiment;
    expect(back.noise).toEqual({ sigma: 0.5, seed: 7 });
    expect(back.stop).toEqual({ gradNorm: 1e-4 });
    expect(back.dtype).toBe('float32');
  });
});

describe('settingMessage', () => {
  it('settingMessage(es, sigma, negative) names the field and the value kept, with accents', () => {
    const m = settingMessage('es', 'sigma', { problem: 'negative', value: '-1' }, 0.5);
    expect(m).toBe('la σ del ruido debe ser 0 o más (se encontró -1); se mantiene el último valor (0,5)');
  });

  it('settingMessage(en, …) speaks English for every problem', () => {
    expect(settingMessage('en', 'stop', { problem: 'not-positive', value: '0' }, 1e-4)).toBe(
      'the ‖∇f‖ threshold must be greater than 0 (found 0); the last value (0.0001) is kept',
    );
    expect(settingMessage('en', 'sigma', { problem: 'empty', value: '' }, 0)).toContain('empty');
    expect(settingMessage('en', 'sigma', { problem: 'not-number', value: 'x' }, 0)).toContain('“x”');
    expect(settingMessage('en', 'seed', { problem: 'seed', value: '1.5' }, 3)).toContain('4294967295');
  });
});
