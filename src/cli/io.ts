import type { Lang } from '../i18n/index.js';

/** Where a command writes and what it knows of its surroundings; tests pass their own. */
export interface CliIO {
  /** Writes to standard output; throws OutputClosed once the reader has gone (`| head -1`). */
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** The clock of progress bars (ms); tests pass their own. Default Date.now. */
  now?: () => number;
  /**
   * Resolves once what was written to stdout has left the process, or throws OutputClosed when
   * its reader has gone: a pipe's failure can arrive after the last write returned.
   */
  flush?: () => Promise<void>;
}

/** Waits for stdout to take what was written (see CliIO.flush); nothing to wait for in tests. */
export async function flushOutput(io: CliIO): Promise<void> {
  await io.flush?.();
}

/** What every command receives: the IO and the language chosen for messages and tables. */
export interface CliContext {
  io: CliIO;
  lang: Lang;
  debug: boolean;
  /**
   * Set by a command that printed what it could but must still fail (a run of several that could
   * not start): main returns it once the command is done.
   */
  exitStatus?: number;
}

/**
 * Standard output was closed by its reader (`descenso simulate … | head -1`). Thrown from the
 * write so the command stops at once instead of computing output no one reads; main ends quietly.
 */
export class OutputClosed extends Error {
  constructor() {
    super('standard output closed');
    this.name = 'OutputClosed';
  }
}

/** The part of a stream the CLI uses: node's process.stdout and process.stderr, or a test's. */
export interface OutStream {
  write(text: string, done?: (error?: Error | null) => void): unknown;
  isTTY?: boolean;
  /** Node's streams: true once a write failed (EPIPE destroys the stream at once, before 'error'). */
  destroyed?: boolean;
  on?(event: 'error', listener: (e: Error & { code?: string }) => void): unknown;
}

/**
 * Writes to `stream` until it breaks. A closed pipe is the reader's choice, not a fault: its
 * 'error' is taken here (else node prints a stack and exits 1) and later writes stop.
 */
function writer(stream: OutStream, onBroken: () => void): (text: string) => void {
  let broken = false;
  stream.on?.('error', (e) => {
    broken = true;
    // Anything but a closed pipe (a full disk) is told, once, on the other stream's behalf.
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') {
      process.exitCode = 1;
      process.stderr.write(`descenso: ${e.code ?? e.message}\n`);
    }
  });
  return (text) => {
    if (broken || stream.destroyed) {
      broken = true;
      onBroken();
      return;
    }
    stream.write(text);
    if (stream.destroyed) {
      broken = true;
      onBroken();
    }
  };
}

export function processIO(
  streams: { stdout: OutStream; stderr: OutStream } = { stdout: process.stdout, stderr: process.stderr },
  now?: () => number,
): CliIO {
  const stdout = writer(streams.stdout, () => {
    throw new OutputClosed();
  });
  // A closed stderr loses the messages, not the work: stdout may still be read.
  const stderr = writer(streams.stderr, () => {});
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      const closed = () => reject(new OutputClosed());
      if (streams.stdout.destroyed) return closed();
      try {
        streams.stdout.write('', (error) => (error || streams.stdout.destroyed ? closed() : resolve()));
      } catch {
        closed();
      }
    });
  return {
    ...(now ? { now } : {}),
    stdout,
    stderr,
    flush,
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(streams.stderr.isTTY),
  };
}
