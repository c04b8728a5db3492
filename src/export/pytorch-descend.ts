/**
 * A descent as a PyTorch script: the function in torch's syntax, its gradient by `backward()`
 * (or by the difference quotients the experiment asks for), and one loop that walks it with
 * each optimizer, recording and judging every step as src/train/descend.ts does, so that
 * `--csv` prints descenso's rows.
 */
import { descendScript } from './framework.js';
import type { DescendPlan } from './plan.js';
import { type PyWriter, pyComment, pyFloat, pyFloatList, pyInt } from './python.js';
import { IPOW_LINES, printWithProducts, TORCH_FRAMEWORK } from './pytorch-common.js';

const optional = (x: number | undefined) => (x === undefined ? 'None' : pyFloat(x));

/** f in a module's syntax (its integer powers multiplied out), and f_of for a point as one tensor. */
export function functionLines(w: PyWriter, plan: DescendPlan, module: 'torch' | 'tf' = 'torch'): void {
  const names = Object.fromEntries(plan.formula.vars.map((v, i) => [v, plan.names[i]]));
  const what = plan.surface !== undefined ? `The surface ${plan.surface}` : 'The function';
  const printed = printWithProducts(plan.formula.ast, module, names);
  if (printed.usesIpow) {
    w.line(...IPOW_LINES);
    w.blank();
    w.blank();
  }
  w.line(pyComment(`${what}, as descenso reads it: ${plan.formula.source}`));
  w.block(`def f(${plan.names.join(', ')}):`, () => {
    w.line(
      module === 'torch'
        ? '"""The function the runs walk, in torch\'s operations (so backward() can differentiate it)."""'
        : '"""The function the runs walk, in TensorFlow\'s operations (so a GradientTape can differentiate it)."""',
    );
    w.line(`return ${printed.code}`);
  });
  w.blank();
  w.blank();
  w.block('def f_of(p):', () => {
    w.line('"""f at a point given as one tensor (what the Hessian of Newton\'s method takes)."""');
    w.line(module === 'torch' ? 'return f(*p)' : 'return f(*tf.unstack(p))');
  });
  w.blank();
  w.blank();
}

function gradientLines(w: PyWriter, plan: DescendPlan): void {
  if (plan.gradient === 'autodiff') {
    w.block('def value_and_grad(p):', () => {
      w.line('"""f(p) and ∇f(p): backward() fills p.grad with the gradient of f at p."""');
      w.line('p.grad = None');
      w.line('value = f(*p)');
      w.line('value.backward()');
      w.line('return value.item(), p.grad.detach().clone()');
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
      w.block('with torch.no_grad():', () => {
        w.line('q = p.detach()', 'value = f(*q)', 'g = torch.empty_like(q)');
        w.block('for i in range(len(q)):', () => {
          w.line('right = q.clone()', 'right[i] = q[i] + H');
          if (central) {
            w.line('left = q.clone()', 'left[i] = q[i] - H');
            w.line('g[i] = (f(*right) - f(*left)) / (2 * H)');
          } else w.line('g[i] = (f(*right) - value) / H');
        });
      });
      w.line('return value.item(), g');
    });
  }
  w.blank();
  w.blank();
}

export function settingsLines(w: PyWriter, plan: DescendPlan): void {
  w.line(`START = ${pyFloatList(plan.start)}`);
  w.line(`STEPS = ${pyInt(plan.steps)}`);
  w.line(`EVERY = ${pyInt(plan.every)}  # record the start, every EVERY-th step and the last`);
  w.line(`STOP_GRAD_NORM = ${optional(plan.stop.gradNorm)}  # converged when ‖∇f‖ falls to this`);
  w.line(
    `STOP_VALUE_CHANGE = ${optional(plan.stop.valueChange)}  # converged when f changes by this or less`,
  );
  if (plan.noise)
    w.line(
      `NOISE_SIGMA, NOISE_SEED = ${pyFloat(plan.noise.sigma)}, ${pyInt(plan.noise.seed)}  # Gaussian noise on each gradient`,
    );
  else w.line('NOISE_SIGMA = None');
  const domain = plan.domain
    ? `[${plan.domain.map(([a, b]) => `(${pyFloat(a)}, ${pyFloat(b)})`).join(', ')}]`
    : 'None';
  w.line(`DOMAIN = ${domain}  # the region f is about`);
  w.blank();
  w.blank();
}

export const JUDGE = [
  'def left_domain(p):',
  '    """Whether p lies farther outside a [low, high] of DOMAIN than the interval is wide."""',
  '    return any(x < lo - (hi - lo) or x > hi + (hi - lo) for x, (lo, hi) in zip(p, DOMAIN))',
  '',
  '',
  'def outcome_rule(start, f0):',
  '    """How a step ends: diverged (not finite, or f or a coordinate far beyond where it started),',
  '    left-domain, or ok. Far is judged relative to the start: 1e12·max(1, |f0|) for f, and',
  '    1e8·max(1, ‖start‖∞) for a coordinate.',
  '    """',
  '    value_limit = 1e12 * max(1.0, abs(f0))',
  '    coordinate_limit = 1e8 * max([1.0] + [abs(x) for x in start])',
  '    judge_domain = DOMAIN is not None and not left_domain(start)',
  '',
  '    def judge(value, p):',
  '        if not math.isfinite(value) or abs(value - f0) > value_limit:',
  "            return 'diverged'",
  '        for x, x0 in zip(p, start):',
  '            if not math.isfinite(x) or abs(x - x0) > coordinate_limit:',
  "                return 'diverged'",
  "        return 'left-domain' if judge_domain and left_domain(p) else 'ok'",
  '',
  '    return judge',
];

const LOOP = [
  'def descend(run, quiet=False):',
  '    """Walks f from START with one optimizer; returns its CSV rows (the status last)."""',
  '    p = torch.tensor(START, dtype=DT, requires_grad=True)',
  '    run.start([p])',
  '    rng = np.random.RandomState(NOISE_SEED) if NOISE_SIGMA is not None else None',
  '    value, g = value_and_grad(p)',
  '    point = p.tolist()',
  '    judge = outcome_rule(point, value)',
  "    rows, recorded, status, at = [], -1, 'max-steps', 0",
  '    last_norm, norm_at = math.nan, -1',
  '    while at < STEPS:',
  '        if rng is not None:',
  '            noise = NOISE_SIGMA * torch.tensor(rng.normal(0.0, 1.0, size=len(g)), dtype=torch.float64)',
  '            g = g + noise.to(DT)',
  '        norm = math.hypot(*g.tolist())',
  '        last_norm, norm_at = norm, at',
  '        if at % EVERY == 0:',
  '            rows.append([run.label, at, *point, value, norm])',
  '            recorded = at',
  '        if not bool(torch.isfinite(g).all()):',
  "            status = 'diverged'",
  '            break',
  '        if STOP_GRAD_NORM is not None and norm <= STOP_GRAD_NORM:',
  "            status = 'converged'",
  '            break',
  '        p.grad = g.clone()',
  '        run.step(at)',
  '        new_value, new_g = value_and_grad(p)',
  '        new_point = p.tolist()',
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
  '        rows.append([run.label, at, *point, value, last_norm if norm_at == at else math.hypot(*g.tolist())])',
  '    if not quiet:',
  "        print(f'{run.label}: {status} after {at} steps')",
  '    return [row + [status] for row in rows]',
];

/** The PyTorch script of a descent. */
export const pytorchDescend = (plan: DescendPlan): string =>
  descendScript(plan, TORCH_FRAMEWORK, {
    functionLines,
    gradientLines,
    settingsLines,
    judge: JUDGE,
    loop: LOOP,
  });
