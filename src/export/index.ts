/**
 * Export as code: an Experiment → a runnable Python script in NumPy's, PyTorch's, TensorFlow's
 * or JAX's idiom that prints, with `--csv`, the CSV of `descenso run FILE.json --format csv`.
 *
 * Shared pieces for every generator: plan.ts (the experiment resolved: optimizers with their
 * defaults, the function, the data), python.ts (safe literals and an indenting writer),
 * formula.ts (the formula tree printed in a module's syntax, and differentiated), data.ts (the
 * data drawn with NumPy's RandomState as descenso draws it), csv.ts (the CSV printer), optim.ts
 * (updates written out), descend-loop.ts and fit-loop.ts (the engine's loops in Python).
 */
import { DescensoError } from '../errors.js';
import { parseExperiment } from '../experiment/schema.js';
import type { Experiment } from '../experiment/types.js';
import { spanishScriptText } from '../i18n/es/export-script.js';
import type { Lang } from '../i18n/index.js';
import { jaxScript } from './jax.js';
import { localizeScript, type Phrasebook } from './localize.js';
import { numpyScript } from './numpy.js';
import { pytorchScript } from './pytorch.js';
import { tensorflowScript } from './tensorflow.js';
import { type ExportTarget, exportTargets, type ScriptGenerator } from './types.js';

export { csvHelpers } from './csv.js';
export { dataCode } from './data.js';
export { differentiate, fromAst, type PyExpr, printPython } from './formula.js';
export { type DescendPlan, type ExportPlan, type FitPlan, type OptimizerPlan, planOf } from './plan.js';
export { PyWriter, pyComment, pyFloat, pyString, pythonNames } from './python.js';
export { type ArrayModule, type ExportTarget, exportTargets, type ScriptGenerator } from './types.js';
export { jaxScript, localizeScript, numpyScript, type Phrasebook, pytorchScript, tensorflowScript };

/** The generator of each target; a target without one would be refused, never faked. */
export const generators: Partial<Record<ExportTarget, ScriptGenerator>> = {
  numpy: numpyScript,
  pytorch: pytorchScript,
  tensorflow: tensorflowScript,
  jax: jaxScript,
};

/** What a script is written with beside its framework. */
export interface ExportOptions {
  /** The language of its comments, docstrings and printed messages (English by default); its code and CSV are the same in every language. */
  lang?: Lang;
}

/** The script of `experiment` for `target`; the experiment is checked by the schema first. */
export function exportScript(
  experiment: Experiment,
  target: ExportTarget,
  options: ExportOptions = {},
): string {
  if (typeof target !== 'string' || !(exportTargets as readonly string[]).includes(target))
    throw new DescensoError('export-unknown-target', {
      target: String(target),
      targets: exportTargets.join(', '),
    });
  const generate = generators[target];
  if (!generate) throw new DescensoError('export-target-missing', { target });
  const lang = options.lang ?? 'en';
  const script = generate(parseExperiment(experiment), lang);
  return lang === 'es' ? localizeScript(script, spanishScriptText) : script;
}
