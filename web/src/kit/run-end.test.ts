import { afterEach, describe, expect, it, vi } from 'vitest';
import { descend } from '../../../src/train/descend.js';
import { setLang } from '../i18n.js';
import {
  chartValues,
  drawnPoints,
  edgeCrossing,
  endedOutside,
  shownValue,
  statusText,
  stepsToTolerance,
} from './run-end.js';

// peaks with GD lr 5 jumps from (−0.35, −0.67) to (13.1, −9.8), where f and ∇f are ~10⁻¹⁰⁶
const leaving = () =>
  descend({ surface: 'peaks', optimizer: { name: 'sgd', options: { lr: 5 } }, steps: 50 });
const PEAKS_MAP = [
  [-3, 3],
  [-3, 3],
] as const;

// setLang writes <html lang>; these tests run without a DOM
function inLang(lang: 'en' | 'es') {
  vi.stubGlobal('document', { documentElement: {} });
  setLang(lang);
}
afterEach(() => {
  setLang('en');
  vi.unstubAllGlobals();
});

describe('run-end', () => {
  it('statusText(peaks, gd lr 5) says it left the map at step 1, in English and in Spanish', () => {
    const run = leaving();
    inLang('en');
    expect(statusText(run)).toBe('left the map at step 1');
    inLang('es');
    expect(statusText(run)).toBe('salió del mapa en el paso 1');
  });

  it('statusText of the other endings: diverged at step k, converged, ran all steps', () => {
    inLang('en');
    expect(statusText({ status: 'diverged', steps: 9, divergedAt: 7 })).toBe('diverged at step 7');
    expect(statusText({ status: 'converged', steps: 9 })).toBe('converged');
    expect(statusText({ status: 'max-steps', steps: 9 })).toBe('ran all steps');
  });

  it('stepsToTolerance(peaks, gd lr 5) is −1: the 10⁻¹⁰⁴ gradient off the map does not reach it', () => {
    const run = leaving();
    expect(run.gradNorms[1]).toBeLessThan(1e-100);
    expect(stepsToTolerance(run, 1e-3)).toBe(-1);
  });

  it('stepsToTolerance ignores the last row of a diverged run, counts every row of a run that ran', () => {
    const rows = { values: [3, 2, 1], gradNorms: [1, 0.5, 0] };
    expect(stepsToTolerance({ ...rows, status: 'diverged' }, 1e-3)).toBe(-1);
    expect(stepsToTolerance({ ...rows, status: 'max-steps' }, 1e-3)).toBe(2);
    expect(stepsToTolerance({ ...rows, status: 'left-domain' }, 0.6)).toBe(1);
  });

  it('shownValue hides the value off the map (final and at its step), keeps the ones before it', () => {
    const run = leaving();
    expect(shownValue(run, Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(shownValue(run, 1)).toBeUndefined();
    expect(shownValue(run, 0)).toBeCloseTo(3.5893, 4);
    expect(shownValue({ status: 'diverged', values: [1, 1e300] }, 5)).toBe(1e300);
    expect(shownValue({ status: 'diverged', values: [] }, 0)).toBeNaN();
  });

  it('chartValues(peaks, gd lr 5) leaves a gap at the point off the map; other runs are drawn whole', () => {
    const run = leaving();
    const ys = chartValues(run);
    expect(ys[0]).toBe(run.values[0]);
    expect(ys[1]).toBeNaN();
    expect(run.values[1]).toBeLessThan(1e-100);
    const ran = { status: 'max-steps' as const, values: [3, 2, 1] };
    expect(chartValues(ran)).toBe(ran.values);
  });

  it('endedOutside is true for diverged and left-domain only', () => {
    expect(
      ['diverged', 'left-domain', 'converged', 'max-steps'].map((status) =>
        endedOutside({ status } as never),
      ),
    ).toEqual([true, true, false, false]);
  });

  it('edgeCrossing((0,0) → (6,3), [−3,3]²) is (3, 1.5), where the segment meets x = 3', () => {
    expect(edgeCrossing([0, 0], [6, 3], PEAKS_MAP)).toEqual([3, 1.5]);
    expect(edgeCrossing([0, 0], [-1, -6], PEAKS_MAP)).toEqual([-0.5, -3]);
    expect(edgeCrossing([0, 0], [1, 1], PEAKS_MAP)).toEqual([1, 1]);
    expect(edgeCrossing([5, 0], [6, 0], PEAKS_MAP)).toBeUndefined();
    expect(edgeCrossing([0, 0], [Number.NaN, 0], PEAKS_MAP)).toBeUndefined();
  });

  it('drawnPoints(peaks, gd lr 5) ends on the edge of the map, on the way to (13.1, −9.8)', () => {
    const run = leaving();
    const pts = drawnPoints(run, PEAKS_MAP);
    expect(pts).toHaveLength(2);
    expect(pts[1][0]).toBe(3);
    // on the segment from the start: same slope as the jump
    const [a, b] = run.points;
    expect((pts[1][1] - a[1]) / (pts[1][0] - a[0])).toBeCloseTo((b[1] - a[1]) / (b[0] - a[0]), 12);
    expect(drawnPoints({ status: 'max-steps', points: run.points }, PEAKS_MAP)).toBe(run.points);
  });
});
