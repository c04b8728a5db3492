import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.js';
import { gradientMethodNames, gradientMethods } from './gradient-methods.js';

describe('gradientMethods', () => {
  it('lists autodiff, forward and central, each named in both languages', () => {
    expect(gradientMethodNames).toEqual(['autodiff', 'forward', 'central']);
    expect(gradientMethods.map((m) => t('en', m.help, undefined))).toEqual([
      'automatic',
      'forward differences',
      'central differences',
    ]);
    expect(gradientMethods.map((m) => t('es', m.help, undefined))).toEqual([
      'automático',
      'diferencias hacia delante',
      'diferencias centradas',
    ]);
  });
});
