/**
 * The optimizers written out in Python, for the scripts that update by hand (NumPy, JAX): each
 * optimizer × convention is a function `o ↦ (init, update)` after optax's pure pairs, with the
 * same blocks in the same order and the same rounding as src/optim/transforms.ts, so the numbers
 * are descenso's. `xp` is the array module (NumPy or jax.numpy); `DT` the precision of every array
 * and `rnd` rounds a Python number to it (float32 experiments compute constants such as 1 − β in
 * float64 and round them once, as the frameworks do when a Python float meets a float32 tensor).
 */

import { isSearching, type OptimizerName, type SearchingName } from '../optim/conventions.js';
import type { ScheduleSpec } from '../optim/schedules.js';
import type { Convention } from '../optim/types.js';
import type { OptimizerPlan } from './plan.js';
import { type PyWriter, pyFloat, pyString } from './python.js';

type Body = (w: PyWriter) => void;

/** A momentum buffer as trace(): b ← g on the first step, then b ← μ·b + (1 − τ)·g; out b, or d + μ·b with Nesterov. */
function traceLines(w: PyWriter, input: string, dampened: boolean, nesterov: boolean): void {
  const next = dampened ? `(${input} if damp == 0 else keep * ${input})` : input;
  w.line(`b = ${input} if s['b'] is None else mu * s['b'] + ${next}`);
  w.line("s = {**s, 'b': b}");
  w.line(nesterov ? `d = ${input} + mu * b if o['nesterov'] else b` : 'd = b');
}

const LR = "rnd(-o['lr'](step))";

const cores: Record<
  Exclude<OptimizerName, 'newton' | SearchingName>,
  Record<Convention, { doc: string; body: Body }>
> = {
  sgd: {
    pytorch: {
      doc: 'torch.optim.SGD: b ← μ·b + (1 − τ)·g (b ← g at first), d = g + μ·b (Nesterov) or b; p ← p − lr·d',
      body: (w) => {
        w.line("mu, damp = rnd(o['momentum']), o['dampening']");
        w.line('keep = rnd(1 - damp)');
        w.block('def init(p):', () => w.line("return {'b': None}"));
        w.block('def update(g, s, p, step):', () => {
          w.line('d = g');
          w.block("if o['momentum'] > 0:", () => traceLines(w, 'g', true, true));
          w.line(`return ${LR} * d, s`);
        });
      },
    },
    keras: {
      doc: 'keras.optimizers.SGD: v ← μ·v − lr·g; p ← p + μ·v − lr·g (Nesterov) or p + v',
      body: (w) => {
        w.line("mu = rnd(o['momentum'])");
        w.block('def init(p):', () => w.line("return {'b': None}"));
        w.block('def update(g, s, p, step):', () => {
          w.line(`d = ${LR} * g`);
          w.block("if o['momentum'] > 0:", () => traceLines(w, 'd', false, true));
          w.line('return d, s');
        });
      },
    },
  },
  sign: {
    pytorch: { doc: 'sign descent (no torch.optim class): p ← p − lr·sign(g)', body: signBody },
    keras: { doc: 'sign descent (no Keras class): p ← p − lr·sign(g)', body: signBody },
  },
  adagrad: {
    pytorch: { doc: 'torch.optim.Adagrad: s ← s + g²; p ← p − lr·g/(√s + ε)', body: adagradBody(false) },
    keras: { doc: 'keras.optimizers.Adagrad: s ← s + g²; p ← p − lr·g/√(s + ε)', body: adagradBody(true) },
  },
  rmsprop: {
    pytorch: {
      doc: 'torch.optim.RMSprop: v ← ρ·v + (1 − ρ)·g²; d = g/(√v + ε); momentum after, then lr',
      body: rmsBody(false),
    },
    keras: {
      doc: 'keras.optimizers.RMSprop: v ← ρ·v + (1 − ρ)·g²; d = lr·g/√(v + ε); momentum after lr',
      body: rmsBody(true),
    },
  },
  adadelta: {
    pytorch: { doc: 'torch.optim.Adadelta: d = √(u + ε)/√(v + ε)·g; p ← p − lr·d', body: adadeltaBody },
    keras: { doc: 'keras.optimizers.Adadelta: d = √(u + ε)/√(v + ε)·g; p ← p − lr·d', body: adadeltaBody },
  },
  adam: {
    pytorch: { doc: 'torch.optim.Adam: p ← p − lr·m̂/(√v̂ + ε)', body: adamBody(false) },
    keras: { doc: 'keras.optimizers.Adam: p ← p − lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε)', body: adamBody(true) },
  },
  adamw: {
    pytorch: { doc: 'torch.optim.AdamW: Adam, the weights shrunk apart', body: adamBody(false) },
    keras: { doc: 'keras.optimizers.AdamW: Adam (Keras), the weights shrunk apart', body: adamBody(true) },
  },
  adamax: {
    pytorch: {
      doc: 'torch.optim.Adamax: u ← max(β₂·u, |g| + ε); p ← p − lr·m/((1 − β₁ᵗ)·u)',
      body: adamaxBody(true),
    },
    keras: {
      doc: 'keras.optimizers.Adamax: u ← max(β₂·u, |g|); p ← p − lr·m/((1 − β₁ᵗ)·(u + ε))',
      body: adamaxBody(false),
    },
  },
  nadam: {
    pytorch: {
      doc: "torch.optim.NAdam: Adam with Nesterov momentum and Dozat's schedule μₜ",
      body: nadamBody,
    },
    keras: {
      doc: "keras.optimizers.Nadam: Adam with Nesterov momentum and Dozat's schedule μₜ",
      body: nadamBody,
    },
  },
  lion: {
    pytorch: { doc: 'Lion (no torch.optim class): p ← p − lr·sign(β₁·m + (1 − β₁)·g)', body: lionBody },
    keras: { doc: 'keras.optimizers.Lion: p ← p − lr·sign(β₁·m + (1 − β₁)·g)', body: lionBody },
  },
};

function signBody(w: PyWriter): void {
  w.block('def init(p):', () => w.line('return {}'));
  w.block('def update(g, s, p, step):', () => w.line(`return ${LR} * xp.sign(g), s`));
}

function adagradBody(inside: boolean): Body {
  return (w) => {
    w.line("eps, s0 = rnd(o['eps']), rnd(o['initialAccumulator'])");
    w.block('def init(p):', () => w.line("return {'sum': xp.full_like(p, s0)}"));
    w.block('def update(g, s, p, step):', () => {
      w.line("total = s['sum'] + g * g");
      w.line(inside ? 'd = g / xp.sqrt(total + eps)' : 'd = g / (xp.sqrt(total) + eps)');
      w.line(`return ${LR} * d, {'sum': total}`);
    });
  };
}

function rmsBody(keras: boolean): Body {
  return (w) => {
    w.line("rho, c, eps, mu = rnd(o['rho']), rnd(1 - o['rho']), rnd(o['eps']), rnd(o['momentum'])");
    w.block('def init(p):', () =>
      w.line(
        "return {'sq': xp.zeros_like(p), 'avg': xp.zeros_like(p) if o['centered'] else None, 'b': None}",
      ),
    );
    w.block('def update(g, s, p, step):', () => {
      w.line("sq = rho * s['sq'] + c * (g * g)");
      w.line("avg = rho * s['avg'] + c * g if o['centered'] else None");
      w.comment('centered: the variance v − ḡ², kept ≥ 0 (only rounding could cross it)');
      w.line("v = xp.maximum(0, sq - avg * avg) if o['centered'] else sq");
      w.line(keras ? 'd = g / xp.sqrt(v + eps)' : 'd = g / (xp.sqrt(v) + eps)');
      w.line("s = {**s, 'sq': sq, 'avg': avg}");
      if (keras) w.line(`d = ${LR} * d`);
      w.block("if o['momentum'] > 0:", () => traceLines(w, 'd', false, false));
      w.line(keras ? 'return d, s' : `return ${LR} * d, s`);
    });
  };
}

function adadeltaBody(w: PyWriter): void {
  w.line("rho, c, eps = rnd(o['rho']), rnd(1 - o['rho']), rnd(o['eps'])");
  w.block('def init(p):', () => w.line("return {'sq': xp.zeros_like(p), 'delta': xp.zeros_like(p)}"));
  w.block('def update(g, s, p, step):', () => {
    w.line("sq = rho * s['sq'] + c * (g * g)");
    w.line("d = (xp.sqrt(s['delta'] + eps) / xp.sqrt(sq + eps)) * g");
    w.line("delta = rho * s['delta'] + c * (d * d)");
    w.line(`return ${LR} * d, {'sq': sq, 'delta': delta}`);
  });
}

function adamBody(keras: boolean): Body {
  return (w) => {
    w.line("b1, b2, eps = o['beta1'], o['beta2'], rnd(o['eps'])");
    w.line('rb1, rb2, c1, c2 = rnd(b1), rnd(b2), rnd(1 - b1), rnd(1 - b2)');
    w.block('def init(p):', () =>
      w.line("return {'t': 0, 'm': xp.zeros_like(p), 'v': xp.zeros_like(p), 'vmax': xp.zeros_like(p)}"),
    );
    w.block('def update(g, s, p, step):', () => {
      w.line("t = s['t'] + 1");
      w.line('bc1, bc2 = 1 - b1 ** t, 1 - b2 ** t');
      w.line("m = rb1 * s['m'] + c1 * g");
      w.line("v = rb2 * s['v'] + c2 * (g * g)");
      w.line("vmax = xp.maximum(s['vmax'], v) if o['amsgrad'] else v");
      if (keras) {
        w.comment('Keras adds ε before the bias correction, which it folds into the step');
        w.line('d = (m * rnd(math.sqrt(bc2) / bc1)) / (xp.sqrt(vmax) + eps)');
      } else {
        w.comment('PyTorch: m̂/(√v̂ + ε), with m̂ = m/(1 − β₁ᵗ) and √v̂ = √v/√(1 − β₂ᵗ)');
        w.line('d = (m / rnd(bc1)) / (xp.sqrt(vmax) / rnd(math.sqrt(bc2)) + eps)');
      }
      w.line(`return ${LR} * d, {'t': t, 'm': m, 'v': v, 'vmax': vmax}`);
    });
  };
}

function adamaxBody(inside: boolean): Body {
  return (w) => {
    w.line("b1, b2, eps = o['beta1'], rnd(o['beta2']), rnd(o['eps'])");
    w.line('rb1, c1 = rnd(b1), rnd(1 - b1)');
    w.block('def init(p):', () => w.line("return {'t': 0, 'm': xp.zeros_like(p), 'u': xp.zeros_like(p)}"));
    w.block('def update(g, s, p, step):', () => {
      w.line("t = s['t'] + 1");
      w.line('bc1 = rnd(1 - b1 ** t)');
      w.line("m = rb1 * s['m'] + c1 * g");
      if (inside) {
        w.line("u = xp.maximum(b2 * s['u'], xp.abs(g) + eps)");
        w.line('d = m / (bc1 * u)');
      } else {
        w.line("u = xp.maximum(b2 * s['u'], xp.abs(g))");
        w.line('d = m / (bc1 * (u + eps))');
      }
      w.line(`return ${LR} * d, {'t': t, 'm': m, 'u': u}`);
    });
  };
}

function nadamBody(w: PyWriter): void {
  w.line("b1, b2, eps, psi = o['beta1'], o['beta2'], rnd(o['eps']), o['momentumDecay']");
  w.line('rb1, rb2, c1, c2 = rnd(b1), rnd(b2), rnd(1 - b1), rnd(1 - b2)');
  w.line('mu = lambda t: b1 * (1 - 0.5 * 0.96 ** (t * psi))');
  w.block('def init(p):', () =>
    w.line("return {'t': 0, 'm': xp.zeros_like(p), 'v': xp.zeros_like(p), 'product': 1.0}"),
  );
  w.block('def update(g, s, p, step):', () => {
    w.line("t = s['t'] + 1");
    w.line('mu_t, mu_next = mu(t), mu(t + 1)');
    w.line("product = rnd(s['product'] * mu_t)");
    w.line('cg = rnd((1 - mu_t) / (1 - product))');
    w.line('cm = rnd(mu_next / (1 - product * mu_next))');
    w.line('bc2 = rnd(1 - b2 ** t)');
    w.line("m = rb1 * s['m'] + c1 * g");
    w.line("v = rb2 * s['v'] + c2 * (g * g)");
    w.line('d = (cg * g + cm * m) / (xp.sqrt(v / bc2) + eps)');
    w.line(`return ${LR} * d, {'t': t, 'm': m, 'v': v, 'product': product}`);
  });
}

function lionBody(w: PyWriter): void {
  w.line("b1, b2 = o['beta1'], o['beta2']");
  w.line('rb1, rb2, c1, c2 = rnd(b1), rnd(b2), rnd(1 - b1), rnd(1 - b2)');
  w.block('def init(p):', () => w.line("return {'m': xp.zeros_like(p)}"));
  w.block('def update(g, s, p, step):', () => {
    w.line("d = xp.sign(rb1 * s['m'] + c1 * g)");
    w.line("m = rb2 * s['m'] + c2 * g");
    w.line(`return ${LR} * d, {'m': m}`);
  });
}

/** The Python name of an optimizer × convention's function. */
export const coreName = (name: OptimizerName, convention: Convention) => `${name}_${convention}`;

/** Whether the scripts that update by hand can write this optimizer (newton needs a Hessian solve). */
export const writtenOut = (name: OptimizerName) => name !== 'newton';

/** `def <name>_<convention>(o): … return init, update` for each pair the runs use, once each. */
export function optimizerFunctions(w: PyWriter, plans: readonly OptimizerPlan[]): void {
  const seen = new Set<string>();
  for (const p of plans) {
    const name = p.name;
    if (name === 'newton' || isSearching(name)) continue;
    const id = coreName(name, p.convention);
    if (seen.has(id)) continue;
    seen.add(id);
    const core = cores[name as Exclude<OptimizerName, 'newton' | SearchingName>][p.convention];
    w.block(`def ${id}(o):`, () => {
      w.line(`"""${core.doc}."""`);
      core.body(w);
      w.line('return init, update');
    });
    w.blank();
  }
  w.block('def with_clipping_and_decay(core, o):', () => {
    w.line('"""Clipping first (values, then the global norm), then weight decay: added to g before the');
    w.line('core (coupled, PyTorch\'s L2) or shrinking p after it (decoupled: AdamW, Keras)."""');
    w.line('init, update_core = core(o)');
    w.line("wd, mode = o.get('weightDecay', 0), o['decay']");
    w.block('def update(g, s, p, step):', () => {
      w.block("if 'clipValue' in o:", () =>
        w.line("g = xp.minimum(o['clipValue'], xp.maximum(-o['clipValue'], g))"),
      );
      w.block("if 'clipNorm' in o:", () => {
        w.line('norm = math.sqrt(float(xp.sum(xp.square(g.astype(xp.float64)))))');
        w.block("if norm > o['clipNorm']:", () => w.line("g = g * rnd(o['clipNorm'] / norm)"));
      });
      w.block("if wd > 0 and mode == 'coupled':", () => w.line('g = g + rnd(wd) * p'));
      w.line('u, s = update_core(g, s, p, step)');
      w.block("if wd > 0 and mode == 'decoupled':", () => w.line("u = u + rnd(-o['lr'](step) * wd) * p"));
      w.line('return u, s');
    });
    w.line('return init, update');
  });
  w.blank();
}

/* ------------------------------------------------------------ learning rates */

/** The schedule helpers (pure Python, the same in every framework's script). */
export function scheduleFunctions(w: PyWriter): void {
  w.line('# ---- Learning rates: functions of the 0-based update k -------------------------------');
  w.block('def constant_lr(lr):', () => w.line('return lambda k: lr'));
  w.block('def step_lr(lr, step_size, gamma):', () =>
    w.line('return lambda k: lr * gamma ** math.floor(k / step_size)'),
  );
  w.block('def exponential_lr(lr, gamma):', () => w.line('return lambda k: lr * gamma ** k'));
  w.block('def inverse_time_lr(lr, rate, steps, staircase):', () =>
    w.line('return lambda k: lr / (1 + rate * (math.floor(k / steps) if staircase else k / steps))'),
  );
  w.block('def cosine_lr(lr, T, min_lr):', () =>
    w.line('return lambda k: min_lr + (lr - min_lr) * (1 + math.cos(math.pi * min(max(k, 0), T) / T)) / 2'),
  );
  w.block('def warmup_lr(steps, base, start):', () => {
    w.line('peak = base(0)');
    w.line('return lambda k: start + (peak - start) * k / steps if k < steps else base(k - steps)');
  });
  w.blank();
}

/** A learning rate (a number or a schedule spec) as a call of the helpers above. */
export function lrCode(lr: number | ScheduleSpec): string {
  if (typeof lr === 'number') return `constant_lr(${pyFloat(lr)})`;
  switch (lr.kind) {
    case 'constant':
      return `constant_lr(${pyFloat(lr.lr)})`;
    case 'step':
      return `step_lr(${pyFloat(lr.lr)}, ${pyFloat(lr.stepSize)}, ${pyFloat(lr.gamma ?? 0.1)})`;
    case 'exponential':
      return `exponential_lr(${pyFloat(lr.lr)}, ${pyFloat(lr.gamma)})`;
    case 'inverseTime':
      return `inverse_time_lr(${pyFloat(lr.lr)}, ${pyFloat(lr.decayRate)}, ${pyFloat(lr.decaySteps ?? 1)}, ${lr.staircase ? 'True' : 'False'})`;
    case 'cosine':
      return `cosine_lr(${pyFloat(lr.lr)}, ${pyFloat(lr.T)}, ${pyFloat(lr.minLr ?? 0)})`;
    case 'warmup':
      return `warmup_lr(${lr.steps}, ${lrCode(lr.base)}, ${pyFloat(lr.startLr ?? 0)})`;
  }
}

/** The options dict of a run: every option, lr as a function, and where weight decay goes. */
export function optionsCode(p: OptimizerPlan): string {
  const items = Object.entries(p.options).map(
    ([k, v]) => `${pyString(k)}: ${typeof v === 'boolean' ? (v ? 'True' : 'False') : pyFloat(v)}`,
  );
  items.unshift(`'lr': ${lrCode(p.lr)}`);
  items.push(`'decay': ${pyString(p.entry.variant.weightDecay)}`);
  return `{${items.join(', ')}}`;
}
