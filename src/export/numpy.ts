/**
 * The NumPy script: what the first tutorial writes by hand. The gradient is written out — for a
 * descent, the formula's partial derivatives printed from its tree; for a fit, the loss's and the
 * model's derivatives, chain rule by chain rule — and every optimizer's update is written out too
 * (NumPy has none), in the convention the experiment asks for.
 */
import type { Experiment } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';
import { csvHelpers } from './csv.js';
import { dataCode } from './data.js';
import { descendConstants, descendLoop } from './descend-loop.js';
import { fitConstants, fitLoop } from './fit-loop.js';
import { differentiate, fromAst, printPython } from './formula.js';
import { fitHeader, handGradient, initialParams, lossFunction, lossHelpers } from './model.js';
import { newtonFunction } from './newton.js';
import { coreName, optimizerFunctions, optionsCode, scheduleFunctions } from './optim.js';
import { type DescendPlan, type FitPlan, planOf } from './plan.js';
import { PyWriter, pyFloat, pyFloatList, pyString } from './python.js';
import { descendMain, fitMain, header, runsList } from './script.js';

function functionCode(w: PyWriter, plan: DescendPlan): void {
  const tree = fromAst(plan.formula.ast);
  const names = Object.fromEntries(plan.formula.vars.map((v, i) => [v, plan.names[i]]));
  const args = plan.names.join(', ');
  w.line('# ---- The function and its gradient ------------------------------------------------------');
  w.block(`def f(${args}):`, () => w.line(`return ${printPython(tree, 'np', names)}`));
  w.blank();
  const partials = plan.formula.vars.map((v) => differentiate(tree, v));
  w.block(`def grad_f(${args}):`, () => {
    w.line('"""The partial derivatives, written out from the formula by the rules of differentiation."""');
    w.line('return np.array([');
    for (const [i, d] of partials.entries())
      w.line(`    ${printPython(d, 'np', names)},  # ∂f/∂${plan.names[i]}`);
    w.line('], dtype=DT)');
  });
  w.blank();
  if (plan.runs.some((r) => r.optimizer.name === 'newton' && !r.error)) {
    w.block(`def hess_f(${args}):`, () => {
      w.line('"""The second derivatives (Newton\'s method needs them), row by row."""');
      w.line('return np.array([');
      for (const d of partials)
        w.line(
          `    [${plan.formula.vars.map((v) => printPython(differentiate(d, v), 'np', names)).join(', ')}],`,
        );
      w.line('], dtype=np.float64)');
    });
    w.blank();
  }
  w.line(`START = np.array(${pyFloatList(plan.start)}, dtype=DT)`);
  w.blank();
  valueAndGrad(w, plan);
}

function valueAndGrad(w: PyWriter, plan: DescendPlan): void {
  if (plan.gradient === 'autodiff') {
    w.block('def value_and_grad(p):', () => w.line('return float(f(*p)), grad_f(*p)'));
    w.blank();
    return;
  }
  const central = plan.gradient === 'central';
  w.line(`H = ${pyFloat(plan.h)}  # the step of the differences`);
  w.block('def value_and_grad(p):', () => {
    w.line(
      central
        ? '"""f and its gradient by central differences (f(p + h·eᵢ) − f(p − h·eᵢ))/2h, coordinate by coordinate."""'
        : '"""f and its gradient by forward differences (f(p + h·eᵢ) − f(p))/h, coordinate by coordinate."""',
    );
    w.line('at = lambda q: float(f(*np.asarray(q, dtype=DT)))');
    w.line('v, g = at(p), []');
    w.block('for i in range(len(p)):', () => {
      w.line('q = p.astype(np.float64)');
      w.line('q[i] = q[i] + H');
      if (central) {
        w.line('r = p.astype(np.float64)');
        w.line('r[i] = r[i] - H');
        w.line('g.append((at(q) - at(r)) / (2 * H))');
      } else w.line('g.append((at(q) - v) / H)');
    });
    w.line('return rnd(v), np.array(g, dtype=DT)');
  });
  w.blank();
}

function descendScript(plan: DescendPlan): string {
  const w = new PyWriter();
  header(w, plan, 'numpy');
  w.line('import decimal', 'import math', 'import sys', '', 'import numpy as np', '');
  w.line("np.seterr(all='ignore')  # an overflow is judged by the loop (a status), not a warning");
  w.line('xp = np  # the array module of the updates');
  w.line(`DT = np.${plan.dtype}  # the precision of every number of the run`);
  w.blank();
  w.block('def rnd(v):', () =>
    w.line('"""A Python number rounded to DT (a no-op in float64)."""').line('return float(DT(v))'),
  );
  w.blank();
  functionCode(w, plan);
  descendConstants(w, plan);
  scheduleFunctions(w);
  const ran = plan.runs.filter((r) => !r.error).map((r) => r.optimizer);
  w.line('# ---- The optimizers: each a pair init(p) → state, update(g, state, p, step) → (u, state) ---');
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
  header(w, plan, 'numpy');
  w.line('import decimal', 'import math', 'import sys', '', 'import numpy as np', '');
  w.line("np.seterr(all='ignore')  # an overflow is judged by the loop (a status), not a warning");
  w.line('xp = np  # the array module of the model and the updates');
  w.line(`DT = np.${plan.dtype}  # the precision of every number of the run`);
  w.blank();
  w.block('def rnd(v):', () =>
    w.line('"""A Python number rounded to DT (a no-op in float64)."""').line('return float(DT(v))'),
  );
  w.blank();
  dataCode(w, plan.data);
  w.line(`N = ${plan.data.kind === 'given' ? 'len(y)' : 'n'}`);
  w.line(
    plan.inputs === 1
      ? 'X = np.asarray(x, dtype=DT).reshape(N)'
      : `X = np.asarray(x, dtype=DT).reshape(N, ${plan.inputs})`,
  );
  w.line('Y = np.asarray(y, dtype=DT)');
  w.blank();
  w.line('# ---- The model and the loss ----------------------------------------------------------');
  lossHelpers(w, plan);
  initialParams(w, plan);
  lossFunction(w, plan);
  handGradient(w, plan);
  w.block('def loss_value(theta, x, y):', () => w.line('return float(loss_fn(theta, x, y))'));
  w.blank();
  fitConstants(w, plan);
  scheduleFunctions(w);
  const ran = plan.runs.filter((r) => !r.error).map((r) => r.optimizer);
  w.line('# ---- The optimizers: each a pair init(θ) → state, update(g, state, θ, step) → (u, state) ---');
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

/** The NumPy script of an experiment. */
export function numpyScript(experiment: Experiment, lang: Lang = 'en'): string {
  const plan = planOf(experiment, lang);
  return plan.kind === 'descend' ? descendScript(plan) : fitScript(plan);
}
