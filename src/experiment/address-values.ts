/**
 * How one value of the address is written and read back (the types of the field table in
 * address-fields.ts). Every writer is exact: a number is written as JavaScript's shortest
 * round-trip text (−0 as `-0`), so reading it back gives the same bits. Every reader returns
 * BAD rather than throwing, so that one unusable setting never costs the rest of the address.
 */

/** What a reader returns for text it cannot use. */
export const BAD: unique symbol = Symbol('bad address value');
export type Read<T> = T | typeof BAD;

/**
 * Characters kept as they are in text values: letters, digits and the marks a formula needs
 * (`x^2+3*sin(y)/2`) and a model's `poly:3`, all of them legal in an address's fragment.
 * Everything else is percent-encoded, the separators `& = ; , ~` included; strictly (inside the
 * optimizers' value, whose structure uses them) `: ( ) ! * '` too.
 */
const RAW = /[A-Za-z0-9\-_.!*+/^()'@?$:]/;

/**
 * Text as the address writes it. A lone surrogate half (text, but no Unicode character, which
 * encodeURIComponent refuses) is written `%uD800`, as JavaScript's old escape() did.
 */
export function escapeText(s: string, strict = false): string {
  let out = '';
  for (const ch of s) {
    if (RAW.test(ch) && !(strict && /[!*()':]/.test(ch))) out += ch;
    else out += percent(ch);
  }
  return out;
}

/** encodeURIComponent, which leaves `~ ! * ( ) '` as they are: those are written %XX too. */
function percent(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return `%u${c.toString(16).toUpperCase()}`;
  const e = encodeURIComponent(ch);
  return e === ch ? `%${c.toString(16).toUpperCase().padStart(2, '0')}` : e;
}

export function readText(s: string): Read<string> {
  try {
    return s
      .split(/(%u[0-9A-Fa-f]{4})/)
      .map((piece, i) =>
        i % 2 === 1 ? String.fromCharCode(Number.parseInt(piece.slice(2), 16)) : decodeURIComponent(piece),
      )
      .join('');
  } catch {
    return BAD;
  }
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function writeNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

export function readNumber(s: string): Read<number> {
  if (!NUMBER.test(s)) return BAD;
  const n = Number(s);
  return Number.isFinite(n) ? n : BAD;
}

export function writeNumbers(v: readonly number[]): string {
  return v.map(writeNumber).join(',');
}

export function readNumbers(s: string): Read<number[]> {
  if (s === '') return [];
  const out: number[] = [];
  for (const part of s.split(',')) {
    const n = readNumber(part);
    if (n === BAD) return BAD;
    out.push(n);
  }
  return out;
}

export function readBoolean(s: string): Read<boolean> {
  if (s === '1' || s === 'true') return true;
  if (s === '0' || s === 'false') return false;
  return BAD;
}

export function writeTexts(v: readonly string[]): string {
  return v.map((s) => escapeText(s)).join(',');
}

export function readTexts(s: string): Read<string[]> {
  if (s === '') return [];
  const out: string[] = [];
  for (const part of s.split(',')) {
    const t = readText(part);
    if (t === BAD) return BAD;
    out.push(t);
  }
  return out;
}

/** Pairs (a domain, blob centres) written flat, as the old `dom=x0,x1,y0,y1` was. */
export function writePairs(v: readonly (readonly number[])[]): string {
  return writeNumbers(v.flat());
}

export function readPairs(s: string): Read<[number, number][]> {
  const flat = readNumbers(s);
  if (flat === BAD || flat.length % 2 !== 0) return BAD;
  const out: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

/** Data inputs: one number per point (`1,2,3`), or rows of inputs, each ended by `;` (`1,2;3,4;`). */
export function writeRows(v: readonly number[] | readonly (readonly number[])[]): string {
  if (v.length > 0 && Array.isArray(v[0]))
    return (v as readonly (readonly number[])[]).map((r) => `${writeNumbers(r)};`).join('');
  return writeNumbers(v as readonly number[]);
}

export function readRows(s: string): Read<number[] | number[][]> {
  if (!s.includes(';')) return readNumbers(s);
  if (!s.endsWith(';')) return BAD;
  const rows: number[][] = [];
  for (const part of s.slice(0, -1).split(';')) {
    const r = readNumbers(part);
    if (r === BAD) return BAD;
    rows.push(r);
  }
  return rows;
}

/** Named numbers (a fit's `init`): `a=1,b=-0.5`. */
export function writeNamed(v: Readonly<Record<string, number>>): string {
  return Object.entries(v)
    .map(([k, n]) => `${escapeText(k, true)}=${writeNumber(n)}`)
    .join(',');
}

export function readNamed(s: string): Read<Record<string, number>> {
  const out: Record<string, number> = {};
  if (s === '') return out;
  for (const part of s.split(',')) {
    const i = part.indexOf('=');
    const k = i > 0 ? readText(part.slice(0, i)) : BAD;
    const n = i > 0 ? readNumber(part.slice(i + 1)) : BAD;
    if (k === BAD || n === BAD || Object.hasOwn(out, k)) return BAD;
    // an own property, even for "__proto__": the schema then refuses such a name with its path
    Object.defineProperty(out, k, { value: n, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A sweep's varied options: `option:from:to:scale:count`, comma-separated. */
export function writeVary(
  v: readonly { option: string; from: number; to: number; scale: string; count: number }[],
): string {
  return v
    .map((s) =>
      [
        escapeText(s.option, true),
        writeNumber(s.from),
        writeNumber(s.to),
        escapeText(s.scale, true),
        writeNumber(s.count),
      ].join(':'),
    )
    .join(',');
}

export function readVary(
  s: string,
): Read<{ option: string; from: number; to: number; scale: 'lin' | 'log'; count: number }[]> {
  if (s === '') return [];
  const out: { option: string; from: number; to: number; scale: 'lin' | 'log'; count: number }[] = [];
  for (const part of s.split(',')) {
    const bits = part.split(':');
    if (bits.length !== 5) return BAD;
    const option = readText(bits[0]);
    const from = readNumber(bits[1]);
    const to = readNumber(bits[2]);
    const count = readNumber(bits[4]);
    const scale = bits[3];
    if (option === BAD || from === BAD || to === BAD || count === BAD) return BAD;
    // any other scale is the schema's to refuse, by path
    out.push({ option, from, to, scale: scale as 'lin' | 'log', count });
  }
  return out;
}
