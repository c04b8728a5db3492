/**
 * The optimizers a PyTorch script writes out as `torch.optim.Optimizer` subclasses, where torch
 * has no class with descenso's formula in the convention (pytorch-optim.ts says which and why).
 * Each mirrors src/optim/transforms.ts operation by operation, so float64 runs print descenso's
 * numbers: the update u is −lr times the direction, plus −lr·λ·p for decoupled decay, added once.
 */
import type { PythonClass } from './pytorch-optim.js';

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

export const SIGN = optimizerClass(
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

export const LION = optimizerClass(
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

export const KERAS_SGD = optimizerClass(
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

export const KERAS_ADAGRAD = optimizerClass(
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

export const KERAS_RMSPROP = optimizerClass(
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

export const KERAS_ADADELTA = optimizerClass(
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

export const KERAS_ADAM = optimizerClass(
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

export const KERAS_ADAMAX = optimizerClass(
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

export const NADAM = optimizerClass(
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

export const NEWTON: PythonClass = {
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
    ...newtonDirectionLines([
      '    values, vectors = torch.linalg.eigh(torch.tensor(sym, dtype=torch.float64))',
      '    values, vectors = values.tolist(), vectors.tolist()',
    ]),
  ],
};

/**
 * Newton's direction in plain Python lists, as src/optim/newton.ts computes it: Cholesky when
 * H + δ·I is positive definite, else along the eigenvectors with |μ| floored. `eigh` is the
 * framework's two lines that set `values, vectors` (as lists) from the symmetric `sym`.
 */
export function newtonDirectionLines(eigh: readonly [string, string]): string[] {
  return [
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
    ...eigh,
    '    floor = 1e-6 * max(1.0, max(abs(mu) for mu in values))',
    '    direction = [0.0] * n',
    '    for k in range(n):',
    '        along = sum(vectors[i][k] * g[i] for i in range(n))',
    '        coef = along / (max(abs(values[k]), floor) + damping)',
    '        for i in range(n):',
    '            direction[i] += coef * vectors[i][k]',
    '    return direction',
  ];
}
