import { describe, expect, it } from 'vitest';
import { curvatureAt } from '../../../../src/curvature/index.js';
import { type DescendExperiment, defaultExperiment } from '../../../../src/experiment/index.js';
import { createPlayback } from '../../kit/playback.js';
import { descentsOf } from '../../work/descents.js';
import { createSurfaceStore, type Job } from '../store.js';
import { arrowScale, CURVATURE_COLORS, colorOf, curvatureArrows } from './curvature-draw.js';
import { curvatureModelOf, targetOf, withFastest } from './curvature-model.js';
import { curvatureStateOf } from './curvature-state.js';
import { mapFrame } from './geometry.js';

/** A store whose runs are computed at once (no worker, no frames). */
function storeOf(e: DescendExperiment) {
  const compute = (x: DescendExperiment): Job => ({
    promise: Promise.resolve(descentsOf(x)),
    cancel: () => {},
  });
  const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
  return createSurfaceStore(e, { notify: () => {}, compute, playback });
}
const settle = () => new Promise((ok) => setTimeout(ok, 0));
const bowl: DescendExperiment = { ...defaultExperiment, surface: 'bowl-rotated', start: [1, 0.5] };

describe('curvature model', () => {
  it('curvatureModelOf(store) gives the core’s curvature at the start, then at a picked point', () => {
    const store = storeOf(bowl);
    const model = curvatureModelOf(store);
    expect(model.source.value).toBe('start');
    expect(model.result.value.curvature).toEqual(curvatureAt({ surface: 'bowl-rotated' }, [1, 0.5]));
    curvatureStateOf(store).picked.value = [-1, 2];
    expect(model.source.value).toBe('picked');
    expect(model.result.value.curvature?.point).toEqual([-1, 2]);
    store.dispose();
  });
  it('with a run selected, the point is that run’s at the step shown', async () => {
    const store = storeOf({ ...defaultExperiment });
    await settle();
    const model = curvatureModelOf(store);
    store.playback.pause();
    store.selected.value = 2;
    store.playback.seek(7);
    expect(model.source.value).toBe('run');
    expect(model.point.value).toEqual(store.runs.value[2].points[7]);
    expect(model.result.value.curvature?.shape).toBeDefined();
    store.dispose();
  });
  it('useFastest("gd") sets GD’s lr to 2/(λ₁ + λ₂) = 1/11 on the rotated bowl; "momentum" sets Momentum’s lr and β', () => {
    const store = storeOf(bowl);
    const model = curvatureModelOf(store);
    model.useFastest('gd');
    const [gd, mom] = store.experiment.value.optimizers;
    expect(gd.options?.lr).toBeCloseTo(1 / 11, 15);
    expect(mom.options?.lr).toBe(0.03);
    model.useFastest('momentum');
    const f = curvatureAt({ surface: 'bowl-rotated' }, [0, 0]).fastest;
    expect(store.experiment.value.optimizers[1].options).toEqual({
      lr: f?.momentum.lr,
      momentum: f?.momentum.momentum,
    });
    store.dispose();
  });
  it('useFastest does nothing on peaks (no quadratic)', () => {
    const store = storeOf(defaultExperiment);
    curvatureModelOf(store).useFastest('gd');
    expect(store.experiment.value.optimizers).toEqual(defaultExperiment.optimizers);
    store.dispose();
  });
  it('a point where f is not defined gives the error, not a curvature', () => {
    const store = storeOf({
      ...defaultExperiment,
      surface: undefined,
      formula: 'log(x) + y^2',
      vars: ['x', 'y'],
      start: [1, 1],
    });
    const model = curvatureModelOf(store);
    curvatureStateOf(store).picked.value = [-1, 0];
    expect(model.result.value.curvature).toBeUndefined();
    expect(model.result.value.error).toBeDefined();
    store.dispose();
  });
});

describe('targetOf and withFastest', () => {
  const list = defaultExperiment.optimizers;
  it('targetOf(default, none selected) picks GD for the lr and Momentum for the momentum', () => {
    expect(targetOf(list, -1, 'gd')).toBe(0);
    expect(targetOf(list, -1, 'momentum')).toBe(1);
  });
  it('targetOf(default, Adam selected) is −1: the settings are SGD’s', () => {
    expect(targetOf(list, 2, 'gd')).toBe(-1);
  });
  it('withFastest(gd) drops momentum, Nesterov and dampening; keeps the rest', () => {
    const c = curvatureAt({ surface: 'bowl-elongated' }, [0, 0]);
    const o = withFastest(
      { name: 'sgd', options: { lr: 1, momentum: 0.9, nesterov: true, weightDecay: 0.1 } },
      c,
      'gd',
    );
    expect(o.options).toEqual({ lr: 1 / 11, weightDecay: 0.1 });
  });
});

describe('curvature arrows', () => {
  it('arrowScale is 1 for the largest |λ|, ¾ ten times below, ¼ at least', () => {
    expect(arrowScale(20, 20)).toBe(1);
    expect(arrowScale(-2, 20)).toBeCloseTo(0.75, 15);
    expect(arrowScale(1e-9, 20)).toBe(0.25);
    expect(arrowScale(0, 20)).toBe(0.25);
  });
  it('colorOf gives up, down and flat by sign', () => {
    expect(colorOf(2, 2)).toBe(CURVATURE_COLORS.up);
    expect(colorOf(-2, 2)).toBe(CURVATURE_COLORS.down);
    expect(colorOf(1e-20, 2)).toBe(CURVATURE_COLORS.flat);
  });
  it('curvatureArrows on the rotated bowl lie along the diagonals, through the point, the λ = 20 one longer', () => {
    const c = curvatureAt({ surface: 'bowl-rotated' }, [0, 0]);
    const frame = mapFrame(
      400,
      [
        [-2, 2],
        [-2, 2],
      ],
      'modern',
    );
    const [cx, cy] = frame.toPx(0, 0);
    const [a1, a2] = curvatureArrows(c, frame);
    for (const a of [a1, a2]) {
      expect((a.from[0] + a.to[0]) / 2).toBeCloseTo(cx, 9);
      expect((a.from[1] + a.to[1]) / 2).toBeCloseTo(cy, 9);
    }
    // on screen y points down: v₁ = (1, 1)/√2 goes up and right
    expect(a1.to[0] - cx).toBeGreaterThan(0);
    expect(a1.to[1] - cy).toBeLessThan(0);
    const len = (a: typeof a1) => Math.hypot(a.to[0] - a.from[0], a.to[1] - a.from[1]);
    expect(len(a2) / len(a1)).toBeCloseTo(1 / 0.75, 9);
  });
});
