/**
 * A descent as a TensorFlow script: the function in tf's operations, its gradient from a
 * `GradientTape` (or the difference quotients the experiment asks for), and the loop of
 * src/train/descend.ts with Keras's `apply_gradients`, so that `--csv` prints descenso's rows.
 */
import { descendScript } from './framework.js';
import type { DescendPlan } from './plan.js';
import { type PyWriter, pyFloat } from './python.js';
import { functionLines, JUDGE, settingsLines } from './pytorch-descend.js';
import { TF_FRAMEWORK } from './tensorflow-common.js';

function gradientLines(w: PyWriter, plan: DescendPlan): void {
  if (plan.gradient === 'autodiff') {
    w.block('def value_and_grad(p):', () => {
      w.line('"""f(p) and ∇f(p): the tape records f, tape.gradient differentiates it."""');
      w.block('with tf.GradientTape() as tape:', () => w.line('value = f(*tf.unstack(p))'));
      w.line('return float(value), tape.gradient(value, p)');
    });
  } else {
    const central = plan.gradient === 'central';
    w.line(`H = ${pyFloat(plan.h)}  # the step of the difference quotients`);
    w.blank();
    w.blank();
    w.block('def value_and_grad(p):', () => {
      w.line(
        central
          ? '"""f(p) and ∇f(p) by central differences: (f(p + h·eᵢ) − f(p − h·eᵢ))/2h, coordinate by coordinate."""'
          : '"""f(p) and ∇f(p) by forward differences: (f(p + h·eᵢ) − f(p))/h, coordinate by coordinate."""',
      );
      w.line('q = tf.unstack(tf.identity(p))', 'value = f(*q)', 'g = []');
      w.block('for i in range(len(q)):', () => {
        w.line('right = list(q)', 'right[i] = q[i] + H');
        if (central) {
          w.line('left = list(q)', 'left[i] = q[i] - H');
          w.line('g.append((f(*right) - f(*left)) / (2 * H))');
        } else w.line('g.append((f(*right) - value) / H)');
      });
      w.line('return float(value), tf.stack(g)');
    });
  }
  w.blank();
  w.blank();
}

const LOOP = [
  'def descend(run, quiet=False):',
  '    """Walks f from START with one optimizer; returns its CSV rows (the status last)."""',
  '    p = tf.Variable(START, dtype=DT)',
  '    run.start([p])',
  '    rng = np.random.RandomState(NOISE_SEED) if NOISE_SIGMA is not None else None',
  '    value, g = value_and_grad(p)',
  '    point = p.numpy().tolist()',
  '    judge = outcome_rule(point, value)',
  "    rows, recorded, status, at = [], -1, 'max-steps', 0",
  '    last_norm, norm_at = math.nan, -1',
  '    while at < STEPS:',
  '        if rng is not None:',
  '            noise = NOISE_SIGMA * tf.constant(rng.normal(0.0, 1.0, size=len(point)), dtype=tf.float64)',
  '            g = g + tf.cast(noise, DT)',
  '        norm = math.hypot(*g.numpy().tolist())',
  '        last_norm, norm_at = norm, at',
  '        if at % EVERY == 0:',
  '            rows.append([run.label, at, *point, value, norm])',
  '            recorded = at',
  '        if not bool(tf.reduce_all(tf.math.is_finite(g))):',
  "            status = 'diverged'",
  '            break',
  '        if STOP_GRAD_NORM is not None and norm <= STOP_GRAD_NORM:',
  "            status = 'converged'",
  '            break',
  '        run.step(at, [g])',
  '        new_value, new_g = value_and_grad(p)',
  '        new_point = p.numpy().tolist()',
  '        outcome = judge(new_value, new_point)',
  "        if outcome == 'diverged':",
  "            status = 'diverged'",
  '            break',
  '        change = abs(new_value - value)',
  '        point, value, g = new_point, new_value, new_g',
  '        at += 1',
  '        if not quiet and (at % max(1, STEPS // 10) == 0 or at == STEPS):',
  "            coordinates = ', '.join(f'{x:.6f}' for x in point)",
  "            print(f'{run.label}  step {at:>4}: ({coordinates}), f = {value:.8f}')",
  "        if outcome == 'left-domain':",
  "            status = 'left-domain'",
  '            break',
  '        if STOP_VALUE_CHANGE is not None and change <= STOP_VALUE_CHANGE:',
  "            status = 'converged'",
  '            break',
  '    if recorded != at:',
  '        norm = last_norm if norm_at == at else math.hypot(*g.numpy().tolist())',
  '        rows.append([run.label, at, *point, value, norm])',
  '    if not quiet:',
  "        print(f'{run.label}: {status} after {at} steps')",
  '    return [row + [status] for row in rows]',
];

/** The TensorFlow script of a descent. */
export const tensorflowDescend = (plan: DescendPlan): string =>
  descendScript(plan, TF_FRAMEWORK, {
    functionLines: (w, p) => functionLines(w, p, 'tf'),
    gradientLines,
    settingsLines,
    judge: JUDGE,
    loop: LOOP,
  });
