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
  | { kind: 'rows-length'; length: number; found: number }
  | { kind: 'schedule-depth'; max: number }
  | { kind: 'unknown-kind'; name: string }
  /** A study's varied option given twice. */
  | { kind: 'vary-twice'; option: string }
  /** A varied range whose ends are equal with more than one value. */
  | { kind: 'vary-same-ends' }
  /** A study that would make more runs than its limit. */
  | { kind: 'too-many-runs'; runs: number; max: number }
  /** A basin map's function has two variables: one [low, high] per axis. */
  | { kind: 'two-ranges'; found: number }
  /** A fault found while running (a bad formula, an unknown model), said in both languages. */
  | { kind: 'run'; es: string; en: string };

/** What the JSON scanner wanted where it met something else. */
export type JsonExpected = 'value' | 'key' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'end';

/** The first fault of a JSON text (src/experiment/json.ts); `found` is already printable. */
export type JsonFault =
  | { kind: 'empty' }
  | { kind: 'end'; expected: JsonExpected }
  | { kind: 'unexpected'; found: string; expected: JsonExpected }
  | { kind: 'unclosed-string' }
  | { kind: 'comment' }
  | { kind: 'single-quote' }
  | { kind: 'non-finite'; found: string }
  | { kind: 'trailing-comma'; close: '}' | ']' }
  | { kind: 'bad-number'; found: string }
  | { kind: 'bad-escape'; found: string }
  | { kind: 'control-in-string'; found: string }
  | { kind: 'duplicate-key'; key: string }
  | { kind: 'too-deep'; max: number }
  | { kind: 'decimal-comma'; value: string; fixed: string }
  | { kind: 'bare-word'; found: string };

const jsonExpected: Record<JsonExpected, string> = {
  value: 'a value (a number, "text", true, false, null, [ or {)',
  key: 'a key in double quotes',
  colon: "':' after the key",
  'comma-or-brace': "',' or '}'",
  'comma-or-bracket': "',' or ']'",
  end: 'the end of the text',
};

export function jsonFault(f: JsonFault): string {
  switch (f.kind) {
    case 'empty':
      return 'the text is empty';
    case 'end':
      return `the text ends where ${jsonExpected[f.expected]} was expected`;
    case 'unexpected':
      return `found '${f.found}' where ${jsonExpected[f.expected]} was expected`;
    case 'unclosed-string':
      return 'the string that starts here is never closed with "';
    case 'comment':
      return 'JSON has no comments (// or /* */): remove it';
    case 'single-quote':
      return `found ': JSON writes text in double quotes, "like this"`;
    case 'non-finite':
      return `${f.found} is not a JSON number: write a finite number`;
    case 'trailing-comma':
      return `a comma just before '${f.close}': remove it`;
    case 'bad-number':
      return `'${f.found}' is not a JSON number (numbers look like 3, -0.5, 1e-4)`;
    case 'bad-escape':
      return `invalid escape '${f.found}' in a string (valid: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`;
    case 'control-in-string':
      return `a control character (${f.found}) inside a string: write it as an escape, such as \\n`;
    case 'duplicate-key':
      return `the key "${f.key}" appears twice in the same object`;
    case 'too-deep':
      return `nested more than ${f.max} levels deep`;
    case 'decimal-comma':
      return `'${f.value}' has a decimal comma: use a point: ${f.fixed}`;
    case 'bare-word': {
      const lower = f.found.toLowerCase();
      return ['true', 'false', 'null', 'none'].includes(lower)
        ? `found '${f.found}': JSON writes ${lower === 'none' ? 'null' : lower} in lower case`
        : `found '${f.found}': text goes in double quotes, "${f.found}"`;
    }
  }
}

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
      return `this descenso reads versions 1 to ${p.version}`;
    case 'rows-length':
      return `every row must have ${p.length} numbers, as the first one has; this one has ${p.found}`;
    case 'schedule-depth':
      return `schedules nested more than ${p.max} deep`;
    case 'unknown-kind':
      return `unknown kind '${p.name}'`;
    case 'vary-twice':
      return `the option ${p.option} is varied twice (vary two different options)`;
    case 'vary-same-ends':
      return 'from equals to: give count 1, or two different ends';
    case 'too-many-runs':
      return `this study would make ${p.runs} runs, more than the limit of ${p.max}`;
    case 'two-ranges':
      return `expected two ranges [low, high] (x and y), got ${p.found}`;
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
  'experiment-json': (p: { line: number; column: number; fault: JsonFault }) =>
    `the experiment is not valid JSON: syntax error at line ${p.line}, column ${p.column}: ${jsonFault(p.fault)}`,
  'experiment-fit-optimizer': (p: { name: string; names: string; why?: 'hessian' | 'search' }) =>
    `the optimizer '${p.name}' cannot train a model (${p.why === 'search' ? 'its line search needs the loss at trial points, which a fit does not give' : "it needs the loss's Hessian"}); use one of ${p.names}`,
  'experiment-kind-unavailable': (p: { kind: string }) =>
    `this descenso cannot run experiments of kind '${p.kind}' yet`,
  'experiment-url': (p: { reason: UrlProblem }) =>
    `the address holds an invalid experiment (${urlProblem(p.reason)}); the default one is shown`,
};
