#!/usr/bin/env node
// A tiny static server for the built lab (web/dist): node:http only, loopback by default.
// `node scripts/serve.mjs [--port N] [--host H] [--root DIR]`; the CLI's `descenso lab` reuses serveLab().
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const defaultRoot = resolve(here, '..', 'web', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function fileFor(root, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  // Never serve anything outside the root (`..`, encoded or not).
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const st = statSync(full);
    if (st.isDirectory()) return fileFor(root, `${path.replace(/\/?$/, '/')}index.html`);
    return st.isFile() ? full : null;
  } catch {
    return null;
  }
}

function listen(server, port, host) {
  return new Promise((ok, fail) => {
    const onError = (e) => {
      server.off('listening', onListen);
      fail(e);
    };
    const onListen = () => {
      server.off('error', onError);
      ok(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListen);
    server.listen(port, host);
  });
}

/**
 * Serves `root` on http://host:port/. A busy port falls back to a free one chosen by the system.
 * Resolves to { server, url, port, close() }.
 */
export async function serveLab({ port = 5173, host = '127.0.0.1', root = defaultRoot } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(base, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  let bound;
  try {
    bound = await listen(server, port, host);
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') bound = await listen(server, 0, host);
    else throw e;
  }
  const url = `http://${host}:${bound}/`;
  return { server, url, port: bound, close: () => new Promise((ok) => server.close(() => ok())) };
}

function argValue(argv, name) {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const portText = argValue(argv, '--port') ?? process.env.PORT;
  const port = portText === undefined ? 5173 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`invalid --port: ${portText}`);
    process.exit(2);
  }
  const root = resolve(argValue(argv, '--root') ?? defaultRoot);
  try {
    statSync(join(root, 'index.html'));
  } catch {
    console.error(`no lab build in ${root}: run npm run build:web`);
    process.exit(1);
  }
  const { url } = await serveLab({ port, host: argValue(argv, '--host') ?? '127.0.0.1', root });
  console.log(`descenso lab: ${url}`);
}
