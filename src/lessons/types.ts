/**
 * A lesson: a short guided walk through one tutorial, written as data (one file per lesson in
 * `src/lessons/data/`, or a JSON file a teacher writes and opens in the lab or checks with the
 * CLI). Each step is a few sentences beside the live lab in a prepared state (an Experiment), the
 * numbers the tutorial printed — each found live in the step's Run and compared —, an optional
 * "predict, then run" question whose answer is revealed after the run, and the tutorial's own slip
 * where it has one. Nothing here is code: `parseLesson` checks a lesson, `lessonNumber` reads a
 * number out of a Run, and every face (lab, CLI, tests) goes through them.
 */
import type { Experiment } from '../experiment/types.js';

/** Lesson files are versioned like experiments. */
export const LESSON_VERSION = 1;

/** A text in both languages of the project. */
export interface Bilingual {
  es: string;
  en: string;
}

/**
 * A number the tutorial printed, and where the same number lies in the step's Run.
 *
 * `path` walks the Run by own properties, dot-separated: keys, and array indices (negative ones
 * count from the end): `runs.0.points.-1.0` is the first coordinate of the first optimizer's last
 * point; `best.sgd.stepsToTol` a sweep's best step count; `at.forward` a derivative's forward quotient.
 */
export interface LessonNumber {
  /** What the number is, shown beside it ("f′(−1), forward difference, h = 10⁻⁴"). */
  label: Bilingual;
  /** The number as the tutorial printed it, to its last digit (a string, so no digit is lost). */
  printed: string;
  /** Where the live number lies in the step's Run (see above). */
  path: string;
  /**
   * How far the live number may be from the printed one and still match: 0 means equal as
   * printed (the live number printed the same way gives the same text); otherwise an absolute
   * tolerance (a tutorial that printed two decimals, or float32 against float64).
   */
  tolerance: number;
  /** How the live number is shown: 'python' (Python's repr, every digit) or a count of decimals. */
  format?: 'python' | number;
}

/** A "predict, then run" question: asked before the step's run is shown, revealed after. */
export interface LessonQuestion {
  prompt: Bilingual;
  /** Two to five choices. */
  choices: Bilingual[];
  /** The index of the right choice. */
  answer: number;
  /** Why, shown once the student has answered and the run has played. */
  reveal: Bilingual;
}

/** One step of a lesson. */
export interface LessonStep {
  title: Bilingual;
  /**
   * A few sentences. Paragraphs are separated by a blank line; `code` in backticks and *emphasis*
   * in asterisks are the only marks (shown as code and emphasis, never as HTML).
   */
  text: Bilingual;
  /**
   * The lab's prepared state for this step (checked by the schema). Absent: the previous step's
   * experiment stays (the first step must have one).
   */
  experiment?: Experiment;
  /** The tutorial's printed numbers that this step's Run reproduces. */
  numbers?: LessonNumber[];
  question?: LessonQuestion;
  /** The tutorial's own slip at this point, pointed out (the NumPy gradient 4× too large…). */
  slip?: Bilingual;
}

/** A lesson: one tutorial walked through in steps. */
export interface Lesson {
  /** The address name: `#lesson=<id>`; lowercase letters, digits and hyphens. */
  id: string;
  version: number;
  /** The tutorial it follows: its seed number ('000' … '004'). */
  tutorial: string;
  title: Bilingual;
  /** One or two sentences for the list of lessons. */
  summary: Bilingual;
  steps: LessonStep[];
}
