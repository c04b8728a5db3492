import { effect } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDerivative } from '../../../src/experiment/index.js';
import type { DescendExperiment } from '../../../src/experiment/types.js';
import { LIMITS } from '../../../src/limits.js';
import { setLang } from '../i18n.js';
import { createDerivativeStore, studyOf } from './store.js';

afterEach(() => setLang('en'));

describe('createDerivativeStore', () => {
  it('createDerivativeStore(default) runs the tutorial: f(2) = 6, f′(2) = 5, forward quotient 6 with h = 0.5', () => {
    const s = createDerivativeStore(defaultDerivative);
    const at = s.run.value.at;
    // f = 2x² − 3x + 4: f(2) = 6, f′ = 4x − 3 = 5, (f(2.5) − f(2)) / 0.5 = (9 − 6) / 0.5 = 6
    expect([at?.value, at?.slope, at?.forward]).toEqual([6, 5, 6]);
    expect(s.run.value.chain?.dydx).toBe(21);
  });

  it('a new x re-runs once; the language changes the experiment but does not re-run', () => {
    const s = createDerivativeStore(defaultDerivative);
    let runs = 0;
    const stop = effect(() => {
      s.run.value;
      runs++;
    });
    s.x.value = -1;
    // f′(−1) = 4·(−1) − 3 = −7
    expect(s.run.value.at?.slope).toBe(-7);
    setLang('es');
    expect(s.experiment.value.view).toEqual({ lang: 'es' });
    expect(runs).toBe(2);
    stop();
  });

  it('fault("inner") puts a caret under "2*x^2 - " and says what is missing, in the language shown', () => {
    const s = createDerivativeStore(defaultDerivative);
    s.inner.value = '2*x^2 - ';
    const en = s.fault('inner');
    expect(en?.startsWith('2*x^2 - \n')).toBe(true);
    setLang('es');
    expect(s.fault('inner')).not.toBe(en);
    expect(s.fault('formula')).toBeNull();
    expect(s.run.value.chain).toBeUndefined();
  });

  it('a formula over the length limit is refused whole and shown at its field, not thrown', () => {
    const s = createDerivativeStore(defaultDerivative);
    s.formula.value = 'x'.repeat(LIMITS.formulaLength + 1);
    expect(s.fault('formula')).toMatch(/100[ ,.]?000/);
    expect(s.run.value.runs.map((r) => r.status)).toEqual(['error', 'error']);
  });

  it('catalogId names the catalog entry whose formula f is, and is empty for a typed formula', () => {
    const s = createDerivativeStore(defaultDerivative);
    s.formula.value = 'x^3';
    expect(s.catalogId.value).toBe('');
  });
});

describe('studyOf', () => {
  const descent: DescendExperiment = {
    kind: 'descend',
    version: 1,
    formula: 'x^2 - 1',
    vars: ['x'],
    start: [1.5],
    steps: 50_000,
    optimizers: [{ name: 'sgd', options: { lr: 0.1 } }],
  };

  it('studyOf(a descent of x alone) takes its formula, start, lr and steps (capped at the limit)', () => {
    expect(studyOf(descent)).toMatchObject({
      kind: 'derivative',
      formula: 'x^2 - 1',
      x: 1.5,
      lr: 0.1,
      steps: 10_000,
    });
  });

  it('studyOf(a study without a chain rule) keeps the default u(x) and y(u)', () => {
    const { inner, outer, ...bare } = defaultDerivative;
    expect(studyOf({ ...bare, x: 3 })).toMatchObject({ x: 3, inner, outer });
  });

  it('open(e) replaces every field at once (one run)', () => {
    const s = createDerivativeStore(defaultDerivative);
    let runs = 0;
    const stop = effect(() => {
      s.run.value;
      runs++;
    });
    s.open({ ...defaultDerivative, x: -1, h: 1e-4, outer: 'sin(u)' });
    expect(runs).toBe(2);
    expect(s.study.value).toMatchObject({ x: -1, h: 1e-4, outer: 'sin(u)' });
    stop();
  });
});
