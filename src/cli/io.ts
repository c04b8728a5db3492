import type { Lang } from '../i18n/index.js';

/** Where a command writes and what it knows of its surroundings; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** stderr is a terminal (progress bars only then). */
  isTTY: boolean;
}

/** What every command receives: the IO and the language chosen for messages and tables. */
export interface CliContext {
  io: CliIO;
  lang: Lang;
  debug: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}
