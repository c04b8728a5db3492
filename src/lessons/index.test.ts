import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/testing.js';
import { checkLesson, lessonById, lessonFromJson, lessons, parseLesson, stepExperiments } from './index.js';
import type { Lesson } from './types.js';

const byId = (id: string) => {
  const l = lessonById(id);
  if (!l) throw new Error(`no lesson ${id}`);
  return l;
};

/** The numbers a `descenso tutorial NAME` run prints, as the strings it printed them. */
async function tutorialNumbers(name: string): Promise<string[]> {
  const out = await cli(['tutorial', name]);
  expect(out.code).toBe(0);
  const printed = out.stdout
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  return printed.match(/-?\d+\.?\d*(?:e[-+]?\d+)?/g) ?? [];
}

describe('the catalog', () => {
  it('lessons lists the five tutorials in order, ids unique and each found by lessonById', () => {
    const ids = ['derivative', 'peaks', 'numpy-autograd', 'gradient-tape', 'jax-regression'];
    expect(lessons.map((l) => l.id)).toEqual(ids);
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    for (const l of lessons) expect(lessonById(l.id)).toBe(l);
  });

  it('lessonById("constructor" / "__proto__" / "") finds no lesson', () => {
    for (const id of ['constructor', '__proto__', '', 'toString']) expect(lessonById(id)).toBeUndefined();
  });

  it.each(['derivative', 'peaks'])(
    'the %s lesson is in the schema’s normal form (parseLesson returns it unchanged)',
    (id) => {
      expect(parseLesson(byId(id))).toEqual(byId(id));
    },
  );

  it.each([
    ['derivative', '002'],
    ['peaks', '000'],
  ])('the %s lesson follows seed %s in 4 to 7 steps, with a question and a slip', (id, seed) => {
    const l = byId(id);
    expect(l.tutorial).toBe(seed);
    expect(l.steps.length).toBeGreaterThanOrEqual(4);
    expect(l.steps.length).toBeLessThanOrEqual(7);
    expect(l.steps.some((s) => s.question)).toBe(true);
    expect(l.steps.some((s) => s.slip)).toBe(true);
  });
});

describe('stepExperiments', () => {
  it('stepExperiments(peaks) keeps step 1’s experiment for step 2, which has none', () => {
    const [first, second, third] = stepExperiments(byId('peaks'));
    expect(second).toBe(first);
    expect(third).not.toBe(second);
    expect(third).toMatchObject({ dtype: 'float32' });
  });
});

describe('checkLesson', () => {
  it.each(['derivative', 'peaks'])('checkLesson(%s): every printed number matches the live run', (id) => {
    const { rows, runs } = checkLesson(byId(id));
    expect(runs).toHaveLength(byId(id).steps.length);
    expect(rows.length).toBeGreaterThanOrEqual(id === 'derivative' ? 7 : 22);
    expect(rows.filter((r) => !r.matches)).toEqual([]);
  });

  it('checkLesson(derivative): the chain rule step’s 0.49999999999999867 comes from descending 6x − 3', () => {
    const { rows, runs } = checkLesson(byId('derivative'));
    const chain = rows.find((r) => r.printed === '0.49999999999999867');
    expect(chain).toMatchObject({ step: 3, live: '0.49999999999999867', matches: true });
    // The chain panel itself says 12x − 3 at x = 2: the tutorial's code, not its text, sets the walk.
    expect(runs[3]).toMatchObject({ chain: { dydx: 21 }, at: { slope: 9 } });
  });

  it('checkLesson(a lesson whose number path leads nowhere) gives a row that does not match, with the reason', () => {
    const l: Lesson = structuredClone(byId('derivative'));
    l.steps[0].numbers = [{ ...l.steps[0].numbers![0], path: 'at.backward' }];
    const bad = checkLesson(l).rows[0];
    expect(bad).toMatchObject({ live: null, matches: false });
    expect(bad.error?.en).toBe('lesson number path at.backward: nothing at backward');
  });

  it('checkLesson(a printed number off in its last digit) gives a row that does not match', () => {
    const l: Lesson = structuredClone(byId('derivative'));
    l.steps[0].numbers = [{ ...l.steps[0].numbers![0], printed: '-6.999800000002666' }];
    expect(checkLesson(l).rows[0]).toMatchObject({ live: '-6.999800000002665', matches: false });
  });
});

// The lessons quote the tutorials; `descenso tutorial` reproduces them. Both must say the same.
describe('the lessons against `descenso tutorial`', () => {
  it.each(['derivative', 'peaks'])(
    'each printed number of the %s lesson is printed by `descenso tutorial` (or within its tolerance)',
    async (id) => {
      const printed = await tutorialNumbers(id);
      for (const row of byId(id).steps.flatMap((s) => s.numbers ?? [])) {
        const found =
          row.tolerance === 0
            ? printed.includes(row.printed)
            : printed.some((p) => Math.abs(Number(p) - Number(row.printed)) <= row.tolerance);
        expect(found, `${row.printed} (${row.path})`).toBe(true);
      }
    },
  );
});

// The docs teach by a complete example: it must stay a lesson that checks, in both languages' pages.
describe('the example of docs/lessons.md', () => {
  it.each(['lessons.md', 'lessons.es.md'])(
    'the JSON lesson in docs/%s parses and every number matches live',
    (page) => {
      const text = readFileSync(join(import.meta.dirname, '..', '..', 'docs', page), 'utf8');
      const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
      expect(block).toBeDefined();
      const { rows } = checkLesson(lessonFromJson(block ?? ''));
      expect(rows.map((r) => r.live)).toEqual(['2.0009999999996975', '0.10737418240000003']);
      expect(rows.every((r) => r.matches)).toBe(true);
    },
  );
});
