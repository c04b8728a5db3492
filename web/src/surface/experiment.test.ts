import { describe, expect, it } from 'vitest';
import { type DescendExperiment, defaultExperiment } from '../../../src/experiment/index.js';
import {
  defaultSurfaceView,
  exported,
  shownExperiment,
  startOf,
  viewOf,
  viewSettingsOf,
} from './experiment.js';

const exp = (over: Partial<DescendExperiment>) =>
  ({ kind: 'descend', version: 1, steps: 10, optimizers: [{ name: 'sgd' }], ...over }) as DescendExperiment;

describe('startOf', () => {
  it("startOf(peaks, no start) is the tutorial's (−0.35, −0.67), the point the runs leave from (the fields showed 0, 0)", () => {
    expect(startOf(exp({ surface: 'peaks' }))).toEqual([-0.35, -0.67]);
  });

  it('startOf(formula, no start) is (1, 1); a start given is kept', () => {
    expect(startOf(exp({ formula: 'x^2 + y^2' }))).toEqual([1, 1]);
    expect(startOf(exp({ surface: 'peaks', start: [2, -1] }))).toEqual([2, -1]);
  });

  it('startOf(unknown surface) is (0, 0) instead of throwing', () => {
    expect(startOf(exp({ surface: 'nope' }))).toEqual([0, 0]);
  });
});

describe('the view of an experiment', () => {
  it('viewOf(no view) is the lab’s default view, and viewSettingsOf(default) is empty', () => {
    expect(viewOf(defaultExperiment)).toEqual(defaultSurfaceView);
    expect(viewSettingsOf(defaultSurfaceView)).toEqual({});
  });

  it('viewOf then viewSettingsOf gives back every setting that differs from the default', () => {
    const view = {
      colormap: 'magma',
      log: true,
      speed: 7,
      tolerance: 0.5,
      style: 'tutorial',
      levels: 30,
    } as const;
    expect(viewSettingsOf(viewOf({ ...defaultExperiment, view }))).toEqual(view);
  });

  it('viewOf(unknown colormap, speed 1e9) keeps the default colormap and the fastest speed', () => {
    const v = viewOf({ ...defaultExperiment, view: { colormap: 'jet', speed: 1e9 } });
    expect(v.cmap).toBe('coolwarm');
    expect(v.speed).toBe(10_000);
  });

  it('a formula’s domain goes to the view and back into the shown experiment; a surface’s is not written', () => {
    const domain: [number, number][] = [
      [-1, 2],
      [0, 4],
    ];
    const e = exp({ formula: 'x^2+y^2', domain });
    expect(shownExperiment(e, viewOf(e)).domain).toEqual(domain);
    const s = exp({ surface: 'peaks' });
    expect(
      shownExperiment(s, {
        ...viewOf(s),
        domain: [
          [0, 1],
          [0, 1],
        ],
      }).domain,
    ).toBeUndefined();
  });

  it('exported(formula) carries the drawn domain (default [−3, 3]²) and no language; exported(default) is the default', () => {
    const e = exp({ formula: 'y^2 - x' });
    expect(exported(shownExperiment(e, viewOf(e), 'es'), viewOf(e))).toEqual({
      ...e,
      domain: [
        [-3, 3],
        [-3, 3],
      ],
    });
    expect(
      exported(
        shownExperiment(defaultExperiment, viewOf(defaultExperiment), 'en'),
        viewOf(defaultExperiment),
      ),
    ).toEqual(defaultExperiment);
  });
});
