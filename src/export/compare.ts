/**
 * Comparing a script's CSV with descenso's: the same header, the same rows, the same text cells,
 * and every number within `tolerance` of descenso's, relative to the largest magnitude of its
 * column in its run (a value near zero, such as ‖∇f‖ at a minimum, carries the absolute rounding
 * noise of the whole computation, which a relative test of that one value would magnify without
 * bound). Used by the export tests and by `verify:exports`.
 */

export interface CsvComparison {
  ok: boolean;
  /** The largest scaled difference found. */
  worst: number;
  /** Why the CSVs do not match (the first difference that is not a number within tolerance). */
  reason?: string;
}

/** The cells of a CSV as descenso writes it (quoted cells may hold commas, quotes and newlines). */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const isNumberCell = (s: string) => s !== '' && /^-?[0-9.]/.test(s) && Number.isFinite(Number(s));

export function compareCsv(actual: string, expected: string, tolerance: number): CsvComparison {
  const a = csvCells(actual);
  const e = csvCells(expected);
  const fail = (reason: string): CsvComparison => ({ ok: false, worst: Number.POSITIVE_INFINITY, reason });
  if (a.length === 0 || e.length === 0) return fail('empty CSV');
  if (a[0].join('\u0000') !== e[0].join('\u0000'))
    return fail(`header ${a[0].join(',')} ≠ ${e[0].join(',')}`);
  if (a.length !== e.length) return fail(`${a.length - 1} rows ≠ ${e.length - 1} rows`);
  const scale = new Map<string, number>();
  for (const r of e.slice(1))
    r.forEach((x, j) => {
      if (isNumberCell(x))
        scale.set(`${r[0]}\u0000${j}`, Math.max(scale.get(`${r[0]}\u0000${j}`) ?? 0, Math.abs(Number(x))));
    });
  let worst = 0;
  for (let i = 1; i < e.length; i++) {
    if (a[i].length !== e[i].length) return fail(`row ${i}: ${a[i].length} cells ≠ ${e[i].length}`);
    for (let j = 0; j < e[i].length; j++) {
      const [x, y] = [a[i][j], e[i][j]];
      if (!(isNumberCell(x) && isNumberCell(y))) {
        if (x !== y) return fail(`row ${i}, column ${e[0][j]}: '${x}' ≠ '${y}'`);
        continue;
      }
      const d = Math.abs(Number(x) - Number(y));
      if (d === 0) continue;
      const s = scale.get(`${e[i][0]}\u0000${j}`) ?? 0;
      worst = Math.max(worst, s > 0 ? d / s : Number.POSITIVE_INFINITY);
    }
  }
  return worst <= tolerance
    ? { ok: true, worst }
    : { ok: false, worst, reason: `difference ${worst} > ${tolerance}` };
}
