/** Running the CLI in tests: `main` with an IO that records what it writes (no process, no terminal). */
import type { CliIO } from './io.js';
import { main } from './main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeIoOptions {
  /** The user's locale: 'es' sets LANG=es_ES.UTF-8, 'en' LANG=en_US.UTF-8 (default). */
  lang?: 'es' | 'en';
  cwd?: string;
  isTTY?: boolean;
  /** The progress bars' clock. */
  now?: () => number;
}

export function fakeIo(options: FakeIoOptions = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env: { LANG: options.lang === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8' },
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
    ...(options.now ? { now: options.now } : {}),
  };
}

/** `descenso ARGS` with a fake IO: the exit status and everything written. */
export async function cli(args: string[], options: FakeIoOptions = {}): Promise<CliResult> {
  const io = fakeIo(options);
  const code = await main(args, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}
