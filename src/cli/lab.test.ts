import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without type declarations
import { labUrl, serveLab } from '../../scripts/serve.mjs';
import { singleLab, singleLabFile, stopLabs } from './lab.js';
import { main } from './main.js';
import { cli, fakeIo } from './testing.js';

interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A lab build in a temp folder: index.html, a 16 MB file to download, a link leading out. */
function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'descenso-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
  writeFileSync(join(root, 'big.bin'), Buffer.alloc(16 * 1024 * 1024, 7));
  const outside = mkdtempSync(join(tmpdir(), 'descenso-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
  return root;
}

/** Sends raw bytes and resolves with the whole answer (the socket as the client sees it). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((ok, fail) => {
    const s = connect(port, '127.0.0.1');
    let text = '';
    s.on('data', (d) => {
      text += d.toString('latin1');
    });
    s.on('end', () => ok(text));
    s.on('error', fail);
    s.write(request);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

const openFds = () => readdirSync('/proc/self/fd').length;

/** Starts a download of `path` and drops the connection once the first bytes arrive. */
function abortedDownload(port: number, path: string): Promise<void> {
  return new Promise((ok) => {
    const s = connect(port, '127.0.0.1');
    s.on('error', () => ok());
    s.once('data', () => {
      s.destroy();
      ok();
    });
    s.write(`GET ${path} HTTP/1.1\r\nhost: x\r\n\r\n`);
  });
}

describe('descenso lab', () => {
  it('lab --port 0 --root DIR serves the built lab, prints its address, and returns 0 once stopped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-lab-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
    const io = fakeIo();
    const done = main(['lab', '--port', '0', '--root', root], io);
    let line = '';
    for (let i = 0; i < 100 && !line; i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      line = io.out.join('');
    }
    const url = /^descenso lab: (http:\/\/127\.0\.0\.1:\d+\/)\n$/.exec(line)?.[1];
    expect(url).toBeDefined();
    const res = await fetch(url as string);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>lab</title>');
    await stopLabs();
    expect(await done).toBe(0);
  });

  it('lab without a build says how to make one, with exit status 2 (both languages)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-lab-empty-'));
    const en = await cli(['lab', '--root', root]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `descenso: the lab is not built (no ${root}/index.html): run npm run build:web first\n`,
    );
    const es = await cli(['lab', '--root', root], { lang: 'es' });
    expect(es.stderr).toContain('ejecute antes npm run build:web');
  });

  it('lab --host ::1 prints http://[::1]:PORT/ (an IPv6 host in brackets) and that address serves', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-lab-v6-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
    const io = fakeIo();
    const done = main(['lab', '--host', '::1', '--port', '0', '--root', root], io);
    let line = '';
    for (let i = 0; i < 100 && !line; i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      line = io.out.join('') || io.err.join('');
    }
    const url = /^descenso lab: (http:\/\/\[::1\]:\d+\/)\n$/.exec(line)?.[1];
    expect(url).toBeDefined();
    expect((await fetch(url as string)).status).toBe(200);
    await stopLabs();
    expect(await done).toBe(0);
  });

  it('labUrl puts an IPv6 host in brackets: http://[::1]:8080/, and leaves 127.0.0.1 as it is', () => {
    expect(labUrl('::1', 8080)).toBe('http://[::1]:8080/');
    expect(labUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080/');
  });
});

describe('descenso lab --single', () => {
  /** A stand-in for the built file, in a temp folder. */
  function builtFile(): string {
    const file = join(mkdtempSync(join(tmpdir(), 'descenso-single-')), 'descenso.html');
    writeFileSync(file, '<!doctype html><title>one file</title>');
    return file;
  }

  it('singleLab(no target) is the file’s own path; the default is web/dist-single/descenso.html', () => {
    const file = builtFile();
    expect(singleLab(undefined, '/', file)).toBe(file);
    expect(singleLabFile.endsWith(join('web', 'dist-single', 'descenso.html'))).toBe(true);
  });

  it('singleLab(a folder) copies the file into it under its name; singleLab(a file path) writes that file', () => {
    const file = builtFile();
    const dir = mkdtempSync(join(tmpdir(), 'descenso-single-to-'));
    expect(singleLab(dir, '/', file)).toBe(join(dir, 'descenso.html'));
    expect(readFileSync(join(dir, 'descenso.html'), 'utf8')).toBe('<!doctype html><title>one file</title>');
    expect(singleLab('lab.html', dir, file)).toBe(join(dir, 'lab.html'));
    expect(existsSync(join(dir, 'lab.html'))).toBe(true);
  });

  it('singleLab(a file not built) says how to build it, and a folder that is not there is named (both languages)', () => {
    const gone = join(mkdtempSync(join(tmpdir(), 'descenso-single-gone-')), 'descenso.html');
    expect(() => singleLab(undefined, '/', gone)).toThrow(
      `the lab as one file is not built (no ${gone}): run npm run build:single first`,
    );
    const nowhere = join(gone, 'no-such-folder', 'x.html');
    try {
      singleLab(nowhere, '/', builtFile());
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe(`cannot write ${nowhere} (ENOENT)`);
      expect((e as { messageIn(l: string): string }).messageIn('es')).toBe(
        `no se puede escribir ${nowhere} (ENOENT)`,
      );
    }
  });

  it('lab --single --root DIR prints the file’s path; lab --single TO --root DIR copies it to TO and prints that', async () => {
    const file = builtFile();
    const root = join(file, '..');
    const out = await cli(['lab', '--single', '--root', root]);
    expect(out).toMatchObject({ code: 0, stdout: `${file}\n`, stderr: '' });
    const to = mkdtempSync(join(tmpdir(), 'descenso-single-cli-'));
    const copied = await cli(['lab', '--single', to, '--root', root]);
    expect(copied).toMatchObject({ code: 0, stdout: `${join(to, 'descenso.html')}\n` });
    expect(readFileSync(join(to, 'descenso.html'), 'utf8')).toBe('<!doctype html><title>one file</title>');
  });

  it('lab --single from a folder without the file says how to build it, with exit status 2 (in Spanish)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-single-empty-'));
    const out = await cli(['lab', '--single', '--root', root], { lang: 'es' });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      `descenso: el laboratorio en un solo fichero no está compilado (falta ${join(root, 'descenso.html')}): ejecute antes npm run build:single\n`,
    );
  });
});

describe('serveLab under hostile clients', () => {
  let lab: Served;
  let root: string;
  beforeAll(async () => {
    root = tempRoot();
    lab = await serveLab({ port: 0, host: '127.0.0.1', root });
  });
  afterAll(async () => {
    await lab?.close();
  });

  it('serveLab after 300 aborted downloads of a 16 MB file has closed every file it opened', async () => {
    const before = openFds();
    for (let round = 0; round < 10; round++)
      await Promise.all(Array.from({ length: 30 }, () => abortedDownload(lab.port, '/big.bin')));
    // The server closes each file as its response closes; give the event loop a moment to see
    // the last closes (a bound on waiting, not a timing assertion: the count is what is checked).
    let after = openFds();
    for (let i = 0; i < 100 && after > before + 5; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      after = openFds();
    }
    expect(after).toBeLessThanOrEqual(before + 5);
    // and it still serves
    const res = await fetch(lab.url);
    expect(res.status).toBe(200);
  });

  it.each([
    ['/../../../../etc/passwd', 404],
    ['/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 404],
    ['/..%2f..%2f..%2fetc%2fpasswd', 404],
    ['/index.html%00.png', 400],
    ['/%E0%A4%A', 400],
    ['/%', 400],
    ['/link.txt', 404],
    ['/aaa… (5,000 characters)', 414],
  ])('GET %s is answered %i, never with a file outside the root', async (path, status) => {
    const target = path.endsWith('characters)') ? `/${'a'.repeat(5000)}` : path;
    const answer = await raw(lab.port, `GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
    expect(statusOf(answer)).toBe(status);
    expect(answer).not.toContain('root:');
    expect(answer).not.toContain('secret');
  });

  it('HEAD / gives the headers and length of index.html without a body; DELETE gets 405 with Allow', async () => {
    const head = await raw(lab.port, 'HEAD / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
    expect(statusOf(head)).toBe(200);
    expect(head).toMatch(/content-length: 33\r\n/i);
    expect(head.endsWith('\r\n\r\n')).toBe(true);
    const del = await raw(lab.port, 'DELETE / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
    expect(statusOf(del)).toBe(405);
    expect(del).toMatch(/allow: GET, HEAD, OPTIONS\r\n/i);
  });

  it('a malformed request line gets 400 and the server keeps serving', async () => {
    const answer = await raw(lab.port, 'GARBAGE\r\n\r\n');
    expect(statusOf(answer)).toBe(400);
    expect((await fetch(lab.url)).status).toBe(200);
  });

  it('serveLab answers 503 when the system has no file descriptor left (EMFILE), and does not crash', async () => {
    const busy = await serveLab({
      port: 0,
      root,
      openFile: () => Promise.reject(Object.assign(new Error('too many open files'), { code: 'EMFILE' })),
    });
    try {
      const res = await fetch(busy.url);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
    } finally {
      await busy.close();
    }
  });
});

describe('descenso lab as a process', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('descenso lab exits on SIGINT while a client holds a half-sent request', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-lab-sigint-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'lab', '--port', '0', '--root', root],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child = proc;
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      proc.stdout?.on('data', (d) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) ok(m[1]);
      });
      proc.on('exit', () => fail(new Error(`exited before serving: ${out}`)));
    });
    const port = Number(new URL(url).port);
    // headers never finished: the old server waited for this client before it would exit
    const holder = connect(port, '127.0.0.1');
    await new Promise<void>((ok) => holder.on('connect', () => ok()));
    holder.on('error', () => {});
    holder.write('GET / HTTP/1.1\r\nhost: x\r\n');
    await new Promise((ok) => setTimeout(ok, 100));
    const exited = new Promise<number | null>((ok) => proc.on('exit', (code) => ok(code)));
    proc.kill('SIGINT');
    // a generous bound so that a slow machine does not fail it: the real figure is far below
    const code = await Promise.race([
      exited,
      new Promise<'hung'>((ok) => setTimeout(() => ok('hung'), 5000)),
    ]);
    holder.destroy();
    expect(code).toBe(0);
  });
});
