/** Messages of the Experiment schema (English). */
import { didYouMean } from './core.js';

/**
 * What is wrong at a path of an Experiment: data, so every language says it in its own words
 * (and the lab can send it between threads). `got` is the offending value as JSON, or undefined
 * when the field is missing.
 */
export type ExperimentProblem =
  | { kind: 'not-object'; got?: string }
  | { kind: 'unknown-field'; allowed: string; suggestion?: string | null }
  | { kind: 'not-number'; got?: string }
  | { kind: 'out-of-range'; value: number; min?: number; max?: number; integer?: boolean; positive?: boolean }
  | { kind: 'not-text'; got?: string }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-choice'; choices: string; got?: string; suggestion?: string | null }
  | { kind: 'not-list'; got?: string }
  | { kind: 'list-length'; min: number; max: number; found: number }
  | { kind: 'not-optimizer'; got?: string }
  | { kind: 'options-not-object' }
  | { kind: 'unknown-option'; known: string; suggestion?: string | null }
  | { kind: 'bad-name' }
  | { kind: 'no-optimizers' }
  | { kind: 'too-many-optimizers'; max: number }
  | { kind: 'surface-or-formula' }
  | { kind: 'not-names' }
  | { kind: 'not-data' }
  | { kind: 'negative' }
  | { kind: 'bounds-order' }
  | { kind: 'x-and-y' }
  | { kind: 'regimes' }
  | { kind: 'init-not-object' }
  | { kind: 'version'; version: number }
  | { kind: 'unknown-kind'; name: string }
  /** A fault found while running (a bad formula, an unknown model), said in both languages. */
  | { kind: 'run'; es: string; en: string };

/** Why the lab's address could not be read. */
export type UrlProblem =
  | { kind: 'format' }
  | { kind: 'encoding' }
  | { kind: 'experiment'; es: string; en: string };

const got = (v: string | undefined) => (v === undefined ? 'nothing' : v);

function range(p: Extract<ExperimentProblem, { kind: 'out-of-range' }>): string {
  if (p.positive) return 'a number > 0';
  const what = p.integer ? 'a whole number' : 'a number';
  return `${what} from ${p.min} to ${p.max}`;
}

function problem(p: ExperimentProblem): string {
  switch (p.kind) {
    case 'not-object':
      return `expected an object, got ${got(p.got)}`;
    case 'unknown-field':
      return `unknown field${didYouMean(p.suggestion)} (allowed: ${p.allowed})`;
    case 'not-number':
      return `expected a finite number, got ${got(p.got)}`;
    case 'out-of-range':
      return `out of range: ${p.value} (allowed: ${range(p)})`;
    case 'not-text':
      return `expected text, got ${got(p.got)}`;
    case 'too-long':
      return `text longer than ${p.max} characters`;
    case 'not-choice':
      return `expected one of ${p.choices}, got ${got(p.got)}${didYouMean(p.suggestion)}`;
    case 'not-list':
      return `expected a list of numbers, got ${got(p.got)}`;
    case 'list-length':
      return p.min === p.max
        ? `expected ${p.min} numbers, got ${p.found}`
        : `expected ${p.min} to ${p.max} numbers, got ${p.found}`;
    case 'not-optimizer':
      return `expected an optimizer ({"name": "adam", "options": {…}}), got ${got(p.got)}`;
    case 'options-not-object':
      return 'expected an object of hyper-parameters';
    case 'unknown-option':
      return `unknown hyper-parameter${didYouMean(p.suggestion)} (known: ${p.known})`;
    case 'bad-name':
      return 'expected a parameter name (letters, digits and _, not starting with a digit)';
    case 'no-optimizers':
      return 'expected a non-empty list of optimizers';
    case 'too-many-optimizers':
      return `at most ${p.max} optimizers`;
    case 'surface-or-formula':
      return 'give exactly one of "surface" and "formula"';
    case 'not-names':
      return 'expected a list of names';
    case 'not-data':
      return 'expected an object describing the data';
    case 'negative':
      return 'must be ≥ 0';
    case 'bounds-order':
      return 'the first bound must be below the second';
    case 'x-and-y':
      return 'give both "x" and "y", or neither';
    case 'regimes':
      return 'expected 1 to 3 of batch, sgd, minibatch';
    case 'init-not-object':
      return 'expected {"name": number, …}';
    case 'version':
      return `this descenso reads version ${p.version}`;
    case 'unknown-kind':
      return `unknown kind '${p.name}'`;
    case 'run':
      return p.en;
  }
}

function urlProblem(p: UrlProblem): string {
  switch (p.kind) {
    case 'format':
      return 'unknown format';
    case 'encoding':
      return 'bad encoding';
    case 'experiment':
      return p.en;
  }
}

export const experiment = {
  'experiment-invalid': (p: { path: string; problem: ExperimentProblem }) =>
    `invalid experiment at ${p.path}: ${problem(p.problem)}`,
  'experiment-json': (p: { line?: number; column?: number }) =>
    p.line === undefined
      ? 'the experiment is not valid JSON: it ends too early'
      : `the experiment is not valid JSON: syntax error at line ${p.line}, column ${p.column}`,
  'experiment-url': (p: { reason: UrlProblem }) =>
    `the address holds an invalid experiment (${urlProblem(p.reason)}); the default one is shown`,
};
