/**
 * What `descend`, `fit` and `run` print of a Run, the same for all three: a table per run, one
 * CSV, or the JSON of run-json.ts. A run that could not start holds its place with its reason;
 * the others print as usual, and then the command says the reason on stderr and exits 2.
 */
import type { DescendOutcome, FitOutcome, SingleRun as Run } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import { type CliContext, flushOutput } from './io.js';
import { note, printableLine } from './printable.js';
import { ranRuns, statusNotes, tableText, writeResultCsv } from './report.js';
import { runJson } from './run-json.js';
import { writeJson, writeLines } from './stream.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface PrintOptions {
  format: Format;
  /** Print every N-th step or epoch (and the last). */
  every: number;
  /** Place a fault at its path in the experiment (`run FILE.json`: the user wrote the paths). */
  paths: boolean;
  /** More fields of the JSON (descend --explain K adds `explain`). */
  json?: Record<string, unknown>;
}

/** The one line that says why a run could not start, in the user's language. */
export function errorText(
  r: DescendOutcome | FitOutcome,
  ctx: Pick<CliContext, 'lang'>,
  paths: boolean,
): string {
  const e = r.error;
  if (e === undefined) return t(ctx.lang, 'cli-error', undefined);
  if (paths && e.path !== undefined)
    return t(ctx.lang, 'experiment-invalid', {
      path: e.path,
      problem: { kind: 'run', es: e.message.es, en: e.message.en },
    });
  return e.message[ctx.lang];
}

/** The runs that could not start. */
export const failedRuns = (run: Run): (DescendOutcome | FitOutcome)[] =>
  (run.runs as (DescendOutcome | FitOutcome)[]).filter((r) => r.status === 'error');

/** Prints the Run in the format asked; a run that failed makes the command end with status 2. */
export async function printRun(run: Run, o: PrintOptions, ctx: CliContext): Promise<void> {
  const say = (r: DescendOutcome | FitOutcome) => errorText(r, ctx, o.paths);
  if (o.format === 'json') writeJson(ctx.io.stdout, { ...runJson(run, ctx.lang), ...o.json });
  else if (o.format === 'csv') {
    writeResultCsv(ctx.io.stdout, run, o.every);
    // A reader that closed the pipe (| head) wanted no more: the status would only be noise.
    await flushOutput(ctx.io);
    for (const line of statusNotes(ranRuns(run), ctx.lang, run.runs.length > 1)) note(ctx.io, line);
  } else writeLines(ctx.io.stdout, tableText(run, o.every, ctx, say));
  reportFailures(run, ctx, say);
}

/** The reasons of the runs that failed, as the command's one message line (status 2). */
function reportFailures(run: Run, ctx: CliContext, say: (r: DescendOutcome | FitOutcome) => string): void {
  const failed = failedRuns(run);
  if (failed.length === 0) return;
  const many = run.runs.length > 1;
  const reasons = failed.map((r) => (many ? `${r.label}: ${say(r)}` : say(r)));
  ctx.io.stderr(`descenso: ${printableLine(reasons.join('; '))}\n`);
  ctx.exitStatus = 2;
}
