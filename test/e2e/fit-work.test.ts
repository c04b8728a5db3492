/**
 * The regression lab's worker computations, in Node (no browser needed): the mini-batch replay
 * must walk exactly the path `fit` walked, and the landscape must be the loss `fit` reports.
 */
import { describe, expect, it } from 'vitest';
import type { FitExperiment, FitResult } from '../../src/experiment/index.js';
import { runExperiment } from '../../src/experiment/index.js';
import { batchOf, fitWork, landscape } from '../../web/src/work/fit-work.js';

const base: FitExperiment = {
  kind: 'fit',
  version: 1,
  data: { family: 'affine', points: 50, seed: 22 },
  model: 'affine',
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr: 0.1 } }],
  epochs: 8,
  regimes: ['minibatch'],
  batchSize: 16,
  seed: 3,
};

function paramsAfterEpochs(e: FitExperiment) {
  const work = fitWork(e);
  const result = work.result!;
  const run = result.runs[0];
  // the run without the recording hook: the hook must not change a number
  expect(runExperiment(e)).toEqual(result);
  return { result, run, replay: work.replay! };
}

describe('the mini-batch steps recorded from fit', () => {
  it.each([
    ['sgd, 50 points in batches of 16 (a short last batch)', base],
    [
      'adam with the Keras convention',
      { ...base, optimizers: [{ name: 'adam', options: { lr: 0.05 }, convention: 'keras' as const }] },
    ],
    [
      'momentum on a quadratic model',
      { ...base, model: 'poly:2', optimizers: [{ name: 'sgd', options: { lr: 0.05, momentum: 0.9 } }] },
    ],
  ])('the steps of %s land on fit’s parameters after every epoch', (_name, e) => {
    const { run, replay } = paramsAfterEpochs(e);
    expect(replay.perEpoch).toBe(Math.ceil(50 / 16));
    expect(replay.params.length).toBe(e.epochs * replay.perEpoch);
    // The parameters before the first step of epoch k are the ones fit recorded after k epochs.
    for (let k = 0; k < e.epochs; k++) {
      const before = replay.params[k * replay.perEpoch];
      expect(before).toEqual(run.paramNames.map((n) => run.history[k].params![n]));
    }
    // and each step's batch loss is the one fit recorded
    expect(replay.batchLosses).toEqual(run.stepLosses);
  });

  it('batchOf gives each point once per epoch, in batches of the chosen size', () => {
    const { replay } = paramsAfterEpochs(base);
    const epoch1 = [0, 1, 2, 3].map((j) => batchOf(replay, replay.perEpoch + j));
    expect(epoch1.map((b) => b.length)).toEqual([16, 16, 16, 2]);
    expect(epoch1.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_v, i) => i));
  });

  it('a different shuffle seed draws different batches', () => {
    const a = paramsAfterEpochs(base).replay;
    const b = paramsAfterEpochs({ ...base, seed: 4 }).replay;
    expect(batchOf(a, 0)).not.toEqual(batchOf(b, 0));
  });

  it('records nothing for a model with vector parameters', () => {
    const work = fitWork({ ...base, model: 'mlp:4' });
    expect(work.result).toBeDefined();
    expect(work.replay).toBeUndefined();
  });

  it('records the second regime when mini-batch comes second, and a diverging run up to its last batch', () => {
    const e: FitExperiment = {
      ...base,
      epochs: 60,
      regimes: ['batch', 'minibatch'],
      optimizers: [{ name: 'sgd', options: { lr: 20 } }],
    };
    const work = fitWork(e);
    const run = work.result!.runs[1];
    expect(run.status).toBe('diverged');
    expect(work.replay!.run).toBe(1);
    expect(work.replay!.batchLosses).toEqual(run.stepLosses);
    // every recorded step has its points
    const last = work.replay!.params.length - 1;
    expect(batchOf(work.replay!, last).length).toBeGreaterThan(0);
  });
});

describe('landscape', () => {
  it('(a, b) map: at the final parameters it gives the final loss fit reports', () => {
    const e = { ...base, regimes: ['batch' as const] };
    const result = runExperiment(e) as FitResult;
    const l = landscape(e, result)!;
    expect(l.params).toEqual(['a', 'b']);
    expect(l.values.length).toBe(l.nx * l.ny);
    const final = result.runs[0].history.at(-1)!.loss;
    // the minimum over the grid is not above the loss where training ended… by much: the grid is coarse
    expect(Math.min(...l.values)).toBeLessThanOrEqual(final * 1.05);
    expect(l.at).toEqual([result.runs[0].params.a, result.runs[0].params.b]);
  });

  it('L(w) for the one-parameter model: a parabola with its lowest sample near the least-squares w', () => {
    const e: FitExperiment = {
      ...base,
      model: 'linear',
      data: { family: 'linear', slope: 5, noise: 2, points: 100, seed: 22 },
      regimes: ['batch'],
      epochs: 40,
    };
    const result = runExperiment(e) as FitResult;
    const l = landscape(e, result)!;
    expect(l.ny).toBe(1);
    const xs = result.data.x as number[];
    const ys = result.data.y;
    // least squares through the origin: w* = Σxy / Σx²
    let sxy = 0;
    let sxx = 0;
    xs.forEach((x, i) => {
      sxy += x * ys[i];
      sxx += x * x;
    });
    const wStar = sxy / sxx;
    const i = l.values.indexOf(Math.min(...l.values));
    const step = (l.x[1] - l.x[0]) / (l.nx - 1);
    expect(Math.abs(l.x[0] + i * step - wStar)).toBeLessThanOrEqual(step);
  });
});
