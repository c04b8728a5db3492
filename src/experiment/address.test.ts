import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experimentFromAddress, experimentToAddress } from './address.js';
import { ADDRESS_DEFAULTS, ADDRESS_FIELDS, defaultFit } from './address-fields.js';
import { defaultExperiment, parseExperiment } from './schema.js';
import type { DescendExperiment } from './types.js';

const oldLink = (e: unknown) => `#x=${encodeURIComponent(JSON.stringify(e))}`;
const en = (r: { errors: { messageIn(l: 'en' | 'es'): string }[] }) => r.errors.map((e) => e.messageIn('en'));

/** The lab's default, edited as a user typically does: Adam's step, more steps, another colour map, Spanish. */
const edited: DescendExperiment = {
  ...(defaultExperiment as DescendExperiment),
  steps: 300,
  optimizers: [
    { name: 'sgd', options: { lr: 0.03 }, label: 'GD' },
    { name: 'sgd', options: { lr: 0.03, momentum: 0.9 }, label: 'Momentum' },
    { name: 'adam', options: { lr: 0.05 }, label: 'Adam' },
  ],
  view: { colormap: 'viridis', lang: 'es' },
};

describe('the address table', () => {
  it('ADDRESS_FIELDS has one row per key and per path within each kind', () => {
    for (const kind of ['descend', 'fit', 'derivative'] as const) {
      const rows = ADDRESS_FIELDS.filter((f) => f.kinds.includes(kind));
      expect(new Set(rows.map((f) => f.key)).size).toBe(rows.length);
      expect(new Set(rows.map((f) => f.path)).size).toBe(rows.length);
    }
  });

  it('ADDRESS_DEFAULTS are valid experiments, as parseExperiment writes them', () => {
    for (const e of Object.values(ADDRESS_DEFAULTS)) expect(parseExperiment(e)).toEqual(e);
  });
});

describe('experimentToAddress', () => {
  it('experimentToAddress(the lab’s default of each kind) writes nothing but the lab', () => {
    expect(experimentToAddress(ADDRESS_DEFAULTS.descend)).toBe('#');
    expect(experimentToAddress(defaultFit)).toBe('#lab=regression');
    expect(experimentToAddress(ADDRESS_DEFAULTS.derivative)).toBe('#lab=derivative');
  });

  it('experimentToAddress(an edited descent) writes only what differs from the default, readably', () => {
    expect(experimentToAddress(edited)).toBe(
      '#it=300&o=sgd:lr=0.03,label=GD;sgd:lr=0.03,momentum=0.9,label=Momentum;adam:lr=0.05,label=Adam&cm=viridis&lang=es',
    );
  });

  it('experimentToAddress is far shorter than the old #x=<JSON> on the default and the edited descent', () => {
    // as the lab wrote them (with &lang=es): old 527 and 539 characters, new 1 and 113; base64url of
    // the edited fields' minified JSON would be 329
    expect(oldLink(ADDRESS_DEFAULTS.descend).length).toBeGreaterThan(300);
    expect(experimentToAddress(edited).length).toBeLessThan(oldLink(edited).length / 3);
  });

  it('experimentToAddress writes a formula whole and readable, and a field absent from the default as ~', () => {
    const e = parseExperiment({
      kind: 'descend',
      formula: 'x^2 + 3*sin(y)/2',
      steps: 200,
      optimizers: [{ name: 'adam', options: { lr: 0.1 } }],
    }) as DescendExperiment;
    expect(experimentToAddress(e)).toBe('#s=~&fx=x^2%20+%203*sin(y)/2&x0=~&grad=~&o=adam:lr=0.1');
  });

  it('experimentToAddress writes a schedule as kind(key=value) and a label with separators escaped', () => {
    const e = parseExperiment({
      ...ADDRESS_DEFAULTS.descend,
      optimizers: [
        { name: 'sgd', options: { lr: { kind: 'exponential', lr: 0.1, gamma: 0.9 } }, label: 'a;b,c:(d)=~' },
      ],
    });
    const address = experimentToAddress(e);
    expect(address).toBe('#o=sgd:lr=exponential(lr=0.1,gamma=0.9),label=a%3Bb%2Cc%3A%28d%29%3D%7E');
    expect(experimentFromAddress(address)).toEqual({ experiment: e, errors: [] });
  });
});

describe('experimentFromAddress', () => {
  it('experimentFromAddress of the empty address gives the default descent without errors', () => {
    expect(experimentFromAddress('')).toEqual({ experiment: ADDRESS_DEFAULTS.descend, errors: [] });
    expect(experimentFromAddress('#')).toEqual({ experiment: ADDRESS_DEFAULTS.descend, errors: [] });
  });

  it('experimentFromAddress reads a short link written by hand: a formula replaces the default surface', () => {
    const r = experimentFromAddress('#fx=x*y&o=adam:lr=0.2&it=50');
    expect(r.errors).toEqual([]);
    expect(r.experiment).toMatchObject({ formula: 'x*y', steps: 50, optimizers: [{ name: 'adam' }] });
    expect(r.experiment).not.toHaveProperty('surface');
  });

  it('experimentFromAddress of an old #x=<JSON> link opens that experiment', () => {
    const old = {
      kind: 'fit',
      version: 1,
      data: { family: 'sine', points: 40 },
      model: 'poly:3',
      epochs: 20,
    };
    const r = experimentFromAddress(`${oldLink(old)}&lang=es`);
    expect(r.errors).toEqual([]);
    expect(r.experiment).toMatchObject({ kind: 'fit', model: 'poly:3', epochs: 20, view: { lang: 'es' } });
  });

  // Each key the lab wrote before the table, with the value it meant.
  const OLD_KEYS: [string, string, Record<string, unknown>][] = [
    ['cm', '#cm=viridis', { view: { colormap: 'viridis' } }],
    ['style', '#style=tutorial', { view: { style: 'tutorial' } }],
    ['log', '#log=1', { view: { log: true } }],
    ['tol', '#tol=0.001', { view: { tolerance: 0.001 } }],
    ['speed', '#speed=120', { view: { speed: 120 } }],
    ['lang', '#lang=en', { view: { lang: 'en' } }],
    [
      'dom',
      `${oldLink({ kind: 'descend', formula: 'x^2+y^2', vars: ['x', 'y'], steps: 5, optimizers: ['sgd'] })}&dom=-3,5,-2,2`,
      {
        formula: 'x^2+y^2',
        domain: [
          [-3, 5],
          [-2, 2],
        ],
      },
    ],
    ['lab', '#lab=regression', { kind: 'fit', model: 'linear' }],
    ['fx', '#lab=derivative&fx=x%5E3%20-%20x', { kind: 'derivative', formula: 'x^3 - x' }],
    ['x0', '#lab=derivative&x0=-1.5', { kind: 'derivative', x: -1.5 }],
    ['h', '#lab=derivative&h=0.001', { kind: 'derivative', h: 0.001 }],
    ['lr', '#lab=derivative&lr=0.2', { kind: 'derivative', lr: 0.2 }],
    ['it', '#lab=derivative&it=40', { kind: 'derivative', steps: 40 }],
    ['u', '#lab=derivative&u=sin(x)', { kind: 'derivative', inner: 'sin(x)' }],
    ['y', '#lab=derivative&y=u%5E2', { kind: 'derivative', outer: 'u^2' }],
  ];
  it.each(OLD_KEYS)('experimentFromAddress reads the old key %s as it meant', (_key, hash, expected) => {
    const r = experimentFromAddress(hash);
    expect(en(r)).toEqual([]);
    expect(r.experiment).toMatchObject(expected);
  });

  it('experimentFromAddress reports an unknown key and a value it cannot read, and keeps the rest', () => {
    const r = experimentFromAddress('#constructor=1&it=abc&cm=viridis&__proto__=2');
    expect(en(r)).toEqual([
      'the address setting “constructor=1” is not understood and was ignored',
      'the address setting “it=abc” is not understood and was ignored',
      'the address setting “__proto__=2” is not understood and was ignored',
    ]);
    expect(r.experiment).toEqual({ ...ADDRESS_DEFAULTS.descend, view: { colormap: 'viridis' } });
  });

  it('experimentFromAddress of a value the schema refuses keeps that field’s default and says why, in both languages', () => {
    const r = experimentFromAddress('#it=-5&cm=viridis');
    expect(r.experiment).toEqual({ ...ADDRESS_DEFAULTS.descend, view: { colormap: 'viridis' } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].messageIn('en')).toMatch(
      /^the address setting “it=-5” cannot be used \(.*steps.*\); its default is kept$/,
    );
    expect(r.errors[0].messageIn('es')).toMatch(
      /^el ajuste «it=-5» de la dirección no se puede usar \(.*steps.*\); se mantiene su valor predeterminado$/,
    );
  });

  it('experimentFromAddress of an old link whose JSON the schema refuses opens the default and names the path', () => {
    const r = experimentFromAddress(
      oldLink({ kind: 'descend', surface: 'peaks', optimizers: [{ name: 'constructor' }] }),
    );
    expect(r.experiment).toEqual(ADDRESS_DEFAULTS.descend);
    expect(en(r)[0]).toContain('optimizers[0].name');
    expect(en(r)[0]).toMatch(/the default one is shown$/);
  });

  it('experimentFromAddress never throws on random text and always gives a valid experiment', () => {
    const keys = fc.constantFrom(...ADDRESS_FIELDS.map((f) => f.key), 'x', 'lab', '__proto__', 'constructor');
    const part = fc.oneof(
      fc.tuple(keys, fc.string()).map(([k, v]) => `${k}=${v}`),
      fc
        .tuple(
          keys,
          fc.constantFrom('~', '', '-0', '1e400', '%E0%A4%A', 'surface', 'regression', 'derivative'),
        )
        .map(([k, v]) => `${k}=${v}`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const r = experimentFromAddress(`#${parts.join('&')}`);
        expect(parseExperiment(r.experiment)).toEqual(r.experiment);
        for (const e of r.errors) expect(e.messageIn('es').length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
