import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { experimentFromJson, parseExperiment } from './schema.js';
import { experimentFromHash } from './url.js';

/** The fault parseExperiment finds in `value`. */
function fault(value: unknown): DescensoError {
  try {
    parseExperiment(value);
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a fault');
}

const descend = { kind: 'descend', surface: 'peaks', optimizers: ['sgd'] };

// One faulty experiment per problem the schema can name.
const faulty: Record<string, unknown> = {
  'not an object': [1, 2],
  'unknown field': { ...descend, speed: 3 },
  'not a number': { ...descend, steps: 'many' },
  'out of range': { ...descend, steps: 1e9 },
  'h not positive': { ...descend, h: 0 },
  'not text': { ...descend, surface: 7 },
  'text too long': { ...descend, surface: 'x'.repeat(61) },
  'not a choice': { ...descend, gradient: 'magic' },
  'start not a list': { ...descend, start: 'origin' },
  'start too long': { ...descend, start: new Array(101).fill(0) },
  'optimizer not an object': { ...descend, optimizers: [3] },
  'options not an object': { ...descend, optimizers: [{ name: 'sgd', options: 1 }] },
  'unknown option': { ...descend, optimizers: [{ name: 'sgd', options: { speed: 1 } }] },
  'no optimizers': { ...descend, optimizers: [] },
  'too many optimizers': { ...descend, optimizers: new Array(11).fill('sgd') },
  'surface and formula': { ...descend, formula: 'x^2' },
  'vars not a list': { kind: 'descend', formula: 'a^2', vars: 'a', optimizers: ['sgd'] },
  'data not an object': { kind: 'fit', data: 3 },
  'negative noise': { kind: 'fit', data: { noise: -1 } },
  'bounds in the wrong order': { kind: 'fit', data: { xRange: [2, 1] } },
  'domain in the wrong order': {
    ...descend,
    domain: [
      [-3, 3],
      [1, -1],
    ],
  },
  'domain too wide': { ...descend, domain: [[-3, 3e7]] },
  'domain of three ranges': {
    ...descend,
    domain: [
      [0, 1],
      [0, 1],
      [0, 1],
    ],
  },
  'x without y': { kind: 'fit', data: { x: [1, 2] } },
  'y of the wrong length': { kind: 'fit', data: { x: [1, 2], y: [1] } },
  regimes: { kind: 'fit', regimes: [] },
  'init not an object': { kind: 'fit', init: 3 },
  version: { ...descend, version: 3 },
  'missing kind': { surface: 'peaks' },
};

// Words of the English problems; a Spanish message must hold none of them.
const ENGLISH =
  /\b(expected|got|unknown|allowed|must|give|text longer|at most|nothing|list of|number|field|bound|whole|reads)\b/;

describe('parseExperiment messages', () => {
  it('parseExperiment names the path and the problem in English', () => {
    expect(fault({ ...descend, steps: 1e9 }).messageIn('en')).toBe(
      'invalid experiment at experiment.steps: out of range: 1000000000 (allowed: a whole number from 0 to 1000000)',
    );
    expect(fault({ ...descend, gradient: 'magic' }).messageIn('en')).toBe(
      'invalid experiment at experiment.gradient: expected one of autodiff, forward, central, got "magic"',
    );
    expect(fault({ surface: 'peaks' }).messageIn('en')).toBe(
      'invalid experiment at experiment.kind: expected one of descend, fit, derivative, sweep, basins, got nothing',
    );
  });

  it('parseExperiment says the same faults wholly in Spanish', () => {
    expect(fault({ ...descend, steps: 1e9 }).messageIn('es')).toBe(
      'experimento no válido en experiment.steps: fuera de rango: 1000000000 (se admite un número entero de 0 a 1000000)',
    );
    expect(fault({ ...descend, gradient: 'magic' }).messageIn('es')).toBe(
      'experimento no válido en experiment.gradient: se esperaba uno de autodiff, forward, central y se recibió "magic"',
    );
    expect(fault({ surface: 'peaks' }).messageIn('es')).toBe(
      'experimento no válido en experiment.kind: se esperaba uno de descend, fit, derivative, sweep, basins y se recibió nada',
    );
    expect(
      fault({ ...descend, optimizers: [{ name: 'sgd', options: { speed: 1 } }] }).messageIn('es'),
    ).toMatch(
      /^experimento no válido en experiment\.optimizers\[0\]\.options\.speed: hiperparámetro desconocido \(se conocen: lr, momentum/,
    );
    expect(fault({ kind: 'fit', data: { xRange: [2, 1] } }).messageIn('es')).toBe(
      'experimento no válido en experiment.data.xRange: el primer extremo debe ser menor que el segundo',
    );
  });

  for (const [what, value] of Object.entries(faulty))
    it(`parseExperiment with ${what}: the Spanish message has no English words`, () => {
      const e = fault(value);
      expect(e.code).toBe('experiment-invalid');
      const es = e.messageIn('es');
      expect(es.startsWith('experimento no válido en experiment')).toBe(true);
      // The part after the path is the problem; field names and JSON values are not words of either language.
      const problem = es.slice(es.indexOf(': ') + 2).replace(/"[^"]*"|\{[^}]*\}/g, '');
      expect(problem).not.toMatch(ENGLISH);
      expect(e.messageIn('en').startsWith('invalid experiment at experiment')).toBe(true);
    });
});

describe('the domain of a descent', () => {
  it('parseExperiment keeps one or two [low, high] ranges and names the faulty one', () => {
    const e = parseExperiment({
      ...descend,
      formula: 'x^2 + y^2',
      surface: undefined,
      domain: [
        [-5, 5],
        [0, 2],
      ],
    });
    expect(e.kind === 'descend' && e.domain).toEqual([
      [-5, 5],
      [0, 2],
    ]);
    expect(
      fault({
        ...descend,
        domain: [
          [-3, 3],
          [1, -1],
        ],
      }).messageIn('en'),
    ).toBe('invalid experiment at experiment.domain[1]: the first bound must be below the second');
    expect(fault({ ...descend, domain: [[-3, 3e7]] }).messageIn('es')).toContain('experiment.domain[0][1]');
  });
});

describe('experimentFromJson', () => {
  it('experimentFromJson gives the line and column of a syntax error, in both languages', () => {
    let err: DescensoError | undefined;
    try {
      experimentFromJson('{\n  "kind": "descend",\n  "steps": 5,,\n}');
    } catch (e) {
      err = e as DescensoError;
    }
    expect(err?.code).toBe('experiment-json');
    expect(err?.messageIn('en')).toBe(
      "the experiment is not valid JSON: syntax error at line 3, column 14: found ',' where a key in double quotes was expected",
    );
    expect(err?.messageIn('es')).toBe(
      "el experimento no es JSON válido: error de sintaxis en la línea 3, columna 14: se encontró ',' donde se esperaba una clave entre comillas dobles",
    );
  });

  it('experimentFromJson on a file of spaces says the text is empty, in both languages', () => {
    const err = (() => {
      try {
        experimentFromJson('  ');
      } catch (e) {
        return e as DescensoError;
      }
    })();
    expect(err?.messageIn('en')).toBe(
      'the experiment is not valid JSON: syntax error at line 1, column 1: the text is empty',
    );
    expect(err?.messageIn('es')).toBe(
      'el experimento no es JSON válido: error de sintaxis en la línea 1, columna 1: el texto está vacío',
    );
  });
});

describe('experimentFromHash', () => {
  it('experimentFromHash keeps the inner fault in both languages', () => {
    const { error } = experimentFromHash(
      `#x=${encodeURIComponent(JSON.stringify({ ...descend, steps: -1 }))}`,
    );
    expect(error?.messageIn('en')).toContain('out of range: -1');
    expect(error?.messageIn('es')).toContain('fuera de rango: -1');
    expect(error?.messageIn('es')).toContain('se muestra el experimento por omisión');
  });

  it('experimentFromHash names an unknown format and a bad encoding in Spanish', () => {
    expect(experimentFromHash('#y=1').error?.messageIn('es')).toContain('formato desconocido');
    expect(experimentFromHash('#x=%E0%A4%A').error?.messageIn('es')).toContain('codificación incorrecta');
  });
});
