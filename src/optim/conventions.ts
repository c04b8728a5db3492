import type { Convention } from './types.js';

/**
 * THE table of optimizer conventions: for every optimizer, per convention, the defaults of every
 * option, the options the framework lacks (pinned at their default), the formula variant the
 * builder follows, and the update equations shown by `descenso optimizers` and docs/optimizers.md.
 * Defaults were read from torch.optim (PyTorch 2.x) and keras.optimizers (Keras 3).
 *
 * Notation: p parameters, g gradient, t the 1-based update count, lr the learning rate; the other
 * symbols are the option table's (options.ts, `optionSymbols`).
 */

export type OptimizerName =
  | 'sgd'
  | 'sign'
  | 'adagrad'
  | 'rmsprop'
  | 'adadelta'
  | 'adam'
  | 'adamw'
  | 'adamax'
  | 'nadam'
  | 'lion'
  | 'newton'
  | 'gd-armijo'
  | 'gd-wolfe'
  | 'cg-fr'
  | 'cg-pr'
  | 'bfgs'
  | 'lbfgs'
  | 'nelder-mead';

export const optimizerNames: readonly OptimizerName[] = [
  'sgd',
  'sign',
  'adagrad',
  'rmsprop',
  'adadelta',
  'adam',
  'adamw',
  'adamax',
  'nadam',
  'lion',
  'newton',
  'gd-armijo',
  'gd-wolfe',
  'cg-fr',
  'cg-pr',
  'bfgs',
  'lbfgs',
  'nelder-mead',
];

/**
 * The methods that ask the caller for f (and ∇f) at other points — the line-search methods of
 * search.ts, and any other method listed here: `descend` passes them `Extra.value` and
 * `Extra.valueAndGrad`, records their state's `trace`, and budgets for it. Only `descend` can run
 * them: fit has no value function to give, the lockstep batch no per-run search (sweeps and basins
 * run them one by one, src/sweep/alone.ts), the exported scripts no search.
 */
export const searchingOptimizers: readonly OptimizerName[] = [
  'gd-armijo',
  'gd-wolfe',
  'cg-fr',
  'cg-pr',
  'bfgs',
  'lbfgs',
  // no gradient at all, but f at the simplex's trial points: it runs where the searches run
  'nelder-mead',
];

export type SearchingName = 'gd-armijo' | 'gd-wolfe' | 'cg-fr' | 'cg-pr' | 'bfgs' | 'lbfgs' | 'nelder-mead';

/** The methods that use f alone (no gradient): descend stops them by their own measure (nelder-mead.ts). */
export function isDerivativeFree(name: string): boolean {
  return name === 'nelder-mead';
}

/** Whether the optimizer of this canonical name searches (see searchingOptimizers). */
export function isSearching(name: string): boolean {
  return (searchingOptimizers as readonly string[]).includes(name);
}

/** Other names accepted by makeOptimizer (matched case-insensitively, like the names). */
export const optimizerAliases: Readonly<Record<string, OptimizerName>> = {
  gd: 'sgd',
  cg: 'cg-pr',
  'l-bfgs': 'lbfgs',
};

export type OptionValue = number | boolean;

/**
 * How weight decay λ enters: coupled L2 adds λ·p to the gradient before everything else (PyTorch's
 * weight_decay); decoupled shrinks the weights, p ← p − lr·λ·p (AdamW, Keras's weight_decay).
 */
export type WeightDecayMode = 'coupled' | 'decoupled' | 'none';

/** Where ε sits in the denominator. */
export type EpsilonPlacement =
  | 'outside-sqrt' // g/(√s + ε)
  | 'inside-sqrt' // g/√(s + ε)
  | 'after-correction' // m̂/(√v̂ + ε): added after bias correction
  | 'before-correction' // αₜ·m/(√v + ε): added before it
  | 'inside-max' // u ← max(β₂·u, |g| + ε)
  | 'outside-max' // m/(u + ε)
  | 'none';

export interface FormulaVariant {
  readonly weightDecay: WeightDecayMode;
  readonly epsilon: EpsilonPlacement;
  /** With momentum (sgd, rmsprop): lr multiplies before the buffer (Keras) or after it (PyTorch). */
  readonly lrInsideMomentum: boolean;
}

export interface ConventionEntry {
  /** The framework class this convention follows, or null when the framework has none. */
  readonly framework: string | null;
  /** Every option of the optimizer with its default (the same keys in both conventions). */
  readonly defaults: Readonly<Record<string, OptionValue>>;
  /** Options the framework does not have: they stay at their default in this convention. */
  readonly fixed: readonly string[];
  readonly variant: FormulaVariant;
  readonly equations: readonly string[];
}

const coupled: FormulaVariant = { weightDecay: 'coupled', epsilon: 'none', lrInsideMomentum: false };
const decoupled: FormulaVariant = { weightDecay: 'decoupled', epsilon: 'none', lrInsideMomentum: false };

const L2 = 'g ← g + λ·p';
const SHRINK = 'p ← p − lr·λ·p';
const M = 'm ← β₁·m + (1 − β₁)·g';
const V = 'v ← β₂·v + (1 − β₂)·g²';
const AMS = 'if amsgrad: v̄ ← max(v̄, v), else v̄ = v';
const CENTER = 'if centered: ḡ ← ρ·ḡ + (1 − ρ)·g and v′ = v − ḡ², else v′ = v';
const DELTA = ['v ← ρ·v + (1 − ρ)·g²', 'd ← √(u + ε)/√(v + ε)·g', 'u ← ρ·u + (1 − ρ)·d²', 'p ← p − lr·d'];
const NADAM_STEP = 'p ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε)';
const LION = ['p ← p − lr·λ·p', 'p ← p − lr·sign(β₁·m + (1 − β₁)·g)', 'm ← β₂·m + (1 − β₂)·g'];
const NEWTON = [
  'A = H + δ·I',
  'if A is positive definite: p ← p − lr·A⁻¹·g',
  'else, with H = Q·diag(μᵢ)·Qᵀ: p ← p − lr·Q·diag(1/(max(|μᵢ|, η) + δ))·Qᵀ·g, η = 1e-6·max(1, maxᵢ|μᵢ|)',
];

const STEP = 'p ← p + α·d';
const WOLFE = [
  'α meets the strong Wolfe conditions: f(p + α·d) ≤ f(p) + c₁·α·gᵀd and |∇f(p + α·d)ᵀd| ≤ c₂·|gᵀd| (bracketing, then zoom by cubic or quadratic interpolation)',
  'first trial α₀ = min(lr, 1.01·2·(f − f₋₁)/gᵀd), with f₋₁ = f + ‖g‖/2 before the first step',
];
const RESTART = 'd ← −g every n steps (n parameters) or when gᵀd ≥ 0';
const PAIR = 's = p − p₋₁, y = g − g₋₁, ρ = 1/(yᵀs)';
const searchingVariant: FormulaVariant = { weightDecay: 'none', epsilon: 'none', lrInsideMomentum: false };

/** A searching method: the same in both conventions (neither framework has it). */
function searchEntry(defaults: Record<string, OptionValue>, equations: readonly string[]) {
  const entry: ConventionEntry = {
    framework: null,
    defaults,
    fixed: [],
    variant: searchingVariant,
    equations,
  };
  return { pytorch: entry, keras: entry };
}

/** Nelder–Mead (nelder-mead.ts): no learning rate, no direction; the simplex x₀ … xₙ sorted by f. */
const NELDER_MEAD = [
  'x̄ = mean of x₀ … xₙ₋₁; ρ = 1, χ = 2, ψ = ½, σ = ½ (adaptive: χ = 1 + 2/n, ψ = ¾ − 1/(2n), σ = 1 − 1/n)',
  'xr = x̄ + ρ·(x̄ − xₙ); if f(x₀) ≤ f(xr) < f(xₙ₋₁): xₙ ← xr',
  'if f(xr) < f(x₀): xe = x̄ + ρχ·(x̄ − xₙ), xₙ ← the better of xe and xr',
  'if f(xₙ₋₁) ≤ f(xr) < f(xₙ): xc = x̄ + ψρ·(x̄ − xₙ), xₙ ← xc if f(xc) ≤ f(xr)',
  'if f(xr) ≥ f(xₙ): xcc = x̄ − ψ·(x̄ − xₙ), xₙ ← xcc if f(xcc) < f(xₙ)',
  'otherwise shrink: xᵢ ← x₀ + σ·(xᵢ − x₀), i ≥ 1',
  'p ← x₀ (the best vertex)',
];

const searchEntries = {
  'nelder-mead': searchEntry({ adaptive: false }, NELDER_MEAD),
  'gd-armijo': searchEntry({ lr: 1, c1: 1e-4, shrink: 0.5 }, [
    'd = −g',
    'α = lr·γᵏ for the first k = 0, 1, 2, … with f(p + α·d) ≤ f(p) + c₁·α·gᵀd',
    STEP,
  ]),
  'gd-wolfe': searchEntry({ lr: 1, c1: 1e-4, c2: 0.9 }, ['d = −g', ...WOLFE, STEP]),
  'cg-fr': searchEntry({ lr: 1, c1: 1e-4, c2: 0.1 }, [
    'β = gᵀg / g₋₁ᵀg₋₁',
    'd ← −g + β·d',
    RESTART,
    ...WOLFE,
    STEP,
  ]),
  'cg-pr': searchEntry({ lr: 1, c1: 1e-4, c2: 0.1 }, [
    'β = max(0, gᵀ(g − g₋₁) / g₋₁ᵀg₋₁)',
    'd ← −g + β·d',
    RESTART,
    ...WOLFE,
    STEP,
  ]),
  bfgs: searchEntry({ lr: 1, c1: 1e-4, c2: 0.9, scaled: false }, [
    PAIR,
    'H ← (I − ρ·s·yᵀ)·H·(I − ρ·y·sᵀ) + ρ·s·sᵀ, from H₀ = I (scaled: H₀ = (yᵀs/yᵀy)·I)',
    'd = −H·g',
    ...WOLFE,
    STEP,
  ]),
  lbfgs: searchEntry({ lr: 1, c1: 1e-4, c2: 0.9, memory: 10, scaled: false }, [
    'the last m pairs sᵢ = pᵢ − pᵢ₋₁, yᵢ = gᵢ − gᵢ₋₁, ρᵢ = 1/(yᵢᵀsᵢ)',
    'q ← g; newest to oldest: aᵢ = ρᵢ·sᵢᵀq, q ← q − aᵢ·yᵢ',
    'r ← γ·q, γ = 1 (scaled: sᵀy/yᵀy of the newest pair)',
    'oldest to newest: b = ρᵢ·yᵢᵀr, r ← r + (aᵢ − b)·sᵢ',
    'd = −r',
    ...WOLFE,
    STEP,
  ]),
};

export const conventions: Readonly<Record<OptimizerName, Readonly<Record<Convention, ConventionEntry>>>> = {
  sgd: {
    pytorch: {
      framework: 'torch.optim.SGD',
      defaults: { lr: 1e-3, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
      fixed: [],
      variant: coupled,
      equations: [
        L2,
        'b ← μ·b + (1 − τ)·g, and b ← g on the first step',
        'if nesterov: d = g + μ·b, else d = b   (μ = 0: d = g)',
        'p ← p − lr·d',
      ],
    },
    keras: {
      framework: 'keras.optimizers.SGD',
      defaults: { lr: 0.01, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
      fixed: ['dampening'],
      variant: { ...decoupled, lrInsideMomentum: true },
      equations: [
        SHRINK,
        'v ← μ·v − lr·g',
        'if nesterov: p ← p + μ·v − lr·g, else p ← p + v   (μ = 0: p ← p − lr·g)',
      ],
    },
  },
  sign: {
    pytorch: {
      framework: null,
      defaults: { lr: 0.01, weightDecay: 0 },
      fixed: [],
      variant: coupled,
      equations: [L2, 'p ← p − lr·sign(g), sign(0) = 0'],
    },
    keras: {
      framework: null,
      defaults: { lr: 0.01, weightDecay: 0 },
      fixed: [],
      variant: decoupled,
      equations: [SHRINK, 'p ← p − lr·sign(g), sign(0) = 0'],
    },
  },
  adagrad: {
    pytorch: {
      framework: 'torch.optim.Adagrad',
      defaults: { lr: 0.01, eps: 1e-10, initialAccumulator: 0, weightDecay: 0 },
      fixed: [],
      variant: { ...coupled, epsilon: 'outside-sqrt' },
      equations: [L2, 's ← s + g², starting at s₀', 'p ← p − lr·g/(√s + ε)'],
    },
    keras: {
      framework: 'keras.optimizers.Adagrad',
      defaults: { lr: 1e-3, eps: 1e-7, initialAccumulator: 0.1, weightDecay: 0 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'inside-sqrt' },
      equations: [SHRINK, 's ← s + g², starting at s₀', 'p ← p − lr·g/√(s + ε)'],
    },
  },
  rmsprop: {
    pytorch: {
      framework: 'torch.optim.RMSprop',
      defaults: { lr: 0.01, rho: 0.99, eps: 1e-8, centered: false, momentum: 0, weightDecay: 0 },
      fixed: [],
      variant: { ...coupled, epsilon: 'outside-sqrt' },
      equations: [
        L2,
        'v ← ρ·v + (1 − ρ)·g²',
        CENTER,
        'd = g/(√v′ + ε)',
        'if μ > 0: b ← μ·b + d and p ← p − lr·b, else p ← p − lr·d',
      ],
    },
    keras: {
      framework: 'keras.optimizers.RMSprop',
      defaults: { lr: 1e-3, rho: 0.9, eps: 1e-7, centered: false, momentum: 0, weightDecay: 0 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'inside-sqrt', lrInsideMomentum: true },
      equations: [
        SHRINK,
        'v ← ρ·v + (1 − ρ)·g²',
        CENTER,
        'd = lr·g/√(v′ + ε)',
        'if μ > 0: b ← μ·b + d and p ← p − b, else p ← p − d',
      ],
    },
  },
  adadelta: {
    pytorch: {
      framework: 'torch.optim.Adadelta',
      defaults: { lr: 1, rho: 0.9, eps: 1e-6, weightDecay: 0 },
      fixed: [],
      variant: { ...coupled, epsilon: 'inside-sqrt' },
      equations: [L2, ...DELTA],
    },
    keras: {
      framework: 'keras.optimizers.Adadelta',
      defaults: { lr: 1e-3, rho: 0.95, eps: 1e-7, weightDecay: 0 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'inside-sqrt' },
      equations: [SHRINK, ...DELTA],
    },
  },
  adam: {
    pytorch: {
      framework: 'torch.optim.Adam',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, amsgrad: false, weightDecay: 0 },
      fixed: [],
      variant: { ...coupled, epsilon: 'after-correction' },
      equations: [L2, M, V, AMS, 'm̂ = m/(1 − β₁ᵗ), v̂ = v̄/(1 − β₂ᵗ)', 'p ← p − lr·m̂/(√v̂ + ε)'],
    },
    keras: {
      framework: 'keras.optimizers.Adam',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-7, amsgrad: false, weightDecay: 0 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'before-correction' },
      equations: [SHRINK, M, V, AMS, 'αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)', 'p ← p − αₜ·m/(√v̄ + ε)'],
    },
  },
  adamw: {
    pytorch: {
      framework: 'torch.optim.AdamW',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, amsgrad: false, weightDecay: 0.01 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'after-correction' },
      equations: [SHRINK, M, V, AMS, 'm̂ = m/(1 − β₁ᵗ), v̂ = v̄/(1 − β₂ᵗ)', 'p ← p − lr·m̂/(√v̂ + ε)'],
    },
    keras: {
      framework: 'keras.optimizers.AdamW',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-7, amsgrad: false, weightDecay: 0.004 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'before-correction' },
      equations: [SHRINK, M, V, AMS, 'αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)', 'p ← p − αₜ·m/(√v̄ + ε)'],
    },
  },
  adamax: {
    pytorch: {
      framework: 'torch.optim.Adamax',
      defaults: { lr: 2e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 },
      fixed: [],
      variant: { ...coupled, epsilon: 'inside-max' },
      equations: [L2, M, 'u ← max(β₂·u, |g| + ε)', 'p ← p − lr·m/((1 − β₁ᵗ)·u)'],
    },
    keras: {
      framework: 'keras.optimizers.Adamax',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-7, weightDecay: 0 },
      fixed: [],
      variant: { ...decoupled, epsilon: 'outside-max' },
      equations: [SHRINK, M, 'u ← max(β₂·u, |g|)', 'p ← p − lr·m/((1 − β₁ᵗ)·(u + ε))'],
    },
  },
  nadam: {
    pytorch: {
      framework: 'torch.optim.NAdam',
      defaults: { lr: 2e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, momentumDecay: 0.004, weightDecay: 0 },
      fixed: [],
      variant: { ...coupled, epsilon: 'after-correction' },
      equations: [L2, 'μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·μ₂·…·μₜ', M, V, NADAM_STEP],
    },
    keras: {
      framework: 'keras.optimizers.Nadam',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-7, momentumDecay: 1, weightDecay: 0 },
      fixed: ['momentumDecay'],
      variant: { ...decoupled, epsilon: 'after-correction' },
      equations: [SHRINK, 'μₜ = β₁·(1 − ½·0.96ᵗ), Πₜ = μ₁·μ₂·…·μₜ', M, V, NADAM_STEP],
    },
  },
  lion: {
    pytorch: {
      framework: null,
      defaults: { lr: 1e-4, beta1: 0.9, beta2: 0.99, weightDecay: 0 },
      fixed: [],
      variant: decoupled,
      equations: LION,
    },
    keras: {
      framework: 'keras.optimizers.Lion',
      defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.99, weightDecay: 0 },
      fixed: [],
      variant: decoupled,
      equations: LION,
    },
  },
  newton: {
    pytorch: {
      framework: null,
      defaults: { lr: 1, damping: 0 },
      fixed: [],
      variant: { weightDecay: 'none', epsilon: 'none', lrInsideMomentum: false },
      equations: NEWTON,
    },
    keras: {
      framework: null,
      defaults: { lr: 1, damping: 0 },
      fixed: [],
      variant: { weightDecay: 'none', epsilon: 'none', lrInsideMomentum: false },
      equations: NEWTON,
    },
  },
  ...searchEntries,
};
