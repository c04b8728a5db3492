/**
 * The two scripts that drive a framework's own optimizer classes — PyTorch's and TensorFlow's —
 * are one script with four framework-specific parts: the preamble (imports, dtype), the written-out
 * optimizer classes, the `Run` class (one update step) and each run's constructor. This file writes
 * the common body of a descent and of a fit around those parts; pytorch-*.ts and tensorflow-*.ts
 * supply them, with their gradient code and training loop.
 */
import { csvHelpers, mainCall } from './csv.js';
import { dataCode } from './data.js';
import type { DescendPlan, FitPlan, OptimizerPlan } from './plan.js';
import { PyWriter, pyComment, pyFloat, pyInt, pyString } from './python.js';

export interface Framework {
  preamble(w: PyWriter, title: string, dtype: 'float64' | 'float32'): void;
  classes(w: PyWriter, plans: readonly OptimizerPlan[]): void;
  runClass(w: PyWriter, plans: readonly OptimizerPlan[]): void;
  run(w: PyWriter, label: string, plan: OptimizerPlan): void;
}

/** A descent's parts that are the framework's own: its function, gradient and loop. */
export interface DescendParts {
  functionLines(w: PyWriter, plan: DescendPlan): void;
  gradientLines(w: PyWriter, plan: DescendPlan): void;
  settingsLines(w: PyWriter, plan: DescendPlan): void;
  judge: readonly string[];
  loop: readonly string[];
}

/** A fit's parts that are the framework's own: its tensors, array operations and loop. */
export interface FitParts {
  /** How the data arrays become tensors: 'torch.tensor' or 'tf.constant'. */
  tensor: string;
  /** The initial weights, the prediction and the loss. */
  modelLines(w: PyWriter, plan: FitPlan): void;
  loop: readonly string[];
}

const optional = (x: number | undefined) => (x === undefined ? 'None' : pyFloat(x));

/** `Run(...)` of one optimizer, indented by `indent`. */
function runLines(w: PyWriter, fw: Framework, label: string, plan: OptimizerPlan, indent: string): void {
  const inner = new PyWriter();
  fw.run(inner, label, plan);
  for (const line of inner.text().trimEnd().split('\n')) w.line(`${indent}${line}`);
}

/** The optimizer classes, the `Run` class and the loop, under the section's heading. */
function machinery(w: PyWriter, fw: Framework, plans: OptimizerPlan[], heading: string): void {
  fw.classes(w, plans);
  w.line(heading);
  w.blank();
  fw.runClass(w, plans);
}

/** The script of a descent. */
export function descendScript(plan: DescendPlan, fw: Framework, parts: DescendParts): string {
  const w = new PyWriter();
  const what = plan.surface !== undefined ? `the surface ${plan.surface}` : `f(${plan.names.join(', ')})`;
  fw.preamble(w, `Gradient descent on ${what}`, plan.dtype);
  parts.functionLines(w, plan);
  parts.gradientLines(w, plan);
  parts.settingsLines(w, plan);
  const plans = plan.runs.filter((r) => !r.error).map((r) => r.optimizer);
  machinery(
    w,
    fw,
    plans,
    '# ---- The descent -----------------------------------------------------------------------',
  );
  w.line(...parts.judge);
  w.blank();
  w.blank();
  w.line(...parts.loop);
  w.blank();
  w.blank();
  csvHelpers(w);
  w.blank();
  w.block('def main():', () => {
    w.line("csv = '--csv' in sys.argv[1:]");
    w.line('runs = [');
    plan.runs.forEach((r, i) => {
      if (r.error) {
        w.line(pyComment(`Run ${i + 1}, ${r.optimizer.label}: not run — ${r.error.message[plan.lang]}`));
        return;
      }
      w.line('    Run(');
      runLines(w, fw, r.optimizer.label, r.optimizer, '        ');
      w.line('    ),');
    });
    w.line(']');
    w.line('rows = []');
    w.block('for run in runs:', () => w.line('rows += descend(run, quiet=csv)'));
    w.block('if csv:', () => {
      const header = ['run', 'step', ...plan.formula.vars, 'f', 'grad_norm', 'status'].map(pyString);
      w.line(`print_csv([${header.join(', ')}], rows)`);
    });
  });
  w.blank();
  w.blank();
  mainCall(w);
  return w.text();
}

/** The CSV header's parameter columns: a scalar's name, or name[i] for each number of an array. */
function paramColumns(plan: FitPlan): string[] {
  return plan.model.paramNames.flatMap((name, i) => {
    const shape = plan.model.paramShapes[i];
    const size = shape.reduce((a, b) => a * b, 1);
    return shape.length === 0 ? [name] : Array.from({ length: size }, (_v, k) => `${name}[${k}]`);
  });
}

/** The script of a fit. */
export function fitScript(plan: FitPlan, fw: Framework, parts: FitParts): string {
  const w = new PyWriter();
  fw.preamble(w, `Training ${plan.model.id} with the ${plan.loss.id} loss`, plan.dtype);
  dataCode(w, plan.data);
  w.line(`X = ${parts.tensor}(x, dtype=DT)`, `Y = ${parts.tensor}(y, dtype=DT)`);
  w.blank();
  w.line('# ---- The model and the loss --------------------------------------------------------------');
  w.blank();
  parts.modelLines(w, plan);
  w.line(`EPOCHS = ${pyInt(plan.epochs)}`);
  w.line(`BATCH_SIZE = ${pyInt(plan.batchSize)}  # the mini-batch regime's (the sgd regime's is 1)`);
  w.line(`SHUFFLE = ${plan.shuffle ? 'True' : 'False'}  # a new permutation of the points every epoch`);
  w.line(`SEED = ${pyInt(plan.seed)}  # the initial weights, then the permutations`);
  w.line(`EVERY = ${pyInt(plan.every)}  # keep epochs 0, EVERY, 2·EVERY, … and the last`);
  w.line(`TOLERANCE = ${optional(plan.stop.tolerance)}  # converged when the loss changes by this, relative`);
  w.line(`GRAD_NORM = ${optional(plan.stop.gradNorm)}  # converged when ‖∇‖ falls to this (batch regime)`);
  w.line(`RECORD_PARAMS = ${plan.recordParams ? 'True' : 'False'}  # the CSV shows the parameters`);
  w.line(
    `COLUMNS = [${paramColumns(plan).map(pyString).join(', ')}]  # the parameters, one number per column`,
  );
  w.blank();
  w.blank();
  const plans = plan.runs.filter((r) => !r.error).map((r) => r.optimizer);
  machinery(
    w,
    fw,
    plans,
    '# ---- Training ----------------------------------------------------------------------------',
  );
  w.line(...parts.loop);
  w.blank();
  w.blank();
  csvHelpers(w);
  w.blank();
  w.block('def main():', () => {
    w.line("csv = '--csv' in sys.argv[1:]");
    w.line('rows = []');
    plan.runs.forEach((r, i) => {
      if (r.error) {
        w.line(pyComment(`Run ${i + 1}, ${r.label}: not run — ${r.error.message[plan.lang]}`));
        return;
      }
      w.line('run = Run(');
      runLines(w, fw, r.label, r.optimizer, '    ');
      w.line(')');
      w.line(`rows += fit(run, ${pyString(r.regime)}, quiet=csv)`);
    });
    w.block('if csv:', () => {
      w.line("print_csv(['run', 'epoch', 'loss', *COLUMNS, 'status'], rows)");
    });
  });
  w.blank();
  w.blank();
  mainCall(w);
  return w.text();
}
