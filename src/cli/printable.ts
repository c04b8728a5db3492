/**
 * The last guard before the terminal: whatever a message holds (an argument with `ESC [ 2 J` or a
 * line break that slipped through a parameter, commander's own text), it is written as one line
 * with its control characters escaped. Escapes are plain text, so text already escaped upstream
 * (src/i18n escapes message parameters the same way) comes through unchanged: never escaped twice.
 */
import type { CliIO } from './io.js';

/** C0 controls and DEL, C1 controls, bidi marks and overrides, line/paragraph separators, BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  if (Object.hasOwn(NAMED, ch)) return NAMED[ch];
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as an escape (`\n`, `\x1b`, `\u202e`): one printable line. */
export function printableLine(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Writes one message line on stderr, printable whatever it holds (a file name, a label from a file). */
export function note(io: Pick<CliIO, 'stderr'>, message: string): void {
  io.stderr(`${printableLine(message)}\n`);
}

/** How many characters of a formula are shown on each side of a fault. */
const CARET_CONTEXT = 60;

/**
 * A formula and a caret under its fault, two indented lines. The formula is shown escaped (a tab
 * as `\t`, so the caret stays under the character it points at), and a long one only around the fault.
 */
export function caretLines(source: string, position: number): string {
  const at = Math.max(0, Math.min(position, source.length));
  const from = Math.max(0, at - CARET_CONTEXT);
  const to = Math.min(source.length, at + CARET_CONTEXT);
  const head = `${from > 0 ? '…' : ''}${printableLine(source.slice(from, at))}`;
  const tail = `${printableLine(source.slice(at, to))}${to < source.length ? '…' : ''}`;
  return `  ${head}${tail}\n  ${' '.repeat(Array.from(head).length)}^\n`;
}
