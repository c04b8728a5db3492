/**
 * Output shared by the tour commands: CSV of runs for `--format csv` (one header line, then one
 * line per row; text cells quoted when they need it, numbers in the shortest form that reads back
 * the same) and left-aligned text tables.
 */

import { numberCell, textCell } from '../data/csv.js';

function cell(v: string | number): string {
  return typeof v === 'number' ? numberCell(v) : textCell(v, ',');
}

export function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** Left-aligned columns under a header (for text: names, formulas), separated by two spaces. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, j) => (j === cells.length - 1 ? c : c.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
