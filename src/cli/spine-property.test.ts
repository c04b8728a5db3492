/**
 * flags → Experiment → run() equals the library's own call: for random optimizers and options,
 * `descend … --format json` gives the points, values and status `descend()` of src/train gives,
 * and `fit … --format json` the history and parameters of `fit()` — bit for bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../data/index.js';
import { descend } from '../train/descend.js';
import { fit } from '../train/fit.js';
import { cli } from './testing.js';

/** An optimizer with options it takes, as flags and as the library's options. */
const optimizer = fc.oneof(
  fc.record({
    name: fc.constant('sgd'),
    options: fc.record(
      {
        lr: fc.double({ min: 1e-4, max: 0.2, noNaN: true }),
        momentum: fc.double({ min: 0, max: 0.95, noNaN: true }),
      },
      { requiredKeys: ['lr'] },
    ),
  }),
  fc.record({
    name: fc.constant('adam'),
    options: fc.record(
      {
        lr: fc.double({ min: 1e-4, max: 0.2, noNaN: true }),
        beta1: fc.double({ min: 0, max: 0.99, noNaN: true }),
        amsgrad: fc.constant(true),
      },
      { requiredKeys: ['lr'] },
    ),
  }),
  fc.record({
    name: fc.constant('rmsprop'),
    options: fc.record(
      { lr: fc.double({ min: 1e-4, max: 0.05, noNaN: true }), centered: fc.constant(true) },
      { requiredKeys: ['lr'] },
    ),
  }),
  fc.record({
    name: fc.constant('adagrad'),
    options: fc.record({ lr: fc.double({ min: 1e-4, max: 0.2, noNaN: true }) }, { requiredKeys: ['lr'] }),
  }),
);
const convention = fc.constantFrom('pytorch' as const, 'keras' as const);

/** `--lr 0.1 --momentum 0.9 --amsgrad`: String(x) reads back as the same double. */
function flagsOf(options: Record<string, number | boolean>): string[] {
  return Object.entries(options).flatMap(([k, v]) => {
    const flag = `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return v === true ? [flag] : [flag, String(v)];
  });
}
/** What JSON makes of a value (NaN and ±Infinity become null). */
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('flags → Experiment → run() equals the direct library call', () => {
  it('descend --optimizer NAME --OPTION … on peaks equals descend() of src/train', async () => {
    await fc.assert(
      fc.asyncProperty(optimizer, convention, fc.integer({ min: 0, max: 15 }), async (o, conv, steps) => {
        const args = ['descend', '--surface', 'peaks', '--optimizer', o.name, '--convention', conv];
        const r = await cli([...args, ...flagsOf(o.options), '--steps', String(steps), '--format', 'json']);
        expect(r.code).toBe(0);
        const [run] = JSON.parse(r.stdout).runs;
        const direct = descend({
          surface: 'peaks',
          steps,
          optimizer: { name: o.name, options: o.options, convention: conv },
        });
        expect(run.points).toEqual(asJson(direct.points));
        expect(run.values).toEqual(asJson(direct.values));
        expect(run.status).toBe(direct.status);
      }),
      { numRuns: 25, seed: 11 },
    );
  });

  it('fit --optimizer NAME --OPTION … on linear data equals fit() of src/train', async () => {
    const d = simulate({ family: 'linear', points: 20 });
    const data = { x: Array.from(d.x), y: Array.from(d.y) };
    await fc.assert(
      fc.asyncProperty(optimizer, fc.integer({ min: 0, max: 10 }), async (o, epochs) => {
        const args = ['fit', '--points', '20', '--optimizer', o.name, '--epochs', String(epochs)];
        const r = await cli([...args, ...flagsOf(o.options), '--format', 'json']);
        expect(r.code).toBe(0);
        const [run] = JSON.parse(r.stdout).runs;
        const direct = fit({
          model: 'linear',
          data,
          epochs,
          optimizer: { name: o.name, options: o.options },
        });
        expect(run.history).toEqual(asJson(direct.history));
        expect(run.params).toEqual(asJson(direct.params));
        expect(run.status).toBe(direct.status);
      }),
      { numRuns: 20, seed: 12 },
    );
  });
});
