import { printable } from '../text.js';

/**
 * A value the user gave, as it may appear inside a one-line message: `printable` (src/text.ts)
 * applied to its text, at most `max` characters (then …), and never an exception (String()
 * throws on an object without a prototype or with a throwing toString).
 */
export function shown(value: unknown, max = 60): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    text = `(${typeof value})`;
  }
  return printable(text, max + 1);
}
