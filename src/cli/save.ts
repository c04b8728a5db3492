/**
 * `--save FILE.json`: the Experiment a command built from its flags, written as pretty JSON so
 * `descenso run FILE.json` runs it again with the same numbers. The file is written beside its
 * final name and renamed into place: a full disk or an interrupted run never leaves half a file
 * where a good one was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DescensoError } from '../errors.js';
import type { Experiment } from '../experiment/types.js';
import type { CliContext } from './io.js';
import { fileReason } from './plots.js';

/** --save's value, checked before anything runs: a JSON file name. */
export function saveTarget(value: string): string {
  if (extname(value).toLowerCase() !== '.json')
    throw new DescensoError('cli-save-extension', { file: value });
  return value;
}

/** The Experiment as the file holds it: two-space JSON and a final newline. */
export function experimentText(e: Experiment): string {
  return `${JSON.stringify(e, null, 2)}\n`;
}

/** Writes the Experiment to `file` (relative to the CLI's folder) atomically; returns the path written. */
export function saveExperiment(file: string, e: Experiment, ctx: Pick<CliContext, 'io' | 'lang'>): string {
  const path = resolve(ctx.io.cwd, file);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, experimentText(e));
    renameSync(temporary, path);
  } catch (err) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // A path the system refuses (a NUL byte) never had a file: nothing to clean.
    }
    throw new DescensoError('cli-save', { file, reason: fileReason(err, ctx.lang) });
  }
  return path;
}
