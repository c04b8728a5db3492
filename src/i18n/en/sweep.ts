/** Messages of src/sweep and the `sweep` and `basins` commands (English). */

/** What part of a batch was wrong. */
export type BatchPart = 'spec' | 'steps' | 'dtype' | 'stop' | 'groups' | 'start' | 'runs';
const batchExpected: Record<BatchPart, string> = {
  spec: 'an object such as { surface: "peaks", steps: 100, groups: [...] }',
  steps: 'an integer from 0 to 10⁶',
  dtype: "'float64' or 'float32'",
  stop: 'an object of finite numbers (gradNorm, valueChange, maxValue, maxCoordinate)',
  groups: 'a non-empty list of { optimizer, starts }',
  start: 'finite numbers, one per variable of the function',
  runs: 'at most 10⁶ runs in all',
};

export const sweep = {
  'sweep-bad-batch': (p: { part: BatchPart; value: string }) =>
    `invalid ${p.part} for a batch: ${p.value} (expected ${batchExpected[p.part]})`,
  'sweep-not-batched': (p: { what: string }) =>
    `${p.what} cannot run in a batch (it needs what a single descent computes): use descend`,
  'sweep-bad-vary': (p: { value: string }) =>
    `--vary expects option=from:to:lin|log:count (such as lr=0.001:1:log:13), got '${p.value}'`,
  'sweep-vary-range': (p: { value: string; max: number }) =>
    `--vary ${p.value}: count goes from 1 to ${p.max}, a log range needs from and to > 0, and from equals to only with count 1`,
  'sweep-unknown-option': (p: { option: string; valid: string; suggestion?: string | null }) =>
    `--vary: unknown option '${p.option}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; options with numbers: ${p.valid}`,
  'sweep-bad-base': (p: { kind: string }) => `a sweep runs descents or fits, not a ${p.kind} study`,
  'sweep-vary-twice': (p: { option: string }) => `--vary ${p.option} is given twice`,
  'sweep-vary-count': (p: { found: number }) =>
    `--vary can be given once or twice (a curve or a grid), not ${p.found} times`,
  'sweep-vary-fixed': (p: { option: string }) =>
    `--${p.option} is both fixed and varied: give it in --vary only`,
  'sweep-too-many': (p: { runs: number; max: number }) =>
    `this sweep would make ${p.runs} runs, more than the limit of ${p.max}: vary fewer values`,
  'sweep-needs-tol': () => 'a sweep ranks by steps to the tolerance: give --tol',
  'sweep-plot-format': (p: { file: string }) => `--plot writes .svg or .png, not '${p.file}'`,
  'sweep-header-optimizer': () => 'optimizer',
  'sweep-header-status': () => 'status',
  'sweep-header-steps': () => 'steps to tol',
  'sweep-header-epochs': () => 'epochs to tol',
  'sweep-header-evaluations': () => 'f · ∇f to tol',
  'sweep-header-final': () => 'final',
  'sweep-best': (p: { optimizer: string; options: string; steps: string }) =>
    `best ${p.optimizer}: ${p.options} (${p.steps})`,
  'sweep-best-none': (p: { optimizer: string }) => `best ${p.optimizer}: no setting reached the tolerance`,
  'sweep-steps': (p: { n: number }) => `${p.n} steps`,
  'sweep-epochs': (p: { n: number }) => `${p.n} epochs`,
  'sweep-never': () => 'never',
  'sweep-diverged-cell': () => 'diverged',
  'sweep-best-mark': () => 'best',
  'sweep-title': (p: { optimizer: string }) => `${p.optimizer}: steps to the tolerance`,
  'sweep-title-fit': (p: { optimizer: string }) => `${p.optimizer}: epochs to the tolerance`,
  'basins-title': (p: { optimizer: string }) => `basins of attraction: ${p.optimizer}`,
  'basins-not-converged': () => 'did not reach a minimum',
  'basins-steps-title': () => 'steps taken (lighter: more)',
  'basins-steps-range': (p: { from: number; to: number }) =>
    p.from === p.to ? `${p.from} steps` : `${p.from}–${p.to} steps`,
  'basins-steps-same': (p: { n: number }) => `every start ran ${p.n} steps`,
  'basins-steps-hint': () => '(a tolerance, --tol, shades them)',
  'basins-minimum': (p: { index: number; x: string; y: string }) => `minimum ${p.index} (${p.x}, ${p.y})`,
  'basins-needs-2d': (p: { nvars: number }) =>
    `basins draws functions of two variables; this one has ${p.nvars}`,
  'tour-sweep-description': () =>
    'many runs at once: optimizer options over linear or log ranges, ranked by steps (or epochs) to --tol',
  'tour-sweep-vary': () =>
    'an option and its values: option=from:to:lin|log:count (once: a curve; twice: a grid)',
  'tour-sweep-rank': () =>
    'rank the runs by the steps to the tolerance (default) or by the evaluations of f and ∇f taken to reach it',
  'tour-sweep-plot': () => 'draw the curve (one --vary) or the heat map (two) to a .svg or .png file',
  'tour-sweep-format': () => 'the output',
  'tour-basins-description': () =>
    'every start of a grid over a surface, coloured by the minimum it reaches (batched runs)',
  'tour-basins-grid': () => 'points per side of the grid of starts',
  'tour-basins-plot': () => 'draw the basin map to a .svg or .png file',
  'lrfind-bad-option': (p: { option: string; value: string }) =>
    `invalid lr range test option ${p.option}: ${p.value} (minLr > 0, maxLr > minLr, steps an integer from 2 to 10000, 0 ≤ beta < 1, stopFactor > 1)`,
  'lrfind-one': (p: { what: string }) => `the lr range test trains one ${p.what}: give one only`,
  'lrfind-header-step': () => 'step',
  'lrfind-header-loss': () => 'loss',
  'lrfind-header-smoothed': () => 'smoothed',
  'lrfind-suggested': (p: { lr: string }) =>
    `suggested lr: ${p.lr} (steepest descent of the smoothed loss against log lr)`,
  'lrfind-none': () => 'no suggestion: the smoothed loss never fell; widen --min-lr … --max-lr',
  'lrfind-stopped': (p: { step: number; lr: string }) =>
    `stopped at step ${p.step} (lr ${p.lr}): the smoothed loss passed 4× its minimum or was not finite`,
  'lrfind-title': (p: { optimizer: string }) => `${p.optimizer}: loss against a growing learning rate`,
  'lrfind-suggested-mark': () => 'suggested',
  'tour-lrfind-description': () =>
    'learning-rate range test: one short fit whose lr grows exponentially from --min-lr to --max-lr; the loss is smoothed (moving average, β = 0.9, bias-corrected), the test stops when it passes 4× its minimum, and the suggested lr is where the smoothed loss falls fastest against log lr (slopes across a tenth of the steps; the first tenth of the steps is left out of both rules)',
  'tour-lrfind-min-lr': () => "the first step's lr",
  'tour-lrfind-max-lr': () => "the last step's lr",
  'tour-lrfind-steps': () =>
    'updates in the test (full-data steps in the batch regime, mini-batches otherwise)',
  'tour-lrfind-plot': () =>
    'draw the loss against lr (log axis, the suggestion marked) to a .svg or .png file',
} as const;
