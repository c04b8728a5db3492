import { describe, expect, it } from 'vitest';
import { parseScheduleText, scheduleText } from '../../../src/optim/index.js';
import {
  isSchedule,
  readSchedule,
  scheduleBaseLr,
  shownSchedule,
  startSchedule,
  withOption,
} from './lr-control.js';

const exp = { kind: 'exponential', lr: 0.1, gamma: 0.9 } as const;

describe('the learning rate as a schedule in the lab', () => {
  it('readSchedule(text) is the spec the text says, white space and line breaks dropped, with no fault', () => {
    expect(readSchedule(' cosine:lr=0.05,\nT=100 ', exp, 'en')).toEqual({
      spec: { kind: 'cosine', lr: 0.05, T: 100 },
    });
  });

  it('shownSchedule(spec) spaces the commas, and readSchedule reads it back to the same spec', () => {
    const warm = {
      kind: 'warmup',
      steps: 5,
      base: { kind: 'cosine', lr: 0.05, T: 60, minLr: 0.001 },
    } as const;
    expect(shownSchedule(warm)).toBe('warmup:steps=5, base=cosine:lr=0.05, T=60, minLr=0.001');
    expect(readSchedule(shownSchedule(warm), exp, 'en')).toEqual({ spec: warm });
  });

  it('readSchedule(bad text) keeps the last good spec and says the fault in one line of the language', () => {
    const en = readSchedule('exponential:lr=0.1,gama=0.9', exp, 'en');
    const es = readSchedule('exponential:lr=0.1,gama=0.9', exp, 'es');
    expect(en.spec).toBe(exp);
    expect(es.spec).toBe(exp);
    expect(en.fault).toMatch(/gama/);
    expect(es.fault).toMatch(/gama/);
    expect(es.fault).not.toBe(en.fault);
    expect(en.fault).not.toContain('\n');
  });

  it('readSchedule(a schedule without its lr) is a fault, not a NaN rate', () => {
    const r = readSchedule('exponential:gamma=0.9', exp, 'en');
    expect(r.spec).toBe(exp);
    expect(r.fault).toBeTruthy();
  });

  it('startSchedule(lr) is a schedule the text round-trips, starting at lr', () => {
    const spec = startSchedule(0.03);
    expect(scheduleBaseLr(spec)).toBe(0.03);
    expect(parseScheduleText(scheduleText(spec))).toEqual(spec);
  });

  it('scheduleBaseLr(warmup) is the rate it warms up to, its base’s when the base is a schedule', () => {
    expect(scheduleBaseLr({ kind: 'warmup', steps: 5, base: 0.2 })).toBe(0.2);
    expect(scheduleBaseLr({ kind: 'warmup', steps: 5, base: exp })).toBe(0.1);
  });

  it('isSchedule tells a spec from a number or a switch', () => {
    expect(isSchedule(exp)).toBe(true);
    expect(isSchedule(0.1)).toBe(false);
    expect(isSchedule(true)).toBe(false);
    expect(isSchedule(undefined)).toBe(false);
  });
});

describe('clipping in the lab', () => {
  it('withOption(options, key, v) sets the option, withOption(options, key, undefined) drops it', () => {
    const on = withOption({ lr: 0.1 }, 'clipNorm', 1);
    expect(on).toEqual({ lr: 0.1, clipNorm: 1 });
    expect(withOption(on, 'clipNorm', undefined)).toEqual({ lr: 0.1 });
    expect(withOption(undefined, 'clipValue', undefined)).toEqual({});
  });
});
