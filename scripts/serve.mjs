#!/usr/bin/env node
// A tiny static server for the built lab (web/dist): node:http only, loopback by default.
// `node scripts/serve.mjs [--port N] [--host H] [--root DIR]`; the CLI's `descenso lab` reuses serveLab().
//
// It must survive whatever a client does: every error (request, response, file stream, malformed
// request) is answered or the socket dropped, never thrown; a download the client aborts closes
// its file at once (stream.pipeline), so aborted downloads cannot exhaust the descriptors; slow
// or idle clients are cut off by timeouts; and close() drops open connections, so Ctrl-C stops the
// server even while a client holds a half-sent request.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const defaultRoot = resolve(here, '..', 'web', 'dist');

/** Longer request targets are refused (414): the lab's own paths are short, its state is in the hash. */
export const MAX_URL_LENGTH = 2048;

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

const STATUS_TEXT = {
  400: 'bad request',
  404: 'not found',
  405: 'method not allowed',
  414: 'address too long',
  500: 'server error',
  503: 'server busy, try again',
};

/** The path a request target names, decoded, or the status that refuses it. */
function pathOf(url) {
  if (url.length > MAX_URL_LENGTH) return { status: 414 };
  let path;
  try {
    // The URL parser resolves `.` and `..` segments, %2e%2e included; decoding may still fail.
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  return { path };
}

/** The file under `root` for `path` (a folder gives its index.html), opened; or the status to answer. */
async function openUnder(root, realRoot, path, openFile, depth = 0) {
  const full = normalize(join(root, path));
  // Never anything outside the root (`..`, encoded or not, or a symbolic link leading out).
  if (full !== root && !full.startsWith(root + sep)) return { status: 404 };
  let handle;
  try {
    const real = await realpath(full);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return { status: 404 };
    handle = await openFile(real, constants.O_RDONLY);
    const st = await handle.stat();
    if (st.isDirectory() && depth === 0) {
      await handle.close();
      return openUnder(root, realRoot, `${path.replace(/\/?$/, '/')}index.html`, openFile, 1);
    }
    if (!st.isFile()) {
      await handle.close();
      return { status: 404 };
    }
    return { handle, size: st.size, name: real };
  } catch (e) {
    await handle?.close().catch(() => {});
    const code = e?.code;
    if (code === 'EMFILE' || code === 'ENFILE' || code === 'EAGAIN') return { status: 503 };
    if (
      code === 'ENOENT' ||
      code === 'ENOTDIR' ||
      code === 'EACCES' ||
      code === 'ELOOP' ||
      code === 'ENAMETOOLONG'
    )
      return { status: 404 };
    return { status: 500 };
  }
}

function answer(res, status, head = false, extra = {}) {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const body = `${STATUS_TEXT[status] ?? 'error'}\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    ...(status === 503 ? { 'retry-after': '1' } : {}),
    ...extra,
  });
  res.end(head ? undefined : body);
}

async function handle(req, res, root, realRoot, openFile) {
  const method = req.method ?? '';
  if (method === 'OPTIONS') {
    res.writeHead(204, { allow: 'GET, HEAD, OPTIONS' }).end();
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    answer(res, 405, false, { allow: 'GET, HEAD, OPTIONS' });
    return;
  }
  const head = method === 'HEAD';
  const target = pathOf(req.url ?? '/');
  if (target.status) {
    answer(res, target.status, head);
    return;
  }
  const found = await openUnder(root, realRoot, target.path, openFile);
  if (found.status) {
    answer(res, found.status, head);
    return;
  }
  if (res.destroyed) {
    // the client left while the file was being opened
    await found.handle.close().catch(() => {});
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(found.name)] ?? 'application/octet-stream',
    'content-length': found.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (head) {
    await found.handle.close().catch(() => {});
    res.end();
    return;
  }
  // pipeline destroys the file stream (and so closes the file) when the response closes early.
  pipeline(found.handle.createReadStream({ autoClose: true }), res, () => {});
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

/** An address for people and browsers: an IPv6 host goes in brackets. */
export function labUrl(host, port) {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/**
 * Serves `root` on http://host:port/. A busy port falls back to a free one chosen by the system.
 * Resolves to { server, url, port, close() }; close() also drops the connections still open.
 * `openFile` (default fs.promises.open) is there for tests that make opening a file fail.
 */
export async function serveLab({
  port = 5173,
  host = '127.0.0.1',
  root = defaultRoot,
  openFile = open,
} = {}) {
  const base = resolve(root);
  const realRoot = await realpath(base).catch(() => base);
  const server = createServer(
    {
      // a client that never finishes its headers or its request is cut off
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      connectionsCheckingInterval: 1_000,
      keepAliveTimeout: 5_000,
      maxHeaderSize: 16_384,
    },
    (req, res) => {
      req.on('error', () => res.destroy());
      res.on('error', () => {});
      handle(req, res, base, realRoot, openFile).catch(() => answer(res, 500));
    },
  );
  // an idle socket (no bytes either way for 30 s) is closed
  server.setTimeout(30_000, (socket) => socket.destroy());
  server.on('clientError', (_err, socket) => {
    // a malformed request (or one that timed out) gets a 400 when the socket can still take it
    if (socket.writable && !socket.destroyed)
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  let bound;
  try {
    bound = await listen(server, port, host);
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') bound = await listen(server, 0, host);
    else throw e;
  }
  // After listening, errors (EMFILE on accept, say) are the server's weather, not a reason to die.
  server.on('error', () => {});
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return { server, url: labUrl(host, bound), port: bound, close };
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
    (await open(join(root, 'index.html'))).close();
  } catch {
    console.error(`no lab build in ${root}: run npm run build:web`);
    process.exit(1);
  }
  const lab = await serveLab({ port, host: argValue(argv, '--host') ?? '127.0.0.1', root });
  console.log(`descenso lab: ${lab.url}`);
  const stop = () => void lab.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
