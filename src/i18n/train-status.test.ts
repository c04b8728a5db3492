import { describe, expect, it } from 'vitest';
import { t } from './index.js';

describe('fit status lines agree in number', () => {
  it('one epoch is singular, several plural, in both languages', () => {
    expect(t('en', 'fit-status-max-steps', { epochs: 1 })).toBe('status: 1 epoch (maximum reached)');
    expect(t('en', 'fit-status-max-steps', { epochs: 30 })).toBe('status: 30 epochs (maximum reached)');
    expect(t('en', 'fit-status-converged', { epochs: 1 })).toBe('status: converged after 1 epoch');
    expect(t('es', 'fit-status-max-steps', { epochs: 1 })).toBe('estado: 1 época (máximo alcanzado)');
    expect(t('es', 'fit-status-converged', { epochs: 7 })).toBe('estado: convergió tras 7 épocas');
  });
});
