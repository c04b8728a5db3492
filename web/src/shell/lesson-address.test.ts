import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLessonAddress, lessonAddressOf, readLessonAddress, shownId, validId } from './lesson-address.js';

describe('isLessonAddress', () => {
  it.each(['#lesson', '#lesson=', 'lesson=peaks', '#lesson=peaks&step=3&lang=es'])(
    '%j is a lesson address',
    (h) => {
      expect(isLessonAddress(h)).toBe(true);
    },
  );

  it.each(['', '#', '#lang=es', '#lessons=peaks', '#x=%7B%7D', '#lang=es&lesson=peaks'])(
    '%j is a lab address',
    (h) => {
      // the lesson mark comes first, so a lab address that merely mentions it stays a lab's
      expect(isLessonAddress(h)).toBe(false);
    },
  );
});

describe('readLessonAddress', () => {
  it('readLessonAddress("#lesson=") is the list', () => {
    expect(readLessonAddress('#lesson=')).toEqual({ id: null, step: null, errors: [] });
    expect(readLessonAddress('#lesson').id).toBeNull();
  });

  it('readLessonAddress of a lesson, a step and a language reads all three', () => {
    expect(readLessonAddress('#lesson=peaks&step=3&lang=es')).toEqual({
      id: 'peaks',
      step: 3,
      lang: 'es',
      errors: [],
    });
  });

  it.each(['0', '-1', 'abc', '2.5', '99999', ''])(
    'readLessonAddress with step=%j names the step and reads none',
    (s) => {
      const a = readLessonAddress(`#lesson=peaks&step=${s}`);
      expect(a.step).toBeNull();
      expect(a.id).toBe('peaks');
      expect(a.errors).toHaveLength(1);
      expect(a.errors[0].messageIn('en')).toContain(`“${s}”`);
      expect(a.errors[0].messageIn('es')).toContain(`«${s}»`);
    },
  );

  it('readLessonAddress names a setting it does not know and keeps the rest', () => {
    const a = readLessonAddress('#lesson=peaks&zoom=2&lang=en');
    expect(a.id).toBe('peaks');
    expect(a.lang).toBe('en');
    expect(a.errors.map((e) => e.messageIn('en'))).toEqual([
      'the address setting “zoom=2” is not understood and was ignored',
    ]);
  });

  it('readLessonAddress decodes the id and leaves a broken escape as typed', () => {
    expect(readLessonAddress('#lesson=%5F%5Fproto%5F%5F').id).toBe('__proto__');
    expect(readLessonAddress('#lesson=%E0%A4%A').id).toBe('%E0%A4%A');
  });

  it('readLessonAddress never throws and its step is a count from 1 or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 30 }), (id, rest) => {
        const a = readLessonAddress(`#lesson=${id}&${rest}`);
        expect(a.step === null || (Number.isInteger(a.step) && a.step >= 1)).toBe(true);
        expect(a.id === null || a.id.length <= 200).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.anything(), (v) => void readLessonAddress(v as string)));
  });
});

describe('validId and shownId', () => {
  it.each(['__proto__', 'Peaks', 'a b', 'x'.repeat(41), 'peaks\u0007', ''])('validId(%j) is false', (id) => {
    expect(validId(id)).toBe(false);
  });

  it('validId takes the catalog’s ids', () => {
    for (const id of ['derivative', 'peaks', 'numpy-autograd', 'gradient-tape', 'jax-regression'])
      expect(validId(id)).toBe(true);
  });

  it('shownId cuts a long id to 40 characters', () => {
    expect(shownId('x'.repeat(500))).toHaveLength(40);
    expect(shownId('peaks')).toBe('peaks');
  });
});

describe('lessonAddressOf', () => {
  it('lessonAddressOf writes the step only past the first, and reads back the same', () => {
    expect(lessonAddressOf('peaks', 1, 'es')).toBe('#lesson=peaks&lang=es');
    expect(lessonAddressOf('peaks', 3, 'en')).toBe('#lesson=peaks&step=3&lang=en');
    expect(lessonAddressOf(null, 1, 'en')).toBe('#lesson=&lang=en');
    const back = readLessonAddress(lessonAddressOf('gradient-tape', 4, 'es'));
    expect(back).toEqual({ id: 'gradient-tape', step: 4, lang: 'es', errors: [] });
  });
});
