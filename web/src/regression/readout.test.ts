import { afterEach, describe, expect, it } from 'vitest';
import type { FitOutcome } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { modelInfo } from './model-info.js';
import { describeEpoch, paramsText, statusText } from './readout.js';

const run = {
  label: 'sgd',
  optimizer: { name: 'sgd' },
  regime: 'batch',
  status: 'max-steps',
  paramNames: ['a', 'b'],
  history: [
    { epoch: 0, loss: 83.959, params: { a: 0, b: 0 } },
    { epoch: 1, loss: 34.25, params: { a: 0.224891, b: 0.125343 } },
  ],
} as unknown as FitOutcome;

describe('regression readouts', () => {
  afterEach(() => setLang('en'));

  it('paramsText lists scalar parameters with the decimal comma in Spanish', () => {
    setLang('es');
    expect(paramsText(run, 1, modelInfo('affine'))).toBe('a = 0,224891, b = 0,125343');
  });

  it("paramsText counts a network's weights instead of listing them", () => {
    setLang('en');
    expect(paramsText(run, 1, modelInfo('mlp:8'))).toBe('25 weights');
  });

  it('statusText says the epoch of a divergence, in the language shown', () => {
    setLang('es');
    expect(statusText({ status: 'diverged', divergedAt: 12 })).toBe('divergió en la época 12');
    setLang('en');
    expect(statusText({ status: 'max-steps' })).toBe('ran every epoch');
  });

  it('describeEpoch says the epoch, and each run’s loss, parameters and status', () => {
    setLang('en');
    expect(describeEpoch([run], 1, modelInfo('affine'))).toBe(
      'Epoch 1. sgd: loss 34.25, a = 0.224891, b = 0.125343, ran every epoch.',
    );
  });
});
