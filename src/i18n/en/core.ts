import type { Subject } from '../phrase.js';

/** " (did you mean 'adam'?)" after an unknown name, or nothing when no known name is close. */
export const didYouMean = (s: string | null | undefined) => (s ? ` (did you mean '${s}'?)` : '');

/** What a public function's argument should have been. */
export type ArgExpected =
  | 'string'
  | 'function'
  | 'number'
  | 'finite'
  | 'experiment'
  | 'array'
  | 'arrays'
  | 'same-shape'
  | 'object'
  | 'formula'
  | 'dataset'
  | 'optimizer-entry'
  | 'optimizer-state'
  | 'data-entry'
  | 'index'
  | 'numbers'
  | 'difference'
  | 'env'
  | 'binary-op'
  | 'tensor'
  | 'shape'
  | 'axis'
  | 'chart'
  | 'grid'
  | 'model-parts'
  | 'mlp-options'
  | 'tensor-env'
  | 'width'
  | 'surface'
  | 'digits'
  | 'tensor-only'
  | 'tensors'
  | 'shapes'
  | 'hessian-size'
  | 'rng';

const argExpected: Record<ArgExpected, string> = {
  string: 'text',
  function: 'a function',
  number: 'a number',
  finite: 'a finite number',
  experiment: 'an experiment (see parseExperiment)',
  array: 'an array or a typed array',
  arrays: 'a list of arrays of numbers',
  'same-shape': 'arrays of the same shape as the parameters',
  object: 'an object',
  formula: 'a formula (as parseFormula returns it)',
  dataset: 'a data set (x, y and cols, as simulate returns)',
  'optimizer-entry': 'an optimizer entry such as { name: "adam" }',
  'optimizer-state': 'the state its init() or the last update() returned',
  'data-entry': 'a data entry of an experiment',
  index: 'the index of one of the experiment’s optimizers',
  numbers: 'an array of numbers',
  difference: "'forward' or 'central'",
  env: 'an object of numbers, one per variable',
  'binary-op': "one of '+', '-', '*', '/', '^'",
  tensor: 'a tensor, a number or an array of numbers',
  shape: 'a shape (a list of integers ≥ 0)',
  axis: 'an axis (an integer) or a list of axes',
  chart: 'the options of the chart (an object)',
  grid: 'a grid of values (see contourMap)',
  'model-parts': 'the parts of a model: id, paramNames, paramShapes (one per name) and predict',
  'mlp-options': 'options such as { hidden: [8] } (one or two layer widths)',
  'tensor-env': 'an object of tensors, one per variable',
  width: 'a width of at least 1',
  surface: 'a surface of the catalog (see getSurface)',
  digits: 'a whole number of digits from 1 to 100',
  'tensor-only': 'a tensor (see tensor and variable)',
  tensors: 'a list of tensors',
  shapes: 'a list of shapes, one per argument',
  rng: 'a RandomState, such as new RandomState(0)',
  'hessian-size': 'at most 10,000 numbers to differentiate with respect to (the Hessian has n² entries)',
};

/**
 * Messages of the engine and of the library's boundaries (English). A `Subject` is a phrase said
 * in the reader's language or a name from code; `t()` has rendered it by the time these run.
 */
export const core = {
  'shape-mismatch': (p: { op: string; a: string; b: string }) =>
    `shape mismatch in ${p.op}: ${p.a} and ${p.b} cannot be combined`,
  'bad-shape': (p: { what: Subject; shape: string }) => `invalid shape for ${p.what}: ${p.shape}`,
  'bad-axis': (p: { op: string; axis: number; rank: number }) =>
    `invalid axis ${p.axis} in ${p.op} for a value of rank ${p.rank}`,
  'bad-value': (p: { what: Subject; value: string }) => `invalid ${p.what}: ${p.value}`,
  'non-finite': (p: { op: string; where: string }) =>
    `the operation ${p.op} produced a non-finite value (${p.where})`,
  'not-an-input': (p: { what: Subject }) =>
    `cannot differentiate with respect to ${p.what}: it is not an input`,
  'not-scalar': (p: { what: Subject; shape: string }) => `${p.what} must be a scalar, got shape ${p.shape}`,
  'tape-used': () => 'this GradientTape was already used; create it with { persistent: true } to reuse it',
  'no-grad-fn': (p: { op: string }) => `the operation ${p.op} cannot be differentiated`,
  'unknown-message': (p: { key: string; suggestion: string | null }) =>
    `unknown message key '${p.key}'${didYouMean(p.suggestion)}`,
  'bad-argument': (p: { fn: string; index: number; value: string; expected: ArgExpected }) =>
    `${p.fn}: invalid argument ${p.index}: ${p.value} (expected ${argExpected[p.expected]})`,
  'decimal-comma': (p: { value: string; fixed: string }) =>
    `'${p.value}' has a decimal comma: use a point: ${p.fixed}`,

  // Subjects of the generic messages above, said in each language.
  'what-argument': (p: { index: number }) => `argument ${p.index}`,
  'what-argument-of': (p: { index: number; count: number }) =>
    `argument ${p.index} (the function takes ${p.count})`,
  'what-input-of': (p: { op: string }) => `input of ${p.op}`,
  'what-operand-of': (p: { op: string }) => `operand of ${p.op}`,
  'what-tape-source': (p: { name: string }) =>
    `source ${p.name} (not a variable and not watched by the tape)`,
  'what-step-h': () => 'step h',
  'what-function-result': () => 'function result',
  'what-free-placeholder': () => 'a placeholder that is not an argument',
  'placeholder-value': (p: { op: string }) =>
    `an input of ${p.op} is a placeholder of compile() and has no value outside it`,
  'ragged-matrix': () => 'invalid shape for a matrix: its rows are not all of the same length',
  'argument-count': (p: { found: number; expected: number }) =>
    `${p.found} arguments given, the function takes ${p.expected}`,
  'what-options': () => 'options',
  'what-text': () => 'text',
  'what-language': () => 'language',
};
