import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { codeOf } from '../testing.js';
import { descendExperimentFromFlags } from './descend-flags.js';
import { fitExperimentFromFlags } from './fit-flags.js';
import { fakeIo } from './testing.js';

// The flags as commander hands them over: camelCase keys, values as typed, the defaults filled in.
const descendDefaults = { steps: '100', gradient: 'autodiff', h: '1e-5', every: '1', convention: 'pytorch' };
const descendOf = (flags: Record<string, unknown>) =>
  descendExperimentFromFlags({ ...descendDefaults, ...flags });
const fitDefaults = {
  model: 'linear',
  epochs: '100',
  regime: 'batch',
  batchSize: '32',
  dtype: 'float64',
  every: '1',
  convention: 'pytorch',
  shuffle: true,
};
const ctx = { io: fakeIo(), lang: 'en' as const, debug: false };
const fitOf = (flags: Record<string, unknown>) => fitExperimentFromFlags({ ...fitDefaults, ...flags }, ctx);
const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DescensoError ? e.messageIn('en') : String(e);
  }
  return 'no error';
};

describe('descendExperimentFromFlags', () => {
  it('descend --surface peaks --optimizer adam,sgd --lr 0.05 --steps 40 is one entry per optimizer, nothing more', () => {
    expect(descendOf({ surface: 'peaks', optimizer: ['adam', 'sgd'], lr: '0.05', steps: '40' })).toEqual({
      kind: 'descend',
      version: 2,
      surface: 'peaks',
      steps: 40,
      optimizers: [
        { name: 'adam', options: { lr: 0.05 } },
        { name: 'sgd', options: { lr: 0.05 } },
      ],
    });
  });

  it('every run flag has its field: --tol, --gradient/--h, --noise/--noise-seed, --every, --domain, --plot-values, --convention', () => {
    const e = descendOf({
      formula: 'x^2 + y^2',
      from: '1,2',
      tol: '1e-6',
      gradient: 'central',
      h: '1e-4',
      noise: '0.1',
      noiseSeed: '7',
      every: '5',
      domain: '-3,3,-2,2',
      plotValues: true,
      convention: 'keras',
    });
    expect(e).toMatchObject({
      formula: 'x^2 + y^2',
      start: [1, 2],
      stop: { gradNorm: 1e-6 },
      gradient: 'central',
      h: 1e-4,
      noise: { sigma: 0.1, seed: 7 },
      record: { every: 5 },
      domain: [
        [-3, 3],
        [-2, 2],
      ],
      view: { values: true },
      optimizers: [{ name: 'sgd', convention: 'keras' }],
    });
  });

  it('--plot records every step whatever --every says (the figure thins what it draws)', () => {
    expect(descendOf({ surface: 'peaks', every: '5', plot: 'd.svg' }).record).toBeUndefined();
    expect(descendOf({ surface: 'peaks', every: '5' }).record).toEqual({ every: 5 });
  });

  it('--from by name follows the formula variables, --vars the order', () => {
    expect(descendOf({ formula: 'a^2 + b', vars: 'b,a', from: 'a=1,b=2' })).toMatchObject({
      vars: ['b', 'a'],
      start: [2, 1],
    });
  });

  it('--noise-seed without --noise, and a negative --noise, are refused naming the flag', () => {
    expect(messageOf(() => descendOf({ surface: 'peaks', noiseSeed: '1' }))).toBe(
      '--noise-seed needs --noise',
    );
    expect(messageOf(() => descendOf({ surface: 'peaks', noise: '-1' }))).toContain(
      '--noise is out of range',
    );
  });

  it(`--steps takes 0…${LIMITS.steps}, the bound of a file, and refuses one more naming the flag`, () => {
    expect(descendOf({ surface: 'peaks', steps: String(LIMITS.steps) }).steps).toBe(LIMITS.steps);
    expect(messageOf(() => descendOf({ surface: 'peaks', steps: String(LIMITS.steps + 1) }))).toBe(
      `--steps is out of range: ${LIMITS.steps + 1} (allowed: 0…${LIMITS.steps})`,
    );
  });

  it(`--optimizer takes at most ${LIMITS.optimizers} names`, () => {
    const many = Array.from({ length: LIMITS.optimizers + 1 }, () => 'sgd');
    expect(descendOf({ surface: 'peaks', optimizer: many.slice(1) }).optimizers).toHaveLength(
      LIMITS.optimizers,
    );
    expect(codeOf(() => descendOf({ surface: 'peaks', optimizer: many }))).toBe('cli-too-many-optimizers');
  });

  it('each optimizer entry has its own options object (a file never shares one)', () => {
    const e = descendOf({ surface: 'peaks', optimizer: ['adam', 'sgd'], lr: '0.1' });
    expect(e.optimizers[0].options).not.toBe(e.optimizers[1].options);
  });
});

describe('fitExperimentFromFlags', () => {
  it('fit --optimizer sgd,adam --tol 1e-6 lists both, the tolerance as stop.tolerance', () => {
    expect(fitOf({ optimizer: ['sgd', 'adam'], tol: '1e-6', lr: '0.1' })).toEqual({
      kind: 'fit',
      version: 2,
      data: { family: 'linear' },
      model: 'linear',
      optimizers: [
        { name: 'sgd', options: { lr: 0.1 } },
        { name: 'adam', options: { lr: 0.1 } },
      ],
      epochs: 100,
      regimes: ['batch'],
      stop: { tolerance: 1e-6 },
    });
  });

  it('the data flags, --delta, --no-shuffle, --dtype, --seed, --init, --every and the minibatch size have their fields', () => {
    const e = fitOf({
      data: 'sine',
      amplitude: '2',
      frequency: '3',
      phase: '0.5',
      noise: '0.1',
      points: '50',
      loss: 'huber',
      delta: '0.5',
      regime: 'minibatch',
      batchSize: '8',
      shuffle: false,
      dtype: 'float32',
      seed: '3',
      init: 'w=1',
      every: '10',
    });
    expect(e).toMatchObject({
      data: { family: 'sine', amplitude: 2, frequency: 3, phase: 0.5, noise: 0.1, points: 50 },
      loss: 'huber',
      delta: 0.5,
      regimes: ['minibatch'],
      batchSize: 8,
      shuffle: false,
      dtype: 'float32',
      seed: 3,
      init: { w: 1 },
      record: { every: 10 },
    });
    expect(fitOf({ data: 'exp', rate: '0.5' }).data).toEqual({ family: 'exp', rate: 0.5 });
  });

  it('--data FILE.csv embeds x and y, and the file name as the source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-flags-'));
    const file = join(dir, 'd.csv');
    writeFileSync(file, 'x,y\n1,2\n2,4\n');
    expect(fitOf({ data: file }).data).toEqual({ x: [1, 2], y: [2, 4], source: file });
  });

  it('a flag the family does not use is refused naming the flag and the family', () => {
    expect(messageOf(() => fitOf({ data: 'sine', slope: '2' }))).toBe(
      '--slope is not a parameter of --data sine (its own: --intercept, --amplitude, --frequency, --phase)',
    );
    expect(messageOf(() => fitOf({ data: 'linear', rate: '2' }))).toContain(
      '--rate is not a parameter of --data linear',
    );
    expect(messageOf(() => fitOf({ data: 'blobs', model: 'logistic', xRange: '0,1' }))).toContain(
      '--x-range is not a parameter of --data blobs',
    );
  });

  it(`--epochs takes 0…${LIMITS.epochs} and refuses one more naming the flag; newton is refused by name`, () => {
    expect(fitOf({ epochs: String(LIMITS.epochs) }).epochs).toBe(LIMITS.epochs);
    expect(messageOf(() => fitOf({ epochs: String(LIMITS.epochs + 1) }))).toBe(
      `--epochs is out of range: ${LIMITS.epochs + 1} (allowed: 0…${LIMITS.epochs})`,
    );
    expect(codeOf(() => fitOf({ optimizer: ['sgd', 'newton'] }))).toBe('cli-fit-optimizer');
  });
});
