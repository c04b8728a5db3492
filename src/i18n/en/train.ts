/** Messages of the models, losses, fit and the `simulate` / `fit` commands (English). */

/** What a size in a model spec counts; each dictionary says it in its own words. */
export type ModelSizeKind = 'degree' | 'width' | 'inputs';
const sizeWord: Record<ModelSizeKind, string> = {
  degree: 'degree',
  width: 'layer width',
  inputs: 'number of inputs',
};

/** What a fit option should have been. */
export type FitExpected = 'epochs' | 'batchSize' | 'regime' | 'dtype' | 'seed' | 'positive' | 'object' | 'function';
const fitExpected: Record<FitExpected, string> = {
  epochs: 'an integer from 0 to 10⁷',
  batchSize: 'an integer ≥ 1',
  regime: "'batch', 'sgd' or 'minibatch'",
  dtype: "'float64' or 'float32'",
  seed: 'an integer from 0 to 2³² − 1',
  positive: 'a finite number > 0',
  object: 'an object',
  function: 'a function',
};

export const train = {
  // models/
  'model-unknown': (p: { spec: string; forms: string }) => `unknown model '${p.spec}' (models: ${p.forms})`,
  'model-bad-size': (p: { spec: string; what: ModelSizeKind; min: number; max: number }) =>
    `invalid ${sizeWord[p.what]} in the model '${p.spec}': an integer from ${p.min} to ${p.max}`,
  'model-bad-activation': (p: { value: string; valid: string }) =>
    `unknown activation '${p.value}' (activations: ${p.valid})`,

  // losses/
  'loss-unknown': (p: { name: string; valid: string }) => `unknown loss '${p.name}' (losses: ${p.valid})`,
  'loss-bad-delta': (p: { value: string }) => `invalid huber δ: ${p.value} (a finite number > 0)`,

  // train/fit
  'fit-bad-option': (p: { option: string; value: string; expected: FitExpected }) =>
    `invalid ${p.option} for fit: ${p.value} (expected ${fitExpected[p.expected]})`,
  'fit-unknown-param': (p: { name: string; model: string; valid: string }) =>
    `the model ${p.model} has no parameter '${p.name}' (its parameters: ${p.valid})`,
  'fit-bad-param': (p: { name: string; expected: number; found: string }) =>
    `parameter ${p.name} needs ${p.expected} value(s), got ${p.found}`,
  'fit-data-empty': () => 'the data set is empty',
  'fit-data-length': (p: { x: number; y: number; inputs: number }) =>
    `x and y do not match: ${p.x} x values for ${p.y} targets with ${p.inputs} input(s) each`,
  'fit-data-not-finite': (p: { what: string; index: number; value: string }) =>
    `${p.what}[${p.index}] is not a finite number: ${p.value}`,
  'fit-bad-labels': (p: { index: number; value: string }) =>
    `binary cross-entropy needs labels from 0 to 1; y[${p.index}] is ${p.value}`,
  'fit-gradient-missing': (p: { name: string }) => `the hand-written gradient gives no value for ${p.name}`,
  'fit-gradient-factor': (p: { factor: number; details: string }) =>
    `the hand-written gradient is ${p.factor} times the automatic one (${p.details}); training follows the hand-written one`,
  'fit-gradient-mismatch': (p: { relError: string; details: string }) =>
    `the hand-written gradient disagrees with the automatic one (relative error ${p.relError}: ${p.details}); training follows the hand-written one`,
  'fit-status-max-steps': (p: { epochs: number }) => `status: ${p.epochs} epochs (maximum reached)`,
  'fit-status-converged': (p: { epochs: number }) => `status: converged after ${p.epochs} epochs`,
  'fit-status-diverged': (p: { epoch: number }) => `status: diverged at epoch ${p.epoch}`,
  'fit-warning': (p: { text: string }) => `warning: ${p.text}`,
};
