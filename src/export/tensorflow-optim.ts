/**
 * The optimizer of a TensorFlow export: `keras.optimizers.X` where Keras has the optimizer with
 * descenso's formula in the entry's convention (every Keras-convention optimizer but sign descent
 * and Newton's method; in the PyTorch convention, plain SGD, Adadelta without decay and Lion),
 * otherwise a small class with Keras's `learning_rate` and `apply_gradients` whose update is
 * written out in src/optim's order of operations, its docstring saying why Keras's would not do.
 *
 * Schedules are written out as a function of the step, set as the optimizer's learning_rate before
 * each update: Keras's schedule objects compute in their own dtype (float32 unless floatx is
 * changed) and some in another order, which would change the last digits of a float64 run.
 */
import type { OptimizerPlan } from './plan.js';
import { pyFloat } from './python.js';
import { newtonDirectionLines } from './pytorch-classes.js';
import type { PythonClass } from './pytorch-optim.js';

export interface KerasOptimizerPlan {
  /** `keras.optimizers.SGD(learning_rate=0.03)` or `TorchAdam(learning_rate=…)`: built by a lambda. */
  build: string;
  comment: string[];
  cls?: PythonClass;
}

const num = (o: Record<string, number | boolean>, k: string) => o[k] as number;
const flag = (o: Record<string, number | boolean>, k: string) => (o[k] ? 'True' : 'False');

/** The rate given at construction (a schedule's rate is set before every update anyway). */
function lrLiteral(plan: OptimizerPlan): string {
  const lr = plan.lr;
  if (typeof lr === 'number') return pyFloat(lr);
  return pyFloat(lr.kind === 'warmup' ? (lr.startLr ?? 0) : lr.lr);
}

/** The optimizer of one entry for a TensorFlow script. */
export function kerasOptimizer(plan: OptimizerPlan): KerasOptimizerPlan {
  const { name, convention, options: o } = plan;
  const wd = num(o, 'weightDecay') ?? 0;
  const lr = `learning_rate=${lrLiteral(plan)}`;
  const wdArg = wd !== 0 ? [`weight_decay=${pyFloat(wd)}`] : [];
  const keras = (cls: string, args: string[], why?: string): KerasOptimizerPlan => ({
    build: `keras.optimizers.${cls}(${[lr, ...args, ...wdArg].join(', ')})`,
    comment: why ? [why] : [],
  });
  const hand = (cls: PythonClass, args: string[], why: string): KerasOptimizerPlan => ({
    build: `${cls.name}(${[lr, ...args, `weight_decay=${pyFloat(wd)}`].join(', ')})`,
    comment: [why],
    cls,
  });
  const betas = [`beta_1=${pyFloat(num(o, 'beta1'))}`, `beta_2=${pyFloat(num(o, 'beta2'))}`];
  const eps = `epsilon=${pyFloat(num(o, 'eps'))}`;
  if (name === 'sign')
    return hand(
      SIGN,
      [`decoupled=${convention === 'keras' ? 'True' : 'False'}`],
      '# keras.optimizers has no sign descent: written out (SignDescent, above).',
    );
  if (name === 'newton')
    return {
      build: `Newton(${lr}, damping=${pyFloat(num(o, 'damping'))}, f=f_of)`,
      comment: ["# keras.optimizers has no Newton's method: written out (Newton, above)."],
      cls: NEWTON,
    };
  if (name === 'lion')
    return keras(
      'Lion',
      betas,
      convention === 'pytorch'
        ? "# Lion's formula is one in both conventions (PyTorch's lr default, 1e-4)."
        : undefined,
    );
  if (convention === 'keras') {
    switch (name) {
      case 'sgd':
        return keras('SGD', [`momentum=${pyFloat(num(o, 'momentum'))}`, `nesterov=${flag(o, 'nesterov')}`]);
      case 'adagrad':
        return keras('Adagrad', [`initial_accumulator_value=${pyFloat(num(o, 'initialAccumulator'))}`, eps]);
      case 'rmsprop':
        return keras('RMSprop', [
          `rho=${pyFloat(num(o, 'rho'))}`,
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          eps,
          `centered=${flag(o, 'centered')}`,
        ]);
      case 'adadelta':
        return keras('Adadelta', [`rho=${pyFloat(num(o, 'rho'))}`, eps]);
      case 'adam':
        return keras('Adam', [...betas, eps, `amsgrad=${flag(o, 'amsgrad')}`]);
      case 'adamw':
        return {
          ...keras('AdamW', [...betas, eps, `amsgrad=${flag(o, 'amsgrad')}`]),
          // AdamW's weight_decay is never left out: Keras's default is 0.004, not 0.
          build: `keras.optimizers.AdamW(${[lr, ...betas, eps, `amsgrad=${flag(o, 'amsgrad')}`, `weight_decay=${pyFloat(wd)}`].join(', ')})`,
        };
      case 'adamax':
        return keras('Adamax', [...betas, eps]);
      case 'nadam':
        return keras('Nadam', [...betas, eps]);
    }
  }
  // The PyTorch convention.
  switch (name) {
    case 'sgd':
      if (num(o, 'momentum') === 0 && wd === 0)
        return keras('SGD', [], "# PyTorch's SGD without momentum is Keras's: p ← p − lr·g.");
      return hand(
        TORCH_SGD,
        [
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `dampening=${pyFloat(num(o, 'dampening'))}`,
          `nesterov=${flag(o, 'nesterov')}`,
        ],
        "# PyTorch's SGD multiplies by lr after its buffer b ← μ·b + (1 − τ)·g and adds λ·p to the\n" +
          "# gradient; Keras's keeps v ← μ·v − lr·g and decays decoupled: written out (TorchSGD, above).",
      );
    case 'adagrad':
      return hand(
        TORCH_ADAGRAD,
        [eps, `initial_accumulator=${pyFloat(num(o, 'initialAccumulator'))}`],
        "# PyTorch's Adagrad adds ε outside the square root, g/(√s + ε); Keras's inside it:\n" +
          '# written out (TorchAdagrad, above).',
      );
    case 'rmsprop':
      return hand(
        TORCH_RMSPROP,
        [
          `rho=${pyFloat(num(o, 'rho'))}`,
          eps,
          `momentum=${pyFloat(num(o, 'momentum'))}`,
          `centered=${flag(o, 'centered')}`,
        ],
        "# PyTorch's RMSprop adds ε outside the square root and lr after the momentum; Keras's\n" +
          '# does neither: written out (TorchRMSprop, above).',
      );
    case 'adadelta':
      if (wd === 0)
        return keras('Adadelta', [`rho=${pyFloat(num(o, 'rho'))}`, eps], "# Adadelta's formula is Keras's.");
      return hand(
        TORCH_ADADELTA,
        [`rho=${pyFloat(num(o, 'rho'))}`, eps],
        '# PyTorch adds λ·p to the gradient (Keras decays decoupled): written out (TorchAdadelta, above).',
      );
    case 'adam':
    case 'adamw':
      return hand(
        TORCH_ADAM,
        [...betas, eps, `amsgrad=${flag(o, 'amsgrad')}`, `decoupled=${name === 'adamw' ? 'True' : 'False'}`],
        "# PyTorch's Adam adds ε after the bias correction, m̂/(√v̂ + ε); Keras's before it:\n" +
          '# written out (TorchAdam, above).',
      );
    case 'adamax':
      return hand(
        TORCH_ADAMAX,
        [...betas, eps],
        "# PyTorch's Adamax adds ε inside the max, max(β₂·u, |g| + ε); Keras's outside it:\n" +
          '# written out (TorchAdamax, above).',
      );
    default:
      return hand(
        NADAM,
        [...betas, eps, `momentum_decay=${pyFloat(num(o, 'momentumDecay'))}`],
        "# PyTorch's NAdam has the momentum decay ψ (0.96^(t·ψ)); Keras's is fixed at ψ = 1:\n" +
          '# written out (Nadam, above).',
      );
  }
}

/** The base of the written-out optimizers: Keras's surface, one update p ← p + u per variable. */
export const WRITTEN_OUT_BASE: PythonClass = {
  name: 'WrittenOut',
  lines: [
    'class WrittenOut:',
    '    """What a written-out optimizer shares with a Keras one: learning_rate and apply_gradients.',
    '',
    '    apply_gradients builds the update as descenso does: u = −lr·direction(g), where weight decay',
    '    λ is coupled (g ← g + λ·p first, PyTorch) or decoupled (u ← u − lr·λ·p, Keras, AdamW), then',
    '    p ← p + u. Subclasses write `direction`, keeping their state per variable in `s`.',
    '    """',
    '',
    '    def __init__(self, learning_rate, weight_decay=0.0, decoupled=False, **hyper):',
    '        self.learning_rate, self.weight_decay, self.decoupled = learning_rate, weight_decay, decoupled',
    '        self.hyper, self.state = hyper, {}',
    '',
    '    def apply_gradients(self, grads_and_vars):',
    '        lr, wd = float(self.learning_rate), self.weight_decay',
    '        for g, p in grads_and_vars:',
    '            if not self.decoupled and wd != 0:',
    '                g = g + wd * p',
    '            u = -lr * self.direction(g, self.state.setdefault(p.ref(), {}), **self.hyper)',
    '            if self.decoupled and wd != 0:',
    '                u = u + (-lr * wd) * p',
    '            p.assign_add(u)',
  ],
};

function written(
  name: string,
  doc: string,
  signature: string,
  body: string[],
  decoupled = 'decoupled=False',
): PythonClass {
  const params = signature.split(', ').map((p) => p.split('=')[0]);
  return {
    name,
    lines: [
      `class ${name}(WrittenOut):`,
      `    """${doc}"""`,
      '',
      `    def __init__(self, learning_rate, ${signature}, weight_decay=0.0, ${decoupled}):`,
      `        super().__init__(learning_rate, weight_decay, decoupled, ${params.map((p) => `${p}=${p}`).join(', ')})`,
      '',
      `    def direction(self, g, s, ${params.join(', ')}):`,
      ...body.map((l) => `        ${l}`),
    ],
  };
}

const SIGN: PythonClass = {
  name: 'SignDescent',
  lines: [
    'class SignDescent(WrittenOut):',
    '    """Sign descent: p ← p − lr·sign(g), sign(0) = 0."""',
    '',
    '    def direction(self, g, s):',
    '        return tf.sign(g)',
  ],
};

const TORCH_SGD = written(
  'TorchSGD',
  "PyTorch's SGD: b ← μ·b + (1 − τ)·g (b = g on the first step), d = g + μ·b (Nesterov) or b, p ← p − lr·d.",
  'momentum=0.0, dampening=0.0, nesterov=False',
  [
    'if momentum == 0:',
    '    return g',
    'if "b" in s:',
    '    s["b"] = momentum * s["b"] + (g if dampening == 0 else (1 - dampening) * g)',
    'else:',
    '    s["b"] = g',
    'return g + momentum * s["b"] if nesterov else s["b"]',
  ],
);

const TORCH_ADAGRAD = written(
  'TorchAdagrad',
  "PyTorch's Adagrad: s ← s + g² (from s₀), p ← p − lr·g/(√s + ε).",
  'epsilon=1e-10, initial_accumulator=0.0',
  [
    's["s"] = s.get("s", tf.fill(tf.shape(g), tf.constant(initial_accumulator, g.dtype))) + g * g',
    'return g / (tf.sqrt(s["s"]) + epsilon)',
  ],
);

const TORCH_RMSPROP = written(
  'TorchRMSprop',
  "PyTorch's RMSprop: v ← ρ·v + (1 − ρ)·g², d = g/(√v′ + ε) (centered: v′ = v − ḡ²), b ← μ·b + d, p ← p − lr·b.",
  'rho=0.99, epsilon=1e-08, momentum=0.0, centered=False',
  [
    'sq = s["sq"] = rho * s.get("sq", tf.zeros_like(g)) + (1 - rho) * (g * g)',
    'if centered:',
    '    avg = s["avg"] = rho * s.get("avg", tf.zeros_like(g)) + (1 - rho) * g',
    '    sq = tf.maximum(sq - avg * avg, 0.0)',
    'd = g / (tf.sqrt(sq) + epsilon)',
    'if momentum > 0:',
    '    d = s["b"] = momentum * s["b"] + d if "b" in s else d',
    'return d',
  ],
);

const TORCH_ADADELTA = written(
  'TorchAdadelta',
  'Adadelta: v ← ρ·v + (1 − ρ)·g², d = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·d², p ← p − lr·d.',
  'rho=0.9, epsilon=1e-06',
  [
    'sq = s["sq"] = rho * s.get("sq", tf.zeros_like(g)) + (1 - rho) * (g * g)',
    'delta = s.get("delta", tf.zeros_like(g))',
    'd = (tf.sqrt(delta + epsilon) / tf.sqrt(sq + epsilon)) * g',
    's["delta"] = rho * delta + (1 - rho) * (d * d)',
    'return d',
  ],
);

const TORCH_ADAM = written(
  'TorchAdam',
  "PyTorch's Adam: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), p ← p − lr·m̂/(√v̂ + ε) (AMSGrad: v its running max).",
  'beta_1=0.9, beta_2=0.999, epsilon=1e-08, amsgrad=False',
  [
    't = s["t"] = s.get("t", 0) + 1',
    'm = s["m"] = beta_1 * s.get("m", tf.zeros_like(g)) + (1 - beta_1) * g',
    'v = s["v"] = beta_2 * s.get("v", tf.zeros_like(g)) + (1 - beta_2) * (g * g)',
    'if amsgrad:',
    '    v = s["vmax"] = tf.maximum(s.get("vmax", tf.zeros_like(g)), v)',
    'return (m / (1 - beta_1**t)) / (tf.sqrt(v) / math.sqrt(1 - beta_2**t) + epsilon)',
  ],
);

const TORCH_ADAMAX = written(
  'TorchAdamax',
  "PyTorch's Adamax: u ← max(β₂·u, |g| + ε), p ← p − lr·m/((1 − β₁ᵗ)·u).",
  'beta_1=0.9, beta_2=0.999, epsilon=1e-08',
  [
    't = s["t"] = s.get("t", 0) + 1',
    'm = s["m"] = beta_1 * s.get("m", tf.zeros_like(g)) + (1 - beta_1) * g',
    'u = s["u"] = tf.maximum(beta_2 * s.get("u", tf.zeros_like(g)), tf.abs(g) + epsilon)',
    'return m / ((1 - beta_1**t) * u)',
  ],
);

const NADAM = written(
  'Nadam',
  'Nadam with the momentum decay ψ: μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·…·μₜ, p ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).',
  'beta_1=0.9, beta_2=0.999, epsilon=1e-08, momentum_decay=0.004',
  [
    't = s["t"] = s.get("t", 0) + 1',
    'mu = beta_1 * (1 - 0.5 * 0.96 ** (t * momentum_decay))',
    'mu_next = beta_1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay))',
    'product = s["product"] = s.get("product", 1.0) * mu',
    'm = s["m"] = beta_1 * s.get("m", tf.zeros_like(g)) + (1 - beta_1) * g',
    'v = s["v"] = beta_2 * s.get("v", tf.zeros_like(g)) + (1 - beta_2) * (g * g)',
    'den = tf.sqrt(v / (1 - beta_2**t)) + epsilon',
    'cg, cm = (1 - mu) / (1 - product), mu_next / (1 - product * mu_next)',
    'return (cg * g + cm * m) / den',
  ],
);

const NEWTON: PythonClass = {
  name: 'Newton',
  lines: [
    'class Newton:',
    '    """Newton\'s method: p ← p − lr·(H + δ·I)⁻¹·g, H the Hessian of f at p (two nested tapes).',
    '',
    '    When H + δ·I is not positive definite (a Cholesky pivot at most 1e-12 times the largest',
    '    diagonal entry), the eigenvalues μᵢ of H are replaced by max(|μᵢ|, η) + δ, with',
    '    η = 1e-6·max(1, maxᵢ|μᵢ|), so the step still goes downhill.',
    '    """',
    '',
    '    def __init__(self, learning_rate=1.0, damping=0.0, f=None):',
    '        self.learning_rate, self.damping, self.f = learning_rate, damping, f',
    '',
    '    def apply_gradients(self, grads_and_vars):',
    '        for g, p in grads_and_vars:',
    '            with tf.GradientTape() as outer:',
    '                with tf.GradientTape() as inner:',
    '                    value = self.f(p)',
    '                first = inner.gradient(value, p)',
    '            H = outer.jacobian(first, p)',
    '            d = newton_direction(H.numpy().tolist(), g.numpy().tolist(), self.damping)',
    '            p.assign_add(-float(self.learning_rate) * tf.constant(d, dtype=p.dtype))',
    '',
    '',
    ...newtonDirectionLines([
      '    values, vectors = tf.linalg.eigh(tf.constant(sym, dtype=tf.float64))',
      '    values, vectors = values.numpy().tolist(), vectors.numpy().tolist()',
    ]),
  ],
};
