/**
 * Text that came from a user, made safe to show in a one-line message. A CSV cell, a key of an
 * experiment file or a formula may hold terminal escapes (`ESC ] 0 ; title BEL` retitles the
 * window, `ESC [ 2 J` clears the screen), line breaks that split a message in two, or bidi
 * overrides that show text in another order than it is stored. Every message parameter goes
 * through `printable` (src/i18n's `t()` does it), so no thrower can forget.
 */

/** The longest a user-given value is shown in a message before it is cut with an ellipsis. */
export const MAX_SHOWN = 80;

/**
 * Characters never shown as themselves: C0 controls and DEL, C1 controls, bidi marks and
 * overrides (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators
 * U+2028/9, the byte order mark, and lone surrogate halves (not text at all).
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One unsafe character written as an escape: `\n`, `\x1b`, `\u202e`. */
export function escapeChar(ch: string): string {
  if (Object.hasOwn(NAMED, ch)) return NAMED[ch];
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** Whether `text` holds a character `printable` would escape. */
export function hasUnsafeChar(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * `text` on one line with every unsafe character escaped, cut to `max` characters (code points,
 * so a cut never splits a surrogate pair) with a trailing ellipsis. Printable text, escapes
 * included, comes back unchanged, so applying it twice changes nothing more.
 */
export function printable(text: string, max = MAX_SHOWN): string {
  // Only the head can be shown: escaping a 100 MB cell whole would waste time and memory.
  const head = text.length > 4 * max + 8 ? text.slice(0, 4 * max + 8) : text;
  const escaped = head.replace(UNSAFE, escapeChar);
  const points = Array.from(escaped);
  if (points.length <= max && head.length === text.length) return escaped;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * A description of one character for messages (the formula lexer's): itself when it is a letter,
 * digit, punctuation or symbol, else its code point as U+XXXX (spaces that look like spaces,
 * controls, invisible marks).
 */
export function describeChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  const visible = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) && !hasUnsafeChar(ch);
  return visible ? ch : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Any value as a message shows it, written as code so it reads the same in every language:
 * strings quoted, numbers as JavaScript prints them, small objects as JSON, the rest by kind
 * (`Array(1000000)`, `Function`, `Symbol(s)`, `10n`). Never throws, whatever the value's
 * prototype or getters (a `toString` that is not a function breaks `String(value)`).
 */
export function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'symbol':
      return `Symbol(${value.description ?? ''})`;
    case 'function':
      return 'Function';
  }
  if (value === null) return 'null';
  if (Array.isArray(value) && value.length > 20) return `Array(${value.length})`;
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    // Cycles, BigInts, throwing getters: fall through to the kind.
  }
  return Array.isArray(value) ? `Array(${value.length})` : 'Object';
}
