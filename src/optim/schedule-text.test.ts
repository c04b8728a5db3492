import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { hasUnsafeChar } from '../text.js';
import { parseScheduleText, scheduleExamples, scheduleText } from './schedule-text.js';
import { makeSchedule, type ScheduleSpec, scheduleKinds } from './schedules.js';

/** The error a call throws (a DescensoError, or the test fails). */
function fault(f: () => unknown): DescensoError {
  try {
    f();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

describe('parseScheduleText', () => {
  it('reads each documented example, with --lr as the base learning rate', () => {
    const specs = scheduleKinds.map((k) => parseScheduleText(scheduleExamples[k], { lr: 0.1 }));
    expect(specs).toEqual([
      { kind: 'constant', lr: 0.1 },
      { kind: 'step', lr: 0.1, stepSize: 10, gamma: 0.5 },
      { kind: 'exponential', lr: 0.1, gamma: 0.9 },
      { kind: 'inverseTime', lr: 0.1, decayRate: 0.5, decaySteps: 10 },
      { kind: 'cosine', lr: 0.1, T: 100, minLr: 0.001 },
      { kind: 'warmup', steps: 5, base: { kind: 'cosine', lr: 0.1, T: 100 } },
    ]);
  });

  it('exponential:gamma=0.9 with lr 0.1 gives lr_k = 0.1·0.9^k', () => {
    const s = makeSchedule(parseScheduleText('exponential:gamma=0.9', { lr: 0.1 }));
    expect([0, 1, 2].map(s)).toEqual([0.1, 0.1 * 0.9, 0.1 * 0.9 ** 2]);
  });

  it('takes lr= in the text, kinds and keys in any case, spaces around the pieces and a trailing comma', () => {
    expect(parseScheduleText(' InverseTime : decayrate = 0.5 , STAIRCASE=true, lr=1,')).toEqual({
      kind: 'inverseTime',
      decayRate: 0.5,
      staircase: true,
      lr: 1,
    });
  });

  it('a warmup without a base warms up to the learning rate; its base takes the rest of the text', () => {
    expect(parseScheduleText('warmup:steps=5,startLr=0.01', { lr: 0.1 })).toEqual({
      kind: 'warmup',
      steps: 5,
      startLr: 0.01,
      base: 0.1,
    });
    expect(parseScheduleText('warmup:steps=2,lr=0.5,base=step:stepSize=3,gamma=0.5')).toEqual({
      kind: 'warmup',
      steps: 2,
      base: { kind: 'step', lr: 0.5, stepSize: 3, gamma: 0.5 },
    });
    expect(parseScheduleText('warmup:steps=2,base=0.3')).toEqual({ kind: 'warmup', steps: 2, base: 0.3 });
  });
});

describe('scheduleText', () => {
  it('writes the learning rate in, so the text stands alone', () => {
    expect(scheduleText({ kind: 'exponential', lr: 0.1, gamma: 0.9 })).toBe('exponential:lr=0.1,gamma=0.9');
    expect(scheduleText({ kind: 'warmup', steps: 5, base: 0.1 })).toBe('warmup:steps=5,lr=0.1');
    expect(
      scheduleText({ kind: 'warmup', steps: 5, startLr: 0, base: { kind: 'cosine', lr: 1e-7, T: 10 } }),
    ).toBe('warmup:steps=5,startLr=0,base=cosine:lr=1e-7,T=10');
  });
});

/** Valid specs of every kind, warmups nesting up to three deep (the bound is four). */
const positive = fc.double({ min: 1e-9, max: 1e6, noNaN: true });
const nonNegative = fc.oneof(fc.constant(0), positive);
const plain = (lr: fc.Arbitrary<number>): fc.Arbitrary<ScheduleSpec> =>
  fc.oneof(
    lr.map((x) => ({ kind: 'constant' as const, lr: x })),
    fc.record(
      { kind: fc.constant('step' as const), lr, stepSize: positive, gamma: positive },
      { requiredKeys: ['kind', 'lr', 'stepSize'] },
    ),
    fc.record({ kind: fc.constant('exponential' as const), lr, gamma: positive }),
    fc.record(
      {
        kind: fc.constant('inverseTime' as const),
        lr,
        decayRate: nonNegative,
        decaySteps: positive,
        staircase: fc.boolean(),
      },
      { requiredKeys: ['kind', 'lr', 'decayRate'] },
    ),
    fc
      .record({
        lr,
        T: positive,
        share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      })
      .map(({ lr: a, T, share }) => ({
        kind: 'cosine' as const,
        lr: a,
        T,
        ...(share === undefined ? {} : { minLr: a * share }),
      })),
  );
const spec: fc.Arbitrary<ScheduleSpec> = fc.letrec<{ s: ScheduleSpec; w: ScheduleSpec }>((tie) => ({
  s: fc.oneof({ depthSize: 'small', maxDepth: 3 }, plain(positive), tie('w')),
  w: fc.record(
    {
      kind: fc.constant('warmup' as const),
      steps: fc.nat(1000),
      startLr: nonNegative,
      base: fc.oneof(positive, tie('s')),
    },
    { requiredKeys: ['kind', 'steps', 'base'] },
  ),
})).s;

describe('schedule text round trip', () => {
  it('parseScheduleText(scheduleText(spec)) is spec, for any valid spec', () => {
    fc.assert(
      fc.property(spec, (s) => {
        expect(parseScheduleText(scheduleText(s))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('any text either fails with a one-line DescensoError or gives a spec whose text reads back the same', () => {
    const pieces = fc.constantFrom(
      'exponential',
      'warmup',
      'cosine',
      'step',
      ':',
      ',',
      '=',
      'gamma',
      'lr',
      'T',
      'base',
      'steps',
      '0.5',
      '10',
      '-1',
      'true',
      ' ',
      '\u001b[2J',
      '__proto__',
    );
    const text = fc.oneof(
      fc.array(pieces, { maxLength: 14 }).map((a) => a.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, fc.option(positive, { nil: undefined }), (t, lr) => {
        let s: ScheduleSpec;
        try {
          s = parseScheduleText(t, { lr, where: '--lr-schedule' });
        } catch (e) {
          expect(e).toBeInstanceOf(DescensoError);
          for (const lang of ['en', 'es'] as const) {
            const m = (e as DescensoError).messageIn(lang);
            expect(m.includes('\n') || hasUnsafeChar(m)).toBe(false);
          }
          return;
        }
        expect(parseScheduleText(scheduleText(s))).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('faults of the schedule syntax, one line in both languages', () => {
  const where = '--lr-schedule';
  const cases: [string, number | undefined, string, RegExp, RegExp][] = [
    [
      'exponentail:gamma=0.9',
      0.1,
      'optim-unknown-schedule',
      /unknown schedule "exponentail" \(did you mean 'exponential'\?\)/,
      /planificación desconocida "exponentail" \(¿quería decir 'exponential'\?\)/,
    ],
    [
      'cosine:T=10,minlrr=0.1',
      0.1,
      'optim-unknown-option',
      /--lr-schedule cosine has no option "minlrr" \(did you mean 'minLr'\?\); its options are: lr, T, minLr/,
      /--lr-schedule cosine no tiene la opción "minlrr"/,
    ],
    [
      'step:stepSize=ten',
      0.1,
      'optim-schedule-text-value',
      /--lr-schedule step: stepSize="ten" is not a decimal number/,
      /stepSize="ten" no es un número decimal/,
    ],
    [
      'inverseTime:decayRate=1,staircase=yes',
      0.1,
      'optim-schedule-text-value',
      /staircase="yes" is not true or false/,
      /no es true ni false/,
    ],
    [
      'cosine:minLr=0.01',
      0.1,
      'optim-schedule-text-missing',
      /--lr-schedule cosine needs T=… \(for example cosine:T=100,minLr=0.001\)/,
      /necesita T=…/,
    ],
    [
      'exponential:gamma=0.9',
      undefined,
      'optim-schedule-text-missing',
      /needs a base learning rate: lr=… in the text, or --lr/,
      /necesita una tasa de aprendizaje base/,
    ],
    [
      'exponential:lr=0.1,gamma=0.9',
      0.1,
      'optim-schedule-text-twice',
      /exponential: lr is given twice/,
      /lr aparece dos veces/,
    ],
    [
      'exponential:gamma',
      0.1,
      'optim-schedule-text-pair',
      /expected key=value after the kind, got "gamma"/,
      /se esperaba clave=valor/,
    ],
    [
      'exponential:gamma=-1',
      0.1,
      'optim-bad-option',
      /invalid gamma for schedule exponential: -1 \(expected a finite number > 0\)/,
      /gamma no válido/,
    ],
    [
      'warmup:steps=1,base=warmup:steps=1,base=warmup:steps=1,base=warmup:steps=1,base=constant',
      0.1,
      'optim-schedule-depth',
      /nest at most 4 schedules deep/,
      /como mucho 4 planificaciones anidadas/,
    ],
    [
      '',
      0.1,
      'optim-unknown-schedule',
      /unknown schedule ""; the schedules are: constant, step/,
      /desconocida/,
    ],
  ];
  for (const [text, lr, code, en, es] of cases)
    it(`parseScheduleText(${JSON.stringify(text)}${lr === undefined ? ', no lr' : ''}) throws ${code}`, () => {
      const e = fault(() => parseScheduleText(text, { lr, where }));
      expect(e.code).toBe(code);
      expect(e.messageIn('en')).toMatch(en);
      expect(e.messageIn('es')).toMatch(es);
      expect(e.messageIn('en')).not.toContain('\n');
    });

  it('a key named __proto__ or constructor is an unknown key, not a property of the prototype', () => {
    for (const key of ['__proto__', 'constructor', 'toString'])
      expect(fault(() => parseScheduleText(`exponential:${key}=1,gamma=0.9`, { lr: 0.1 })).code).toBe(
        'optim-unknown-option',
      );
  });

  it('makeSchedule refuses a spec nested deeper than the bound, as the text does', () => {
    let s: ScheduleSpec = { kind: 'constant', lr: 0.1 };
    for (let i = 0; i < 4; i++) s = { kind: 'warmup', steps: 1, base: s };
    expect(fault(() => makeSchedule(s)).code).toBe('optim-schedule-depth');
  });
});
