/**
 * Long outputs written piece by piece. A million-step run as one JSON or CSV string can pass the
 * engine's longest string ("Invalid string length") and doubles the memory; written in chunks of
 * about 64 KB it needs neither, and a reader that leaves early (`| head`) stops the writing at the
 * next chunk (io.stdout throws OutputClosed).
 */
import { numberCell, textCell } from '../data/csv.js';

/** Gathers small pieces and hands them to `write` about `size` characters at a time. */
export class ChunkedWriter {
  private pieces: string[] = [];
  private length = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly size = 1 << 16,
  ) {}

  push(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= this.size) this.flush();
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    const text = this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    this.write(text);
  }
}

/** Arrays up to this long whose items are all numbers, strings, booleans or null are one piece. */
const SMALL = 4096;

const isLeaf = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** Whether JSON.stringify of `v` is short: a few primitive fields, or a short list of primitives. */
function small(v: object): boolean {
  if (Array.isArray(v)) return v.length <= SMALL && v.every(isLeaf);
  const values = Object.values(v);
  return (
    values.length <= 16 &&
    values.every((x) => isLeaf(x) || (Array.isArray(x) && x.length <= 16 && x.every(isLeaf)))
  );
}

/** JSON drops these from objects and writes them as null in arrays. */
const absent = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** The value JSON writes for `v` under `key`: its toJSON's result when it has one (a Date). */
function resolved(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ? (v as { toJSON(key: string): unknown }).toJSON(key)
    : v;
}

/** Writes `v` (toJSON already applied) as JSON: small parts whole, long lists and objects part by part. */
function emit(v: unknown, out: ChunkedWriter): void {
  if (v === null || typeof v !== 'object' || small(v)) {
    out.push(JSON.stringify(v) ?? 'null');
    return;
  }
  if (Array.isArray(v)) {
    out.push('[');
    v.forEach((raw, i) => {
      if (i > 0) out.push(',');
      const item = resolved(raw, String(i));
      if (absent(item)) out.push('null');
      else emit(item, out);
    });
    out.push(']');
    return;
  }
  out.push('{');
  let first = true;
  for (const k of Object.keys(v)) {
    const item = resolved((v as Record<string, unknown>)[k], k);
    if (absent(item)) continue;
    out.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    emit(item, out);
  }
  out.push('}');
}

/** Writes `value` as JSON.stringify(value) would, followed by a newline, in chunks. */
export function writeJson(write: (text: string) => void, value: unknown): void {
  const out = new ChunkedWriter(write);
  emit(resolved(value, ''), out);
  out.push('\n');
  out.flush();
}

/** Writes each line followed by a newline, in chunks. */
export function writeLines(write: (text: string) => void, lines: Iterable<string>): void {
  const out = new ChunkedWriter(write);
  for (const line of lines) out.push(`${line}\n`);
  out.flush();
}

function cell(v: string | number): string {
  return typeof v === 'number' ? numberCell(v) : textCell(v, ',');
}

/** Writes a CSV (header, then one line per row, as output.ts's csv) in chunks, rows taken one by one. */
export function writeCsv(
  write: (text: string) => void,
  header: readonly string[],
  rows: Iterable<readonly (string | number)[]>,
): void {
  const out = new ChunkedWriter(write);
  out.push(`${header.map(cell).join(',')}\n`);
  for (const row of rows) out.push(`${row.map(cell).join(',')}\n`);
  out.flush();
}
