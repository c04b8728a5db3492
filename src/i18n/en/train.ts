/** Messages of the models, losses, fit and the `simulate` / `fit` commands (English). */

/** What a size in a model spec counts; each dictionary says it in its own words. */
export type ModelSizeKind = 'degree' | 'width' | 'inputs';
const sizeWord: Record<ModelSizeKind, string> = {
  degree: 'degree',
  width: 'layer width',
  inputs: 'number of inputs',
};

/** What a fit option should have been. */
export type FitExpected =
  | 'epochs'
  | 'batchSize'
  | 'regime'
  | 'dtype'
  | 'seed'
  | 'positive'
  | 'object'
  | 'array'
  | 'function'
  | 'model'
  | 'loss'
  | 'optimizer'
  | 'boolean';
const fitExpected: Record<FitExpected, string> = {
  epochs: 'an integer from 0 to 10⁷',
  batchSize: 'an integer ≥ 1',
  regime: "'batch', 'sgd' or 'minibatch'",
  dtype: "'float64' or 'float32'",
  seed: 'an integer from 0 to 2³² − 1',
  positive: 'a finite number > 0',
  object: 'an object',
  array: 'an array of numbers',
  function: 'a function',
  model: "a model (see makeModel) or its spec such as 'poly:3'",
  loss: "a loss (see makeLoss) or its name such as 'mse'",
  optimizer: 'an optimizer entry such as { name: "adam" }',
  boolean: 'true or false',
};

/** The options of descend a message can name. */
export type DescendOption =
  | 'spec'
  | 'surface'
  | 'formula'
  | 'vars'
  | 'optimizer'
  | 'stop'
  | 'record'
  | 'steps'
  | 'start'
  | 'gradient'
  | 'h'
  | 'noise'
  | 'onStep'
  | 'record.every'
  | 'domain'
  | 'dtype';
const descendExpected: Record<DescendOption, string> = {
  spec: 'an object such as { surface: "peaks", optimizer: "adam" }',
  surface: 'the id of a catalog surface',
  formula: 'the text of a formula',
  vars: 'a list of variable names',
  optimizer: 'an optimizer name or an entry such as { name: "adam" }',
  stop: 'an object of finite numbers (gradNorm, valueChange, maxValue, maxCoordinate)',
  record: 'an object such as { every: 10 }',
  steps: 'an integer from 0 to 10⁶',
  start: 'finite numbers',
  gradient: "'autodiff', 'forward' or 'central'",
  h: 'a finite number > 0',
  noise: 'a finite σ ≥ 0',
  onStep: 'a function',
  'record.every': 'an integer ≥ 1',
  domain: 'one [low, high] for each of the first variables, finite, low < high',
  dtype: "'float64' or 'float32'",
};

/** What to lower when a run would not fit in memory. */
export type BudgetAdvice = 'descend' | 'fit-history' | 'fit-steps' | 'fit-working';
const budgetAdvice: Record<BudgetAdvice, string> = {
  descend: 'take fewer steps or record every K-th step (--every K, record.every)',
  'fit-history':
    'train fewer epochs, record every K-th epoch (--every K, record.every) or do not record the parameters',
  'fit-steps': 'train fewer epochs, use larger batches or do not record the loss of every step',
  'fit-working': 'use fewer points or narrower layers',
};

export const train = {
  // models/
  'model-unknown': (p: { spec: string; forms: string; suggestion?: string | null }) =>
    `unknown model '${p.spec}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; models: ${p.forms}`,
  'model-bad-size': (p: { spec: string; what: ModelSizeKind; min: number; max: number }) =>
    `invalid ${sizeWord[p.what]} in the model '${p.spec}': an integer from ${p.min} to ${p.max}`,
  'model-bad-activation': (p: { value: string; valid: string }) =>
    `unknown activation '${p.value}' (activations: ${p.valid})`,

  'model-bad-params': (p: { model: string; expected: number; names: string; given: number }) =>
    `the model ${p.model} takes ${p.expected} parameters (${p.names}), got ${p.given}`,
  'model-bad-x': (p: { model: string; count: number; inputs: number }) =>
    `the model ${p.model} needs at least one point of ${p.inputs} ${p.inputs === 1 ? 'number' : 'numbers'}; x has ${p.count}`,

  // losses/
  'loss-unknown': (p: { name: string; valid: string; suggestion?: string | null }) =>
    `unknown loss '${p.name}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; losses: ${p.valid}`,
  'loss-bad-delta': (p: { value: string }) => `invalid huber δ: ${p.value} (a finite number > 0)`,

  // train/descend
  'descend-bad-option': (p: { option: DescendOption; value: string }) =>
    `invalid ${p.option} for descend: ${p.value} (expected ${descendExpected[p.option]})`,
  'descend-no-function': () => 'descend needs a surface or a formula',
  'descend-start-length': (p: { nvars: number; vars: string; count: number; start: string }) =>
    `the formula has ${p.nvars} ${p.nvars === 1 ? 'variable' : 'variables'} (${p.vars}); the start has ${p.count} ${p.count === 1 ? 'coordinate' : 'coordinates'}: ${p.start}`,
  'descend-undefined-start': (p: { point: string; gradient: boolean }) =>
    p.gradient
      ? `the gradient of f is not defined at the start (${p.point}): start elsewhere`
      : `f is not defined at the start (${p.point}): start elsewhere`,
  'descend-status-left-domain': (p: { step: number }) =>
    `status: left the surface's domain at step ${p.step}`,
  'descend-comparison': () => 'comparison',
  'descend-col-run': () => 'run',
  'descend-col-status': () => 'status',
  'run-too-large': (p: { size: string; limit: string; advice: BudgetAdvice }) =>
    `this run would need ${p.size} numbers in memory, more than the limit of ${p.limit}: ${budgetAdvice[p.advice]}`,

  // train/fit
  'fit-undefined-start': (p: { loss: string }) =>
    `the loss is not defined at the start (it is ${p.loss}): check the scale of the data and the initial parameters`,
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
  'fit-status-max-steps': (p: { epochs: number }) =>
    `status: ${p.epochs} ${p.epochs === 1 ? 'epoch' : 'epochs'} (maximum reached)`,
  'fit-status-converged': (p: { epochs: number }) =>
    `status: converged after ${p.epochs} ${p.epochs === 1 ? 'epoch' : 'epochs'}`,
  'fit-status-diverged': (p: { epoch: number }) => `status: diverged at epoch ${p.epoch}`,
  'fit-warning': (p: { text: string }) => `warning: ${p.text}`,

  // cli: simulate and fit
  'train-simulate-description': () => 'draw a data set y = f(x) + ε as NumPy would (CSV or JSON)',
  'train-fit-description': () => 'fit a model to simulated data or a CSV file by gradient descent',
  'train-flag-data': () => 'family of the simulated data',
  'train-flag-formula': () => 'f(x) for --data formula, e.g. "3*sin(x) + x^2"',
  'train-flag-slope': () => 'slope (linear, affine)',
  'train-flag-intercept': () => 'intercept (affine, sine, exp)',
  'train-flag-coeffs': () => 'poly: c0,c1,…,ck for c0 + c1·x + … + ck·x^k',
  'train-flag-amplitude': () => 'amplitude (sine, exp)',
  'train-flag-frequency': () => 'angular frequency ω of sin(ω·x + phase)',
  'train-flag-phase': () => 'phase of the sine',
  'train-flag-rate': () => 'rate r of exp(r·x)',
  'train-flag-noise': () => 'σ, standard deviation of the noise ε',
  'train-flag-mu': () => 'μ, mean of the noise ε',
  'train-flag-points': () => 'number of points',
  'train-flag-x-range': () => 'range of x: --x-range=A,B',
  'train-flag-x-dist': () => 'how x is laid out',
  'train-flag-seed': () =>
    'seed of the random generator (NumPy’s legacy RandomState); fit also shuffles with it',
  'train-flag-data-file': () => 'CSV file with the data (x: first named numeric column, y: last)',
  'train-flag-model': () => 'model',
  'train-flag-loss': () => 'loss (default: mse, bce for logistic)',
  'train-flag-delta': () => 'δ of the huber loss',
  'train-flag-init': () => 'initial values by parameter name, e.g. --init w=10 or --init a=0,b=1',
  'train-flag-epochs': () => 'passes over the data',
  'train-flag-regime': () => 'batch: one step per epoch; sgd: one per point; minibatch: one per batch',
  'train-flag-batch-size': () => 'points per step (minibatch)',
  'train-flag-no-shuffle': () => 'visit the points in file order (sgd, minibatch)',
  'train-flag-optimizer': () => 'optimizer',
  'train-flag-dtype': () => 'precision: float32 rounds every operation as float32 frameworks do',
  'train-flag-tol': () => 'stop when the loss changes by at most tol (relative) between epochs',
  'train-flag-every': () => 'print every N-th epoch (and the last)',
  'train-flag-format-simulate': () => 'output',
  'train-flag-format-fit': () => 'output',
};
