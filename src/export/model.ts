/**
 * A fit's model and loss in Python: the parameters packed in one flat vector θ (in the order of
 * descenso's CSV columns, so a row is `epoch, loss, *θ`), their initial values (a network's
 * Glorot or He uniform weights drawn from the run's RandomState, layer after layer, then the
 * experiment's `init`), the loss as a function of θ written in an array module (`xp`), and for
 * NumPy its gradient written out by hand: the loss's derivative, then the model's backward pass.
 */
import type { FitPlan } from './plan.js';
import { type PyWriter, pyFloat, pyFloatList, pyString } from './python.js';

const sizeOf = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** `W1 = theta[0:8].reshape(1, 8)` …: each parameter's slice of θ. */
function unpackLines(plan: FitPlan): string[] {
  const { paramNames: names, paramShapes: shapes } = plan.model;
  let at = 0;
  return names.map((name, i) => {
    const s = shapes[i];
    const n = sizeOf(s);
    const slice = s.length === 0 ? `theta[${at}]` : `theta[${at}:${at + n}]`;
    at += n;
    return `${name} = ${s.length === 2 ? `${slice}.reshape(${s[0]}, ${s[1]})` : slice}`;
  });
}

const activation = (id: string) => (id.endsWith(':relu') ? 'relu' : 'tanh');

/** The model's output z (the logit for a logistic model) as lines ending in `out = …`. */
function forwardLines(plan: FitPlan): string[] {
  const id = plan.model.id;
  const kind = id.split(':')[0];
  switch (kind) {
    case 'linear':
      return ['out = w * x'];
    case 'affine':
      return ['out = a + b * x'];
    case 'poly': {
      const k = plan.model.paramNames.length - 1;
      const lines = [`out = c${k} * xp.ones_like(x)`];
      for (let j = k - 1; j >= 0; j--) lines.push(`out = out * x + c${j}`);
      return lines;
    }
    case 'multilinear':
      return ['out = x @ w + b'];
    case 'logistic':
      return [plan.inputs === 1 ? 'out = w * x + b' : 'out = x @ w + b'];
    default: {
      const layers = plan.model.paramNames.length / 2 - 1;
      const act = activation(id) === 'relu' ? 'relu(z{k})' : 'xp.tanh(z{k})';
      const lines = [plan.inputs === 1 ? 'h0 = x.reshape(-1, 1)' : 'h0 = x'];
      for (let k = 1; k <= layers; k++) {
        lines.push(`z${k} = h${k - 1} @ W${k} + b${k}`);
        lines.push(`h${k} = ${act.replaceAll('{k}', String(k))}`);
      }
      lines.push(`out = h${layers} @ W${layers + 1} + b${layers + 1}`);
      return lines;
    }
  }
}

const lossDoc: Record<FitPlan['loss']['id'], string> = {
  mse: 'mean squared error (1/n)·Σ(p − y)²',
  sse: 'sum of squared errors Σ(y − p)²',
  mae: 'mean absolute error (1/n)·Σ|p − y|',
  huber: "Huber's loss, the mean of ½r² where |r| ≤ δ and δ(|r| − ½δ) beyond",
  bce: 'binary cross-entropy on the logits, the mean of softplus(z) − y·z',
};

/** The loss of `out` against y as lines ending in `loss = …`; bce takes the logits. */
function lossLines(plan: FitPlan): string[] {
  const logistic = plan.model.link === 'logistic';
  const p = logistic && plan.loss.id !== 'bce' ? ['p = 1 / (1 + xp.exp(-out))'] : ['p = out'];
  switch (plan.loss.id) {
    case 'mse':
      return [...p, 'r = p - y', 'loss = xp.sum(r * r) / len(y)'];
    case 'sse':
      return [...p, 'r = y - p', 'loss = xp.sum(r * r)'];
    case 'mae':
      return [...p, 'r = p - y', 'loss = xp.sum(xp.abs(r)) / len(y)'];
    case 'huber':
      return [
        ...p,
        'r = p - y',
        'a = xp.abs(r)',
        'q = xp.minimum(a, DELTA)',
        'loss = xp.sum(0.5 * (q * q) + DELTA * (a - q)) / len(y)',
      ];
    case 'bce':
      return ['loss = xp.sum(softplus(out) - y * out) / len(y)'];
  }
}

/** d loss/d out, by hand (after lossLines), as lines ending in `dout = …`. */
function lossBackward(plan: FitPlan): string[] {
  const logistic = plan.model.link === 'logistic';
  const chain =
    logistic && plan.loss.id !== 'bce' ? ['dout = dp * (p * (1 - p))  # σ′ = σ(1 − σ)'] : ['dout = dp'];
  switch (plan.loss.id) {
    case 'mse':
      return ['dp = (1 / len(y)) * (2 * r)', ...chain];
    case 'sse':
      return ['dp = -(2 * r)', ...chain];
    case 'mae':
      return ['dp = (1 / len(y)) * np.sign(r)', ...chain];
    case 'huber':
      return ['dp = (1 / len(y)) * np.where(a <= DELTA, q, DELTA) * np.sign(r)', ...chain];
    case 'bce':
      return ['dout = (1 / len(y)) * (1 / (1 + np.exp(-out)) - y)  # d softplus(z)/dz = σ(z)'];
  }
}

/** The gradient of every parameter from dout (the backward pass), as lines ending in `grads = [...]`. */
function backwardLines(plan: FitPlan): string[] {
  const id = plan.model.id;
  const kind = id.split(':')[0];
  switch (kind) {
    case 'linear':
      return ['grads = [np.sum(dout * x)]'];
    case 'affine':
      return ['grads = [np.sum(dout), np.sum(dout * x)]'];
    case 'poly': {
      const k = plan.model.paramNames.length - 1;
      return [
        'grads, power = [], np.ones_like(x)',
        `for j in range(${k + 1}):  # ∂out/∂cⱼ = xʲ`,
        '    grads.append(np.sum(dout * power))',
        '    power = power * x',
      ];
    }
    case 'multilinear':
      return ['grads = [x.T @ dout, np.sum(dout)]'];
    case 'logistic':
      return [
        plan.inputs === 1 ? 'grads = [np.sum(dout * x), np.sum(dout)]' : 'grads = [x.T @ dout, np.sum(dout)]',
      ];
    default: {
      const layers = plan.model.paramNames.length / 2 - 1;
      const relu = activation(id) === 'relu';
      const last = layers + 1;
      const lines = [
        `dW${last}, db${last} = h${layers}.T @ dout, np.sum(dout)`,
        `dh = np.outer(dout, W${last})`,
      ];
      for (let k = layers; k >= 1; k--) {
        lines.push(
          relu
            ? `dz = dh * np.heaviside(z${k}, 0.0)  # relu′: 1 where z > 0`
            : `dz = dh * (1 - h${k} * h${k})  # tanh′ = 1 − tanh²`,
        );
        lines.push(`dW${k}, db${k} = h${k - 1}.T @ dz, np.sum(dz, axis=0)`);
        if (k > 1) lines.push(`dh = dz @ W${k}.T`);
      }
      const names = plan.model.paramNames.map((n) => `d${n}`);
      lines.push(`grads = [${names.join(', ')}]`);
      return lines;
    }
  }
}

/** The initial θ: the model's init drawn from rng (networks), zeros otherwise; then the experiment's values. */
export function initialParams(w: PyWriter, plan: FitPlan): void {
  const { paramNames: names, paramShapes: shapes } = plan.model;
  const network = plan.model.id.startsWith('mlp');
  const relu = activation(plan.model.id) === 'relu';
  w.block('def initial_params(rng):', () => {
    w.line(
      network
        ? `"""${relu ? 'He' : 'Glorot'} uniform weights drawn layer after layer (row-major), zero biases; then INIT."""`
        : '"""Zeros, then INIT (the experiment\'s initial values)."""',
    );
    w.line('parts = []');
    names.forEach((name, i) => {
      const s = shapes[i];
      const n = sizeOf(s);
      if (network && i % 2 === 0) {
        const fanIn = s[0];
        const fanOut = s.length === 2 ? s[1] : 1;
        const limit = relu ? `math.sqrt(6 / ${fanIn})` : `math.sqrt(6 / (${fanIn} + ${fanOut}))`;
        w.line(`parts.append(rng.uniform(-${limit}, ${limit}, ${n}))  # ${name}`);
      } else w.line(`parts.append(np.zeros(${n}))  # ${name}`);
    });
    for (const [name, value] of Object.entries(plan.init)) {
      const i = names.indexOf(name);
      if (i < 0) continue;
      const values = typeof value === 'number' ? [value] : value;
      w.line(`parts[${i}] = np.array(${pyFloatList(values)})  # INIT[${pyString(name)}]`);
    }
    w.line('return xp.asarray(np.concatenate(parts), dtype=DT)');
  });
  w.blank();
}

/** `loss_fn(theta, x, y)`: the model and the loss in `xp` (also what JAX differentiates). */
export function lossFunction(w: PyWriter, plan: FitPlan): void {
  w.block('def loss_fn(theta, x, y):', () => {
    w.line(`"""The ${lossDoc[plan.loss.id]}, of the model ${plan.model.id} on (x, y)."""`);
    w.line(...unpackLines(plan), ...forwardLines(plan), ...lossLines(plan));
    w.line('return loss');
  });
  w.blank();
}

/** `loss_and_grad(theta, x, y)` with the gradient written out (NumPy). */
export function handGradient(w: PyWriter, plan: FitPlan): void {
  w.block('def loss_and_grad(theta, x, y):', () => {
    w.line(
      '"""The loss and its gradient with respect to θ: the forward pass, then the chain rule backwards."""',
    );
    w.line(...unpackLines(plan), ...forwardLines(plan), ...lossLines(plan));
    w.line(...lossBackward(plan), ...backwardLines(plan));
    w.line('return float(loss), np.concatenate([np.ravel(gr) for gr in grads]).astype(DT)');
  });
  w.blank();
}

/** The helpers the loss needs (softplus for bce, δ for Huber, relu for a relu network). */
export function lossHelpers(w: PyWriter, plan: FitPlan, module: 'np' | 'jnp' = 'np'): void {
  if (activation(plan.model.id) === 'relu' && plan.model.id.startsWith('mlp'))
    w.line(
      module === 'jnp'
        ? 'relu = jax.nn.relu  # its derivative at 0 is 0, as descenso takes it (jnp.maximum would give ½)'
        : 'relu = lambda z: np.maximum(z, 0)',
    );
  if (plan.loss.id === 'huber') w.line(`DELTA = ${pyFloat(plan.loss.delta)}  # Huber's δ`);
  if (plan.loss.id === 'bce') {
    w.block('def softplus(z):', () => {
      w.line('"""log(1 + eʸ) without overflow: z + log1p(e⁻ᶻ) for z > 0, log1p(eᶻ) otherwise."""');
      w.line('return xp.where(z > 0, z + xp.log1p(xp.exp(-z)), xp.log1p(xp.exp(z)))');
    });
  }
  w.blank();
}

/** The CSV header of a fit: run, epoch, loss, every parameter (name, or name[i] for arrays), status. */
export function fitHeader(plan: FitPlan): string[] {
  const ran = plan.runs.some((r) => !r.error);
  const params = ran
    ? plan.model.paramNames.flatMap((name, i) => {
        const s = plan.model.paramShapes[i];
        return s.length === 0 ? [name] : Array.from({ length: sizeOf(s) }, (_v, k) => `${name}[${k}]`);
      })
    : [];
  return ['run', 'epoch', 'loss', ...params, 'status'];
}
