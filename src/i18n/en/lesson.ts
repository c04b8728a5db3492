import { didYouMean } from './core.js';
import { type JsonFault, jsonFault } from './experiment.js';

/** What is wrong with a field of a lesson file (src/lessons/schema.ts), as data. */
export type LessonProblem =
  | { kind: 'not-object'; got?: string }
  | { kind: 'unknown-field'; allowed: string; suggestion?: string | null }
  | { kind: 'not-text'; got?: string }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-number'; got?: string }
  | { kind: 'not-list'; got?: string }
  | { kind: 'list-length'; min: number; max: number; found: number }
  | { kind: 'bad-id'; got?: string }
  | { kind: 'version'; version: number; got?: string }
  | { kind: 'first-experiment' }
  | { kind: 'answer'; max: number; got?: string }
  | { kind: 'negative'; value: number }
  | { kind: 'bad-path'; got?: string }
  | { kind: 'bad-printed'; got?: string }
  | { kind: 'bad-format'; got?: string };

const got = (v: string | undefined) => (v === undefined ? 'nothing' : v);

function problem(p: LessonProblem): string {
  switch (p.kind) {
    case 'not-object':
      return `expected an object, got ${got(p.got)}`;
    case 'unknown-field':
      return `unknown field${didYouMean(p.suggestion)} (allowed: ${p.allowed})`;
    case 'not-text':
      return `expected text, got ${got(p.got)}`;
    case 'too-long':
      return `text longer than ${p.max} characters`;
    case 'not-number':
      return `expected a finite number, got ${got(p.got)}`;
    case 'not-list':
      return `expected a list, got ${got(p.got)}`;
    case 'list-length':
      return `expected ${p.min} to ${p.max} items, got ${p.found}`;
    case 'bad-id':
      return `expected an id of 1 to 40 lowercase letters, digits and hyphens, got ${got(p.got)}`;
    case 'version':
      return `expected the lesson version ${p.version} (the one this descenso reads), got ${got(p.got)}`;
    case 'first-experiment':
      return 'the first step must have an experiment (the lab opens in it)';
    case 'answer':
      return `expected the index of the right choice, a whole number from 0 to ${p.max}, got ${got(p.got)}`;
    case 'negative':
      return `expected a tolerance ≥ 0, got ${p.value}`;
    case 'bad-path':
      return `expected a path into the run, parts separated by dots (runs.0.points.-1.0), got ${got(p.got)}`;
    case 'bad-printed':
      return `expected the number as the tutorial printed it ("-6.999800000002665"), got ${got(p.got)}`;
    case 'bad-format':
      return `expected "python" or a count of decimals from 0 to 20, got ${got(p.got)}`;
  }
}

/** Lessons: reading and checking lesson files, the CLI's `lesson` command (English). */
export const lesson = {
  'lesson-path': (p: { path: string; part: string }) => `lesson number path ${p.path}: nothing at ${p.part}`,
  'lesson-not-number': (p: { path: string }) => `lesson number path ${p.path} does not lead to a number`,
  'lesson-invalid': (p: { path: string; problem: LessonProblem }) =>
    `invalid lesson at ${p.path}: ${problem(p.problem)}`,
  'lesson-json': (p: { line: number; column: number; fault: JsonFault }) =>
    `the lesson is not valid JSON: syntax error at line ${p.line}, column ${p.column}: ${jsonFault(p.fault)}`,
  'lesson-unknown': (p: { name: string; suggestion?: string | null; known: string }) =>
    `no lesson named '${p.name}'${didYouMean(p.suggestion)} (lessons: ${p.known})`,
  'lesson-cli-description': () =>
    'the lessons: list, one lesson as text with its numbers checked live, or check a lesson file',
  'lesson-cli-arg': () => 'list, a lesson id, or check',
  'lesson-cli-file': () => 'with check: the lesson file (JSON) to check',
  'lesson-cli-json': () => 'print JSON instead of text',
  'lesson-cli-missing-file': () => "'lesson check' needs a lesson file: descenso lesson check FILE.json",
  'lesson-cli-extra': (p: { arg: string }) =>
    `unexpected argument '${p.arg}' (only 'lesson check' takes a file)`,
  'lesson-list-head': () => 'id|tutorial|title',
  'lesson-step': (p: { n: number; of: number; title: string }) => `Step ${p.n} of ${p.of}: ${p.title}`,
  'lesson-numbers': () => 'The tutorial printed, and the live run gives:',
  'lesson-number-row': (p: { mark: string; label: string; printed: string; live: string }) =>
    `${p.mark} ${p.label}: printed ${p.printed}, live ${p.live}`,
  'lesson-number-fault': (p: { label: string; printed: string; reason: string }) =>
    `✗ ${p.label}: printed ${p.printed}, live: ${p.reason}`,
  'lesson-question': () => 'Predict, then run:',
  'lesson-answer': (p: { choice: string }) => `Answer: ${p.choice}`,
  'lesson-slip': () => "The tutorial's slip:",
  'lesson-experiment-same': () => '(the same experiment as the step before)',
  'lesson-summary-ok': (p: { n: number }) => `all ${p.n} numbers match the live runs`,
  'lesson-summary-bad': (p: { bad: number; n: number }) =>
    `${p.bad} of ${p.n} numbers do not match the live runs`,
  'lesson-open': (p: { id: string }) => `Open it in the lab: descenso lab, then #lesson=${p.id}`,
};
