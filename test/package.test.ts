/**
 * The package as npm ships it: `npm pack` in a copy of this checkout (no dist/, no web/dist: the
 * prepare and prepack steps must build them), the tarball unpacked, only its production
 * dependencies beside it, and its bin run as a subprocess: `descenso lab --port 0` must serve the
 * built lab. Nothing here uses the network (npm runs offline; the dependencies are the checkout's).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'descenso-pack-'));
const unpacked = join(work, 'package');
let tarball = '';
let files: string[] = [];
const children: ChildProcess[] = [];

/** This checkout's files as git sees them (tracked and new, nothing ignored), copied to `dest`. */
function copyCheckout(dest: string): void {
  const list = execFileSync('git', ['ls-files', '-z', '-c', '-o', '--exclude-standard'], { cwd: REPO })
    .toString()
    .split('\0')
    .filter((f) => f && f !== 'node_modules' && existsSync(join(REPO, f)));
  for (const f of list) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    cpSync(join(REPO, f), join(dest, f));
  }
  // the dev dependencies the build steps need (vite, typescript), without copying them
  symlinkSync(realpathSync(join(REPO, 'node_modules')), join(dest, 'node_modules'));
}

/** Links the package's production dependencies, and only those, into its node_modules. */
function linkDependencies(pkg: string): void {
  const { dependencies = {} } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  for (const name of Object.keys(dependencies)) {
    const link = join(pkg, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(REPO, 'node_modules', name)), link);
  }
}

/** Runs the unpacked package's bin; resolves with the address it prints, or rejects with what it said. */
function startLab(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(unpacked, 'bin', 'descenso.js'), ...args], {
    cwd: work,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /^descenso lab: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (m) ok({ child, url: m[1] });
    });
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => fail(new Error(`exit ${code}: ${err}${out}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    // 'close': the process has exited and its output has been read to the end
    if (child.exitCode !== null && child.stderr?.readableEnded) ok(child.exitCode);
    else child.on('close', (code) => ok(code));
  });
}

describe('the packed package', () => {
  beforeAll(() => {
    const copy = join(work, 'checkout');
    copyCheckout(copy);
    execFileSync('npm', ['pack', '--pack-destination', work], {
      cwd: copy,
      env: {
        ...process.env,
        npm_config_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
      },
      stdio: 'ignore',
    });
    tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) as string);
    execFileSync('tar', ['xzf', tarball, '-C', work]);
    files = execFileSync('tar', ['tzf', tarball])
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    linkDependencies(unpacked);
  }, 300_000);

  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('npm pack ships the built lab (served and as one file), the server and the compiled library, without tests, sources or maps', () => {
    expect(files).toContain('web/dist/index.html');
    // the lab as one file, to open from disk (npm run build:single)
    expect(files).toContain('web/dist-single/descenso.html');
    expect(files.some((f) => /^web\/dist\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(files).toContain('scripts/serve.mjs');
    expect(files).toContain('dist/cli/bin.js');
    expect(files).toContain('dist/index.d.ts');
    const unwanted = files.filter((f) =>
      /(^src\/|^web\/src\/|^test\/|\.test\.|\.map$|testing\.|fixtures\.|node_modules)/.test(f),
    );
    expect(unwanted).toEqual([]);
    // The lab's libraries are bundled into web/dist, not installed with the package.
    const { dependencies } = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
    for (const name of ['three', 'preact', '@preact/signals']) expect(dependencies).not.toHaveProperty(name);
    // a bound that catches a build gone wrong (maps, a second copy of three), not a target; the
    // one-file lab is that whole lab again by design (three and the workers inside), so it is
    // allowed its own compressed size on top
    const single = gzipSync(readFileSync(join(unpacked, 'web', 'dist-single', 'descenso.html'))).length;
    expect(statSync(tarball).size).toBeLessThan(2_000_000 + single);
  });

  it('descenso lab --port 0 from the unpacked package serves / and its JS with HTTP 200, and stops on SIGINT', async () => {
    const { child, url } = await startLab(['lab', '--port', '0']);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(new URL(script as string, url));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await js.text()).length).toBeGreaterThan(1000);
    child.kill('SIGINT');
    expect(await exitOf(child)).toBe(0);
  });

  it('descenso lab --single from the unpacked package prints the shipped file: one page, the lab inside', async () => {
    const child = spawn(process.execPath, [join(unpacked, 'bin', 'descenso.js'), 'lab', '--single'], {
      cwd: work,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    expect(await exitOf(child)).toBe(0);
    const file = join(unpacked, 'web', 'dist-single', 'descenso.html');
    expect(out).toBe(`${file}\n`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<script type="module">');
    expect(html).not.toMatch(/\s(src|href)="\.\//);
  });

  it('descenso lab from a package without its lab says so in one line and exits 2', async () => {
    renameSync(join(unpacked, 'web', 'dist'), join(unpacked, 'web', 'dist-gone'));
    try {
      const child = spawn(process.execPath, [join(unpacked, 'bin', 'descenso.js'), 'lab', '--port', '0'], {
        cwd: work,
        env: { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let err = '';
      child.stderr?.on('data', (d) => {
        err += d;
      });
      expect(await exitOf(child)).toBe(2);
      expect(err).toBe(
        `descenso: esta instalación de descenso no trae el laboratorio compilado (falta ${join(unpacked, 'web', 'dist')}/index.html): reinstale el paquete o indique --root CARPETA\n`,
      );
    } finally {
      renameSync(join(unpacked, 'web', 'dist-gone'), join(unpacked, 'web', 'dist'));
    }
  });
});
