import { describe, expect, it } from 'vitest';
import { experimentData } from '../../../src/experiment/index.js';
import { type DataNumber, dataControls, FAMILY_CHOICES, familyOf, switchFamily } from './families.js';

describe('dataControls', () => {
  it('dataControls(family) offers slope only for linear, intercept and slope for affine', () => {
    expect(dataControls('linear').shape).toEqual(['slope']);
    expect(dataControls('affine').shape).toEqual(['intercept', 'slope']);
    expect(dataControls('poly')).toMatchObject({ shape: [], coeffs: true });
    expect(dataControls('exp').shape).toEqual(['intercept', 'amplitude', 'rate']);
  });

  // Every control moves the data: a control that changes nothing is the bug issue 12 reports.
  it.each(FAMILY_CHOICES.filter((f) => f !== 'csv' && f !== 'formula'))(
    'each shape control of %s changes the simulated y; every other shape field changes nothing',
    (family) => {
      const base = { family, seed: 3, points: 12 };
      const y0 = experimentData(base).y;
      const all: DataNumber[] = ['slope', 'intercept', 'amplitude', 'frequency', 'phase', 'rate'];
      for (const k of all) {
        const y1 = experimentData({ ...base, [k]: 0.7 }).y;
        expect([k, y1.some((v, i) => v !== y0[i])]).toEqual([k, dataControls(family).shape.includes(k)]);
      }
    },
  );

  it('the poly coefficients change the data and the sampling fields apply to a formula too', () => {
    expect(experimentData({ family: 'poly', coeffs: [1, 2] }).y).not.toEqual(
      experimentData({ family: 'poly' }).y,
    );
    expect(dataControls('formula')).toMatchObject({ formula: true, sampling: true, shape: [] });
  });
});

describe('familyOf and switchFamily', () => {
  it('familyOf names own points csv, a formula formula, and an unknown family linear', () => {
    expect(familyOf({ x: [1], y: [2] })).toBe('csv');
    expect(familyOf({ formula: 'x' })).toBe('formula');
    expect(familyOf({ family: 'blobs' })).toBe('linear');
  });

  it('switchFamily(exp) keeps the sampling (seed, noise, range) and drops the old shape numbers', () => {
    const d = switchFamily({ family: 'sine', amplitude: 3, seed: 5, noise: 0.2, xRange: [0, 1] }, 'exp');
    expect(d).toEqual({ family: 'exp', seed: 5, noise: 0.2, xRange: [0, 1] });
    expect(switchFamily(d, 'formula')).toEqual({
      seed: 5,
      noise: 0.2,
      xRange: [0, 1],
      formula: 'sin(x) + 0.5*x',
    });
  });
});
