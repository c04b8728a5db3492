import { describe, expect, it } from 'vitest';
import {
  constantSchedule,
  cosineSchedule,
  exponentialSchedule,
  inverseTimeSchedule,
  makeSchedule,
  stepSchedule,
  warmupSchedule,
} from './schedules.js';
import type { Schedule } from './types.js';

const at = (s: Schedule, steps: number[]) => steps.map((k) => s(k));

describe('schedules', () => {
  it('constantSchedule(0.1) is 0.1 at every step', () => {
    expect(at(constantSchedule(0.1), [0, 1, 1000])).toEqual([0.1, 0.1, 0.1]);
  });

  it('stepSchedule({ lr: 1, stepSize: 10, gamma: 0.5 }) halves every 10 steps', () => {
    expect(at(stepSchedule({ lr: 1, stepSize: 10, gamma: 0.5 }), [0, 9, 10, 25])).toEqual([1, 1, 0.5, 0.25]);
  });

  it("stepSchedule's gamma defaults to PyTorch's 0.1", () => {
    expect(stepSchedule({ lr: 1, stepSize: 2 })(2)).toBeCloseTo(0.1, 15);
  });

  it('exponentialSchedule({ lr: 2, gamma: 0.5 }) multiplies by 0.5 per step', () => {
    expect(at(exponentialSchedule({ lr: 2, gamma: 0.5 }), [0, 1, 3])).toEqual([2, 1, 0.25]);
  });

  it('inverseTimeSchedule({ lr: 1, decayRate: 0.5, decaySteps: 2 }) is 1/(1 + 0.5·step/2)', () => {
    // step 4: 1/(1 + 1) = 0.5; staircase at step 3: 1/(1 + 0.5·⌊1.5⌋) = 2/3
    expect(inverseTimeSchedule({ lr: 1, decayRate: 0.5, decaySteps: 2 })(4)).toBe(0.5);
    expect(inverseTimeSchedule({ lr: 1, decayRate: 0.5, decaySteps: 2, staircase: true })(3)).toBeCloseTo(
      2 / 3,
      15,
    );
  });

  it("inverseTimeSchedule with decaySteps 1 is PyTorch Adagrad's lr_decay at step t − 1", () => {
    // PyTorch: clr = lr/(1 + (t − 1)·lr_decay) at the 1-based update t
    const s = inverseTimeSchedule({ lr: 0.01, decayRate: 0.3 });
    for (let t = 1; t <= 5; t++) expect(s(t - 1)).toBeCloseTo(0.01 / (1 + (t - 1) * 0.3), 16);
  });

  it('cosineSchedule({ lr: 1, T: 10, minLr: 0.1 }) falls from 1 to 0.1 over 10 steps and stays there', () => {
    // step 5: 0.1 + 0.9·(1 + cos(π/2))/2 = 0.55
    const s = cosineSchedule({ lr: 1, T: 10, minLr: 0.1 });
    expect(s(0)).toBe(1);
    expect(s(5)).toBeCloseTo(0.55, 15);
    expect(s(10)).toBeCloseTo(0.1, 15);
    expect(s(50)).toBeCloseTo(0.1, 15);
  });

  it('warmupSchedule({ steps: 4, base }) rises linearly to base(0), then runs base from its start', () => {
    const base = exponentialSchedule({ lr: 0.8, gamma: 0.5 });
    const s = warmupSchedule({ steps: 4, base });
    expect(at(s, [0, 1, 2, 4, 5, 6])).toEqual([0, 0.2, 0.4, 0.8, 0.4, 0.2]);
  });

  it('warmupSchedule({ steps: 0, base: 0.3 }) is the constant 0.3', () => {
    expect(at(warmupSchedule({ steps: 0, base: 0.3 }), [0, 7])).toEqual([0.3, 0.3]);
  });
});

describe('makeSchedule', () => {
  it('makeSchedule(spec) builds the same schedule as the factory', () => {
    const fromSpec = makeSchedule({ kind: 'cosine', lr: 1, T: 10, minLr: 0.1 });
    const direct = cosineSchedule({ lr: 1, T: 10, minLr: 0.1 });
    expect(at(fromSpec, [0, 3, 7, 12])).toEqual(at(direct, [0, 3, 7, 12]));
  });

  it('makeSchedule reads a warm-up around a nested spec', () => {
    const s = makeSchedule({
      kind: 'warmup',
      steps: 2,
      base: { kind: 'step', lr: 1, stepSize: 1, gamma: 0.5 },
    });
    expect(at(s, [0, 1, 2, 3])).toEqual([0, 0.5, 1, 0.5]);
  });

  const bad: [unknown, RegExp][] = [
    [{ kind: 'linear', lr: 1 }, /unknown schedule "linear"; the schedules are: constant, step, exponential/],
    [{ lr: 1 }, /unknown schedule undefined/],
    [
      { kind: 'constant', lr: 1, gamma: 2 },
      /schedule constant has no option "gamma"; its options are: kind, lr/,
    ],
    [{ kind: 'constant', lr: 0 }, /invalid lr for schedule constant: 0/],
    [{ kind: 'step', lr: 1, stepSize: -2 }, /invalid stepSize for schedule step: -2/],
    [{ kind: 'exponential', lr: 1, gamma: Number.NaN }, /invalid gamma for schedule exponential: NaN/],
    [
      { kind: 'cosine', lr: 0.1, T: 10, minLr: 0.5 },
      /invalid minLr for schedule cosine: 0.5 \(expected a number from 0 to lr\)/,
    ],
    [
      { kind: 'warmup', steps: 1.5, base: 0.1 },
      /invalid steps for schedule warmup: 1.5 \(expected an integer ≥ 0\)/,
    ],
    [{ kind: 'inverseTime', lr: 1, decayRate: 1, staircase: 'no' }, /invalid staircase/],
    [[1, 2], /invalid options for schedule: \[1,2\]/],
  ];
  for (const [spec, message] of bad) {
    it(`makeSchedule(${JSON.stringify(spec)}) throws ${message}`, () => {
      expect(() => makeSchedule(spec)).toThrow(message);
    });
  }
});
