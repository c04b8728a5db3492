/**
 * The one JSON shape `descend`, `fit` and `run` print with `--format json` (documented in
 * docs/json.md): `{ version, experiment, runs: [{ label, status, … }] }`. A descent carries its
 * variables, recorded points and values; a fit its model, loss, regime, parameters and history; a
 * run that could not start carries its error (code, message in the user's language, path).
 */
import {
  type DescendOutcome,
  EXPERIMENT_VERSION,
  type FitOutcome,
  type SingleRun as Run,
  type RunError,
} from '../experiment/types.js';
import { type Lang, t } from '../i18n/index.js';

/** The version of this output shape; it moves with the Experiment's (src/experiment/types.ts). */
export const OUTPUT_VERSION = EXPERIMENT_VERSION;

/** An error as printed: its code, its message in `lang`, and where in the experiment it lies. */
function errorJson(error: RunError | undefined, lang: Lang) {
  return {
    code: error?.code ?? 'cli-error',
    message: error?.message[lang] ?? t(lang, 'cli-error', undefined),
    ...(error?.path !== undefined ? { path: error.path } : {}),
  };
}

/** A descent: where it went, what f was there, how it ended. */
export function descentJson(r: DescendOutcome, lang: Lang, counted = r.traces !== undefined) {
  const head = { label: r.label, status: r.status };
  if (r.status === 'error') return { ...head, error: errorJson(r.error, lang) };
  return {
    ...head,
    vars: r.vars,
    points: r.points,
    values: r.values,
    gradNorms: r.gradNorms,
    steps: r.steps,
    ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt } : {}),
    ...(r.leftDomainAt !== undefined ? { leftDomainAt: r.leftDomainAt } : {}),
    // With record.every K the rows are steps 0, K, 2K, … and the last: said, or they read as 0, 1, 2.
    ...(r.recordEvery !== undefined && r.recordEvery > 1 ? { recordEvery: r.recordEvery } : {}),
    // f and ∇f evaluations so far at each row (the start's included), when some run of the Run
    // searched: alone, a gradient method's are one of each per step, which `steps` already says.
    ...(counted && r.evaluations !== undefined ? { evaluations: r.evaluations } : {}),
    // a searching method's trial points (or simplex) of each recorded step
    ...(r.traces ? { traces: r.traces } : {}),
  };
}

/** A fit: the model and loss, the final parameters and the history per epoch. */
export function fitJson(r: FitOutcome, lang: Lang) {
  const head = { label: r.label, status: r.status };
  if (r.status === 'error') return { ...head, error: errorJson(r.error, lang) };
  return {
    ...head,
    model: r.model,
    loss: r.loss,
    regime: r.regime,
    params: r.params,
    history: r.history,
    ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt } : {}),
    ...(r.warnings
      ? { warnings: r.warnings.map((w) => ({ code: w.code, message: t(lang, w.code, w.params as never) })) }
      : {}),
  };
}

/** The Run as the CLI prints it: the same shape from every command. */
export function runJson(run: Run, lang: Lang) {
  const head = { version: OUTPUT_VERSION, experiment: run.experiment };
  if (run.kind === 'fit') return { ...head, runs: run.runs.map((r) => fitJson(r, lang)) };
  // the counts of every descent when one searched, so that they compare (see report.ts, `searched`)
  const counted = run.runs.some((r) => r.status !== 'error' && r.traces !== undefined);
  const runs = run.runs.map((r) => descentJson(r, lang, counted));
  if (run.kind === 'descend') return { ...head, runs };
  // The derivative study: its numbers at x and its error table beside the two descents.
  return { ...head, at: run.at, errors: run.errors, ...(run.chain ? { chain: run.chain } : {}), runs };
}
