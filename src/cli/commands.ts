import type { Command } from 'commander';
import { basinsCommand } from './basins.js';
import { descendCommand } from './descend.js';
import { exportCommand } from './export.js';
import { fitCommand } from './fit.js';
import { gradCommand } from './grad.js';
import type { CliContext } from './io.js';
import { labCommand } from './lab.js';
import { lessonCommand } from './lesson.js';
import { lrfindCommand } from './lrfind.js';
import { optimizersCommand } from './optimizers.js';
import { runCommand } from './run.js';
import { simulateCommand } from './simulate.js';
import { surfacesCommand } from './surfaces.js';
import { sweepCommand } from './sweep.js';
import { tutorialCommand } from './tutorial.js';

/** A subcommand: its name and how it adds itself (flags, help, action) to the program. */
export interface CommandSpec {
  name: string;
  register(program: Command, ctx: CliContext): Command;
}

/** Every subcommand, in the order `descenso --help` lists them. */
export const commands: CommandSpec[] = [
  descendCommand,
  gradCommand,
  simulateCommand,
  fitCommand,
  sweepCommand,
  basinsCommand,
  lrfindCommand,
  surfacesCommand,
  optimizersCommand,
  tutorialCommand,
  lessonCommand,
  runCommand,
  exportCommand,
  labCommand,
];
