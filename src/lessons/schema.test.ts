import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { lessonFromJson, parseLesson } from './schema.js';

const both = (s: string) => ({ es: `${s} (es)`, en: s });

/** A small valid lesson; each test breaks one field of a fresh copy. */
// biome-ignore lint/suspicious/noExplicitAny: the tests put values of every type into its fields
function lesson(): Record<string, any> {
  return {
    id: 'tiny',
    version: 1,
    tutorial: '002',
    title: both('Tiny'),
    summary: both('One step.'),
    steps: [
      {
        title: both('Slope'),
        text: both('The slope at x = 2.'),
        experiment: { kind: 'derivative', formula: '2*x**2-3*x+4', x: 2, h: 1e-4 },
        numbers: [{ label: both('forward'), printed: '5.000200000004895', path: 'at.forward', tolerance: 0 }],
        question: { prompt: both('Sign?'), choices: [both('+'), both('−')], answer: 0, reveal: both('+.') },
      },
      { title: both('Again'), text: both('Same run.'), slip: both('None.') },
    ],
  };
}

/** The message (in `lang`) of what `parseLesson(value)` throws. */
function fault(value: unknown, lang: 'en' | 'es' = 'en'): string {
  try {
    parseLesson(value);
  } catch (e) {
    if (e instanceof DescensoError) return e.messageIn(lang);
    throw e;
  }
  throw new Error('accepted');
}

describe('parseLesson', () => {
  it('parseLesson(valid lesson) returns it with the experiment filled in by the experiment schema', () => {
    const l = parseLesson(lesson());
    expect(l.id).toBe('tiny');
    expect(l.steps[0].experiment).toMatchObject({ kind: 'derivative', version: 2, lr: 0.01, steps: 250 });
    expect(l.steps[1].experiment).toBeUndefined();
    expect(l.steps[0].numbers?.[0]).toEqual(lesson().steps[0].numbers[0]);
  });

  it('parseLesson(lesson with a number path of one space) names lesson.steps[0].numbers[0].path in both languages', () => {
    const l = lesson();
    l.steps[0].numbers[0].path = 'at. forward';
    expect(fault(l)).toMatch(/^invalid lesson at lesson\.steps\[0\]\.numbers\[0\]\.path: expected a path/);
    expect(fault(l, 'es')).toMatch(
      /^lección no válida en lesson\.steps\[0\]\.numbers\[0\]\.path: se esperaba/,
    );
  });

  it('parseLesson(bad experiment in step 1) names the experiment field inside the step', () => {
    const l = lesson();
    l.steps[1].experiment = { kind: 'descend', surface: 'peaks', steps: 5, optimizers: [{ name: 7 }] };
    expect(fault(l)).toMatch(/^invalid experiment at lesson\.steps\[1\]\.experiment\.optimizers\[0\]\.name/);
    l.steps[1].experiment = 'peaks';
    expect(fault(l)).toMatch(/^invalid experiment at lesson\.steps\[1\]\.experiment: expected an object/);
  });

  it('parseLesson(first step without experiment) is refused at lesson.steps[0].experiment', () => {
    const l = lesson();
    delete l.steps[0].experiment;
    expect(fault(l)).toBe(
      'invalid lesson at lesson.steps[0].experiment: the first step must have an experiment (the lab opens in it)',
    );
  });

  it.each([
    ['Tiny', 'lesson.id'],
    ['a'.repeat(41), 'lesson.id'],
    ['', 'lesson.id'],
    [7, 'lesson.id'],
  ])('parseLesson(id %j) is refused at %s', (id, path) => {
    expect(fault({ ...lesson(), id })).toContain(`at ${path}: expected an id`);
  });

  it('parseLesson(1 choice, 6 choices) is refused; 2 and 5 are taken', () => {
    const withChoices = (n: number) => {
      const l = lesson();
      l.steps[0].question.choices = Array.from({ length: n }, (_, i) => both(`c${i}`));
      return l;
    };
    expect(fault(withChoices(1))).toContain('lesson.steps[0].question.choices: expected 2 to 5 items, got 1');
    expect(fault(withChoices(6))).toContain('expected 2 to 5 items, got 6');
    expect(parseLesson(withChoices(5)).steps[0].question?.choices).toHaveLength(5);
  });

  it.each([2, -1, 0.5, '0'])('parseLesson(answer %j of 2 choices) is refused at the answer', (answer) => {
    const l = lesson();
    l.steps[0].question.answer = answer;
    expect(fault(l)).toContain('at lesson.steps[0].question.answer: expected the index of the right choice');
  });

  it('parseLesson(tolerance −1e-9) is refused, tolerance 0 and 1e-7 are taken', () => {
    const l = lesson();
    l.steps[0].numbers[0].tolerance = -1e-9;
    expect(fault(l)).toContain('lesson.steps[0].numbers[0].tolerance: expected a tolerance ≥ 0');
    l.steps[0].numbers[0].tolerance = 1e-7;
    expect(parseLesson(l).steps[0].numbers?.[0].tolerance).toBe(1e-7);
  });

  it.each([
    ['printed', '5,0002', 'expected the number as the tutorial printed it'],
    ['printed', 5.0002, 'expected the number as the tutorial printed it'],
    ['format', 'numpy', 'expected "python" or a count of decimals'],
    ['format', 21, 'expected "python" or a count of decimals'],
  ])('parseLesson(number %s %j) is refused naming the field', (key, value, message) => {
    const l = lesson();
    l.steps[0].numbers[0][key] = value;
    expect(fault(l)).toContain(`lesson.steps[0].numbers[0].${key}: ${message}`);
  });

  it('parseLesson(lesson with __proto__ or constructor as a field) names it as an unknown field', () => {
    const proto = JSON.parse('{"__proto__": {"id": "x"}}');
    expect(fault({ ...lesson(), ...proto })).toContain('lesson.__proto__: unknown field');
    const step = lesson();
    step.steps[0] = { ...step.steps[0], constructor: both('x') };
    expect(fault(step)).toContain('lesson.steps[0].constructor: unknown field');
  });

  it('parseLesson(fields inherited from a prototype) reads them as missing', () => {
    const inherited = Object.create(lesson());
    expect(fault(inherited)).toBe(
      'invalid lesson at lesson.id: expected an id of 1 to 40 lowercase letters, digits and hyphens, got nothing',
    );
  });

  it('parseLesson(a Bilingual without es) names the missing language', () => {
    const l = lesson();
    l.steps[1].title = { en: 'Again' };
    expect(fault(l)).toBe('invalid lesson at lesson.steps[1].title.es: expected text, got nothing');
    expect(fault(l, 'es')).toBe(
      'lección no válida en lesson.steps[1].title.es: se esperaba un texto y se recibió nada',
    );
  });

  it('parseLesson(steps and text beyond LIMITS) is refused at the bound', () => {
    const many = lesson();
    many.steps = Array.from({ length: LIMITS.lessonSteps + 1 }, () => lesson().steps[0]);
    expect(fault(many)).toContain(`lesson.steps: expected 1 to ${LIMITS.lessonSteps} items, got 41`);
    expect(parseLesson({ ...many, steps: many.steps.slice(1) }).steps).toHaveLength(LIMITS.lessonSteps);
    const long = lesson();
    long.steps[0].text.en = 'x'.repeat(LIMITS.lessonText + 1);
    expect(fault(long)).toContain(
      `lesson.steps[0].text.en: text longer than ${LIMITS.lessonText} characters`,
    );
  });

  it('parseLesson(version 2, or none) is refused at lesson.version', () => {
    expect(fault({ ...lesson(), version: 2 })).toBe(
      'invalid lesson at lesson.version: expected the lesson version 1 (the one this descenso reads), got 2',
    );
    expect(fault({ ...lesson(), version: undefined }, 'es')).toBe(
      'lección no válida en lesson.version: se esperaba la versión de lección 1 (la que lee este descenso) y se recibió nada',
    );
  });
});

describe('lessonFromJson', () => {
  it('lessonFromJson(text) reads the same lesson as parseLesson', () => {
    expect(lessonFromJson(JSON.stringify(lesson()))).toEqual(parseLesson(lesson()));
  });

  it('lessonFromJson(a trailing comma) says the lesson is not valid JSON, with line and column', () => {
    const text = '{\n  "id": "x",\n}';
    expect(() => lessonFromJson(text)).toThrow(
      "the lesson is not valid JSON: syntax error at line 2, column 12: a comma just before '}': remove it",
    );
  });
});

describe('parseLesson, fuzzed', () => {
  // Whatever a file holds, the schema answers with its own error, never a TypeError.
  const onlyDescensoErrors = (value: unknown) => {
    try {
      parseLesson(value);
    } catch (e) {
      if (!(e instanceof DescensoError)) throw e;
    }
  };

  it('parseLesson(any JSON value) throws nothing but DescensoError', () => {
    fc.assert(fc.property(fc.jsonValue(), onlyDescensoErrors), { numRuns: 300 });
  });

  it('parseLesson(the valid lesson with one field replaced by any JSON value) throws nothing but DescensoError', () => {
    const paths = [
      ['id'],
      ['title'],
      ['steps'],
      ['steps', 0],
      ['steps', 0, 'experiment'],
      ['steps', 0, 'numbers', 0],
      ['steps', 0, 'numbers', 0, 'path'],
      ['steps', 0, 'question', 'choices'],
      ['steps', 0, 'question', 'answer'],
      ['steps', 1, 'slip'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const l = lesson();
        // biome-ignore lint/suspicious/noExplicitAny: walks the fixture by keys and indices alike
        let here: any = l;
        for (const k of path.slice(0, -1)) here = here[k];
        here[path[path.length - 1]] = value;
        onlyDescensoErrors(l);
      }),
      { numRuns: 400 },
    );
  });
});
