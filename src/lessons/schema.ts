/**
 * The lesson schema: `parseLesson` checks an untrusted value (a teacher's parsed JSON) field by
 * field against types.ts and returns a clean Lesson, or throws one DescensoError naming the path of
 * the first fault (`lesson.steps[2].numbers[0].path`) in both languages. A step's experiment goes
 * through the experiment schema, its fault's path placed inside the step
 * (`lesson.steps[0].experiment.optimizers[1].name`). Fields are read as own properties only, so
 * `__proto__` or `constructor` is an unknown field, never the prototype. Bounds are src/limits.ts's.
 */
import { DescensoError } from '../errors.js';
import { parseJson } from '../experiment/json.js';
import { parseExperiment } from '../experiment/schema.js';
import type { Experiment } from '../experiment/types.js';
import type { LessonProblem } from '../i18n/en/lesson.js';
import { LIMITS } from '../limits.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';
import {
  type Bilingual,
  LESSON_VERSION,
  type Lesson,
  type LessonNumber,
  type LessonQuestion,
  type LessonStep,
} from './types.js';

type Obj = Record<string, unknown>;

export const LESSON_KEYS = ['id', 'version', 'tutorial', 'title', 'summary', 'steps'] as const;
export const STEP_KEYS = ['title', 'text', 'experiment', 'numbers', 'question', 'slip'] as const;
export const NUMBER_KEYS = ['label', 'printed', 'path', 'tolerance', 'format'] as const;
export const QUESTION_KEYS = ['prompt', 'choices', 'answer', 'reveal'] as const;
const BILINGUAL_KEYS = ['es', 'en'] as const;

/** A lesson's address name. */
export const LESSON_ID = /^[a-z0-9-]{1,40}$/;
/** A "predict, then run" question offers this many choices. */
export const LESSON_CHOICES = { min: 2, max: 5 } as const;
/** A number's path: parts separated by dots, none empty, no spaces. */
const PATH = /^[^.\s]+(\.[^.\s]+)*$/;
const PATH_LENGTH = 200;
/** A number as a program prints it: 3, -0.5, 1e-4, -3.191891195797325e-16 (no spaces, no commas). */
const PRINTED = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** `format` as a count of decimals: what Number#toFixed takes and a tutorial prints. */
const MAX_DECIMALS = 20;

function fail(path: string, problem: LessonProblem): never {
  throw new DescensoError('lesson-invalid', { path, problem });
}

const show = (v: unknown): string | undefined => (v === undefined ? undefined : showValue(v));
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The own property `k` of `o`: an inherited one (`constructor`, a prototype's) is missing. */
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** An object whose keys are all among `allowed`, or a fault at `path`. */
function object(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (!isObj(v)) fail(path, { kind: 'not-object', got: show(v) });
  for (const k of Object.keys(v))
    if (!allowed.includes(k))
      fail(`${path}.${k}`, {
        kind: 'unknown-field',
        allowed: allowed.join(', '),
        suggestion: suggestName(k, allowed) ?? null,
      });
  return v;
}

function text(v: unknown, path: string, max: number = LIMITS.lessonText): string {
  if (typeof v !== 'string') fail(path, { kind: 'not-text', got: show(v) });
  if (v.length > max) fail(path, { kind: 'too-long', max });
  return v;
}

function list(v: unknown, path: string, min: number, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length < min || v.length > max) fail(path, { kind: 'list-length', min, max, found: v.length });
  return v;
}

function bilingual(v: unknown, path: string): Bilingual {
  const o = object(v, path, BILINGUAL_KEYS);
  return { es: text(own(o, 'es'), `${path}.es`), en: text(own(o, 'en'), `${path}.en`) };
}

/** A step's experiment through the experiment schema, its fault placed at the step's path. */
function experiment(v: unknown, path: string): Experiment {
  try {
    return parseExperiment(v);
  } catch (e) {
    if (!(e instanceof DescensoError) || e.code !== 'experiment-invalid') throw e;
    const p = e.params as { path: string; problem: never };
    const inner = p.path.startsWith('experiment') ? p.path.slice('experiment'.length) : `.${p.path}`;
    const placed = new DescensoError('experiment-invalid', { ...p, path: `${path}${inner}` }, e.position);
    placed.source = e.source;
    throw placed;
  }
}

function tolerance(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, { kind: 'not-number', got: show(v) });
  if (v < 0) fail(path, { kind: 'negative', value: v });
  return v;
}

function lessonNumber(v: unknown, path: string): LessonNumber {
  const o = object(v, path, NUMBER_KEYS);
  const printed = own(o, 'printed');
  if (typeof printed !== 'string' || !PRINTED.test(printed))
    fail(`${path}.printed`, { kind: 'bad-printed', got: show(printed) });
  const where = own(o, 'path');
  if (typeof where !== 'string' || where.length > PATH_LENGTH || !PATH.test(where))
    fail(`${path}.path`, { kind: 'bad-path', got: show(where) });
  const n: LessonNumber = {
    label: bilingual(own(o, 'label'), `${path}.label`),
    printed,
    path: where,
    tolerance: tolerance(own(o, 'tolerance'), `${path}.tolerance`),
  };
  const format = own(o, 'format');
  if (format !== undefined) {
    const decimals =
      typeof format === 'number' && Number.isInteger(format) && format >= 0 && format <= MAX_DECIMALS;
    if (format !== 'python' && !decimals) fail(`${path}.format`, { kind: 'bad-format', got: show(format) });
    n.format = format as LessonNumber['format'];
  }
  return n;
}

function question(v: unknown, path: string): LessonQuestion {
  const o = object(v, path, QUESTION_KEYS);
  const prompt = bilingual(own(o, 'prompt'), `${path}.prompt`);
  const raw = list(own(o, 'choices'), `${path}.choices`, LESSON_CHOICES.min, LESSON_CHOICES.max);
  const choices = raw.map((c, i) => bilingual(c, `${path}.choices[${i}]`));
  const answer = own(o, 'answer');
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= choices.length)
    fail(`${path}.answer`, { kind: 'answer', max: choices.length - 1, got: show(answer) });
  return { prompt, choices, answer, reveal: bilingual(own(o, 'reveal'), `${path}.reveal`) };
}

function step(v: unknown, path: string, first: boolean): LessonStep {
  const o = object(v, path, STEP_KEYS);
  const s: LessonStep = {
    title: bilingual(own(o, 'title'), `${path}.title`),
    text: bilingual(own(o, 'text'), `${path}.text`),
  };
  const e = own(o, 'experiment');
  if (e !== undefined) s.experiment = experiment(e, `${path}.experiment`);
  else if (first) fail(`${path}.experiment`, { kind: 'first-experiment' });
  const numbers = own(o, 'numbers');
  if (numbers !== undefined)
    s.numbers = list(numbers, `${path}.numbers`, 0, LIMITS.lessonNumbers).map((n, i) =>
      lessonNumber(n, `${path}.numbers[${i}]`),
    );
  const q = own(o, 'question');
  if (q !== undefined) s.question = question(q, `${path}.question`);
  const slip = own(o, 'slip');
  if (slip !== undefined) s.slip = bilingual(slip, `${path}.slip`);
  return s;
}

/** Checks an untrusted value (parsed JSON) and returns a clean Lesson, or throws naming the path. */
export function parseLesson(value: unknown): Lesson {
  const o = object(value, 'lesson', LESSON_KEYS);
  const id = own(o, 'id');
  if (typeof id !== 'string' || !LESSON_ID.test(id)) fail('lesson.id', { kind: 'bad-id', got: show(id) });
  const version = own(o, 'version');
  if (version !== LESSON_VERSION)
    fail('lesson.version', { kind: 'version', version: LESSON_VERSION, got: show(version) });
  const tutorial = text(own(o, 'tutorial'), 'lesson.tutorial', LIMITS.labelLength);
  const title = bilingual(own(o, 'title'), 'lesson.title');
  const summary = bilingual(own(o, 'summary'), 'lesson.summary');
  const steps = list(own(o, 'steps'), 'lesson.steps', 1, LIMITS.lessonSteps).map((s, i) =>
    step(s, `lesson.steps[${i}]`, i === 0),
  );
  return { id, version, tutorial, title, summary, steps };
}

/** Parses JSON text into a Lesson; a syntax fault names its line, column and what was found. */
export function lessonFromJson(text: string): Lesson {
  if (typeof text !== 'string') fail('lesson', { kind: 'not-text', got: show(text) });
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (e) {
    if (!(e instanceof DescensoError) || e.code !== 'experiment-json') throw e;
    throw new DescensoError('lesson-json', e.params as { line: number; column: number; fault: never });
  }
  return parseLesson(value);
}
