import type { Command } from 'commander';
import { descendCommand } from './descend.js';
import { fitCommand } from './fit.js';
import { gradCommand } from './grad.js';
import type { CliContext } from './io.js';
import { simulateCommand } from './simulate.js';

/** A subcommand: its name and how it adds itself (flags, help, action) to the program. */
export interface CommandSpec {
  name: string;
  register(program: Command, ctx: CliContext): Command;
}

/** Every subcommand, in the order `descenso --help` lists them. */
export const commands: CommandSpec[] = [descendCommand, gradCommand, simulateCommand, fitCommand];
