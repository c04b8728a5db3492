/**
 * The one way the CLI reads a file (an experiment, a data CSV): bounded before and while reading.
 * The size is checked first (fstat), then the bytes are read in chunks against a budget, because a
 * pipe, a FIFO or a device (`/dev/zero`) says size 0 and never ends. What comes back is text:
 * a folder, a binary file or bytes that are not UTF-8 are each refused with one clear reason.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { DescensoError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { CliContext } from './io.js';
import { fileReason } from './plots.js';

const CHUNK = 1 << 20;

/**
 * The bytes of an open file, at most `maxBytes`: 'too-large' when there are more, 'binary' at the
 * first NUL byte (no text holds one; /dev/zero is refused in its first chunk, not after 50 MB).
 */
function readBounded(fd: number, maxBytes: number): Buffer | 'too-large' | 'binary' {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // One byte past the budget is enough to know the file is over it.
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    const read = n === chunk.length ? chunk : chunk.subarray(0, n);
    if (read.includes(0)) return 'binary';
    chunks.push(read);
    total += n;
    if (total > maxBytes) return 'too-large';
  }
}

/** The bytes as UTF-8 text (a byte order mark dropped), or undefined with the line of the first bad byte. */
function decodeText(bytes: Buffer): string | { badLine: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decoder puts a replacement character where the first bad byte was.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\ufffd');
    return { badLine: lenient.slice(0, Math.max(0, at)).split('\n').length };
  }
}

/**
 * The text of `file` (relative to the CLI's folder), at most `maxBytes` bytes; any fault is a
 * `cli-file` error naming the file and the reason in the user's language.
 */
export function readTextFile(file: string, maxBytes: number, ctx: CliContext): string {
  const refuse = (reason: string) => new DescensoError('cli-file', { file, reason });
  const tooLarge = () => refuse(t(ctx.lang, 'tour-file-too-big-data', { mb: maxBytes / 1e6 }));
  let fd: number;
  try {
    fd = openSync(resolve(ctx.io.cwd, file), 'r');
  } catch (e) {
    throw refuse(fileReason(e, ctx.lang));
  }
  let bytes: ReturnType<typeof readBounded>;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw refuse(fileReason({ code: 'EISDIR' }, ctx.lang));
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    bytes = readBounded(fd, maxBytes);
  } catch (e) {
    throw e instanceof DescensoError ? e : refuse(fileReason(e, ctx.lang));
  } finally {
    closeSync(fd);
  }
  if (bytes === 'too-large') throw tooLarge();
  if (bytes === 'binary') throw refuse(t(ctx.lang, 'cli-file-binary', undefined));
  const text = decodeText(bytes);
  if (typeof text !== 'string') throw refuse(t(ctx.lang, 'cli-file-not-utf8', { line: text.badLine }));
  return text;
}
