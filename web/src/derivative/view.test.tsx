import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDerivative, parseExperiment } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import type { LabContext } from '../shell/lab.js';
import derivativeLab from './index.js';
import { createDerivativeStore } from './store.js';
import { DerivativeView, descentCsv, errorsCsv } from './view.js';

afterEach(() => setLang('en'));

const ctx: LabContext = { notify: () => {}, open: () => {} };
const page = (s = createDerivativeStore(defaultDerivative)) => render(<DerivativeView store={s} ctx={ctx} />);

describe('DerivativeView', () => {
  it('renders the tutorial’s numbers under the ids the browser tests read', () => {
    const html = page();
    expect(html).toContain('id="d-exact">5<');
    expect(html).toContain('id="d-sign-final">x = 0.76<');
    expect(html).toContain('id="d-chain-product">21<');
    for (const id of [
      'd-formula',
      'd-x',
      'd-h',
      'd-lr',
      'd-steps',
      'd-inner',
      'd-outer',
      'd-export-json',
      'd-import-file',
    ])
      expect(html).toContain(`id="${id}"`);
    for (const id of [
      'derivative-tangent-svg',
      'derivative-tangent-png',
      'derivative-error-png',
      'd-export-csv',
    ])
      expect(html).toContain(`id="${id}"`);
  });

  it('in Spanish: words translated, the decimal comma in the fields, the canvases described in words', () => {
    setLang('es');
    const s = createDerivativeStore(defaultDerivative);
    s.h.value = 0.0001;
    const html = page(s);
    expect(html).toContain('Regla de la cadena');
    expect(html).toContain('value="0,0001"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toMatch(/En x = 2: f\(x\) = 6, f′\(x\) = 5; cociente hacia delante 5,0002/);
    expect(html).toContain('aria-label="Curva de f con su tangente en x = 2 (pendiente 5)');
    // the words a reader sees or hears (tags and ids removed)
    const words = html.replace(/<[^>]*>/g, ' ');
    for (const english of ['Chain rule', 'tangent', 'forward', 'Save', 'Import', 'Steps'])
      expect(words).not.toMatch(new RegExp(`\\b${english}\\b`));
  });

  it('a descent that cannot start says why in #d-descent-error; a bad f says so under its field', () => {
    const s = createDerivativeStore({ ...defaultDerivative, formula: 'log(x)', x: 0 });
    expect(page(s)).toMatch(/id="d-descent-error"[^>]*>[^<]*(undefined|not defined)/);
    s.formula.value = '2*x^';
    const html = page(s);
    expect(html).toMatch(/id="d-formula-error"[^>]*>2\*x\^\n/);
    expect(html).not.toContain('id="d-descent-error"');
  });
});

describe('the derivative lab module', () => {
  it('accepts its own kind and a descent of x alone, not a surface or a fit', () => {
    expect(derivativeLab.accepts(defaultDerivative)).toBe(true);
    const oneVar = parseExperiment({
      kind: 'descend',
      formula: 'x^2',
      vars: ['x'],
      optimizers: [{ name: 'sgd' }],
    });
    expect(derivativeLab.accepts(oneVar)).toBe(true);
    expect(
      derivativeLab.accepts(
        parseExperiment({ kind: 'descend', surface: 'peaks', optimizers: [{ name: 'sgd' }] }),
      ),
    ).toBe(false);
  });

  it('its experiment is a derivative study that the schema reads back as it is', () => {
    const lab = derivativeLab.create(defaultDerivative, ctx);
    lab.open({ ...defaultDerivative, x: -1 });
    const e = lab.experiment.value;
    expect(e.kind).toBe('derivative');
    expect(parseExperiment(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(lab.inspect()).toMatchObject({ at: { slope: -7 } });
  });

  it('errorsCsv and descentCsv write one row per h and per step of each descent', () => {
    const s = createDerivativeStore(defaultDerivative);
    const errors = errorsCsv(s.run.value).trim().split('\n');
    expect(errors[0]).toBe('h,forward_error,central_error');
    expect(errors.length).toBe(1 + (s.run.value.errors?.h.length ?? 0));
    const descent = descentCsv(s.run.value).trim().split('\n');
    // 250 steps: 251 points per descent, two descents
    expect(descent.length).toBe(1 + 2 * 251);
  });
});
