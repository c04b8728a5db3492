/**
 * `descenso export FILE.json --to numpy|pytorch|tensorflow|jax [--out script.py]`: the experiment
 * as a runnable Python script in the framework's idiom (src/export), printed or written to a file,
 * its comments and printed messages in the CLI's language (`--lang es`, or a Spanish locale).
 * The file is written beside its final name and renamed into place, so an interrupted write never
 * leaves half a script where a good one was. `python3 script.py --csv` prints what
 * `descenso run FILE.json --format csv` prints.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { experimentFromJson } from '../experiment/index.js';
import { exportScript, exportTargets } from '../export/index.js';
import { t } from '../i18n/index.js';
import type { CommandSpec } from './commands.js';
import { parseChoice } from './flags.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { fileReason } from './plots.js';
import { printableLine } from './printable.js';
import { readExperimentFile } from './run.js';

/** Writes `text` to `file` (relative to the CLI's folder) through a temporary file renamed into place. */
export function writeAtomically(file: string, text: string, ctx: Pick<CliContext, 'io' | 'lang'>): string {
  const path = resolve(ctx.io.cwd, file);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (err) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // A path the system refuses (a NUL byte) never had a file: nothing to clean.
    }
    throw new DescensoError('export-write', { file, reason: fileReason(err, ctx.lang) });
  }
  return path;
}

export const exportCommand: CommandSpec = {
  name: 'export',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('export')
      .description(t(lang, 'export-description', undefined))
      .argument('<file>', t(lang, 'export-arg', undefined))
      .requiredOption(
        '--to <framework>',
        `${t(lang, 'export-to', undefined)}; ${allowed(lang, exportTargets)} ${t(lang, 'tour-help-required', undefined)}`,
      )
      .option('--out <file>', t(lang, 'export-out', undefined))
      .action((file: string, opts: Record<string, unknown>) => {
        const target = parseChoice('--to', String(opts.to), exportTargets);
        const experiment = experimentFromJson(readExperimentFile(file, ctx));
        // The script's comments and messages in the CLI's language (--lang, else the locale).
        const script = exportScript(experiment, target, { lang });
        if (opts.out === undefined) {
          ctx.io.stdout(script);
          return;
        }
        const out = String(opts.out);
        writeAtomically(out, script, ctx);
        // The name is the user's: shown printable, it cannot move the cursor or add a line.
        ctx.io.stderr(`${printableLine(t(lang, 'export-written', { file: out, target }))}\n`);
      });
  },
};
