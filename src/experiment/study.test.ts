/**
 * Studies as Experiments: the schema of the kinds 'sweep' and 'basins' (every field, its path in
 * both languages, hostile keys), their address (round trip as a property, tampered addresses),
 * and run() giving the numbers runSweep and runBasins give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { runBasins } from '../sweep/study.js';
import { runSweep } from '../sweep/sweep.js';
import { experimentFromAddress, experimentToAddress } from './address.js';
import { defaultBasins, defaultSweep, defaultSweepFit } from './address-fields.js';
import { run } from './run.js';
import { experimentFromJson, parseExperiment } from './schema.js';
import type { BasinsStudy, Experiment, SweepStudy } from './types.js';

const sweep = (over: Record<string, unknown> = {}) => ({
  kind: 'sweep',
  base: {
    kind: 'descend',
    surface: 'bowl-elongated',
    start: [1.5, -1],
    steps: 60,
    stop: { gradNorm: 1e-4 },
    optimizers: ['sgd'],
  },
  vary: [{ option: 'lr', from: 0.01, to: 0.2, scale: 'lin', count: 5 }],
  ...over,
});
const basinsStudy = (over: Record<string, unknown> = {}) => ({
  kind: 'basins',
  base: {
    kind: 'descend',
    surface: 'peaks',
    steps: 50,
    optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
  },
  grid: 6,
  ...over,
});

/** The message of the fault parseExperiment throws for `value`, in `lang`. */
function fault(value: unknown, lang: 'en' | 'es' = 'en'): string {
  try {
    parseExperiment(value);
  } catch (e) {
    if (e instanceof DescensoError) return e.messageIn(lang);
    throw e;
  }
  throw new Error('accepted');
}

describe('parseExperiment of studies', () => {
  it('parseExperiment(sweep) keeps the base, the varied options and fills the base defaults', () => {
    const e = parseExperiment(sweep()) as SweepStudy;
    expect(e.kind).toBe('sweep');
    expect(e.base).toEqual(parseExperiment(sweep().base));
    expect(e.vary).toEqual([{ option: 'lr', from: 0.01, to: 0.2, scale: 'lin', count: 5 }]);
  });

  it('parseExperiment(basins) defaults the grid to 100 and keeps a two-range domain', () => {
    expect((parseExperiment(basinsStudy({ grid: undefined })) as BasinsStudy).grid).toBe(100);
    const e = parseExperiment(
      basinsStudy({
        domain: [
          [-2, 2],
          [-1, 1],
        ],
      }),
    ) as BasinsStudy;
    expect(e.domain).toEqual([
      [-2, 2],
      [-1, 1],
    ]);
  });

  it.each([
    [sweep({ base: { ...sweep().base, steps: -1 } }), 'experiment.base.steps'],
    [sweep({ base: { ...sweep().base, kind: 'derivative' } }), 'experiment.base.kind'],
    [sweep({ base: { ...sweep().base, kind: 'sweep' } }), 'experiment.base.kind'],
    [sweep({ base: { ...sweep().base, view: { log: true } } }), 'experiment.base.view'],
    [sweep({ base: 3 }), 'experiment.base'],
    [sweep({ vary: [] }), 'experiment.vary'],
    [sweep({ vary: [{ option: 'lr', from: 0, to: 1, scale: 'log', count: 3 }] }), 'experiment.vary[0].from'],
    [sweep({ vary: [{ option: 'lr', from: 1, to: 1, scale: 'lin', count: 3 }] }), 'experiment.vary[0].count'],
    [
      sweep({ vary: [{ option: 'lr', from: 0, to: 1, scale: 'lin', count: LIMITS.sweepValues + 1 }] }),
      'experiment.vary[0].count',
    ],
    [sweep({ vary: [{ option: 'nesterov', from: 0, to: 1, count: 2 }] }), 'experiment.vary[0].option'],
    [sweep({ vary: [{ option: '__proto__', from: 0, to: 1, count: 2 }] }), 'experiment.vary[0].option'],
    [sweep({ vary: [{ option: 'lr', from: 0.1, to: 1, count: 2, extra: 1 }] }), 'experiment.vary[0].extra'],
    [
      sweep({
        vary: [
          { option: 'lr', from: 0.1, to: 1, count: 2 },
          { option: 'lr', from: 0.1, to: 1, count: 2 },
        ],
      }),
      'experiment.vary[1].option',
    ],
    [
      sweep({
        vary: [
          { option: 'lr', from: 0.1, to: 1, count: 1000 },
          { option: 'momentum', from: 0, to: 0.9, count: 1000 },
        ],
      }),
      'experiment.vary',
    ],
    [basinsStudy({ grid: 1 }), 'experiment.grid'],
    [basinsStudy({ grid: 2.5 }), 'experiment.grid'],
    [basinsStudy({ domain: [[-1, 1]] }), 'experiment.domain'],
    [
      basinsStudy({
        domain: [
          [1, -1],
          [0, 1],
        ],
      }),
      'experiment.domain[0]',
    ],
    [basinsStudy({ base: { ...basinsStudy().base, start: [0, 0] } }), 'experiment.base.start'],
    [basinsStudy({ base: { ...basinsStudy().base, noise: { sigma: 1 } } }), 'experiment.base.noise'],
    [basinsStudy({ base: { ...basinsStudy().base, kind: 'fit' } }), 'experiment.base.kind'],
    [basinsStudy({ base: { ...basinsStudy().base, optimizers: [] } }), 'experiment.base.optimizers'],
  ] as [unknown, string][])(
    'parseExperiment of a study tampered at case %# names its path, one line in both languages',
    (value, path) => {
      for (const lang of ['en', 'es'] as const) {
        const m = fault(value, lang);
        expect(m).toContain(`${path}:`);
        expect(m).not.toContain('\n');
      }
    },
  );

  it('parseExperiment refuses __proto__ and constructor as fields of a study, by path', () => {
    const hostile = JSON.parse('{"kind":"sweep","__proto__":{"x":1},"base":{},"vary":[]}');
    expect(fault(hostile)).toContain('experiment.__proto__');
    const base = JSON.parse('{"kind":"descend","surface":"peaks","optimizers":["sgd"],"constructor":1}');
    expect(fault(basinsStudy({ base }))).toContain('experiment.base.constructor');
  });

  it('experimentFromJson of a saved study reads back the same study', () => {
    const e = parseExperiment(sweep());
    expect(experimentFromJson(JSON.stringify(e))).toEqual(e);
  });
});

describe('run(study)', () => {
  it('run(sweep study) gives the rows and best of runSweep', () => {
    const study = sweep() as unknown as SweepStudy;
    const r = run(study);
    expect(r.kind).toBe('sweep');
    expect(r).toEqual(runSweep(study));
    expect(r.runs.map((x) => x.stepsToTol)).toEqual(runSweep(study).runs.map((x) => x.stepsToTol));
  });

  it('run(basins study) gives the maps of runBasins, one label and step per start', () => {
    const study = basinsStudy() as unknown as BasinsStudy;
    const r = run(study);
    expect(r.kind).toBe('basins');
    expect(r).toEqual(runBasins(study));
    expect(r.maps[0].labels).toHaveLength(36);
  });

  it('run(sweep) with an unknown surface names experiment.base.surface', () => {
    const study = sweep({ base: { ...sweep().base, surface: 'nope', start: undefined } });
    expect(() => run(study as unknown as SweepStudy)).toThrow(/experiment\.base\.surface/);
  });

  it('run(basins) with an unknown optimizer keeps it as the error of its own base path', () => {
    const study = basinsStudy({ base: { ...basinsStudy().base, optimizers: ['nope'] } });
    expect(() => run(study as unknown as BasinsStudy)).toThrow(/nope/);
  });
});

const vary1 = fc.record({
  option: fc.constantFrom('lr', 'momentum', 'beta1'),
  from: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
  to: fc.double({ min: 0.6, max: 2, noNaN: true }),
  scale: fc.constantFrom('lin', 'log'),
  count: fc.integer({ min: 1, max: 50 }),
});
const drawnSweep = fc
  .record({
    base: fc.oneof(fc.constant(defaultSweep.base), fc.constant(defaultSweepFit.base)),
    vary: fc.array(vary1, { minLength: 1, maxLength: 2 }),
    steps: fc.integer({ min: 0, max: 900 }),
    label: fc.constantFrom('GD', 'a;b:c', '~', 'É ñ', '(x)'),
    view: fc.record(
      {
        log: fc.boolean(),
        lang: fc.constantFrom('es', 'en'),
        metric: fc.constantFrom('steps', 'evaluations', 'final', 'diverged'),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ base, vary, steps, label, view }) => ({
    kind: 'sweep',
    base:
      base.kind === 'descend'
        ? { ...base, steps, optimizers: [{ name: 'sgd', label }] }
        : { ...base, epochs: steps, optimizers: [{ name: 'adam', label }] },
    vary,
    view,
  }));
const drawnBasins = fc
  .record({
    grid: fc.integer({ min: 2, max: 400 }),
    steps: fc.integer({ min: 0, max: 900 }),
    formula: fc.option(fc.constantFrom('x^2 + y^2', 'x*y - sin(x)'), { nil: undefined }),
    domain: fc.option(
      fc.constant([
        [-2, 2],
        [-1, 3],
      ]),
      { nil: undefined },
    ),
    tol: fc.option(fc.double({ min: 1e-9, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ grid, steps, formula, domain, tol }) => ({
    kind: 'basins',
    base: {
      kind: 'descend',
      ...(formula ? { formula } : { surface: 'himmelblau' }),
      steps,
      ...(tol ? { stop: { gradNorm: tol } } : {}),
      optimizers: [{ name: 'adam', options: { lr: 0.05 } }],
    },
    grid,
    ...(domain ? { domain } : {}),
  }));
const validStudy: fc.Arbitrary<Experiment> = fc
  .oneof(drawnSweep, drawnBasins)
  .map((raw) => {
    try {
      return parseExperiment(raw);
    } catch {
      return null;
    }
  })
  .filter((e): e is Experiment => e !== null);

describe('a study in the address', () => {
  it('the default studies are the empty addresses of their forms', () => {
    expect(experimentToAddress(defaultSweep)).toBe('#lab=sweep');
    expect(experimentToAddress(defaultSweepFit)).toBe('#lab=sweep-fit');
    expect(experimentToAddress(defaultBasins)).toBe('#lab=basins');
  });

  it('a study’s metric is in its address beside its rank', () => {
    const e = { ...defaultSweep, rank: 'evaluations', view: { metric: 'evaluations' } } as Experiment;
    expect(experimentToAddress(e)).toBe('#lab=sweep&rank=evaluations&metric=evaluations');
    expect(experimentFromAddress('#lab=sweep&rank=evaluations&metric=evaluations')).toEqual({
      experiment: e,
      errors: [],
    });
  });

  it('a basin map reads its base fields with the keys of a descent', () => {
    const { experiment, errors } = experimentFromAddress(
      '#lab=basins&s=rosenbrock&it=300&grid=50&dom=-2,2,-1,3',
    );
    expect(errors).toEqual([]);
    const e = experiment as BasinsStudy;
    expect([e.base.surface, e.base.steps, e.grid, e.domain]).toEqual([
      'rosenbrock',
      300,
      50,
      [
        [-2, 2],
        [-1, 3],
      ],
    ]);
  });

  it('any valid study survives study → address → study unchanged, in the short form', () => {
    fc.assert(
      fc.property(validStudy, (e) => {
        const address = experimentToAddress(e);
        expect(address.startsWith('#x=')).toBe(false);
        expect(experimentFromAddress(address)).toEqual({ experiment: e, errors: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('the drawn studies reach both kinds and both bases of a sweep', () => {
    const forms = new Set(
      fc
        .sample(validStudy, { numRuns: 100, seed: 3 })
        .map((e) => (e.kind === 'sweep' ? `sweep-${e.base.kind}` : e.kind)),
    );
    expect([...forms].sort()).toEqual(['basins', 'sweep-descend', 'sweep-fit']);
  });

  it.each([
    ['#lab=sweep&vary=lr:0.1:1:lin', 'vary=lr:0.1:1:lin'],
    ['#lab=sweep&vary=lr:0:1:log:5', 'vary=lr:0:1:log:5'],
    ['#lab=sweep&vary=__proto__:0:1:lin:5', 'vary=__proto__:0:1:lin:5'],
    ['#lab=basins&grid=1', 'grid=1'],
    ['#lab=basins&grid=abc', 'grid=abc'],
    ['#lab=basins&x0=1,2', 'x0=1,2'],
    ['#lab=sweep-fit&it=5', 'it=5'],
    ['#lab=sweep&metric=__proto__', 'metric=__proto__'],
  ])('a tampered study address %s keeps the default and names %s', (hash, part) => {
    const form = hash.slice(5, hash.indexOf('&'));
    const defaults: Record<string, Experiment> = {
      sweep: defaultSweep,
      'sweep-fit': defaultSweepFit,
      basins: defaultBasins,
    };
    const { experiment, errors } = experimentFromAddress(hash);
    expect(experiment).toEqual(defaults[form]);
    expect(errors).toHaveLength(1);
    for (const lang of ['en', 'es'] as const) {
      expect(errors[0].messageIn(lang)).toContain(part);
      expect(errors[0].messageIn(lang)).not.toContain('\n');
    }
  });
});
