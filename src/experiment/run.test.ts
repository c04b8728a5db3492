import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { descend } from '../train/descend.js';
import { fit } from '../train/fit.js';
import { pathOf } from './error-path.js';
import { descendSpecOf, run, runExperiment } from './run.js';
import { defaultExperiment, parseExperiment } from './schema.js';
import type { DescendExperiment, FitExperiment } from './types.js';

const bowl = (over: Partial<DescendExperiment>): DescendExperiment => ({
  kind: 'descend',
  version: 2,
  formula: 'x^2 + 3*y^2',
  start: [1, -2],
  steps: 6,
  optimizers: ['sgd' as never],
  ...over,
});

/** What `descend` returns, of an outcome (its label and entry removed). */
function descent(o: Record<string, unknown>) {
  const { label: _l, optimizer: _o, ...rest } = o;
  return rest;
}

describe('run', () => {
  it('run(the lab default) gives exactly the numbers descend gives, bit for bit, optimizer by optimizer', () => {
    const r = run(defaultExperiment);
    expect(r.runs.map((o) => o.label)).toEqual(['GD', 'Momentum', 'Adam']);
    defaultExperiment.optimizers.forEach((o, i) => {
      const direct = descend({
        surface: 'peaks',
        start: [-0.35, -0.67],
        steps: 200,
        gradient: 'autodiff',
        optimizer: { name: o.name, options: o.options as Record<string, number> },
      });
      expect(descent(r.runs[i] as never)).toEqual(direct);
      expect(descend(descendSpecOf(defaultExperiment, i))).toEqual(direct);
    });
  });

  it('run(sgd with lr {exponential, 0.1, γ 0.9}) moves as p − 0.1·0.9^k·∇f(p), computed by hand', () => {
    const lr = { kind: 'exponential' as const, lr: 0.1, gamma: 0.9 };
    const r = run(bowl({ optimizers: [{ name: 'sgd', options: { lr } }] }));
    // f = x² + 3y², ∇f = (2x, 6y); lr_k = 0.1·0.9^k at the k-th update (k from 0).
    const expected = [[1, -2]];
    for (let k = 0; k < 6; k++) {
      const [x, y] = expected[k];
      const a = 0.1 * 0.9 ** k;
      expected.push([x - a * (2 * x), y - a * (6 * y)]);
    }
    expect(r.runs[0].status).toBe('max-steps');
    expect(r.runs[0].points).toEqual(expected);
  });

  it('run(three optimizers, the second with lr −1) gives one error outcome at its path and two normal runs', () => {
    const e = bowl({
      optimizers: [
        { name: 'sgd', options: { lr: 0.1 } },
        { name: 'sgd', options: { lr: -1, momentum: 0.9 }, label: 'bad' },
        { name: 'adam', options: { lr: 0.1 } },
      ],
    });
    const r = run(e);
    expect(r.runs.map((o) => o.status)).toEqual(['max-steps', 'error', 'max-steps']);
    const bad = r.runs[1];
    expect(bad.label).toBe('bad');
    expect(bad.points).toEqual([]);
    expect(bad.error?.path).toBe('experiment.optimizers[1].options.lr');
    expect(bad.error?.code).toBe('optim-bad-option');
    expect(bad.error?.message.en).toMatch(/^invalid lr for sgd: -1/);
    expect(bad.error?.message.es).toMatch(/lr/);
    expect(bad.error?.message.es).not.toBe(bad.error?.message.en);
    // The others are what they are alone.
    expect(r.runs[2].points).toEqual(
      run(bowl({ optimizers: [{ name: 'adam', options: { lr: 0.1 } }] })).runs[0].points,
    );
  });

  it('run gives each optimizer fault its own path: a fixed option, Nesterov without momentum, a schedule field', () => {
    const r = run(
      bowl({
        optimizers: [
          { name: 'sgd', options: { nesterov: true } },
          { name: 'adam', options: { lr: { kind: 'exponential', lr: 0.1, gamma: -2 } } },
          { name: 'adam', options: { momentum: 0.9 } },
        ],
      }),
    );
    expect(r.runs.map((o) => o.error?.path)).toEqual([
      'experiment.optimizers[0].options.nesterov',
      'experiment.optimizers[1].options.lr.gamma',
      'experiment.optimizers[2].options.momentum',
    ]);
  });

  it('run(a fit with newton among sgd and adam) gives newton an error at its name and trains the others', () => {
    const e: FitExperiment = {
      kind: 'fit',
      version: 2,
      data: { family: 'linear', points: 20 },
      model: 'linear',
      optimizers: ['sgd' as never, 'newton' as never, { name: 'adam', options: { lr: 0.05 } }],
      epochs: 5,
      regimes: ['batch', 'sgd'],
    };
    const r = run(e);
    expect(r.runs.map((o) => `${o.label} ${o.status}`)).toEqual([
      'sgd (batch) max-steps',
      'sgd (sgd) max-steps',
      'newton (batch) error',
      'newton (sgd) error',
      'adam (batch) max-steps',
      'adam (sgd) max-steps',
    ]);
    expect(r.runs[2].error?.path).toBe('experiment.optimizers[1].name');
    expect(r.runs[2].error?.message.en).toMatch(/newton.*Hessian/);
    const direct = fit({
      model: 'linear',
      data: r.data,
      optimizer: { name: 'adam', options: { lr: 0.05 } },
      epochs: 5,
    });
    expect(descent(r.runs[4] as never)).toEqual(direct);
  });

  it('run of a whole-experiment fault (unknown surface, a formula that does not parse, a bad start, model or data formula) throws at its path', () => {
    const at = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof DescensoError) return (e.params as { path?: string }).path;
        throw e;
      }
      return 'no fault';
    };
    expect(at(() => run(bowl({ formula: undefined, surface: 'peeks' })))).toBe('experiment.surface');
    expect(at(() => run(bowl({ formula: 'x^^2' })))).toBe('experiment.formula');
    expect(at(() => run(bowl({ start: [1] })))).toBe('experiment.start');
    const fitOf = (model: string) =>
      parseExperiment({ kind: 'fit', epochs: 1, model, data: { points: 5 } }) as FitExperiment;
    expect(at(() => run(fitOf('cubic')))).toBe('experiment.model');
    const badData = parseExperiment({ kind: 'fit', epochs: 1, data: { family: 'formula', formula: 'sin(' } });
    expect(at(() => run(badData as FitExperiment))).toBe('experiment.data.formula');
  });

  it('run(record every 10 of 25 steps) keeps steps 0, 10, 20 and 25 of the full run', () => {
    const full = run(bowl({ steps: 25, optimizers: [{ name: 'sgd', options: { lr: 0.01 } }] })).runs[0];
    const kept = run(
      bowl({ steps: 25, record: { every: 10 }, optimizers: [{ name: 'sgd', options: { lr: 0.01 } }] }),
    ).runs[0];
    expect(kept.points).toEqual([0, 10, 20, 25].map((k) => full.points[k]));
    expect(kept.recordEvery).toBe(10);
  });

  it('run(a fit with record every 4 of 10 epochs) keeps epochs 0, 4, 8 and 10', () => {
    const r = run({
      kind: 'fit',
      version: 2,
      data: { points: 10 },
      model: 'linear',
      optimizers: ['sgd' as never],
      epochs: 10,
      regimes: ['batch'],
      record: { every: 4 },
    });
    expect(r.runs[0].history.map((h) => h.epoch)).toEqual([0, 4, 8, 10]);
  });

  it("run({dtype: 'float32'}) gives the float32 descent of descend, every number float32", () => {
    const r = run(
      bowl({ dtype: 'float32', start: [1.1, -2.3], optimizers: [{ name: 'adam', options: { lr: 0.1 } }] }),
    );
    const direct = descend({
      formula: 'x^2 + 3*y^2',
      start: [1.1, -2.3],
      steps: 6,
      dtype: 'float32',
      optimizer: { name: 'adam', options: { lr: 0.1 } },
    });
    expect(descent(r.runs[0] as never)).toEqual(direct);
    expect(r.runs[0].points.flat().every((x) => Object.is(Math.fround(x), x))).toBe(true);
  });

  it('run(peaks) carries the field of its views: f on 120×120 over peaks’ domain, the formula as text and LaTeX, the minima', () => {
    const r = run({ ...defaultExperiment, steps: 3 });
    const field = r.field;
    if (!field) throw new Error('no field');
    expect(field.n).toBe(120);
    expect(field.domain).toEqual([
      [-3, 3],
      [-3, 3],
    ]);
    expect(field.values).toHaveLength(120 * 120);
    // Row 0 is y = −3, column 119 is x = 3: peaks(3, −3) straight from the formula.
    const peaks = (x: number, y: number) =>
      3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
      10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
      (1 / 3) * Math.exp(-((x + 1) ** 2) - y ** 2);
    expect(field.values[119]).toBeCloseTo(peaks(3, -3), 12);
    expect(field.text).toMatch(/exp/);
    expect(field.latex).toMatch(/\\/);
    expect(field.minima?.length).toBeGreaterThan(0);
  });

  it('run(a formula without domain) draws the paths with the origin in view and a margin of at least 1; 1-D on 400 points', () => {
    const r = run({
      kind: 'descend',
      version: 2,
      formula: 't^2',
      start: [2],
      steps: 0,
      optimizers: ['sgd' as never],
    });
    expect(r.field?.n).toBe(400);
    // the point 2 and the origin: [0, 2], margin max(1, 2/4) = 1.
    expect(r.field?.domain).toEqual([[-1, 3]]);
    const wide = run(bowl({ steps: 1, optimizers: [{ name: 'sgd', options: { lr: 0.1 } }] }));
    // x from 1 to 0.8 with the origin: [0, 1] → [−1, 2]; y from −2 to −0.8 with it: [−2, 0] → [−3, 1].
    expect(wide.field?.domain).toEqual([
      [-1, 2],
      [-3, 1],
    ]);
  });

  it('run(peaks).field is computed on first read and then kept: JSON and structuredClone carry it', () => {
    const r = run({ ...defaultExperiment, steps: 2 });
    expect(Object.keys(r)).toContain('field');
    const first = r.field;
    expect(r.field).toBe(first);
    expect(JSON.parse(JSON.stringify(r)).field.values).toHaveLength(120 * 120);
    expect(structuredClone(r).field?.values).toEqual(first?.values);
  });

  it('a fault run() already placed is not placed again (one path in the message)', () => {
    try {
      run(bowl({ formula: 'x^^2' }));
    } catch (e) {
      if (!(e instanceof DescensoError)) throw e;
      expect(pathOf(e, bowl({}))).toBeUndefined();
      expect(e.messageIn('en').match(/invalid experiment at/g)).toHaveLength(1);
      return;
    }
    throw new Error('expected a fault');
  });

  it('run(sgd with options.clipNorm 1) passes clipping through to the optimizer: steps of length lr', () => {
    const r = run(
      bowl({
        formula: 'x^2 + y^2',
        start: [10, 10],
        steps: 1,
        optimizers: [{ name: 'sgd', options: { lr: 0.1, clipNorm: 1 } }],
      }),
    );
    // ∇f(10, 10) = (20, 20), of norm 20√2, clipped to norm 1: each coordinate moves by 0.1/√2.
    const [x, y] = r.runs[0].points[1];
    expect(x).toBeCloseTo(10 - 0.1 / Math.SQRT2, 12);
    expect(y).toBeCloseTo(10 - 0.1 / Math.SQRT2, 12);
  });

  it('runExperiment is run (the name before the spine)', () => {
    expect(runExperiment).toBe(run);
  });

  it('run(a derivative study) dispatches to runDerivative', () => {
    const r = run(parseExperiment({ kind: 'derivative', formula: 'x^2', x: 3, steps: 2 }));
    if (r.kind !== 'derivative') throw new Error('not a derivative run');
    expect(r.at?.slope).toBe(6);
    expect(r.runs).toHaveLength(2);
  });
});
