/**
 * The lessons: the catalog (one data file per tutorial, in the tutorials' teaching order), looking
 * a lesson up by its address name, and checking a lesson against the live runs — every face (the
 * lab's lesson view, `descenso lesson`, the tests) reads lessons through here.
 */
import { isDescensoError } from '../errors.js';
import { run } from '../experiment/run.js';
import type { Experiment, Run } from '../experiment/types.js';
import { lesson as derivative } from './data/derivative.js';
import { lesson as gradientTape } from './data/gradient-tape.js';
import { lesson as jaxRegression } from './data/jax-regression.js';
import { lesson as numpyAutograd } from './data/numpy-autograd.js';
import { lesson as peaks } from './data/peaks.js';
import { lessonNumber } from './number.js';
import { parseLesson } from './schema.js';
import type { Bilingual, Lesson } from './types.js';

export { lessonNumber, valueAt } from './number.js';
export { LESSON_CHOICES, LESSON_ID, lessonFromJson, parseLesson } from './schema.js';
export type { Bilingual, Lesson, LessonNumber, LessonQuestion, LessonStep } from './types.js';
export { LESSON_VERSION } from './types.js';

/** Every lesson, in order: derivative, peaks, numpy-autograd, gradient-tape, jax-regression. */
export const lessons: readonly Lesson[] = [derivative, peaks, numpyAutograd, gradientTape, jaxRegression];

/** The lesson with this id, or undefined (own ids only: `constructor` is no lesson). */
export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}

/**
 * Each step's effective experiment: its own, or (absent) the previous step's. The lesson is
 * checked first (parseLesson), so a hand-made one gets the schema's message, not a TypeError.
 */
export function stepExperiments(lesson: Lesson): Experiment[] {
  const out: Experiment[] = [];
  for (const step of parseLesson(lesson).steps) out.push(step.experiment ?? out[out.length - 1]);
  return out;
}

/** One number of a lesson compared with the live run. */
export interface NumberCheck {
  /** The step's index (0-based). */
  step: number;
  label: Bilingual;
  printed: string;
  /** The live number as the lesson shows it, or null when its path leads nowhere. */
  live: string | null;
  /** The live value itself (null as `live`). */
  value: number | null;
  matches: boolean;
  /** Why there is no live number (the path's fault), in both languages. */
  error?: Bilingual;
}

/**
 * Runs each step's experiment (a step that keeps the previous one reuses its Run) and reads
 * every number of the lesson from it. A path that leads nowhere is a row that does not match,
 * with the reason; the Runs come back too, so a face can show them without running again.
 */
export function checkLesson(lesson: Lesson): { rows: NumberCheck[]; runs: Run[] } {
  const clean = parseLesson(lesson);
  const experiments = stepExperiments(clean);
  const runs: Run[] = [];
  const rows: NumberCheck[] = [];
  clean.steps.forEach((step, i) => {
    const r = i > 0 && experiments[i] === experiments[i - 1] ? runs[i - 1] : run(experiments[i]);
    runs.push(r);
    for (const n of step.numbers ?? []) {
      const base = { step: i, label: n.label, printed: n.printed };
      try {
        const live = lessonNumber(r, n);
        rows.push({ ...base, live: live.text, value: live.value, matches: live.matches });
      } catch (e) {
        if (!isDescensoError(e)) throw e;
        const error = { es: e.messageIn('es'), en: e.messageIn('en') };
        rows.push({ ...base, live: null, value: null, matches: false, error });
      }
    }
  });
  return { rows, runs };
}
