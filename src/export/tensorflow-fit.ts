/**
 * A fit as a TensorFlow script: the data (NumPy's RandomState, as descenso draws it, or embedded),
 * the model and the loss in tf's operations, and the loop of src/train/fit.ts with a
 * `GradientTape` and Keras's `apply_gradients`, so that `--csv` prints descenso's rows.
 */
import { fitScript } from './framework.js';
import type { FitPlan } from './plan.js';
import { type ArrayDialect, initLines, lossLines, predictLines } from './pytorch-fit.js';
import { TF_FRAMEWORK } from './tensorflow-common.js';

export const TF: ArrayDialect = {
  // tf's @ wants two matrices: a matrix times a vector is matvec.
  matvec: (x, w) => `tf.linalg.matvec(${x}, ${w})`,
  broadcast: (c) => `tf.broadcast_to(${c}, tf.shape(x))`,
  column: 'tf.reshape(x, (-1, 1)) if len(x.shape) == 1 else x',
  fn: (name) =>
    ({
      mean: 'tf.reduce_mean',
      sum: 'tf.reduce_sum',
      abs: 'tf.abs',
      sigmoid: 'tf.math.sigmoid',
      tanh: 'tf.math.tanh',
      relu: 'tf.nn.relu',
    })[name],
  bce: {
    comment: ['softplus(z) = log(1 + eᶻ), which tf.math.softplus computes without overflow.'],
    code: 'return tf.reduce_mean(tf.math.softplus(z) - y * z)',
  },
  clampMax: (r, delta) => `tf.minimum(${r}, ${delta})`,
  param: 'tf.Variable(v, dtype=DT)',
};

const LOOP = [
  'def loss_and_grad(params, x, y):',
  '    """The loss on the points (x, y) and its gradient, one tensor per parameter."""',
  '    with tf.GradientTape() as tape:',
  '        loss = loss_of(params, x, y)',
  '    return float(loss), tape.gradient(loss, params)',
  '',
  '',
  'def fit(run, regime, quiet=False):',
  '    """Trains from the initial parameters; returns the kept epochs as CSV rows (the status last)."""',
  '    rng = np.random.RandomState(SEED)',
  '    params = initial_params(rng)',
  '    run.start(params)',
  '    n = len(y)',
  "    size = n if regime == 'batch' else 1 if regime == 'sgd' else BATCH_SIZE",
  "    history, pending, status, previous, limit, updates = [], None, 'max-steps', math.nan, math.inf, 0",
  '',
  '    def kept(epoch, value):',
  '        theta = [v for p in params for v in p.numpy().flatten().tolist()] if RECORD_PARAMS else [math.nan] * len(params)',
  '        return [run.label, epoch, value, *theta]',
  '',
  '    epoch = 0',
  '    while True:',
  "        if regime == 'batch' and epoch < EPOCHS:",
  '            value, grads = loss_and_grad(params, X, Y)',
  '        else:',
  '            value = float(loss_of(params, X, Y))',
  '        if epoch == 0:',
  '            limit = 1e6 * max(abs(value), 1e-6)  # diverged: a million times worse than the start',
  '        finite = all(bool(tf.reduce_all(tf.math.is_finite(p))) for p in params)',
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
  '            grad_norm = math.sqrt(sum(v * v for g in grads for v in g.numpy().flatten().tolist()))',
  '            if GRAD_NORM is not None and grad_norm <= GRAD_NORM:',
  "                status = 'converged'",
  '                break',
  '            run.step(updates, grads)',
  '            updates += 1',
  '            epoch += 1',
  '            continue',
  '        order = rng.permutation(n) if SHUFFLE else np.arange(n)',
  '        blown = False',
  '        for s in range(0, n, size):',
  '            batch = order[s:s + size]',
  '            batch_loss, grads = loss_and_grad(params, tf.gather(X, batch), tf.gather(Y, batch))',
  '            if not (math.isfinite(batch_loss) and abs(batch_loss) <= limit * n / len(batch)):',
  '                blown = True',
  '                break',
  '            run.step(updates, grads)',
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

/** The TensorFlow script of a fit. */
export const tensorflowFit = (plan: FitPlan): string =>
  fitScript(plan, TF_FRAMEWORK, {
    tensor: 'tf.constant',
    modelLines: (w, p) => {
      initLines(w, p, TF);
      predictLines(w, p, TF);
      lossLines(w, p, TF);
    },
    loop: LOOP,
  });
