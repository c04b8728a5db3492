/** Messages of the optimizers, schedules and gradient transforms (English). */
import { didYouMean } from './core.js';

/** What a bad option should have been; the text of each lives in the message itself. */
export type OptimExpected =
  | 'positive'
  | 'nonNegative'
  | 'unitOpen'
  | 'unitClosed'
  | 'unitInterior'
  | 'boolean'
  | 'dtype'
  | 'lr'
  | 'positiveInteger'
  | 'nonNegativeInteger'
  | 'finite'
  | 'function'
  | 'notAboveLr'
  | 'object';

const expected: Record<OptimExpected, string> = {
  positive: 'a finite number > 0',
  nonNegative: 'a finite number ≥ 0',
  unitOpen: 'a number in [0, 1)',
  unitClosed: 'a number in [0, 1]',
  unitInterior: 'a number strictly between 0 and 1',
  boolean: 'true or false',
  dtype: "'float64' or 'float32'",
  lr: 'a finite number > 0, a schedule function or a schedule spec',
  positiveInteger: 'an integer ≥ 1',
  nonNegativeInteger: 'an integer ≥ 0',
  finite: 'a finite number',
  function: 'a function',
  notAboveLr: 'a number from 0 to lr',
  object: 'an object of options',
};

const SEARCHES = [
  'Neither PyTorch nor Keras ships it as an optimizer (torch.optim.LBFGS aside); both conventions are the same. The reference is SciPy (scripts/reference-classical.py).',
  'It asks for f, and for the Wolfe search ∇f, at trial points along its direction: each is counted as an evaluation, and the trial points are kept for drawing. lr is the first trial step (its cap, for the Wolfe search).',
  'It cannot train a model in fit, which has no function values to give it; it takes no clipping (the line search already bounds the step).',
];
const WOLFE_EN =
  'The strong-Wolfe search is Nocedal & Wright’s Algorithms 3.5 and 3.6 with SciPy’s safeguards; its first trial step is min(lr, 1.01·2·(f − f₋₁)/gᵀd), as SciPy’s BFGS and CG choose it.';

export const optim = {
  'optim-bad-option': (p: { owner: string; option: string; value: string; expected: OptimExpected }) =>
    `invalid ${p.option} for ${p.owner}: ${p.value} (expected ${expected[p.expected]})`,
  'optim-unknown': (p: { name: string; valid: string; suggestion?: string | null }) =>
    `unknown optimizer ${p.name}${didYouMean(p.suggestion)}; the optimizers are: ${p.valid}`,
  'optim-unknown-option': (p: { owner: string; option: string; valid: string; suggestion?: string | null }) =>
    `${p.owner} has no option "${p.option}"${didYouMean(p.suggestion)}; its options are: ${p.valid}`,
  'optim-duplicate-option': (p: { owner: string; option: string; alias: string }) =>
    `${p.owner}: give ${p.option} or its alias ${p.alias}, not both`,
  'optim-unknown-convention': (p: { convention: string; valid: string; suggestion?: string | null }) =>
    `unknown convention ${p.convention}${didYouMean(p.suggestion)}; the conventions are: ${p.valid}`,
  'optim-unknown-schedule': (p: { kind: string; valid: string; suggestion?: string | null }) =>
    `unknown schedule ${p.kind}${didYouMean(p.suggestion)}; the schedules are: ${p.valid}`,
  'optim-option-fixed': (p: { optimizer: string; option: string; convention: string; fixed: string }) =>
    `the ${p.convention} convention of ${p.optimizer} has no option ${p.option}: it is fixed at ${p.fixed}`,
  'optim-nesterov': (p: { momentum: number; dampening: number }) =>
    `Nesterov momentum needs momentum > 0 and dampening 0 (got momentum ${p.momentum}, dampening ${p.dampening})`,
  'optim-needs-hessian': (p: { optimizer: string }) =>
    `${p.optimizer} needs the Hessian: pass extra.hessian, one row-major n×n array per parameter array`,
  'optim-needs-values': (p: { optimizer: string }) =>
    `${p.optimizer} searches along its direction: pass extra.value and extra.valueAndGrad, the function (and its gradient) at other parameters`,
  'optim-wolfe-order': (p: { optimizer: string; c1: number; c2: number }) =>
    `${p.optimizer}: the Wolfe conditions need c1 < c2 (got c1 ${p.c1}, c2 ${p.c2})`,
  'optim-needs-params': (p: { transform: string }) =>
    `${p.transform} needs the current parameters: pass them as the third argument of update()`,
  'optim-needs-value': (p: { optimizer: string }) =>
    `${p.optimizer} needs function values: pass extra.value, f at other parameters`,
  'optim-bad-lr': (p: { step: number; value: string }) =>
    `the learning-rate schedule gave ${p.value} at step ${p.step} (expected a finite number ≥ 0)`,

  // The schedule syntax of the command line (schedule-text.ts): `where` is "--lr-schedule" or "schedule".
  'optim-schedule-text-pair': (p: { where: string; text: string; part: string }) =>
    `${p.where} ${p.text}: expected key=value after the kind, got ${p.part} (for example exponential:gamma=0.9)`,
  'optim-schedule-text-value': (p: {
    where: string;
    kind: string;
    key: string;
    value: string;
    expected: 'number' | 'boolean';
  }) =>
    `${p.where} ${p.kind}: ${p.key}=${p.value} is not ${p.expected === 'number' ? 'a decimal number' : 'true or false'}`,
  'optim-schedule-text-twice': (p: { where: string; kind: string; key: string }) =>
    `${p.where} ${p.kind}: ${p.key} is given twice`,
  'optim-schedule-text-missing': (p: { where: string; kind: string; key: string; example: string }) =>
    p.key === 'lr'
      ? `${p.where} ${p.kind} needs a base learning rate: lr=… in the text, or --lr on the command line (for example --lr 0.1 --lr-schedule ${p.example})`
      : `${p.where} ${p.kind} needs ${p.key}=… (for example ${p.example})`,
  'optim-schedule-depth': (p: { where: string; max: number }) =>
    `${p.where}: a warmup's base may nest at most ${p.max} schedules deep`,

  // What each option of the option table (options.ts) does: the CLI's flag help, the docs, the lab.
  'optim-option-lr': () => 'learning rate',
  'optim-option-momentum': () => 'momentum: the share of the last step carried into the next',
  'optim-option-dampening': () => 'dampening: the share of the gradient left out of the momentum buffer',
  'optim-option-nesterov': () => 'Nesterov momentum: the gradient step taken from the look-ahead point',
  'optim-option-beta1': () => 'decay of the first moment, the moving average of the gradients',
  'optim-option-beta2': () =>
    'decay of the second moving average: of the squared gradients, or of the momentum in lion',
  'optim-option-eps': () => 'added to the denominator for numerical stability',
  'optim-option-amsgrad': () => 'AMSGrad: divide by the running maximum of the second moment',
  'optim-option-rho': () => 'decay of the moving average of the squared gradients',
  'optim-option-centered': () => 'centered RMSprop: subtract the square of the mean gradient',
  'optim-option-weightDecay': () => 'weight decay (coupled L2 in pytorch, decoupled in keras)',
  'optim-option-initialAccumulator': () => 'starting value of the sum of squared gradients',
  'optim-option-momentumDecay': () => 'how fast the momentum schedule of nadam rises to β₁',
  'optim-option-damping': () => 'added to the diagonal of the Hessian',
  'optim-option-c1': () => 'sufficient decrease of the line search: f(p + α·d) ≤ f(p) + c₁·α·gᵀd',
  'optim-option-c2': () => 'curvature condition of the Wolfe search: |∇f(p + α·d)ᵀd| ≤ c₂·|gᵀd|',
  'optim-option-shrink': () => 'backtracking: each rejected step α is multiplied by γ',
  'optim-option-memory': () => 'L-BFGS: how many past steps (s, y) shape the direction',
  'optim-option-scaled': () => 'start the inverse-Hessian estimate at (sᵀy/yᵀy)·I instead of I',
  'optim-option-adaptive': () =>
    'Nelder–Mead: coefficients by dimension (Gao and Han: χ = 1 + 2/n, ψ = ¾ − 1/(2n), σ = 1 − 1/n)',
  'optim-option-clipNorm': () =>
    'clip the gradient to this global L2 norm, before anything else (torch clip_grad_norm_, Keras global_clipnorm)',
  'optim-option-clipValue': () =>
    'clip every gradient component to [−c∞, c∞], before anything else (torch clip_grad_value_, Keras clipvalue)',

  // The name of each option in words (the lab's labels; the symbol stays beside it).
  'optim-label-lr': () => 'learning rate',
  'optim-label-momentum': () => 'momentum',
  'optim-label-dampening': () => 'momentum dampening',
  'optim-label-nesterov': () => 'Nesterov momentum',
  'optim-label-beta1': () => 'first-moment decay',
  'optim-label-beta2': () => 'second-moment decay',
  'optim-label-eps': () => 'stability term',
  'optim-label-amsgrad': () => 'AMSGrad',
  'optim-label-rho': () => 'squared-gradient decay',
  'optim-label-centered': () => 'centered',
  'optim-label-weightDecay': () => 'weight decay',
  'optim-label-initialAccumulator': () => 'initial accumulator',
  'optim-label-momentumDecay': () => 'momentum decay',
  'optim-label-damping': () => 'Hessian damping',
  'optim-label-c1': () => 'sufficient decrease',
  'optim-label-c2': () => 'curvature',
  'optim-label-shrink': () => 'backtracking shrink',
  'optim-label-memory': () => 'memory',
  'optim-label-scaled': () => 'scaled start',
  'optim-label-adaptive': () => 'adaptive coefficients',
  'optim-label-clipNorm': () => 'clip by norm',
  'optim-label-clipValue': () => 'clip by value',

  // One line per optimizer, for `descenso optimizers` and the docs.
  'optim-about-sgd': () => 'gradient descent, with optional (Nesterov) momentum',
  'optim-about-sign': () => 'sign descent: a fixed step against the sign of each gradient component',
  'optim-about-adagrad': () => 'per-coordinate steps shrunk by the sum of all past squared gradients',
  'optim-about-rmsprop': () => 'per-coordinate steps divided by a moving root mean square of the gradients',
  'optim-about-adadelta': () => 'RMSprop whose step size is a moving root mean square of past steps',
  'optim-about-adam': () => 'momentum and RMS scaling, both with bias correction',
  'optim-about-adamw': () => 'Adam with decoupled weight decay',
  'optim-about-adamax': () => 'Adam with an infinity-norm second moment',
  'optim-about-nadam': () => 'Adam with Nesterov momentum',
  'optim-about-lion': () => 'the sign of an interpolated momentum (evolved sign momentum)',
  'optim-about-newton': () => 'damped Newton steps from the Hessian',
  'optim-about-gd-armijo': () => 'gradient descent whose step is found by backtracking (Armijo)',
  'optim-about-gd-wolfe': () => 'gradient descent whose step is found by a strong-Wolfe line search',
  'optim-about-cg-fr': () => 'nonlinear conjugate gradient, Fletcher–Reeves, with a strong-Wolfe line search',
  'optim-about-cg-pr': () => 'nonlinear conjugate gradient, Polak–Ribière+, with a strong-Wolfe line search',
  'optim-about-bfgs': () =>
    'quasi-Newton: an inverse-Hessian estimate built from the steps (BFGS), with a line search',
  'optim-about-lbfgs': () => 'BFGS from the last m steps only (two-loop recursion), with a line search',
  'optim-about-nelder-mead': () =>
    'derivative-free: a simplex of n + 1 points reflected, expanded, contracted and shrunk (Nelder–Mead)',

  // Where the PyTorch and Keras conventions part ways; one sentence group per line.
  'optim-differences-sgd': () =>
    [
      'Default learning rate 0.001 in PyTorch, 0.01 in Keras.',
      'PyTorch keeps a buffer b ← μ·b + (1 − τ)·g (the first step sets b = g, undamped) and steps p ← p − lr·b; Keras keeps a velocity v ← μ·v − lr·g and steps p ← p + v. With a constant learning rate and no dampening both give the same trajectory (v = −lr·b); under a schedule they differ, because Keras folds each step’s learning rate into the velocity.',
      'Keras has no dampening: in the keras convention it is fixed at 0.',
      'Weight decay: PyTorch adds λ·p to the gradient (L2, coupled, so it enters the momentum); Keras first shrinks the weights, p ← p − lr·λ·p (decoupled).',
    ].join('\n'),
  'optim-differences-sign': () =>
    [
      'Neither framework ships sign descent: it is the tutorial’s update x ← x − α·sign(g), with sign(0) = 0 so the iterate rests where the gradient vanishes exactly.',
      'The conventions differ only in how weight decay enters: sign(g + λ·p) in pytorch, p ← p − lr·λ·p in keras.',
    ].join('\n'),
  'optim-differences-adagrad': () =>
    [
      'Default learning rate 0.01 in PyTorch, 0.001 in Keras.',
      'Initial accumulator 0 in PyTorch, 0.1 in Keras: starting from 0, the first step is lr per coordinate whatever the gradient’s size.',
      'ε is 1e-10 added after the square root in PyTorch, 1e-7 inside it in Keras.',
      'PyTorch’s lr_decay, lr/(1 + (t − 1)·decay), is the inverseTime schedule with decaySteps 1.',
      'Weight decay: coupled L2 in PyTorch, decoupled in Keras.',
    ].join('\n'),
  'optim-differences-rmsprop': () =>
    [
      'ρ (PyTorch calls it alpha) is 0.99 in PyTorch and 0.9 in Keras; the learning rate 0.01 and 0.001.',
      'ε is 1e-8 added after the square root in PyTorch, 1e-7 inside it in Keras.',
      'With momentum, PyTorch accumulates g/√v and multiplies by lr when stepping; Keras accumulates lr·g/√v. The trajectories agree for a constant learning rate.',
      'Centered: √(v − ḡ²) + ε in PyTorch, √(v − ḡ² + ε) in Keras; descenso clamps v − ḡ² at 0 where rounding would make it slightly negative.',
      'Weight decay: coupled L2 in PyTorch, decoupled in Keras.',
    ].join('\n'),
  'optim-differences-adadelta': () =>
    [
      'The same formula with other defaults: learning rate 1.0 in PyTorch (as in the paper) and 0.001 in Keras, ρ 0.9 and 0.95, ε 1e-6 and 1e-7.',
      'With Keras’s defaults Adadelta hardly moves: its first step is about 1.4e-6 per coordinate, PyTorch’s about 3.2e-3.',
      'Weight decay: coupled L2 in PyTorch, decoupled in Keras.',
    ].join('\n'),
  'optim-differences-adam': () =>
    [
      'ε is 1e-8 in PyTorch and 1e-7 in Keras, and it sits elsewhere: PyTorch adds it to √v̂ after bias correction, lr·m̂/(√v̂ + ε); Keras adds it to √v before, αₜ·m/(√v + ε) with αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ). In PyTorch’s form Keras’s ε is ε·√(1 − β₂ᵗ), which shows when gradients are tiny.',
      'AMSGrad keeps the running maximum of v in both and uses it in place of v.',
      'Weight decay: coupled L2 in PyTorch’s Adam; decoupled in Keras (Adam with weight_decay is AdamW).',
    ].join('\n'),
  'optim-differences-adamw': () =>
    [
      'Both decouple weight decay, p ← p − lr·λ·p next to the Adam step; the default λ is 0.01 in PyTorch and 0.004 in Keras.',
      'ε and where it sits as in adam: 1e-8 after bias correction in PyTorch, 1e-7 before it in Keras.',
    ].join('\n'),
  'optim-differences-adamax': () =>
    [
      'Default learning rate 0.002 in PyTorch, 0.001 in Keras; ε 1e-8 and 1e-7.',
      'PyTorch puts ε inside the maximum, u ← max(β₂·u, |g| + ε); Keras adds it afterwards, m/((1 − β₁ᵗ)·(u + ε)).',
      'Weight decay: coupled L2 in PyTorch, decoupled in Keras.',
    ].join('\n'),
  'optim-differences-nadam': () =>
    [
      'The momentum schedule is μₜ = β₁·(1 − ½·0.96^(t·ψ)). PyTorch’s momentum_decay ψ = 0.004 starts μ near β₁/2 and raises it slowly; Keras uses 0.96ᵗ, that is ψ = 1, so μ reaches β₁ within a few dozen steps. In the keras convention ψ is fixed at 1.',
      'Default learning rate 0.002 in PyTorch, 0.001 in Keras; ε 1e-8 and 1e-7, added after the square root of the bias-corrected v in both.',
      'Weight decay: coupled L2 in PyTorch, decoupled in Keras.',
    ].join('\n'),
  'optim-differences-lion': () =>
    [
      'PyTorch has no Lion in torch.optim: the pytorch convention takes the paper’s defaults (lr 1e-4, β₁ 0.9, β₂ 0.99); Keras’s learning rate is 1e-3.',
      'Weight decay is decoupled in both, p ← p − lr·λ·p, as in the paper.',
    ].join('\n'),
  'optim-differences-newton': () =>
    [
      'Neither framework ships Newton’s method; both conventions are the same.',
      'It needs the Hessian: extra.hessian, one row-major n×n matrix per parameter array (separate arrays are separate blocks).',
      'When H + δ·I is positive definite (its Cholesky factorization succeeds) the step is the damped Newton step. Otherwise descenso modifies the eigenvalues: H = Q·Λ·Qᵀ and each eigenvalue μ becomes max(|μ|, 1e-6·max(1, max|μ|)) + δ, so the step still goes downhill with Newton’s scale, and at a saddle it moves away along the directions of negative curvature.',
      'Its linear algebra runs in float64; in float32 mode only the result is rounded.',
    ].join('\n'),
  'optim-differences-gd-armijo': () =>
    [
      ...SEARCHES,
      'Backtracking tries lr, γ·lr, γ²·lr, … and takes the first step that decreases f enough (Nocedal & Wright, Algorithm 3.1).',
    ].join('\n'),
  'optim-differences-gd-wolfe': () => [...SEARCHES, WOLFE_EN].join('\n'),
  'optim-differences-cg-fr': () =>
    [
      ...SEARCHES,
      WOLFE_EN,
      'Restarted along −g every n steps (n parameters) and whenever the direction would not go downhill; c₂ = 0.1 keeps Fletcher–Reeves descending (it needs c₂ < ½).',
    ].join('\n'),
  'optim-differences-cg-pr': () =>
    [
      ...SEARCHES,
      WOLFE_EN,
      'β is clipped at 0 (PR+), which restarts by itself; also restarted every n steps and whenever the direction would not go downhill.',
    ].join('\n'),
  'optim-differences-bfgs': () =>
    [
      ...SEARCHES,
      WOLFE_EN,
      'H₀ = I as in SciPy’s BFGS (scaled: (yᵀs/yᵀy)·I before the first update, Nocedal & Wright eq. 6.20); a pair with yᵀs ≤ 0 is skipped.',
    ].join('\n'),
  'optim-differences-lbfgs': () =>
    [
      ...SEARCHES,
      WOLFE_EN,
      'H₀ = I by default, so with m at least the number of steps it takes BFGS’s steps; scaled uses γ = sᵀy/yᵀy of the newest pair (Nocedal & Wright eq. 7.20). SciPy’s L-BFGS-B differs: another line search (MINPACK’s) and always scaled.',
    ].join('\n'),
  'optim-differences-nelder-mead': () =>
    [
      "Neither PyTorch nor Keras has it; both conventions are the same. The reference is SciPy’s minimize(method='Nelder-Mead') (scripts/reference-nelder-mead.py): the same first simplex (5 % of each nonzero coordinate, 0.00025 for a zero one), the same coefficients, the same iterates.",
      'It uses f alone, through extra.value: no gradient is evaluated or counted. One step is one iteration of the simplex (1 or 2 evaluations of f, n + 2 after a shrink; the first step also evaluates the first simplex). The point of a step is the best vertex, which often does not move.',
      'Its stop: --tol t is SciPy’s xatol = fatol = t (every vertex within t of the best in each coordinate, every value within t of the best); a value-change stop is the spread of the simplex’s values. It takes no learning rate and no clipping, and cannot train a model in fit.',
    ].join('\n'),
};
