/**
 * The JAX script: the fourth tutorial's idiom. The function (or the model's loss) is written in
 * jax.numpy, differentiated by `jax.grad` (as `value_and_grad`) and compiled with `jax.jit`; the
 * updates are written out by hand without optax, in the convention the experiment asks for (the
 * same code as the NumPy script's, on jax.numpy arrays). JAX computes in float32 unless told
 * otherwise: the script turns on float64 (`jax_enable_x64`), and a float32 experiment asks for
 * float32 arrays explicitly.
 */
import type { Experiment } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { csvHelpers } from './csv.js';
import { dataCode } from './data.js';
import { descendConstants, descendLoop } from './descend-loop.js';
import { fitConstants, fitLoop } from './fit-loop.js';
import { fromAst, printPython } from './formula.js';
import { fitHeader, initialParams, lossFunction, lossHelpers } from './model.js';
import { newtonFunction } from './newton.js';
import { coreName, optimizerFunctions, optionsCode, scheduleFunctions } from './optim.js';
import { type DescendPlan, type ExportPlan, type FitPlan, planOf } from './plan.js';
import { PyWriter, pyFloat, pyFloatList, pyString } from './python.js';
import { descendMain, fitMain, header, runsList } from './script.js';

function prelude(w: PyWriter, plan: ExportPlan): void {
  header(w, plan, 'jax');
  w.line('import decimal', 'import math', 'import sys', '', 'import numpy as np', '');
  w.line('import jax');
  w.line("jax.config.update('jax_enable_x64', True)  # float64 like descenso; JAX's default is float32");
  w.line('import jax.numpy as jnp', '');
  w.line("np.seterr(all='ignore')  # an overflow is judged by the loop (a status), not a warning");
  w.line('xp = jnp  # the array module of the updates');
  w.line(`DT = jnp.${plan.dtype}  # the precision of every number of the run`);
  w.blank();
  w.block('def rnd(v):', () =>
    w
      .line('"""A Python number rounded to DT (a no-op in float64)."""')
      .line(`return float(np.${plan.dtype}(v))`),
  );
  w.blank();
}

function functionCode(w: PyWriter, plan: DescendPlan): void {
  const tree = fromAst(plan.formula.ast);
  const names = Object.fromEntries(plan.formula.vars.map((v, i) => [v, plan.names[i]]));
  w.line('# ---- The function; JAX differentiates it ---------------------------------------------');
  w.block(`def f(${plan.names.join(', ')}):`, () => w.line(`return ${printPython(tree, 'jnp', names)}`));
  w.blank();
  w.line(`START = jnp.asarray(${pyFloatList(plan.start)}, dtype=DT)`);
  w.blank();
  if (plan.runs.some((r) => r.optimizer.name === 'newton' && !r.error)) {
    w.line("hessian = jax.jit(jax.hessian(lambda p: f(*p)))  # Newton's method needs the second derivatives");
    w.block('def hess_f(*p):', () =>
      w.line('return np.asarray(hessian(jnp.asarray(p, dtype=DT)), dtype=np.float64)'),
    );
    w.blank();
  }
  if (plan.gradient === 'autodiff') {
    w.line('f_and_grad = jax.jit(jax.value_and_grad(lambda p: f(*p)))  # grad, compiled once by jit');
    w.blank();
    w.block('def value_and_grad(p):', () => {
      w.line('v, g = f_and_grad(p)');
      w.line('return float(v), g');
    });
    w.blank();
    return;
  }
  const central = plan.gradient === 'central';
  w.comment(
    central
      ? 'The gradient by central differences, as the tutorials take it by hand (not by jax.grad).'
      : 'The gradient by forward differences, as the tutorials take it by hand (not by jax.grad).',
  );
  w.line(`H = ${pyFloat(plan.h)}  # the step of the differences`);
  w.line('f_jit = jax.jit(lambda p: f(*p))');
  w.block('def value_and_grad(p):', () => {
    w.line('at = lambda q: float(f_jit(jnp.asarray(q, dtype=DT)))');
    w.line('p64 = np.asarray(p, dtype=np.float64)');
    w.line('v, g = at(p64), []');
    w.block('for i in range(len(p64)):', () => {
      w.line('q = p64.copy()');
      w.line('q[i] = q[i] + H');
      if (central) {
        w.line('r = p64.copy()');
        w.line('r[i] = r[i] - H');
        w.line('g.append((at(q) - at(r)) / (2 * H))');
      } else w.line('g.append((at(q) - v) / H)');
    });
    w.line('return rnd(v), jnp.asarray(g, dtype=DT)');
  });
  w.blank();
}

function descendScript(plan: DescendPlan): string {
  const w = new PyWriter();
  prelude(w, plan);
  functionCode(w, plan);
  descendConstants(w, plan);
  scheduleFunctions(w);
  const ran = plan.runs.filter((r) => !r.error).map((r) => r.optimizer);
  w.line(
    '# ---- The optimizers, written out (no optax): init(p) → state, update(g, state, p, step) → (u, state)',
  );
  optimizerFunctions(w, ran);
  if (ran.some((o) => o.name === 'newton')) newtonFunction(w);
  descendLoop(w);
  runsList(
    w,
    plan.runs,
    plan.lang,
    (o) => `(${pyString(o.label)}, ${coreName(o.name, o.convention)}, ${optionsCode(o)})`,
  );
  csvHelpers(w);
  descendMain(w, plan);
  return w.text();
}

function fitScript(plan: FitPlan): string {
  const w = new PyWriter();
  prelude(w, plan);
  dataCode(w, plan.data);
  w.line(`N = ${plan.data.kind === 'given' ? 'len(y)' : 'n'}`);
  w.line(
    plan.inputs === 1
      ? 'X = jnp.asarray(np.reshape(x, N), dtype=DT)'
      : `X = jnp.asarray(np.reshape(x, (N, ${plan.inputs})), dtype=DT)`,
  );
  w.line('Y = jnp.asarray(y, dtype=DT)');
  w.blank();
  w.line('# ---- The model and the loss; JAX differentiates the loss ------------------------------');
  lossHelpers(w, plan, 'jnp');
  initialParams(w, plan);
  lossFunction(w, plan);
  w.line('loss_jit = jax.jit(loss_fn)');
  w.line(
    'loss_and_grad_jit = jax.jit(jax.value_and_grad(loss_fn))  # grad with respect to θ, compiled by jit',
  );
  w.blank();
  w.block('def loss_and_grad(theta, x, y):', () => {
    w.line('v, g = loss_and_grad_jit(theta, x, y)');
    w.line('return float(v), g');
  });
  w.blank();
  w.block('def loss_value(theta, x, y):', () => w.line('return float(loss_jit(theta, x, y))'));
  w.blank();
  fitConstants(w, plan);
  scheduleFunctions(w);
  const ran = plan.runs.filter((r) => !r.error).map((r) => r.optimizer);
  w.line(
    '# ---- The optimizers, written out (no optax): init(θ) → state, update(g, state, θ, step) → (u, state)',
  );
  optimizerFunctions(w, ran);
  fitLoop(w);
  runsList(
    w,
    plan.runs,
    plan.lang,
    (o, r) =>
      `(${pyString(r.label)}, ${coreName(o.name, o.convention)}, ${optionsCode(o)}, ${pyString(r.regime)})`,
  );
  csvHelpers(w);
  fitMain(w, plan, fitHeader(plan));
  return w.text();
}

/** The JAX script of an experiment. */
export function jaxScript(experiment: Experiment, lang: Lang = 'en'): string {
  const plan = planOf(experiment, lang);
  return plan.kind === 'descend' ? descendScript(plan) : fitScript(plan);
}
