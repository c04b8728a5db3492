/**
 * A value the user gave, as it may appear inside a one-line message: control, format and
 * line-separator characters written as U+XXXX, at most `max` characters (then …), and never an
 * exception (String() throws on an object without a prototype or with a throwing toString).
 */
export function shown(value: unknown, max = 60): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    text = `(${typeof value})`;
  }
  const chars = Array.from(text.slice(0, 2 * max + 2));
  const head = chars
    .slice(0, max)
    .map((ch) =>
      /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch)
        ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
        : ch,
    );
  return head.join('') + (chars.length > max ? '…' : '');
}
