/**
 * The shapes of export: an Experiment becomes one runnable Python script in a framework's idiom.
 * Every generator takes the Experiment as the schema checked it and returns the script's text; the
 * script, run as `python3 script.py --csv`, prints the CSV of `descenso run FILE.json --format csv`.
 */
import type { Experiment } from '../experiment/types.js';
import type { Lang } from '../i18n/index.js';

/** The frameworks a script can be written for. */
export type ExportTarget = 'numpy' | 'pytorch' | 'tensorflow' | 'jax';

export const exportTargets: readonly ExportTarget[] = ['numpy', 'pytorch', 'tensorflow', 'jax'];

/**
 * One generator: the experiment (already checked by the schema) to the script's text, in English
 * but for the messages descenso gives in `lang` (why a run is left out); src/export/localize.ts
 * turns the rest.
 */
export type ScriptGenerator = (experiment: Experiment, lang?: Lang) => string;

/** The array modules a formula can be printed for (NumPy, PyTorch, TensorFlow, JAX's NumPy). */
export type ArrayModule = 'np' | 'torch' | 'tf' | 'jnp';
