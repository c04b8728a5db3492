/**
 * The descent loop in Python, the same rules as src/train/descend.ts line for line: the gradient
 * (with seeded noise when asked), the norm, the record (the start, every K-th step and the last),
 * the stop rules, divergence judged against the start (a value 10¹² × max(1, |f(x₀)|) away, a
 * coordinate 10⁸ × max(1, ‖x₀‖∞) away) and leaving the domain (farther outside a range than
 * it is wide). The generators that update by hand (NumPy, JAX) share it; `value_and_grad(p)`
 * and the optimizer pair come from the script.
 */
import type { DescendPlan } from './plan.js';
import { type PyWriter, pyFloat, pyInt } from './python.js';

const optional = (v: number | undefined) => (v === undefined ? 'None' : pyFloat(v));

/** The constants the loop reads: steps, record, stop rules, noise, domain. */
export function descendConstants(w: PyWriter, plan: DescendPlan): void {
  w.line(`STEPS = ${pyInt(plan.steps)}`);
  w.line(`EVERY = ${pyInt(plan.every)}  # keep the start, every EVERY-th step and the last`);
  w.line(`GRAD_NORM = ${optional(plan.stop.gradNorm)}  # stop (converged) when ‖∇f‖ falls to this`);
  w.line(
    `VALUE_CHANGE = ${optional(plan.stop.valueChange)}  # stop (converged) when f changes by this or less`,
  );
  if (plan.noise)
    w.line(
      `NOISE_SIGMA, NOISE_SEED = ${pyFloat(plan.noise.sigma)}, ${pyInt(plan.noise.seed)}  # Gaussian noise on every gradient component`,
    );
  else w.line('NOISE_SIGMA, NOISE_SEED = None, 0');
  const domain = plan.domain
    ? `[${plan.domain.map(([a, b]) => `(${pyFloat(a)}, ${pyFloat(b)})`).join(', ')}]`
    : 'None';
  w.line(`DOMAIN = ${domain}  # the region the function is about`);
  w.blank();
}

export function descendLoop(w: PyWriter): void {
  w.line('# ---- The descent ---------------------------------------------------------------------');
  w.block('def left_domain(p):', () => {
    w.line('"""Whether p lies farther outside a range of DOMAIN than the range is wide."""');
    w.line(
      'return any(float(x) < lo - (hi - lo) or float(x) > hi + (hi - lo) for x, (lo, hi) in zip(p, DOMAIN))',
    );
  });
  w.blank();
  w.block('def descend(init, update):', () => {
    w.line(
      '"""Runs one optimizer from START; returns the recorded rows (step, point, f, ‖∇f‖) and the status."""',
    );
    w.line('p = START.copy()');
    w.line('value, g = value_and_grad(p)');
    w.block('if not (math.isfinite(value) and all(math.isfinite(float(gi)) for gi in g)):', () =>
      w.line("raise SystemExit('f or its gradient is not defined at the start')"),
    );
    w.line('f0, x0 = value, [float(x) for x in START]');
    w.line('value_limit = 1e12 * max(1, abs(f0))');
    w.line('coord_limit = 1e8 * max([1] + [abs(x) for x in x0])');
    w.line('judge_domain = DOMAIN is not None and not left_domain(START)');
    w.blank();
    w.block('def judge(v, q):', () => {
      w.block('if not math.isfinite(v) or abs(v - f0) > value_limit:', () => w.line("return 'diverged'"));
      w.block('for x, a in zip(q, x0):', () =>
        w.block('if not math.isfinite(float(x)) or abs(float(x) - a) > coord_limit:', () =>
          w.line("return 'diverged'"),
        ),
      );
      w.line("return 'left-domain' if judge_domain and left_domain(q) else 'ok'");
    });
    w.blank();
    w.line('state = init(p)');
    w.line('rng = np.random.RandomState(NOISE_SEED) if NOISE_SIGMA is not None else None');
    w.line("rows, status, at, last_norm, norm_at = [], 'max-steps', 0, math.nan, -1");
    w.block('while at < STEPS:', () => {
      w.block('if rng is not None:', () =>
        w.line(
          'g = xp.asarray([rnd(float(gi) + rnd(NOISE_SIGMA * rng.normal(0, 1))) for gi in g], dtype=DT)',
        ),
      );
      w.line('norm = math.hypot(*[float(gi) for gi in g])');
      w.line('last_norm, norm_at = norm, at');
      w.block('if at % EVERY == 0:', () => w.line('rows.append((at, p, value, norm))'));
      w.block('if not all(math.isfinite(float(gi)) for gi in g):', () => {
        w.line("status = 'diverged'");
        w.line('break');
      });
      w.block('if GRAD_NORM is not None and norm <= GRAD_NORM:', () => {
        w.line("status = 'converged'");
        w.line('break');
      });
      w.line('u, state = update(g, state, p, at)');
      w.line('q = p + u');
      w.line('v, g_next = value_and_grad(q)');
      w.line('outcome = judge(v, q)');
      w.block("if outcome == 'diverged':", () => {
        w.line("status = 'diverged'");
        w.line('break');
      });
      w.line('p, change, value, g, at = q, abs(v - value), v, g_next, at + 1');
      w.block("if outcome == 'left-domain':", () => {
        w.line("status = 'left-domain'");
        w.line('break');
      });
      w.block('if VALUE_CHANGE is not None and change <= VALUE_CHANGE:', () => {
        w.line("status = 'converged'");
        w.line('break');
      });
    });
    w.block('if not rows or rows[-1][0] != at:', () =>
      w.line(
        'rows.append((at, p, value, last_norm if norm_at == at else math.hypot(*[float(gi) for gi in g])))',
      ),
    );
    w.line('return rows, status');
  });
  w.blank();
}
