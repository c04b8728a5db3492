/**
 * Two ways to run a CLI case: in a worker thread through `cli()` (fast; a hang or a heap
 * exhaustion ends the worker, not the suite) and as a real process (`node --import tsx
 * src/cli/bin.ts`, for pipes, devices, huge files, signals and real exit statuses).
 * Both stop a case after HANG_MS and report it as a hang.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, type Socket } from 'node:net';
import { constants } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './checks.js';
import type { CliCase, Lang } from './corpus.js';
import { repoRoot } from './corpus.js';

/**
 * A case that has not ended after this long hangs. Generous on purpose: on two shared cores a
 * case that takes a second alone has been seen to wait over 20 s behind the other test files.
 */
export const HANG_MS = 60_000;
/** RLIMIT_DATA of a subprocess (KiB): a runaway read fails there instead of eating the machine. */
const DATA_LIMIT_KB = 4 * 1024 * 1024;
/** tsx's loader by absolute address: a case runs in its own folder, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;

/** What a worker answers: its own reply, or that it hung or died. */
export type WorkerAnswer<R> = { reply: R } | { hung: true } | { failure: string };

/**
 * One worker thread answering messages one at a time; a message that gets no answer within
 * HANG_MS ends the worker (Worker.terminate stops even a synchronous endless loop), and the next
 * message starts a new one. A worker that dies (heap limit) fails only what it was doing.
 */
export class WorkerRunner<M, R> {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private pending = new Map<number, (a: WorkerAnswer<R>) => void>();
  private next = 0;

  constructor(
    private readonly file: URL,
    private readonly data: unknown,
  ) {}

  private start(): Promise<void> {
    const worker = new Worker(this.file, {
      workerData: this.data,
      // A case that tries to hold gigabytes ends this worker, not the test process.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    // Whatever the code writes to the real process streams is not the case's output; drop it.
    worker.stdout.resume();
    worker.stderr.resume();
    const pending = new Map<number, (a: WorkerAnswer<R>) => void>();
    this.pending = pending;
    this.worker = worker;
    const fail = (why: string) => {
      for (const answer of pending.values()) answer({ failure: why });
      pending.clear();
      if (this.worker === worker) this.worker = undefined;
    };
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (m: { ready?: boolean; id?: number; reply?: R }) => {
        if (m.ready) return resolve();
        const answer = pending.get(m.id ?? -1);
        pending.delete(m.id ?? -1);
        answer?.({ reply: m.reply as R });
      });
      worker.on('error', (e) => {
        reject(e);
        fail(`the worker died: ${e.message}`);
      });
      worker.on('exit', () => fail('the worker exited'));
    });
    return this.ready;
  }

  async call(message: M): Promise<WorkerAnswer<R>> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker as Worker;
    const pending = this.pending;
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve({ hung: true });
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      }, HANG_MS);
      pending.set(id, (a) => {
        clearTimeout(timer);
        resolve(a);
      });
      worker.postMessage({ id, ...message });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

interface CliReply {
  code?: number;
  stdout?: string;
  stderr?: string;
  thrown?: string;
}

/** `cli(args)` of src/cli/testing.ts, in a worker. */
export class InProcessRunner {
  private runner = new WorkerRunner<{ args: string[]; lang: Lang; cwd: string }, CliReply>(
    new URL('./cli-worker.mjs', import.meta.url),
    { testing: join(repoRoot, 'src/cli/testing.ts') },
  );

  async run(args: string[], lang: Lang, cwd: string): Promise<Outcome> {
    const a = await this.runner.call({ args, lang, cwd });
    if ('hung' in a) return { status: -1, stdout: '', stderr: '', hung: true };
    if ('failure' in a) return { status: -1, stdout: '', stderr: '', failure: a.failure };
    const r = a.reply;
    if (r.thrown !== undefined)
      return { status: -1, stdout: '', stderr: '', failure: `cli() threw: ${r.thrown.split('\n')[0]}` };
    return { status: r.code ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}

function localeEnv(lang: Lang): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.FORCE_COLOR;
  return env;
}

function signalStatus(signal: NodeJS.Signals | null, code: number | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}

/** Holds an HTTP request half-sent to the lab whose address is in `text`. */
function halfRequest(text: string): Socket | undefined {
  const m = /http:\/\/\[?([^\]/]+?)\]?:(\d+)/.exec(text);
  if (!m) return undefined;
  const socket = connect(Number(m[2]), m[1]);
  socket.on('error', () => {});
  socket.write('GET / HTTP/1.1\r\nHost: lab\r\nX-Half: ');
  return socket;
}

/** Runs the case as `node --import tsx src/cli/bin.ts ARGS` in `dir`, under a data-size limit. */
export function runSubprocess(c: CliCase, args: string[], lang: Lang, dir: string): Promise<Outcome> {
  return new Promise((resolve) => {
    // stdin through a real pipe, as `cat file | descenso …` gives (node's own stdio pipes are sockets).
    const input = join(dir, '.stdin');
    if (c.stdin !== undefined) writeFileSync(input, c.stdin);
    const run = c.stdin !== undefined ? `cat "${input}" | "$@"` : 'exec "$@"';
    const script = `ulimit -d ${DATA_LIMIT_KB} && ${run}`;
    const heap = c.heapMb ? [`--max-old-space-size=${c.heapMb}`] : [];
    const child: ChildProcess = spawn(
      '/bin/sh',
      [
        '-c',
        script,
        'sh',
        process.execPath,
        ...heap,
        '--import',
        TSX,
        join(repoRoot, 'src/cli/bin.ts'),
        ...args,
      ],
      // detached: its own process group, so a hang is ended with every process it started.
      { cwd: dir, env: localeEnv(lang), detached: true },
    );
    let stdout = '';
    let stderr = '';
    let hung = false;
    let signalled = false;
    let socket: Socket | undefined;
    const killAll = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      hung = true;
      killAll();
    }, HANG_MS);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    if (c.closeStdout === 'at-once') child.stdout?.destroy();
    child.stdout?.on('data', (chunk: string) => {
      if (stdout.length < 1_000_000) stdout += chunk;
      if (c.closeStdout === 'after-first-line' && stdout.includes('\n')) child.stdout?.destroy();
      if (c.signal && !signalled && new RegExp(c.signal.afterStdout).test(stdout)) {
        signalled = true;
        if (c.signal.halfRequest) socket = halfRequest(stdout);
        // Give the half-sent request a moment to reach the server before the signal.
        setTimeout(() => child.kill(c.signal?.name), socket ? 300 : 0);
      }
    });
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < 1_000_000) stderr += chunk;
    });
    child.stdin?.on('error', () => {});
    child.stdin?.end();
    for (const [name, spec] of Object.entries(c.files ?? {}))
      if ('fifo' in spec) writeFifo(join(dir, name), spec.fifo);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      socket?.destroy();
      killAll();
      const created = (c.creates ?? []).filter((f) => {
        const p = join(dir, f);
        return existsSync(p) && statSync(p).size > 0;
      });
      resolve({ status: signalStatus(signal, code), stdout, stderr, hung, created });
    });
  });
}

/** Opens the FIFO for writing (blocks until the CLI opens it to read) in a child, and writes `text`. */
function writeFifo(path: string, text: string): void {
  const writer = spawn('/bin/sh', ['-c', 'cat > "$1"', 'sh', path], { stdio: ['pipe', 'ignore', 'ignore'] });
  writer.stdin.on('error', () => {});
  writer.stdin.end(text);
  // A CLI that never opens the FIFO leaves the writer waiting: end it with the case.
  setTimeout(() => writer.kill('SIGKILL'), HANG_MS).unref();
}

/** Runs `tasks` with at most `limit` at a time. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}
