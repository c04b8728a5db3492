/**
 * `descenso sweep`: optimizer options over linear or log ranges (src/sweep), on a surface, a
 * formula or a fit. Prints the runs ranked (fewest steps to --tol first) and the best setting per
 * optimizer, or the study's JSON or CSV; --plot draws the curve (one --vary) or the heat map (two).
 */
import type { Command } from 'commander';
import { parseExperiment } from '../experiment/schema.js';
import type { SweepStudy } from '../experiment/types.js';
import { t } from '../i18n/index.js';
import type { CommandSpec } from './commands.js';
import { parseChoice } from './flags.js';
import type { CliContext } from './io.js';
import { plotTarget } from './plots.js';
import { FORMATS } from './run-output.js';
import { runFlags } from './runner.js';
import { saveExperiment, saveTarget } from './save.js';
import { printStudy } from './study-output.js';
import { addSweepFlags, sweepStudyFromFlags } from './sweep-flags.js';

export { sweepCsv, sweepJson, sweepTable } from './sweep-output.js';

export const sweepCommand: CommandSpec = {
  name: 'sweep',
  register(program: Command, ctx: CliContext) {
    const cmd = program.command('sweep').description(t(ctx.lang, 'tour-sweep-description', undefined));
    addSweepFlags(cmd, ctx);
    cmd.action((opts: Record<string, unknown>) => {
      // Every flag is read before anything runs or is written.
      const format = parseChoice('--format', String(opts.format), FORMATS);
      const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
      const save = opts.save === undefined ? undefined : saveTarget(String(opts.save));
      const study = parseExperiment(sweepStudyFromFlags(opts, ctx)) as SweepStudy;
      if (save !== undefined) saveExperiment(save, study, ctx);
      printStudy(runFlags(study, 'sweep', ctx), format, target, ctx);
    });
    return cmd;
  },
};
