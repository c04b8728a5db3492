/**
 * The parts every script shares: the docstring at the top (what the experiment is, how to run the
 * script), the list of runs (with a comment for each one descenso cannot run: it has no rows in
 * descenso's CSV either), and `main()`, which prints the progress as the tutorials do or, with
 * `--csv`, the CSV of `descenso run FILE.json --format csv`.
 */
import type { Lang } from '../i18n/index.js';
import { mainCall } from './csv.js';
import type { DescendPlan, ExportPlan, FitPlan, OptimizerPlan } from './plan.js';
import { type PyWriter, pyString } from './python.js';
import type { ExportTarget } from './types.js';

const frameworkName: Record<ExportTarget, string> = {
  numpy: 'NumPy',
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
  jax: 'JAX',
};

/** What the experiment is, in one line of plain words (no user text: labels stay in string literals). */
function summary(plan: ExportPlan): string {
  if (plan.kind === 'descend') {
    const what = plan.surface !== undefined ? `the catalog surface ${plan.surface}` : 'a formula';
    return `A descent on ${what}: ${plan.runs.length} optimizer(s), ${plan.steps} steps, ${plan.dtype}.`;
  }
  return `A fit of the model ${plan.model.id} with the ${plan.loss.id} loss: ${plan.runs.length} run(s), ${plan.epochs} epochs, ${plan.dtype}.`;
}

export function header(w: PyWriter, plan: ExportPlan, target: ExportTarget): void {
  w.line('#!/usr/bin/env python3');
  w.line(`"""${summary(plan)}`);
  w.line('');
  w.line(`Written by descenso's export in ${frameworkName[target]}'s idiom. Run it as`);
  w.line('    python3 script.py         to see the progress, as the tutorials print it;');
  w.line('    python3 script.py --csv   to print the CSV of `descenso run FILE.json --format csv`,');
  w.line('                              the same rows and the same numbers.');
  w.line('"""');
}

/** `RUNS = [...]`: one entry per run descenso runs; a comment for each it cannot. */
export function runsList<R extends { optimizer: OptimizerPlan; error?: { message: Record<Lang, string> } }>(
  w: PyWriter,
  runs: readonly R[],
  lang: Lang,
  entry: (o: OptimizerPlan, run: R) => string,
): void {
  w.line('# ---- The runs -------------------------------------------------------------------------');
  w.line('RUNS = [');
  for (const r of runs) {
    if (r.error) w.comment(`    (left out: descenso cannot run it: ${r.error.message[lang]})`);
    else w.line(`    ${entry(r.optimizer, r)},`);
  }
  w.line(']');
  w.blank();
}

export function descendMain(w: PyWriter, plan: DescendPlan): void {
  const ran = plan.runs.some((r) => !r.error);
  const vars = ran ? plan.formula.vars.map(pyString) : [];
  w.line(`HEADER = ['run', 'step', ${vars.map((v) => `${v}, `).join('')}'f', 'grad_norm', 'status']`);
  w.blank();
  w.block('def main():', () => {
    w.line("as_csv = '--csv' in sys.argv[1:]");
    w.line('table = []');
    w.block('for label, core, options in RUNS:', () => {
      w.line('rows, status = descend(*with_clipping_and_decay(core, options))');
      w.line(
        'table += [[label, step, *map(float, p), value, norm, status] for step, p, value, norm in rows]',
      );
      w.block('if not as_csv:', () => {
        w.line("print(f'== {label} ==')");
        w.line(
          'shown = sorted(set(range(0, len(rows), max(1, len(rows) // 10))) | {len(rows) - 1})  # about ten lines',
        );
        w.line('for step, p, value, norm in (rows[i] for i in shown):');
        w.line("    point = ', '.join(f'{float(x):.6g}' for x in p)");
        w.line("    print(f'step {step:5d}  ({point})  f = {value:.10g}  |grad| = {norm:.3g}')");
        w.line("print(f'status: {status} after {rows[-1][0]} steps')");
      });
    });
    w.block('if as_csv:', () => {
      w.line("sys.stdout.reconfigure(encoding='utf-8')");
      w.line('print_csv(HEADER, table)');
    });
  });
  w.blank();
  mainCall(w);
}

export function fitMain(w: PyWriter, plan: FitPlan, headerCells: readonly string[]): void {
  w.line(`HEADER = [${headerCells.map(pyString).join(', ')}]`);
  const perName = plan.model.paramNames.length;
  w.blank();
  w.block('def main():', () => {
    w.line("as_csv = '--csv' in sys.argv[1:]");
    w.line('table = []');
    w.block('for label, core, options, regime in RUNS:', () => {
      w.line('history, status = fit(*with_clipping_and_decay(core, options), regime)');
      w.line(
        plan.recordParams
          ? 'table += [[label, epoch, loss, *map(float, theta), status] for epoch, loss, theta in history]'
          : `table += [[label, epoch, loss, *[math.nan] * ${perName}, status] for epoch, loss, theta in history]  # too many parameters to keep`,
      );
      w.block('if not as_csv:', () => {
        w.line("print(f'== {label} ==')");
        w.line(
          'shown = sorted(set(range(0, len(history), max(1, len(history) // 10))) | {len(history) - 1})',
        );
        w.line('for epoch, loss, theta in (history[i] for i in shown):');
        w.line("    numbers = ', '.join('%.8g' % float(v) for v in theta) if len(theta) <= 6 else '…'");
        w.line("    print(f'epoch {epoch:5d}  loss = {loss:.10g}  θ = ({numbers})')");
        w.line("print(f'status: {status} after {history[-1][0]} epochs')");
      });
    });
    w.block('if as_csv:', () => {
      w.line("sys.stdout.reconfigure(encoding='utf-8')");
      w.line('print_csv(HEADER, table)');
    });
  });
  w.blank();
  mainCall(w);
}
