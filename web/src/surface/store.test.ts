import { describe, expect, it } from 'vitest';
import { type DescendExperiment, defaultExperiment } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { createPlayback } from '../kit/playback.js';
import { createWork } from '../work/client.js';
import { descentsOf } from '../work/descents.js';
import { createSurfaceStore, type Job, workRuns } from './store.js';

/** A store whose runs are computed at once on request, whose frames never come, that records what it was asked. */
function setup(initial: DescendExperiment = defaultExperiment, deferred = false) {
  const asked: DescendExperiment[] = [];
  const cancelled: number[] = [];
  const pending: (() => void)[] = [];
  const notices: string[] = [];
  const compute = (e: DescendExperiment): Job => {
    const i = asked.push(e) - 1;
    let settle: (v: ReturnType<typeof descentsOf> | null) => void = () => {};
    const promise = new Promise<ReturnType<typeof descentsOf> | null>((ok) => {
      settle = ok;
    });
    const finish = () => settle(descentsOf(e));
    if (deferred) pending.push(finish);
    else finish();
    return {
      promise,
      cancel: () => {
        cancelled.push(i);
        settle(null);
      },
    };
  };
  const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
  const store = createSurfaceStore(initial, { notify: (m) => notices.push(m), compute, playback });
  return { store, asked, cancelled, pending, notices };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('createSurfaceStore', () => {
  it('createSurfaceStore(an experiment whose view asks a speed) keeps that speed in the view and the transport', () => {
    const { store } = setup({ ...defaultExperiment, view: { speed: 7 } });
    expect(store.view.value.speed).toBe(7);
    expect(store.playback.speed.value).toBe(7);
    expect(store.shown.value.view?.speed).toBe(7);
  });

  it('createSurfaceStore(default) computes the three runs once, sets last to the longest and plays from 0', async () => {
    const { store, asked } = setup();
    await settle();
    expect(asked).toHaveLength(1);
    expect(store.runs.value.map((r) => r.label)).toEqual(['GD', 'Momentum', 'Adam']);
    expect(store.playback.last.value).toBe(Math.max(...store.runs.value.map((r) => r.steps)));
    expect(store.playback.playing.value).toBe(true);
    expect(store.playback.step.value).toBe(0);
    expect(store.field.value?.domain).toEqual([
      [-3, 3],
      [-3, 3],
    ]);
  });

  it('setView(cmap, tol, style) does not compute the runs again; the shown experiment carries the view', async () => {
    const { store, asked } = setup();
    await settle();
    store.setView({ cmap: 'viridis', tol: 0.01, style: 'tutorial' });
    await settle();
    expect(asked).toHaveLength(1);
    expect(store.shown.value.view).toMatchObject({ colormap: 'viridis', tolerance: 0.01, style: 'tutorial' });
  });

  it('edit(lr) re-runs and keeps the step; edit(steps) re-runs and plays again from 0', async () => {
    const { store, asked } = setup();
    await settle();
    store.playback.seek(50);
    store.edit((e) => {
      e.optimizers[0].options = { lr: 0.01 };
      return e;
    });
    await settle();
    expect(asked).toHaveLength(2);
    expect(asked[1].optimizers[0].options).toEqual({ lr: 0.01 });
    expect(store.playback.step.value).toBe(50);
    expect(store.playback.playing.value).toBe(false);
    store.edit((e) => ({ ...e, steps: 30 }));
    await settle();
    expect(store.playback.last.value).toBe(30);
    expect(store.playback.step.value).toBe(0);
    expect(store.playback.playing.value).toBe(true);
  });

  it('setStart while dragging: a newer point cancels the older computation, the experiment changes only on release', async () => {
    const { store, asked, cancelled, pending } = setup(defaultExperiment, true);
    pending.shift()?.();
    await settle();
    store.setStart([0.5, 0.5], false);
    store.setStart([1.23456, 0.5], false);
    expect(store.start.value).toEqual([1.235, 0.5]);
    expect(store.experiment.value.start).toEqual([-0.35, -0.67]);
    expect(cancelled).toEqual([1]);
    expect(asked.map((e) => e.start)).toEqual([
      [-0.35, -0.67],
      [0.5, 0.5],
      [1.235, 0.5],
    ]);
    pending.at(-1)?.();
    await settle();
    // while dragging the whole paths are shown
    expect(store.playback.step.value).toBe(store.playback.last.value);
    store.setStart([1.23456, 0.5], true);
    await settle();
    expect(store.experiment.value.start).toEqual([1.235, 0.5]);
    // released where it last was: nothing computed again, the runs play from 0
    expect(asked).toHaveLength(3);
    expect(store.playback.playing.value).toBe(true);
  });

  it('setFormula(bad) keeps the last good experiment and says the fault with a caret, in the current language', async () => {
    setLang('es');
    const { store } = setup();
    store.setFormula('x^2 + y^2');
    expect(store.experiment.value.formula).toBe('x^2 + y^2');
    expect(store.experiment.value.surface).toBeUndefined();
    store.setFormula('x + * y');
    expect(store.experiment.value.formula).toBe('x^2 + y^2');
    expect(store.formulaError.value).toContain('x + * y\n    ^');
    expect(store.formulaError.value).toContain('inesperado');
    setLang('en');
    expect(store.formulaError.value).toContain('unexpected');
    store.setFormula('x^2 + 2*y^2');
    expect(store.formulaError.value).toBeNull();
  });

  it('a typed formula runs over the view’s domain, which the shown experiment carries', async () => {
    const { store, asked } = setup();
    store.setFormula('x^2 + y^2');
    store.setView({
      domain: [
        [-1, 1],
        [-2, 2],
      ],
    });
    await settle();
    expect(asked.at(-1)?.domain).toEqual([
      [-1, 1],
      [-2, 2],
    ]);
    expect(store.field.value?.domain).toEqual([
      [-1, 1],
      [-2, 2],
    ]);
    expect(store.shown.value.domain).toEqual([
      [-1, 1],
      [-2, 2],
    ]);
  });

  it('open(unknown surface) says so and shows the default experiment', async () => {
    const { store, notices } = setup();
    store.open({ ...defaultExperiment, surface: 'nope' });
    expect(notices.length).toBe(1);
    expect(store.experiment.value.surface).toBe('peaks');
  });

  it('open(e with view) sets the view and the transport’s speed; the speed control writes back to the view', async () => {
    const { store } = setup();
    store.open({
      ...defaultExperiment,
      view: { colormap: 'magma', speed: 120, style: 'tutorial', levels: 30 },
    });
    expect(store.view.value).toMatchObject({ cmap: 'magma', speed: 120, style: 'tutorial', levels: 30 });
    expect(store.playback.speed.value).toBe(120);
    store.playback.speed.value = 300;
    expect(store.view.value.speed).toBe(300);
    expect(store.shown.value.view?.speed).toBe(300);
  });

  it('a run that cannot start is said in a notice and its row keeps the error', async () => {
    const { store, notices } = setup({
      ...defaultExperiment,
      optimizers: [{ name: 'sgd', options: { lr: -1 } }],
    });
    await settle();
    expect(store.runs.value[0].error).toBeDefined();
    expect(notices).toHaveLength(1);
  });

  it('with the shared work client (workRuns), the default experiment’s runs come back from run()', async () => {
    const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
    const store = createSurfaceStore(defaultExperiment, {
      notify: () => {},
      playback,
      compute: workRuns(createWork()),
    });
    await settle();
    expect(store.runs.value.map((r) => r.steps)).toEqual(
      descentsOf({ ...defaultExperiment }).map((r) => r.steps),
    );
    expect(store.computing.value).toBe(false);
  });
});
