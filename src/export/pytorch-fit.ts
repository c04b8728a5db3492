/**
 * A fit as a PyTorch script: the data (drawn with NumPy's RandomState as descenso draws it, or
 * embedded), the model and the loss in torch's operations, and one training loop per optimizer
 * and regime with `loss.backward()` and `optimizer.step()`, following src/train/fit.ts's rules
 * (initial weights and then each epoch's permutation from one RandomState(seed), the loss on all
 * the data after every epoch, the stop and divergence rules), so that `--csv` prints descenso's rows.
 */
import { fitScript } from './framework.js';
import type { FitPlan } from './plan.js';
import { type PyWriter, pyFloat, pyFloatList, pyInt, pyString } from './python.js';
import { TORCH_FRAMEWORK } from './pytorch-common.js';

/** The operations the model and loss code needs, in torch's or TensorFlow's spelling. */
export interface ArrayDialect {
  /** `x @ w` for a matrix x and a vector w. */
  matvec: (x: string, w: string) => string;
  /** A scalar parameter broadcast to x's shape. */
  broadcast: (c: string) => string;
  /** x as a column when it is a vector. */
  column: string;
  fn: (name: 'mean' | 'sum' | 'abs' | 'sigmoid' | 'tanh' | 'relu') => string;
  /** The mean of softplus(z) − y·z, with the comment on softplus's threshold. */
  bce: { comment: string[]; code: string };
  /** min(r, δ). */
  clampMax: (r: string, delta: string) => string;
  /** A trainable parameter of DT from the NumPy array v. */
  param: string;
}

export const TORCH: ArrayDialect = {
  matvec: (x, w) => `${x} @ ${w}`,
  broadcast: (c) => `${c}.expand_as(x)`,
  column: 'x.reshape(-1, 1) if x.dim() == 1 else x',
  fn: (name) => `torch.${name}`,
  bce: {
    comment: [
      "softplus(z) = log(1 + eᶻ); torch's returns z itself past threshold 20, where log(1 + e⁻ᶻ)",
      'still shows in the digits: past 40 it does not.',
    ],
    code: 'return torch.mean(torch.nn.functional.softplus(z, threshold=40.0) - y * z)',
  },
  clampMax: (r, delta) => `torch.clamp(${r}, max=${delta})`,
  param: 'torch.tensor(v, dtype=DT, requires_grad=True)',
};

/** The model's prediction (the logit for a logistic model) as code of `params` and `x`. */
export function predictLines(w: PyWriter, plan: FitPlan, d: ArrayDialect = TORCH): void {
  const { id, paramNames } = plan.model;
  const kind = id.split(':')[0];
  w.block('def predict(params, x):', () => {
    switch (kind) {
      case 'linear':
        w.line('"""w·x, a line through the origin."""', 'w, = params', 'return w * x');
        return;
      case 'affine':
        w.line('"""a + b·x."""', 'a, b = params', 'return a + b * x');
        return;
      case 'poly':
        w.line('"""c0 + c1·x + … + ck·xᵏ by Horner\'s rule: ((ck·x + c(k−1))·x + …)·x + c0."""');
        w.line(`acc = ${d.broadcast('params[-1]')}`);
        w.block('for c in reversed(params[:-1]):', () => w.line('acc = acc * x + c'));
        w.line('return acc');
        return;
      case 'multilinear':
        w.line(
          '"""x·w + b, x a matrix of one row per point."""',
          'w, b = params',
          `return ${d.matvec('x', 'w')} + b`,
        );
        return;
      case 'logistic':
        w.line('"""The logit z = w·x + b (the probability is σ(z))."""', 'w, b = params');
        w.line(plan.inputs === 1 ? 'return w * x + b' : `return ${d.matvec('x', 'w')} + b`);
        return;
      default: {
        const relu = id.endsWith(':relu');
        const layers = (paramNames.length - 2) / 2;
        w.line(
          `"""A network: ${layers} hidden layer${layers > 1 ? 's' : ''} of ${relu ? 'relu' : 'tanh'} units, then a linear output."""`,
        );
        w.line(`h = ${d.column}`);
        w.block(`for k in range(${layers}):`, () =>
          w.line(`h = ${d.fn(relu ? 'relu' : 'tanh')}(h @ params[2 * k] + params[2 * k + 1])`),
        );
        w.line(`return ${d.matvec('h', 'params[-2]')} + params[-1]`);
      }
    }
  });
  w.blank();
  w.blank();
}

export function lossLines(w: PyWriter, plan: FitPlan, d: ArrayDialect = TORCH): void {
  const logistic = plan.model.link === 'logistic';
  w.block('def loss_of(params, x, y):', () => {
    switch (plan.loss.id) {
      case 'mse':
        w.line('"""Mean squared error, (1/n)·Σ(p − y)², no ½."""');
        break;
      case 'sse':
        w.line('"""Sum of squared errors, Σ(y − p)², no ½ and no 1/n."""');
        break;
      case 'mae':
        w.line('"""Mean absolute error, (1/n)·Σ|p − y|."""');
        break;
      case 'huber':
        w.line(
          `"""Huber's loss with δ = ${pyFloat(plan.loss.delta)}: the mean of ½q² + δ·(|r| − q), q = min(|r|, δ)."""`,
        );
        break;
      case 'bce':
        w.line('"""Binary cross-entropy on the logits z: the mean of softplus(z) − y·z."""');
        break;
    }
    if (plan.loss.id === 'bce') {
      w.line('z = predict(params, x)');
      w.comment(...d.bce.comment);
      w.line(d.bce.code);
      return;
    }
    w.line(logistic ? `p = ${d.fn('sigmoid')}(predict(params, x))` : 'p = predict(params, x)');
    switch (plan.loss.id) {
      case 'mse':
        w.line(`return ${d.fn('mean')}((p - y) ** 2)`);
        break;
      case 'sse':
        w.line(`return ${d.fn('sum')}((y - p) ** 2)`);
        break;
      case 'mae':
        w.line(`return ${d.fn('mean')}(${d.fn('abs')}(p - y))`);
        break;
      case 'huber':
        w.line(`r = ${d.fn('abs')}(p - y)`, `q = ${d.clampMax('r', pyFloat(plan.loss.delta))}`);
        w.line(`return ${d.fn('mean')}(0.5 * q**2 + ${pyFloat(plan.loss.delta)} * (r - q))`);
        break;
    }
  });
  w.blank();
  w.blank();
}

/** The initial parameters: zeros for the linear models; a network's weights drawn from rng. */
export function initLines(w: PyWriter, plan: FitPlan, d: ArrayDialect = TORCH): void {
  const { paramNames, paramShapes, id } = plan.model;
  w.line(`PARAM_NAMES = [${paramNames.map(pyString).join(', ')}]`);
  w.line(
    `SHAPES = [${paramShapes.map((s) => `(${s.map(pyInt).join(', ')}${s.length === 1 ? ',' : ''})`).join(', ')}]`,
  );
  const given = Object.entries(plan.init);
  w.line(
    `INIT = {${given.map(([k, v]) => `${pyString(k)}: ${typeof v === 'number' ? pyFloat(v) : pyFloatList(v)}`).join(', ')}}  # initial values given by name`,
  );
  w.blank();
  w.blank();
  w.block('def initial_params(rng):', () => {
    if (id.startsWith('mlp')) {
      const relu = id.endsWith(':relu');
      w.line(
        relu
          ? '"""Weights uniform in ±√(6/fan_in) (He), drawn layer after layer, row-major; biases zero."""'
          : '"""Weights uniform in ±√(6/(fan_in + fan_out)) (Glorot), drawn layer after layer, row-major; biases zero."""',
      );
      w.line('values = []');
      w.block('for i, shape in enumerate(SHAPES):', () => {
        w.block('if i % 2 == 1:', () => {
          w.line('values.append(np.zeros(shape))');
          w.line('continue');
        });
        w.line('fan_in, fan_out = shape[0], shape[1] if len(shape) == 2 else 1');
        w.line(relu ? 'limit = math.sqrt(6 / fan_in)' : 'limit = math.sqrt(6 / (fan_in + fan_out))');
        w.line('values.append(rng.uniform(-limit, limit, int(np.prod(shape))).reshape(shape))');
      });
    } else {
      w.line('"""Zeros, as the tutorials start (nothing is drawn from rng)."""');
      w.line('values = [np.zeros(shape) for shape in SHAPES]');
    }
    w.block('for name, value in INIT.items():', () => {
      w.line('i = PARAM_NAMES.index(name)');
      w.line('values[i] = np.array(value, dtype=np.float64).reshape(SHAPES[i])');
    });
    w.line(`return [${d.param} for v in values]`);
  });
  w.blank();
  w.blank();
}

const LOOP = [
  'def loss_and_grad(params, x, y):',
  '    """The loss on the points (x, y); backward() leaves its gradient in each p.grad."""',
  '    for p in params:',
  '        p.grad = None',
  '    loss = loss_of(params, x, y)',
  '    loss.backward()',
  '    return loss.item()',
  '',
  '',
  'def fit(run, regime, quiet=False):',
  '    """Trains from the initial parameters; returns the kept epochs as CSV rows (the status last)."""',
  '    rng = np.random.RandomState(SEED)',
  '    params = initial_params(rng)',
  '    run.start(params)',
  '    n = len(Y)',
  "    size = n if regime == 'batch' else 1 if regime == 'sgd' else BATCH_SIZE",
  "    history, pending, status, previous, limit, updates = [], None, 'max-steps', math.nan, math.inf, 0",
  '',
  '    def kept(epoch, value):',
  '        theta = [x for p in params for x in p.detach().flatten().tolist()] if RECORD_PARAMS else [math.nan] * len(params)',
  '        return [run.label, epoch, value, *theta]',
  '',
  '    epoch = 0',
  '    while True:',
  "        if regime == 'batch' and epoch < EPOCHS:",
  '            value = loss_and_grad(params, X, Y)',
  '        else:',
  '            with torch.no_grad():',
  '                value = loss_of(params, X, Y).item()',
  '        if epoch == 0:',
  '            limit = 1e6 * max(abs(value), 1e-6)  # diverged: a million times worse than the start',
  '        finite = all(bool(torch.isfinite(p).all()) for p in params)',
  '        if not (math.isfinite(value) and abs(value) <= limit) or not finite:',
  "            status = 'diverged'",
  '            break',
  '        pending = None',
  '        if epoch % EVERY == 0:',
  '            history.append(kept(epoch, value))',
  '        else:',
  '            pending = kept(epoch, value)',
  '        if not quiet and (epoch % max(1, EPOCHS // 10) == 0 or epoch == EPOCHS):',
  "            shown = ''.join(f', {c} = {v:.6f}' for c, v in zip(COLUMNS, kept(epoch, value)[3:])) if len(COLUMNS) <= 4 else ''",
  "            print(f'{run.label}  epoch {epoch:>4}: loss = {value:.8f}{shown}')",
  '        if TOLERANCE is not None and math.isfinite(previous) and abs(value - previous) <= TOLERANCE * max(1, abs(previous)):',
  "            status = 'converged'",
  '            break',
  '        previous = value',
  '        if epoch == EPOCHS:',
  '            break',
  "        if regime == 'batch':",
  '            grad_norm = math.sqrt(sum(x * x for p in params for x in p.grad.flatten().tolist()))',
  '            if GRAD_NORM is not None and grad_norm <= GRAD_NORM:',
  "                status = 'converged'",
  '                break',
  '            run.step(updates)',
  '            updates += 1',
  '            epoch += 1',
  '            continue',
  '        order = rng.permutation(n) if SHUFFLE else np.arange(n)',
  '        blown = False',
  '        for s in range(0, n, size):',
  '            batch = torch.as_tensor(order[s:s + size])',
  '            batch_loss = loss_and_grad(params, X[batch], Y[batch])',
  '            if not (math.isfinite(batch_loss) and abs(batch_loss) <= limit * n / len(batch)):',
  '                blown = True',
  '                break',
  '            run.step(updates)',
  '            updates += 1',
  '        if blown:',
  "            status = 'diverged'",
  '            break',
  '        epoch += 1',
  '    if pending is not None:',
  '        history.append(pending)',
  '    if not quiet:',
  "        print(f'{run.label}: {status} after {history[-1][1] if history else 0} epochs')",
  '    return [row + [status] for row in history]',
];

/** The PyTorch script of a fit. */
export const pytorchFit = (plan: FitPlan): string =>
  fitScript(plan, TORCH_FRAMEWORK, {
    tensor: 'torch.tensor',
    modelLines: (w, p) => {
      initLines(w, p);
      predictLines(w, p);
      lossLines(w, p);
    },
    loop: LOOP,
  });
