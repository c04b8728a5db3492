/** Text output shared by the commands: aligned tables, numbers as the tutorials print them. */

/** A number with `digits` decimals, or its full repr when asked; non-finite values spelled out. */
export function fmt(x: number, digits = 8): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e9 || a < 10 ** -digits)) return x.toExponential(Math.min(digits, 6));
  return x.toFixed(digits);
}

/** Right-aligned columns under a header, separated by two spaces. */
export function table(header: string[], rows: string[][]): string {
  return `${tableLines(header, rows).join('\n')}\n`;
}

/**
 * The lines of `table`, without joining them: a million-row log is written line by line rather
 * than built as one string. (No spread of the rows into Math.max: a long log would overflow the stack.)
 */
export function tableLines(header: string[], rows: string[][]): string[] {
  const widths = header.map((h) => h.length);
  for (const r of rows)
    for (let j = 0; j < widths.length; j++) widths[j] = Math.max(widths[j], (r[j] ?? '').length);
  const line = (cells: string[]) => cells.map((c, j) => c.padStart(widths[j])).join('  ');
  return [line(header), ...rows.map(line)];
}
