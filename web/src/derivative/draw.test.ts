import { describe, expect, it } from 'vitest';
import { runDerivative } from '../../../src/experiment/derivative.js';
import { defaultDerivative } from '../../../src/experiment/index.js';
import { curveSpec, descentSpec, errorSpec } from './draw.js';

const run = runDerivative(defaultDerivative);

describe('the derivative lab draws the core’s run', () => {
  it('curveSpec(tutorial) draws the tangent of slope 5 and the secant through (2, 6) and (2.5, 9)', () => {
    const spec = curveSpec(defaultDerivative, run.at!, run.curve!);
    const [f, tangent, secant, ends, point] = spec.series;
    expect(f.xs).toBe(run.curve!.x);
    // over [−5, 5]: 6 + 5·(−5 − 2) = −29 and 6 + 5·(5 − 2) = 21; the secant's slope is 6
    expect(tangent.ys).toEqual([-29, 21]);
    expect(secant.ys).toEqual([6 - 42, 6 + 18]);
    expect([ends.xs, ends.ys]).toEqual([
      [2, 2.5],
      [6, 9],
    ]);
    expect(point.ys).toEqual([6]);
  });

  it('errorSpec(tutorial) marks h = 0.5 at the forward error 1 and the central error 0', () => {
    const spec = errorSpec(0.5, run.at!, run.errors!);
    expect(spec.series[0].ys).toBe(run.errors!.forward);
    expect(spec.series.slice(2).map((s) => [s.xs, s.ys])).toEqual([
      [[0.5], [1]],
      [[0.5], [0]],
    ]);
  });

  it('descentSpec draws x of both descents, and nothing when they could not start', () => {
    const [gd, sign] = run.runs;
    const spec = descentSpec(gd, sign);
    expect(spec.series.map((s) => s.ys.length)).toEqual([251, 251]);
    expect(spec.series[1].ys[250]).toBe(0.7599999999999989);
    const bad = runDerivative({ ...defaultDerivative, formula: 'log(x)', x: 0 });
    expect(descentSpec(bad.runs[0], bad.runs[1]).series).toEqual([]);
  });
});
