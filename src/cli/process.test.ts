/**
 * The CLI as a process, for what only a process shows: a reader that closes the pipe early, and
 * files too large to read. Few and small on purpose (each spawns node with tsx).
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, 'bin.ts');

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `descenso ARGS`; with `firstLine`, reads standard output up to its first line break and
 * then closes the pipe, as `| head -1` does.
 */
function descenso(
  args: string[],
  options: { firstLine?: boolean; endlessStdin?: boolean } = {},
): Promise<Ended> {
  return new Promise((done, fail) => {
    const node = [process.execPath, '--import', 'tsx', bin, ...args];
    // `yes | descenso …`: standard input a real pipe of text without end (node's own 'pipe' is a socket).
    const [cmd, ...argv] = options.endlessStdin ? ['sh', '-c', 'yes | exec "$@"', 'sh', ...node] : node;
    const child = spawn(cmd, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (options.firstLine && stdout.includes('\n')) child.stdout.destroy();
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

describe('descenso as a process', () => {
  it('simulate --format csv | head -1: the first line, then a quiet end (exit 0, nothing on stderr)', async () => {
    // 20,000 rows are most of a megabyte: far more than a pipe holds, so the writer meets the closed end.
    const r = await descenso(['simulate', '--points', '20000', '--format', 'csv'], { firstLine: true });
    expect(r.stdout.split('\n')[0]).toBe('x,y');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  const dir = mkdtempSync(join(tmpdir(), 'descenso-process-'));

  it('run /dev/zero is refused at its first NUL byte with one line, instead of reading forever', async () => {
    const r = await descenso(['run', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('descenso: cannot read /dev/zero: it is not a text file (it holds NUL bytes)\n');
  });

  it('run /dev/stdin fed text without end stops at the size limit (a pipe says size 0)', async () => {
    const r = await descenso(['run', '/dev/stdin'], { endlessStdin: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('descenso: cannot read /dev/stdin: the file is too large (over 50 MB)\n');
  });

  it('fit --data-file of a 600 MB file says it is too large (not ERR_STRING_TOO_LONG), before reading it', async () => {
    // A sparse file: 600 MB by its size, no disk used.
    const big = join(dir, 'big.csv');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 600_000_000);
    const r = await descenso(['fit', '--data-file', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`descenso: cannot read ${big}: the file is too large (over 200 MB)\n`);
  });
});
