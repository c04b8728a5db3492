/**
 * The optimizer of a PyTorch export: `torch.optim.X` where torch has the optimizer with descenso's
 * formula in the entry's convention, otherwise a small `torch.optim.Optimizer` subclass whose
 * `step()` writes the update out, in the order of operations of src/optim (so float64 runs print
 * descenso's numbers), with a docstring that says why torch's own class would not do.
 *
 * Schedules: `torch.optim.lr_scheduler.LambdaLR` where base_lr·λ(k) is descenso's product
 * (step, exponential), otherwise the rate written out and set on the parameter group before each
 * step. Clipping: `clip_grad_value_` (the same clamp), and the norm written out, since
 * `clip_grad_norm_` divides by ‖g‖ + 10⁻⁶.
 */
import type { ScheduleSpec } from '../optim/schedules.js';
import type { OptimizerPlan } from './plan.js';
import { pyFloat } from './python.js';

/** A Python class written into the script once, however many runs use it. */
export interface PythonClass {
  name: string;
  lines: string[];
}

/** How one run builds and steps its optimizer. */
export interface TorchOptimizerPlan {
  /** `torch.optim.SGD(params, lr=0.03, momentum=0.9)` or `KerasAdam(params, …)`. */
  build: string;
  /** Comment lines above the build line: which class, and why when the update is written out. */
  comment: string[];
  /** The hand-written class it needs, if any. */
  cls?: PythonClass;
  /** Lines written once after the classes (NAdam's choice of class). */
  prelude?: string[];
  /** Newton needs f to take its Hessian: the build passes it. */
  needsFunction: boolean;
}

const num = (o: Record<string, number | boolean>, k: string) => o[k] as number;
const flag = (o: Record<string, number | boolean>, k: string) => (o[k] ? 'True' : 'False');

/** The learning rate at construction: a schedule's rate at step 0 is set before the first step anyway. */
function lrLiteral(lr: number | ScheduleSpec): string {
  return typeof lr === 'number' ? pyFloat(lr) : pyFloat(scheduleStart(lr));
}

function scheduleStart(s: ScheduleSpec): number {
  switch (s.kind) {
    case 'warmup':
      return s.startLr ?? 0;
    default:
      return s.lr;
  }
}

/** The optimizer of one entry for a PyTorch script. */
export function torchOptimizer(plan: OptimizerPlan): TorchOptimizerPlan {
  const { name, convention, options: o, lr } = plan;
  const wd = num(o, 'weightDecay') ?? 0;
  const lrArg = `lr=${lrLiteral(lr)}`;
  const builtin = (cls: string, args: string[], why?: string): TorchOptimizerPlan => ({
    build: `torch.optim.${cls}(params, ${[lrArg, ...args].join(', ')})`,
    comment: why ? [why] : [],
    needsFunction: false,
  });
  const hand = (cls: PythonClass, args: string[], why: string): TorchOptimizerPlan => ({
    build: `${cls.name}(params, ${[lrArg, ...args].join(', ')})`,
    comment: [why],
    cls,
    needsFunction: false,
  });
  const betas = `betas=(${pyFloat(num(o, 'beta1'))}, ${pyFloat(num(o, 'beta2'))})`;
  const eps = `eps=${pyFloat(num(o, 'eps'))}`;
  const wdArg = `weight_decay=${pyFloat(wd)}`;
  if (convention === 'pytorch') {
    switch (name) {
      case 'sgd':
        return builtin('SGD', [
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `dampening=${pyFloat(num(o, 'dampening'))}`,
          `nesterov=${flag(o, 'nesterov')}`,
          wdArg,
        ]);
      case 'adagrad':
        return builtin('Adagrad', [
          eps,
          `initial_accumulator_value=${pyFloat(num(o, 'initialAccumulator'))}`,
          wdArg,
        ]);
      case 'rmsprop':
        return builtin('RMSprop', [
          `alpha=${pyFloat(num(o, 'rho'))}`,
          eps,
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `centered=${flag(o, 'centered')}`,
          wdArg,
        ]);
      case 'adadelta':
        return builtin('Adadelta', [`rho=${pyFloat(num(o, 'rho'))}`, eps, wdArg]);
      case 'adam':
      case 'adamw':
        return builtin(name === 'adam' ? 'Adam' : 'AdamW', [
          betas,
          eps,
          `amsgrad=${flag(o, 'amsgrad')}`,
          wdArg,
        ]);
      case 'adamax':
        return builtin('Adamax', [betas, eps, wdArg]);
      case 'nadam':
        return nadamPlan(lrArg, [betas, eps, `momentum_decay=${pyFloat(num(o, 'momentumDecay'))}`, wdArg]);
      case 'sign':
        return hand(
          SIGN,
          [wdArg, 'decoupled=False'],
          '# torch.optim has no sign descent: its update is written out (SignDescent, above).',
        );
      case 'lion':
        return hand(
          LION,
          [betas, wdArg],
          '# torch.optim has no Lion (before PyTorch 2.x it had none at all): written out (Lion, above).',
        );
      case 'newton':
        return newtonPlan(o, lrArg);
    }
  }
  // The Keras convention: torch's class only where Keras's formula is torch's.
  switch (name) {
    case 'sgd':
      if (num(o, 'momentum') === 0 && wd === 0)
        return builtin(
          'SGD',
          [],
          "# Keras's SGD without momentum is torch's: p ← p − lr·g (Keras's default lr, 0.01).",
        );
      return hand(
        KERAS_SGD,
        [`momentum=${pyFloat(num(o, 'momentum'))}`, `nesterov=${flag(o, 'nesterov')}`, wdArg],
        "# Keras's SGD keeps the velocity v ← μ·v − lr·g (lr inside the momentum) and decays weights\n" +
          "# decoupled; torch's SGD multiplies by lr after its buffer: written out (KerasSGD, above).",
      );
    case 'sign':
      return hand(
        SIGN,
        [wdArg, 'decoupled=True'],
        '# torch.optim has no sign descent: its update is written out (SignDescent, above).',
      );
    case 'adagrad':
      return hand(
        KERAS_ADAGRAD,
        [eps, `initial_accumulator=${pyFloat(num(o, 'initialAccumulator'))}`, wdArg],
        "# Keras's Adagrad puts ε inside the square root, g/√(s + ε); torch's adds it outside,\n" +
          '# g/(√s + ε): written out (KerasAdagrad, above).',
      );
    case 'rmsprop':
      return hand(
        KERAS_RMSPROP,
        [
          `rho=${pyFloat(num(o, 'rho'))}`,
          eps,
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `centered=${flag(o, 'centered')}`,
          wdArg,
        ],
        "# Keras's RMSprop puts ε inside the square root and lr inside the momentum; torch's does\n" +
          '# neither: written out (KerasRMSprop, above).',
      );
    case 'adadelta':
      if (wd === 0)
        return builtin(
          'Adadelta',
          [`rho=${pyFloat(num(o, 'rho'))}`, eps],
          "# Keras's Adadelta is torch's formula (Keras's defaults: lr 0.001, ρ 0.95, ε 1e-7).",
        );
      return hand(
        KERAS_ADADELTA,
        [`rho=${pyFloat(num(o, 'rho'))}`, eps, wdArg],
        "# Keras decays weights decoupled (p ← p − lr·λ·p); torch's Adadelta adds λ·p to the\n" +
          '# gradient: written out (KerasAdadelta, above).',
      );
    case 'adam':
    case 'adamw':
      return hand(
        KERAS_ADAM,
        [betas, eps, `amsgrad=${flag(o, 'amsgrad')}`, wdArg],
        "# Keras's Adam adds ε before the bias correction, αₜ·m/(√v + ε); torch's after it,\n" +
          '# m̂/(√v̂ + ε): written out (KerasAdam, above).',
      );
    case 'adamax':
      return hand(
        KERAS_ADAMAX,
        [betas, eps, wdArg],
        "# Keras's Adamax adds ε outside the max, m/((1 − β₁ᵗ)·(u + ε)); torch's inside it,\n" +
          '# max(β₂·u, |g| + ε): written out (KerasAdamax, above).',
      );
    case 'nadam':
      if (wd === 0) {
        const plan = nadamPlan(lrArg, [betas, eps, 'momentum_decay=1.0']);
        return {
          ...plan,
          comment: [
            "# Keras's Nadam is torch's NAdam with momentum_decay 1: μₜ = β₁·(1 − ½·0.96ᵗ).",
            ...plan.comment,
          ],
        };
      }
      return hand(
        NADAM,
        [betas, eps, 'momentum_decay=1.0', wdArg, 'decoupled=True'],
        "# Keras decays weights decoupled (p ← p − lr·λ·p); torch's NAdam adds λ·p to the\n" +
          '# gradient: written out (Nadam, above).',
      );
    case 'lion':
      return hand(
        LION,
        [betas, wdArg],
        '# torch.optim has no Lion (before PyTorch 2.x it had none at all): written out (Lion, above).',
      );
    case 'newton':
      return newtonPlan(o, lrArg);
  }
}

/**
 * torch.optim.NAdam before PyTorch 2.0 multiplied μₜ into Πₜ·μₜ₊₁ twice (fixed in 2.0); the script
 * picks torch's class from 2.0 on and the written-out Nadam before (Debian 12 ships 1.13).
 */
function nadamPlan(lrArg: string, args: string[]): TorchOptimizerPlan {
  return {
    build: `NAdam(params, ${[lrArg, ...args].join(', ')})`,
    comment: ['# NAdam: torch.optim.NAdam from PyTorch 2.0 on, else the written-out Nadam (see above).'],
    cls: NADAM,
    prelude: NADAM_CHOICE,
    needsFunction: false,
  };
}

/** The choice of NAdam's class, written once after the classes. */
export const NADAM_CHOICE = [
  '# torch.optim.NAdam before PyTorch 2.0 multiplied μₜ twice into Πₜ·μₜ₊₁ (fixed in 2.0): with an',
  '# older torch the update is the written-out Nadam above.',
  "NAdam = torch.optim.NAdam if int(torch.__version__.split('.')[0]) >= 2 else Nadam",
];

function newtonPlan(o: Record<string, number | boolean>, lrArg: string): TorchOptimizerPlan {
  return {
    build: `Newton(params, ${lrArg}, damping=${pyFloat(num(o, 'damping'))}, f=f_of)`,
    comment: [
      "# torch.optim has no Newton's method: the step solves (H + δ·I)·d = g with the Hessian of",
      '# torch.autograd.functional.hessian (Newton, above).',
    ],
    cls: NEWTON,
    needsFunction: true,
  };
}

// ---- the hand-written optimizers ------------------------------------------------------------
// Each mirrors src/optim/transforms.ts operation by operation: the update u is built as descenso
// builds it (−lr times the direction, then −lr·λ·p for decoupled decay) and added once, p ← p + u.

/** The tail every hand-written step shares: decoupled decay on the old p, then p ← p + u. */
const APPLY = [
  '                if decoupled and wd != 0:',
  '                    u = u + (-lr * wd) * p',
  '                p.add_(u)',
];

function optimizerClass(name: string, doc: string[], defaults: string, body: string[]): PythonClass {
  return {
    name,
    lines: [
      `class ${name}(torch.optim.Optimizer):`,
      ...doc.map((l, i) => (i === 0 ? `    """${l}` : l === '' ? '' : `    ${l}`)),
      '    """',
      '',
      `    def __init__(self, params, ${defaults}):`,
      `        super().__init__(params, dict(${defaultsDict(defaults)}))`,
      '',
      '    @torch.no_grad()',
      '    def step(self):',
      '        for group in self.param_groups:',
      '            lr, wd = group["lr"], group["weight_decay"]',
      ...body,
    ],
  };
}

/** `a, b=1.0, c=False` → `a=a, b=b, c=c`. */
function defaultsDict(signature: string): string {
  // Split at the commas outside brackets: `betas=(0.9, 0.999)` is one parameter.
  return signature
    .split(/,(?![^(]*\))/)
    .map((p) => p.split('=')[0].trim())
    .map((k) => `${k}=${k}`)
    .join(', ');
}

const SIGN = optimizerClass(
  'SignDescent',
  [
    'Sign descent: p ← p − lr·sign(g), sign(0) = 0.',
    '',
    'Weight decay λ is coupled (g ← g + λ·p first, PyTorch) or decoupled (p ← p − lr·λ·p, Keras).',
  ],
  'lr, weight_decay=0.0, decoupled=False',
  [
    '            decoupled = group["decoupled"]',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                if not decoupled and wd != 0:',
    '                    g = g + wd * p',
    '                u = -lr * torch.sign(g)',
    ...APPLY,
  ],
);

const LION = optimizerClass(
  'Lion',
  [
    'Lion (Chen et al., 2023): p ← p − lr·sign(β₁·m + (1 − β₁)·g), then m ← β₂·m + (1 − β₂)·g.',
    '',
    'Weight decay is decoupled: p ← p − lr·λ·p.',
  ],
  'lr, betas=(0.9, 0.99), weight_decay=0.0',
  [
    '            beta1, beta2 = group["betas"]',
    '            decoupled = True',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                state = self.state[p]',
    '                m = state.get("m", torch.zeros_like(p))',
    '                u = -lr * torch.sign(beta1 * m + (1 - beta1) * g)',
    '                state["m"] = beta2 * m + (1 - beta2) * g',
    ...APPLY,
  ],
);

const KERAS_SGD = optimizerClass(
  'KerasSGD',
  [
    "Keras's SGD: v ← μ·v − lr·g, then p ← p + v (Nesterov: p ← p + μ·v − lr·g).",
    '',
    'Weight decay is decoupled: p ← p − lr·λ·p.',
  ],
  'lr, momentum=0.0, nesterov=False, weight_decay=0.0',
  [
    '            mu, decoupled = group["momentum"], True',
    '            for p in group["params"]:',
    '                step = -lr * p.grad',
    '                state = self.state[p]',
    '                if mu > 0:',
    '                    v = mu * state["v"] + step if "v" in state else step.clone()',
    '                    state["v"] = v',
    '                    step = step + mu * v if group["nesterov"] else v',
    '                u = step',
    ...APPLY,
  ],
);

const KERAS_ADAGRAD = optimizerClass(
  'KerasAdagrad',
  [
    "Keras's Adagrad: s ← s + g² (s starting at s₀), p ← p − lr·g/√(s + ε).",
    '',
    'Weight decay is decoupled: p ← p − lr·λ·p.',
  ],
  'lr, eps=1e-07, initial_accumulator=0.1, weight_decay=0.0',
  [
    '            decoupled = True',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                state = self.state[p]',
    '                s = state.get("s", torch.full_like(p, group["initial_accumulator"]))',
    '                s = s + g * g',
    '                state["s"] = s',
    '                u = -lr * (g / torch.sqrt(s + group["eps"]))',
    ...APPLY,
  ],
);

const KERAS_RMSPROP = optimizerClass(
  'KerasRMSprop',
  [
    "Keras's RMSprop: v ← ρ·v + (1 − ρ)·g², d = lr·g/√(v′ + ε) (centered: v′ = v − ḡ²),",
    'then with momentum b ← μ·b + d and p ← p − b, else p ← p − d.',
    '',
    'Weight decay is decoupled: p ← p − lr·λ·p.',
  ],
  'lr, rho=0.9, eps=1e-07, momentum=0.0, centered=False, weight_decay=0.0',
  [
    '            rho, eps, mu, decoupled = group["rho"], group["eps"], group["momentum"], True',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                state = self.state[p]',
    '                sq = rho * state.get("sq", torch.zeros_like(p)) + (1 - rho) * (g * g)',
    '                state["sq"] = sq',
    '                if group["centered"]:',
    '                    avg = rho * state.get("avg", torch.zeros_like(p)) + (1 - rho) * g',
    '                    state["avg"] = avg',
    '                    sq = torch.clamp(sq - avg * avg, min=0.0)',
    '                step = -lr * (g / torch.sqrt(sq + eps))',
    '                if mu > 0:',
    '                    b = mu * state["b"] + step if "b" in state else step.clone()',
    '                    state["b"] = b',
    '                    step = b',
    '                u = step',
    ...APPLY,
  ],
);

const KERAS_ADADELTA = optimizerClass(
  'KerasAdadelta',
  [
    'Adadelta: v ← ρ·v + (1 − ρ)·g², d = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·d², p ← p − lr·d.',
    '',
    "Keras's weight decay is decoupled: p ← p − lr·λ·p.",
  ],
  'lr, rho=0.95, eps=1e-07, weight_decay=0.0',
  [
    '            rho, eps, decoupled = group["rho"], group["eps"], True',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                state = self.state[p]',
    '                sq = rho * state.get("sq", torch.zeros_like(p)) + (1 - rho) * (g * g)',
    '                delta = state.get("delta", torch.zeros_like(p))',
    '                d = (torch.sqrt(delta + eps) / torch.sqrt(sq + eps)) * g',
    '                state["sq"], state["delta"] = sq, rho * delta + (1 - rho) * (d * d)',
    '                u = -lr * d',
    ...APPLY,
  ],
);

const KERAS_ADAM = optimizerClass(
  'KerasAdam',
  [
    "Keras's Adam: m and v as Adam's, αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ), p ← p − αₜ·m/(√v + ε):",
    'ε is added before the bias correction (AMSGrad: v replaced by its running maximum).',
    '',
    'Weight decay is decoupled: p ← p − lr·λ·p (AdamW).',
  ],
  'lr, betas=(0.9, 0.999), eps=1e-07, amsgrad=False, weight_decay=0.0',
  [
    '            beta1, beta2 = group["betas"]',
    '            decoupled = True',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                state = self.state[p]',
    '                t = state["t"] = state.get("t", 0) + 1',
    '                m = state["m"] = beta1 * state.get("m", torch.zeros_like(p)) + (1 - beta1) * g',
    '                v = state["v"] = beta2 * state.get("v", torch.zeros_like(p)) + (1 - beta2) * (g * g)',
    '                if group["amsgrad"]:',
    '                    v = state["vmax"] = torch.maximum(state.get("vmax", torch.zeros_like(p)), v)',
    '                k = math.sqrt(1 - beta2**t) / (1 - beta1**t)',
    '                u = -lr * ((m * k) / (torch.sqrt(v) + group["eps"]))',
    ...APPLY,
  ],
);

const KERAS_ADAMAX = optimizerClass(
  'KerasAdamax',
  [
    "Keras's Adamax: m as Adam's, u ← max(β₂·u, |g|), p ← p − lr·m/((1 − β₁ᵗ)·(u + ε)).",
    '',
    'Weight decay is decoupled: p ← p − lr·λ·p.',
  ],
  'lr, betas=(0.9, 0.999), eps=1e-07, weight_decay=0.0',
  [
    '            beta1, beta2 = group["betas"]',
    '            decoupled = True',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                state = self.state[p]',
    '                t = state["t"] = state.get("t", 0) + 1',
    '                m = state["m"] = beta1 * state.get("m", torch.zeros_like(p)) + (1 - beta1) * g',
    '                inf = state["u"] = torch.maximum(beta2 * state.get("u", torch.zeros_like(p)), torch.abs(g))',
    '                u = -lr * (m / ((1 - beta1**t) * (inf + group["eps"])))',
    ...APPLY,
  ],
);

const NADAM = optimizerClass(
  'Nadam',
  [
    'Nadam (Dozat): μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·…·μₜ,',
    'p ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).',
    '',
    'Weight decay λ is coupled (g ← g + λ·p first, PyTorch) or decoupled (p ← p − lr·λ·p, Keras).',
  ],
  'lr, betas=(0.9, 0.999), eps=1e-08, momentum_decay=0.004, weight_decay=0.0, decoupled=False',
  [
    '            beta1, beta2 = group["betas"]',
    '            psi, decoupled = group["momentum_decay"], group["decoupled"]',
    '            for p in group["params"]:',
    '                g = p.grad',
    '                if not decoupled and wd != 0:',
    '                    g = g + wd * p',
    '                state = self.state[p]',
    '                t = state["t"] = state.get("t", 0) + 1',
    '                mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi))',
    '                mu_next = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))',
    '                product = state["product"] = state.get("product", 1.0) * mu',
    '                m = state["m"] = beta1 * state.get("m", torch.zeros_like(p)) + (1 - beta1) * g',
    '                v = state["v"] = beta2 * state.get("v", torch.zeros_like(p)) + (1 - beta2) * (g * g)',
    '                den = torch.sqrt(v / (1 - beta2**t)) + group["eps"]',
    '                cg, cm = (1 - mu) / (1 - product), mu_next / (1 - product * mu_next)',
    '                u = -lr * ((cg * g + cm * m) / den)',
    ...APPLY,
  ],
);

const NEWTON: PythonClass = {
  name: 'Newton',
  lines: [
    'class Newton(torch.optim.Optimizer):',
    '    """Newton\'s method: p ← p − lr·(H + δ·I)⁻¹·g, H the Hessian of f at p.',
    '',
    '    When H + δ·I is not positive definite (a Cholesky pivot at most 1e-12 times the largest',
    '    diagonal entry), the eigenvalues μᵢ of H are replaced by max(|μᵢ|, η) + δ, with',
    '    η = 1e-6·max(1, maxᵢ|μᵢ|), so the step still goes downhill.',
    '    """',
    '',
    '    def __init__(self, params, lr=1.0, damping=0.0, f=None):',
    '        super().__init__(params, dict(lr=lr, damping=damping))',
    '        self.f = f',
    '',
    '    @torch.no_grad()',
    '    def step(self):',
    '        for group in self.param_groups:',
    '            for p in group["params"]:',
    '                with torch.enable_grad():',
    '                    H = torch.autograd.functional.hessian(self.f, p.detach())',
    '                d = newton_direction(H.tolist(), p.grad.tolist(), group["damping"])',
    '                p.add_(-group["lr"] * torch.tensor(d, dtype=p.dtype))',
    '',
    '',
    'def newton_direction(H, g, damping):',
    '    """(H + δ·I)⁻¹·g by Cholesky, or along the eigenvectors of H when it is not positive definite."""',
    '    n = len(g)',
    '    sym = [[0.5 * (H[i][j] + H[j][i]) for j in range(n)] for i in range(n)]',
    '    a = [[sym[i][j] + (damping if i == j else 0.0) for j in range(n)] for i in range(n)]',
    '    tol = 1e-12 * max(abs(a[i][i]) for i in range(n))',
    '    L = [[0.0] * n for _ in range(n)]',
    '    for j in range(n):',
    '        d = a[j][j]',
    '        for k in range(j):',
    '            d -= L[j][k] * L[j][k]',
    '        if not d > tol:',
    '            break',
    '        L[j][j] = math.sqrt(d)',
    '        for i in range(j + 1, n):',
    '            s = a[i][j]',
    '            for k in range(j):',
    '                s -= L[i][k] * L[j][k]',
    '            L[i][j] = s / L[j][j]',
    '    else:',
    '        y = [0.0] * n',
    '        for i in range(n):',
    '            s = g[i]',
    '            for k in range(i):',
    '                s -= L[i][k] * y[k]',
    '            y[i] = s / L[i][i]',
    '        x = [0.0] * n',
    '        for i in reversed(range(n)):',
    '            s = y[i]',
    '            for k in range(i + 1, n):',
    '                s -= L[k][i] * x[k]',
    '            x[i] = s / L[i][i]',
    '        return x',
    '    values, vectors = torch.linalg.eigh(torch.tensor(sym, dtype=torch.float64))',
    '    values, vectors = values.tolist(), vectors.tolist()',
    '    floor = 1e-6 * max(1.0, max(abs(mu) for mu in values))',
    '    direction = [0.0] * n',
    '    for k in range(n):',
    '        along = sum(vectors[i][k] * g[i] for i in range(n))',
    '        coef = along / (max(abs(values[k]), floor) + damping)',
    '        for i in range(n):',
    '            direction[i] += coef * vectors[i][k]',
    '    return direction',
  ],
};

/**
 * The learning rate of a schedule as torch code: a LambdaLR factor where base_lr·λ(k) is
 * descenso's own product, otherwise a Python function of the 0-based step whose value the
 * training loop sets on the parameter group before each step.
 */
export function torchSchedule(
  lr: number | ScheduleSpec,
):
  | { kind: 'none' }
  | { kind: 'lambda'; factor: string; comment: string }
  | { kind: 'function'; body: string; comment: string } {
  if (typeof lr === 'number') return { kind: 'none' };
  switch (lr.kind) {
    case 'constant':
      return { kind: 'none' };
    case 'step':
      return {
        kind: 'lambda',
        factor: `lambda k: ${pyFloat(lr.gamma ?? 0.1)} ** math.floor(k / ${pyFloat(lr.stepSize)})`,
        comment:
          '# lr·γ^⌊k/s⌋ as one product: StepLR would multiply by γ one step at a time (lr·γ·γ…),\n' +
          '# which rounds differently.',
      };
    case 'exponential':
      return {
        kind: 'lambda',
        factor: `lambda k: ${pyFloat(lr.gamma)} ** k`,
        comment:
          '# lr·γᵏ as one product: ExponentialLR would multiply by γ at every step, which rounds differently.',
      };
    default:
      return {
        kind: 'function',
        body: scheduleExpression(lr, 'k'),
        comment: `# ${scheduleWhy(lr)}: the rate is written out and set before each step.`,
      };
  }
}

function scheduleWhy(s: ScheduleSpec): string {
  switch (s.kind) {
    case 'cosine':
      return 'CosineAnnealingLR computes its cosine step by step and rises again after T';
    case 'inverseTime':
      return 'torch.optim.lr_scheduler has no inverse-time decay';
    case 'warmup':
      return 'torch.optim.lr_scheduler has no warm-up into a schedule restarted at 0 (LinearLR differs)';
    default:
      return 'torch.optim.lr_scheduler has no such schedule';
  }
}

/** A schedule as a Python expression of the 0-based step `k` (plain floats, descenso's formulas). */
export function scheduleExpression(s: ScheduleSpec | number, k: string): string {
  if (typeof s === 'number') return pyFloat(s);
  switch (s.kind) {
    case 'constant':
      return pyFloat(s.lr);
    case 'step':
      return `${pyFloat(s.lr)} * ${pyFloat(s.gamma ?? 0.1)} ** math.floor(${k} / ${pyFloat(s.stepSize)})`;
    case 'exponential':
      return `${pyFloat(s.lr)} * ${pyFloat(s.gamma)} ** ${k}`;
    case 'inverseTime': {
      const steps = pyFloat(s.decaySteps ?? 1);
      const ratio = s.staircase ? `math.floor(${k} / ${steps})` : `${k} / ${steps}`;
      return `${pyFloat(s.lr)} / (1 + ${pyFloat(s.decayRate)} * ${ratio})`;
    }
    case 'cosine': {
      const min = pyFloat(s.minLr ?? 0);
      const T = pyFloat(s.T);
      return `${min} + (${pyFloat(s.lr)} - ${min}) * (1 + math.cos(math.pi * min(max(${k}, 0), ${T}) / ${T})) / 2`;
    }
    case 'warmup': {
      const start = pyFloat(s.startLr ?? 0);
      const steps = String(s.steps);
      const peak = scheduleExpression(s.base, '0');
      const after = scheduleExpression(s.base, `(${k} - ${steps})`);
      return `(${start} + ((${peak}) - ${start}) * ${k} / ${steps} if ${k} < ${steps} else ${after})`;
    }
  }
}
