import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { defaultFit, type FitExperiment } from '../../../src/experiment/index.js';
import { createPlayback } from '../kit/playback.js';
import { fitWork } from '../work/fit-work.js';
import { createRegressionStore, type FitCompute } from './store.js';

/** The real fit on this thread, resolved at once; `started` counts computations (what the effect triggers). */
function lab(e: FitExperiment = defaultFit) {
  let started = 0;
  const cancelled: number[] = [];
  const compute: FitCompute = (x) => {
    const id = ++started;
    return { promise: Promise.resolve(fitWork(x)), cancel: () => void cancelled.push(id) };
  };
  const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
  const store = createRegressionStore(e, { compute, playback });
  const settled = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { store, started: () => started, cancelled, settled };
}

const small: FitExperiment = { ...defaultFit, epochs: 20, regimes: ['batch'] };

describe('createRegressionStore', () => {
  it('computes the runs of the initial experiment once and shows epoch 0 of its history', async () => {
    const { store, started, settled } = lab(small);
    await settled();
    expect(started()).toBe(1);
    expect(store.runs.value).toHaveLength(1);
    expect(store.playback.last.value).toBe(20);
    expect(store.playback.whole.value).toBe(0);
    expect(store.done.value).toBe(1);
    store.dispose();
  });

  it('setView(tol) changes the race but starts no computation (a view setting changes no number)', async () => {
    const { store, started, settled } = lab(small);
    await settled();
    const before = store.race.value[0].settled;
    store.setView({ tol: 0.5 });
    await settled();
    expect(started()).toBe(1);
    expect(store.experiment.value.view?.tolerance).toBe(0.5);
    expect(store.race.value[0].settled).not.toBe(before);
    store.dispose();
  });

  it('a newer edit cancels the computation under way (latest wins)', async () => {
    const { store, started, cancelled, settled } = lab(small);
    store.edit((e) => ({ ...e, epochs: 10 }));
    await settled();
    expect(started()).toBe(2);
    expect(cancelled).toEqual([1]);
    expect(store.playback.last.value).toBe(10);
    store.dispose();
  });

  it('addOptimizer races a second optimizer: one run per optimizer × regime, the new card selected', async () => {
    const { store, settled } = lab({ ...small, regimes: ['batch', 'minibatch'] });
    store.addOptimizer();
    await settled();
    expect(store.experiment.value.optimizers.map((o) => o.name)).toEqual(['sgd', 'adam']);
    expect(store.selected.value).toBe(1);
    expect(store.runs.value.map((r) => r.label)).toEqual([
      'sgd (batch)',
      'sgd (minibatch)',
      'adam (batch)',
      'adam (minibatch)',
    ]);
    expect(store.race.value.map((r) => r.optimizer)).toEqual([0, 0, 1, 1]);
    store.removeOptimizer(0);
    expect(store.experiment.value.optimizers.map((o) => o.name)).toEqual(['adam']);
    expect(store.selected.value).toBe(0);
    store.dispose();
  });

  it('setFamily(sine) keeps the seed and noise and offers amplitude, frequency and phase, not slope', () => {
    const { store } = lab({ ...small, data: { family: 'linear', seed: 7, noise: 0.1, slope: 3 } });
    store.setFamily('sine');
    expect(store.experiment.value.data).toEqual({ family: 'sine', seed: 7, noise: 0.1 });
    expect(store.controls.value.shape).toEqual(['intercept', 'amplitude', 'frequency', 'phase']);
    store.setFamily('csv');
    expect(store.controls.value).toMatchObject({ shape: [], csv: true, sampling: false });
    store.dispose();
  });

  it('data follows the experiment before any run: 100 points of the default, 4 of a CSV', () => {
    const { store } = lab(small);
    expect('x' in store.data.value && store.data.value.x.length).toBe(100);
    store.setFamily('csv');
    expect('x' in store.data.value && store.data.value.y).toEqual([0.1, 1.9, 4.2, 5.8]);
    store.dispose();
  });

  it('setModel(mlp:8) drops the initial weights and offers none to set (its weights are random)', () => {
    const { store } = lab({ ...small, model: 'affine', init: { a: 1, b: 2 } });
    expect(store.model.value.initParams).toEqual(['a', 'b']);
    store.setModel('mlp:8');
    expect(store.experiment.value.init).toBeUndefined();
    expect(store.model.value).toMatchObject({ initParams: [], line: false, random: true });
    store.dispose();
  });

  it('an experiment the schema refuses is a fault naming the field, and runs nothing', async () => {
    const { store, started, settled } = lab(small);
    await settled();
    store.edit((e) => ({ ...e, epochs: -3 }));
    await settled();
    expect(started()).toBe(1);
    expect(store.fault.value?.message.en).toMatch(/epochs/);
    expect(store.computing.value).toBe(false);
    store.dispose();
  });

  it('a fit larger than the lab starts is refused before computing, with the size in each language', async () => {
    const { store, settled } = lab(small);
    store.edit((e) => ({ ...e, data: { ...e.data, points: 100_000 }, epochs: 1000 }));
    await settled();
    expect(store.fault.value?.message.en).toContain('100,000,000');
    expect(store.fault.value?.message.es).toContain('100.000.000');
    store.dispose();
  });

  it('preset(gradient-tape) opens the tutorial fit in float32 and keeps the view', async () => {
    const { store, settled } = lab({ ...small, view: { tolerance: 0.01 } });
    store.preset('gradient-tape');
    await settled();
    expect(store.experiment.value).toMatchObject({
      model: 'affine',
      loss: 'sse',
      dtype: 'float32',
      epochs: 70,
    });
    expect(store.view.value.tol).toBe(0.01);
    expect(store.runs.value[0].params).toEqual({ a: 0.3490469753742218, b: 0.44294729828834534 });
    store.dispose();
  });

  // The work client reports progress at once and reads its own signals while starting.
  it('a compute that reports progress at once and reads signals starts once, its progress shown', async () => {
    const busy = signal(0);
    let started = 0;
    const compute: FitCompute = (x, onProgress) => {
      started++;
      onProgress(0.25);
      busy.value = busy.value + 1;
      return { promise: Promise.resolve(fitWork(x)), cancel: () => {} };
    };
    const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
    const store = createRegressionStore(small, { compute, playback });
    expect(store.progress.value).toBe(0.25);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(started).toBe(1);
    expect(store.runs.value).toHaveLength(1);
    store.dispose();
  });
});
