import type { Lang } from '../i18n/index.js';

/** Where a command writes and what it knows of its surroundings; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** The clock of progress bars (ms); tests pass their own. Default Date.now. */
  now?: () => number;
}

/** What every command receives: the IO and the language chosen for messages and tables. */
export interface CliContext {
  io: CliIO;
  lang: Lang;
  debug: boolean;
}

/** The part of a stream the CLI uses: node's process.stdout and process.stderr, or a test's. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function processIO(
  streams: { stdout: OutStream; stderr: OutStream } = { stdout: process.stdout, stderr: process.stderr },
  now?: () => number,
): CliIO {
  return {
    ...(now ? { now } : {}),
    stdout: (t) => void streams.stdout.write(t),
    stderr: (t) => void streams.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(streams.stderr.isTTY),
  };
}
