import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExperiment, experimentToAddress, experimentToHash } from '../../../src/experiment/index.js';
import { defaultFit, readAddress, vetExperiment } from './address.js';

const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const hashOf = (e: unknown) => `#x=${encodeURIComponent(JSON.stringify(e))}`;

describe('readAddress', () => {
  it.each(HOSTILE)(
    'readAddress with the optimizer %j opens the default experiment and names the optimizer',
    (name) => {
      const a = readAddress(hashOf({ kind: 'descend', surface: 'peaks', optimizers: [{ name }] }));
      expect(a.experiment).toEqual(defaultExperiment);
      expect(a.errors).toHaveLength(1);
      expect(a.errors[0].messageIn('en')).toContain('optimizers[0].name');
      expect(a.errors[0].messageIn('en')).toContain(`"${name}"`);
      expect(a.errors[0].messageIn('es')).toMatch(/se muestra el (predeterminado|experimento por omisión)/);
    },
  );

  it.each(HOSTILE)(
    'readAddress with the model, loss, family or init name %j opens the default fit',
    (name) => {
      for (const e of [
        { kind: 'fit', model: name },
        { kind: 'fit', loss: name },
        { kind: 'fit', data: { family: name } },
        { kind: 'fit', model: 'linear', init: { [name]: 1 } },
        { kind: 'fit', data: { family: 'formula', formula: `${name}(x)` } },
        { kind: 'fit', optimizers: [{ name }] },
      ]) {
        const a = readAddress(hashOf(e));
        expect(a.experiment.kind).toBe('fit');
        expect(a.errors.length).toBe(1);
        expect(a.errors[0].messageIn('en')).toMatch(/default one is shown$/);
      }
    },
  );

  it.each(HOSTILE)('readAddress with the key %j reports it and opens the default surface lab', (name) => {
    const a = readAddress(`#${name}=1&cm=${name}&lab=${name}&lang=${name}&data=${name}`);
    expect(a.view.has(name)).toBe(false);
    expect(a.view.has('data')).toBe(false);
    expect(a.lab).toBe('surface');
    expect(a.lang).toBeUndefined();
    expect(a.experiment).toEqual(defaultExperiment);
    // data= is the lab's mark, read first; lab= names the kind; the key itself; then the schema's
    // word on cm= and lang= (it knows the colour maps and languages), each naming the setting
    const en = a.errors.map((e) => e.messageIn('en'));
    expect(en.slice(0, 3)).toEqual([
      `the address setting “data=${name}” is not understood and was ignored`,
      `the address setting “lab=${name}” is not understood and was ignored`,
      `the address setting “${name}=1” is not understood and was ignored`,
    ]);
    expect(en.slice(3).map((m) => m.slice(0, m.indexOf('(')))).toEqual([
      `the address setting “cm=${name}” cannot be used `,
      `the address setting “lang=${name}” cannot be used `,
    ]);
  });

  it('readAddress of a bad percent-encoding (#%E0%A4%A=1) ignores that setting and says so in Spanish too', () => {
    const a = readAddress('#%E0%A4%A=1&lang=es');
    expect(a.lang).toBe('es');
    expect(a.errors[0].messageIn('es')).toBe(
      'el ajuste «%E0%A4%A=1» de la dirección no se entiende y se ha ignorado',
    );
  });

  it("readAddress of the lab's own address gives back its experiment without errors", () => {
    const e = { ...defaultFit, epochs: 80, view: { lang: 'en' as const } };
    const a = readAddress(`${experimentToAddress(e)}&data=file`);
    expect(a.experiment).toEqual(e);
    expect(a.errors).toEqual([]);
    expect(a.lang).toBe('en');
    expect(a.lab).toBe('regression');
    expect(a.view.get('data')).toBe('file');
  });

  it('readAddress of an old fit link (#x=<JSON>&lang=en) opens it in the regression lab', () => {
    const a = readAddress(`${experimentToHash(defaultFit)}&lang=en`);
    expect(a.experiment).toEqual({ ...defaultFit, view: { lang: 'en' } });
    expect(a.errors).toEqual([]);
    expect(a.lab).toBe('regression');
  });

  it('readAddress of a start with one coordinate for a surface keeps the rest of the experiment', () => {
    const a = readAddress(
      hashOf({ kind: 'descend', surface: 'himmelblau', start: [1], optimizers: [{ name: 'adam' }] }),
    );
    expect(a.experiment).toMatchObject({ surface: 'himmelblau', optimizers: [{ name: 'adam' }] });
    expect(a.experiment).not.toHaveProperty('start');
    expect(a.errors[0].messageIn('en')).toBe(
      'the start in the address has 1 coordinates where 2 are needed; the default start is used',
    );
  });

  it('readAddress of a formula over 0 or 3 variables opens the default surface and says why', () => {
    for (const vars of [[], ['x', 'y', 'z']]) {
      const a = readAddress(hashOf({ kind: 'descend', formula: 'x^2', vars, optimizers: [{ name: 'sgd' }] }));
      expect(a.experiment).toEqual(defaultExperiment);
      expect(a.errors[0].messageIn('es')).toContain('dibuja funciones de dos variables');
    }
  });

  it('readAddress never throws on random text, random settings or random JSON, and always gives an experiment', () => {
    const hostileText = fc.oneof(
      fc.string(),
      fc.constantFrom(...HOSTILE, '%', '%E0%A4%A', '%00', '%2e%2e', '&&', '==', 'x=', '#x=%7B'),
    );
    const setting = fc.tuple(hostileText, hostileText).map(([k, v]) => `${k}=${v}`);
    const json = fc.jsonValue().map((v) => `x=${encodeURIComponent(JSON.stringify(v))}`);
    const experimentish = fc
      .record(
        {
          kind: fc.constantFrom('descend', 'fit', ...HOSTILE),
          surface: fc.constantFrom('peaks', ...HOSTILE),
          model: fc.constantFrom('linear', ...HOSTILE),
          optimizers: fc.array(fc.record({ name: fc.constantFrom('sgd', 'adam', ...HOSTILE) }), {
            maxLength: 3,
          }),
          start: fc.array(fc.double(), { maxLength: 3 }),
        },
        { requiredKeys: ['kind'] },
      )
      .map((v) => `x=${encodeURIComponent(JSON.stringify(v))}`);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(setting, json, experimentish, hostileText), { maxLength: 6 }),
        (parts) => {
          const a = readAddress(`#${parts.join('&')}`);
          expect(['descend', 'fit', 'derivative']).toContain(a.experiment.kind);
          for (const e of a.errors) {
            expect(e.messageIn('en').length).toBeGreaterThan(0);
            expect(e.messageIn('es').length).toBeGreaterThan(0);
          }
          // what the lab will use was vetted: vetting it again finds nothing
          expect(vetExperiment(a.experiment).error).toBeUndefined();
        },
      ),
      { numRuns: 400 },
    );
  });
});
