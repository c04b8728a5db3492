/**
 * Reading and writing tables of numbers as CSV.
 *
 * The reader takes what spreadsheets and pandas write: a header row or none, ',' or ';' or tab
 * between fields, a decimal comma when the separator is not a comma ("1,5" is 1.5), quoted
 * fields with "" for a quote, blank lines, a trailing newline, CRLF line ends and a byte order
 * mark. Whatever it is given, it returns a table or throws a DescensoError that names the line
 * (1-based), the column (1-based) and what it found there; `position` is the character offset.
 *
 * What is guessed when not given:
 *   separator  ';' if the first non-blank line has one, else tab if it has one, else ','.
 *   decimal    ',' (accepting '.' too) unless the separator is ',', then '.' only.
 *   header     the first row is a header when one of its fields is not a number while the row
 *              after it has a number in that column (or, in a one-row file, when any is not).
 * A column with no number at all (names, dates, an empty column left by trailing separators)
 * is text: it is listed in `textColumns` and left out of `rows`. A column with some numbers
 * must be all numbers.
 *
 * `x` and `y` are two columns picked by name or 0-based index (`options.x`, `options.y`); by
 * default x is the first numeric column with a name (so the unnamed index column that pandas
 * writes first is passed over) and y is the last numeric column. With one numeric column, x is
 * the row number 0, 1, 2, … and y that column.
 */
import { badArgument, DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';
import type { Dataset } from './simulate.js';

export type CsvSeparator = ',' | ';' | '\t';
export type CsvDecimal = '.' | ',';

export interface CsvOptions {
  separator?: CsvSeparator;
  decimal?: CsvDecimal;
  header?: boolean;
  /** The column for x: a header name or a 0-based index among all columns of the file. */
  x?: string | number;
  /** The column for y, likewise. */
  y?: string | number;
}

export interface CsvTable {
  /** Names of the numeric columns, in file order (c1, c2, … where the file gives none). */
  columns: string[];
  /** One array per data row, aligned with `columns`. */
  rows: number[][];
  /** Names of the columns left out because they hold no numbers. */
  textColumns: string[];
  x: Float64Array;
  y: Float64Array;
  /** What was used, given or guessed. */
  separator: CsvSeparator;
  decimal: CsvDecimal;
  header: boolean;
}

/** What `toCsv` writes: names and rows of numbers. `CsvTable` is one. */
export interface NumericTable {
  columns: readonly string[];
  rows: readonly (readonly number[])[];
}

export interface CsvWriteOptions {
  separator?: CsvSeparator;
  decimal?: CsvDecimal;
}

interface Field {
  text: string;
  quoted: boolean;
  line: number;
  offset: number;
}

interface CsvRecord {
  line: number;
  offset: number;
  fields: Field[];
}

const SEPARATORS: readonly string[] = [',', ';', '\t'];
const DECIMALS: readonly string[] = ['.', ','];
const OPTION_KEYS: readonly string[] = ['separator', 'decimal', 'header', 'x', 'y'];

/** Reads CSV text into a table of numbers; see the top of this file for the rules. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  if (typeof text !== 'string') throw badOption('text', text);
  const opts = checkOptions(options);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = body.length === text.length ? 0 : 1;
  const separator = opts.separator ?? detectSeparator(body);
  // A comma-separated file can still carry decimal commas inside quotes, if the caller says so.
  const decimal = opts.decimal ?? (separator === ',' ? '.' : ',');

  checkText(body, offsetShift);
  const records = tokenize(body, separator, offsetShift).filter((r) => !isBlank(r));
  if (records.length === 0) throw new DescensoError('csv-empty', undefined);
  const width = records[0].fields.length;
  for (const r of records) {
    if (r.fields.length !== width) {
      throw new DescensoError(
        'csv-ragged',
        { line: r.line, found: r.fields.length, expected: width },
        r.offset,
      );
    }
  }

  const header = opts.header ?? looksLikeHeader(records, decimal);
  const data = header ? records.slice(1) : records;
  if (data.length === 0) throw new DescensoError('csv-no-rows', undefined);
  // Quoted names are kept as written; bare ones lose the blanks around them.
  const given = records[0].fields.map((f) => (!header ? '' : f.quoted ? f.text : f.text.trim()));
  const names = given.map((name, j) => (name === '' ? `c${j + 1}` : name));
  const unnamed = given.map((name) => name === '');

  if (decimal === '.') refuseDecimalCommas(data);
  // A column is numeric when any of its cells is a number; then all of them must be.
  const numeric = names.map((_, j) => data.some((r) => parseNumber(r.fields[j].text, decimal) !== null));
  const numericIndex = numeric.flatMap((isNum, j) => (isNum ? [j] : []));
  if (numericIndex.length === 0) throw new DescensoError('csv-no-numeric', undefined);
  const rows = data.map((r) =>
    numericIndex.map((j) => {
      const f = r.fields[j];
      const value = parseNumber(f.text, decimal);
      if (value !== null) return value;
      if (f.text.trim() === '') {
        throw new DescensoError('csv-empty-field', { line: f.line, column: j + 1 }, f.offset);
      }
      throw new DescensoError(
        'csv-bad-number',
        { line: f.line, column: j + 1, found: shown(f.text) },
        f.offset,
      );
    }),
  );

  const pick = (choice: string | number | undefined, fallback: number): number => {
    if (choice === undefined) return fallback;
    const j = typeof choice === 'number' ? choice : names.indexOf(choice);
    if (!Number.isInteger(j) || j < 0 || j >= width) {
      throw new DescensoError('csv-no-column', {
        name: typeof choice === 'string' ? choice : showValue(choice),
        columns: names.join(', '),
        suggestion: typeof choice === 'string' ? (suggestName(choice, names) ?? null) : null,
      });
    }
    const k = numericIndex.indexOf(j);
    if (k < 0) throw new DescensoError('csv-text-column', { name: names[j] });
    return k;
  };
  const firstNamed = numericIndex.findIndex((j) => !header || !unnamed[j]);
  const yCol = pick(opts.y, numericIndex.length - 1);
  const single = numericIndex.length === 1 && opts.x === undefined;
  const xCol = single ? -1 : pick(opts.x, firstNamed >= 0 && firstNamed !== yCol ? firstNamed : 0);

  return {
    columns: numericIndex.map((j) => names[j]),
    rows,
    textColumns: names.filter((_, j) => !numeric[j]),
    x: Float64Array.from(rows, (row, i) => (xCol < 0 ? i : row[xCol])),
    y: Float64Array.from(rows, (row) => row[yCol]),
    separator,
    decimal,
    header,
  };
}

/**
 * Writes a table as CSV: a header line of names, then one line per row, '\n' after each. Numbers
 * are written in the shortest form that reads back to the same double (-0 included), so
 * `parseCsv(toCsv(t))` gives `t` back. With `decimal: ','` the separator must not be ','; a
 * single column written that way shows no separator, so read it back with the same options.
 */
export function toCsv(table: NumericTable, options: CsvWriteOptions = {}): string {
  if (
    table === null ||
    typeof table !== 'object' ||
    !Array.isArray(table.columns) ||
    !Array.isArray(table.rows)
  ) {
    throw badOption('table', table);
  }
  const separator = options.separator ?? ',';
  const decimal = options.decimal ?? '.';
  if (!SEPARATORS.includes(separator)) throw badOption('separator', separator);
  if (!DECIMALS.includes(decimal) || (decimal === ',' && separator === ','))
    throw badOption('decimal', decimal);

  const width = table.columns.length;
  const lines = [table.columns.map((name) => textCell(String(name))).join(separator)];
  table.rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      const found = Array.isArray(row) ? row.length : 0;
      throw new DescensoError('csv-ragged-table', { row: i + 1, found, expected: width });
    }
    const cells = row.map((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new DescensoError('csv-bad-table', { row: i + 1, column: j + 1, value: showValue(v) });
      }
      const s = Object.is(v, -0) ? '-0' : String(v);
      return decimal === ',' ? s.replace('.', ',') : s;
    });
    lines.push(cells.join(separator));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * A data set as a table for `toCsv`: columns x, y for curves; x1, x2, label for blobs.
 */
export function datasetTable(data: Dataset): NumericTable {
  if (!isDataset(data)) throw badArgument('datasetTable', 1, data, 'dataset');
  const n = data.y.length;
  if (data.cols === 2) {
    const rows = Array.from({ length: n }, (_, i) => [data.x[2 * i], data.x[2 * i + 1], data.y[i]]);
    return { columns: ['x1', 'x2', 'label'], rows };
  }
  return { columns: ['x', 'y'], rows: Array.from({ length: n }, (_, i) => [data.x[i], data.y[i]]) };
}

/** A cell as a message shows it: trimmed and cut, so a 100 MB cell is not copied into the error. */
function shown(text: string): string {
  const s = text.trim();
  return s.length > 200 ? s.slice(0, 200) : s;
}

/**
 * A NUL byte means a binary file (a spreadsheet saved as .xlsx, an image) or a UTF-16 one read as
 * UTF-8: say so at the first one instead of reading garbage as text columns.
 */
function checkText(text: string, offsetShift: number): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  const before = text.slice(0, at);
  const line = lineBreaks(before) + 1;
  const column = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  throw new DescensoError('csv-binary', { line, column }, at + offsetShift);
}

/**
 * With a decimal point, a cell such as "0,03" (quoted, or it would be two cells) is a number
 * written with a decimal comma: the column would otherwise be taken for text and left out.
 */
function refuseDecimalCommas(data: CsvRecord[]): void {
  for (const r of data)
    r.fields.forEach((f, j) => {
      const s = f.text.trim();
      if (s.includes(',') && NUMBER_WITH_COMMA.test(s) && !NUMBER_WITH_POINT.test(s)) {
        const fixed = s.replace(',', '.');
        throw new DescensoError(
          'csv-decimal-comma',
          { line: f.line, column: j + 1, value: s, fixed },
          f.offset,
        );
      }
    });
}

function isDataset(d: unknown): d is Dataset {
  if (typeof d !== 'object' || d === null) return false;
  const { x, y, cols } = d as Partial<Dataset>;
  const arrayLike = (a: unknown) => ArrayBuffer.isView(a) || Array.isArray(a);
  return (cols === 1 || cols === 2) && arrayLike(x) && arrayLike(y) && x!.length === cols * y!.length;
}

/** The number a field holds, or null if it holds none. */
function parseNumber(raw: string, decimal: CsvDecimal): number | null {
  const s = raw.trim();
  const pattern = decimal === ',' ? NUMBER_WITH_COMMA : NUMBER_WITH_POINT;
  if (!pattern.test(s)) return null;
  const value = Number(s.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

const NUMBER_WITH_POINT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_WITH_COMMA = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

function looksLikeHeader(records: CsvRecord[], decimal: CsvDecimal): boolean {
  const first = records[0].fields;
  const isText = (f: Field) => f.text.trim() !== '' && parseNumber(f.text, decimal) === null;
  if (records.length === 1) return first.some(isText);
  const second = records[1].fields;
  return first.some((f, j) => isText(f) && parseNumber(second[j].text, decimal) !== null);
}

function isBlank(r: CsvRecord): boolean {
  return r.fields.every((f) => !f.quoted && f.text.trim() === '');
}

/** The separator of the first non-blank line, counting only characters outside quotes. */
function detectSeparator(text: string): CsvSeparator {
  let inQuotes = false;
  let seen = { ',': 0, ';': 0, '\t': 0, content: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === ',' || c === ';' || c === '\t') seen[c]++;
    else if (c === '\n' || c === '\r') {
      if (seen.content > 0 || seen[','] + seen[';'] + seen['\t'] > 0) break;
      seen = { ',': 0, ';': 0, '\t': 0, content: 0 };
    } else if (c !== ' ') seen.content++;
  }
  if (seen[';'] > 0) return ';';
  if (seen['\t'] > 0) return '\t';
  return ',';
}

/** Splits text into records of fields, following quotes across separators and line ends. */
function tokenize(text: string, sep: string, offsetShift: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  const isEnd = (c: string | undefined) => c === undefined || c === '\n' || c === '\r';
  let i = 0;
  let line = 1;
  for (;;) {
    const record: CsvRecord = { line, offset: i + offsetShift, fields: [] };
    for (;;) {
      let j = i;
      while (j < n && (text[j] === ' ' || (text[j] === '\t' && sep !== '\t'))) j++;
      const column = record.fields.length + 1;
      if (text[j] === '"') {
        const openLine = line;
        let k = j + 1;
        let value = '';
        // Whole runs up to the next quote at once: a 100 MB quoted cell stays linear and fast.
        for (;;) {
          const q = text.indexOf('"', k);
          if (q < 0) {
            throw new DescensoError('csv-unclosed-quote', { line: openLine, column }, j + offsetShift);
          }
          const run = text.slice(k, q);
          line += lineBreaks(run);
          value += run;
          if (text[q + 1] === '"') {
            value += '"';
            k = q + 2;
            continue;
          }
          k = q + 1;
          break;
        }
        while (k < n && (text[k] === ' ' || (text[k] === '\t' && sep !== '\t'))) k++;
        if (!isEnd(text[k]) && text[k] !== sep) {
          throw new DescensoError('csv-bad-quote', { line, column }, k + offsetShift);
        }
        record.fields.push({ text: value, quoted: true, line: openLine, offset: j + offsetShift });
        i = k;
      } else {
        let k = i;
        while (!isEnd(text[k]) && text[k] !== sep) k++;
        record.fields.push({ text: text.slice(i, k), quoted: false, line, offset: j + offsetShift });
        i = k;
      }
      if (text[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    records.push(record);
    if (i >= n) return records;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  }
}

/** How many line ends (LF, CRLF or a lone CR) a run of text holds. */
function lineBreaks(run: string): number {
  if (!run.includes('\n') && !run.includes('\r')) return 0;
  return run.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Quotes a name that holds any separator (not only the one in use, so that guessing the
 * separator on reading is not misled), a quote, a line end, or edge spaces. */
/**
 * One text cell of any CSV descenso writes (the CLI's tables, the lab's exports, `toCsv`'s header).
 * A cell a spreadsheet would take for a formula (beginning with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so it is shown as text and never run; a cell with a
 * separator, a quote, a line break or edge spaces is quoted. Numbers are not text: write them
 * with `numberCell`.
 */
export function textCell(text: string, separators = ',;\t'): string {
  if (typeof text !== 'string') throw badArgument('textCell', 1, text, 'string');
  if (typeof separators !== 'string') throw badArgument('textCell', 2, separators, 'string');
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  const needs =
    safe === '' ||
    safe !== safe.trim() ||
    /["\r\n]/.test(safe) ||
    [...separators].some((c) => safe.includes(c));
  return needs ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number as a CSV cell: the shortest form that reads back to the same double, -0 kept; not finite → empty. */
export function numberCell(v: number): string {
  if (!Number.isFinite(v)) return '';
  return Object.is(v, -0) ? '-0' : String(v);
}

function checkOptions(options: unknown): CsvOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw badOption('options', options);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) throw badOption(key, o[key]);
  }
  if (o.separator !== undefined && !SEPARATORS.includes(o.separator as string)) {
    throw badOption('separator', o.separator);
  }
  if (o.decimal !== undefined && !DECIMALS.includes(o.decimal as string))
    throw badOption('decimal', o.decimal);
  if (o.header !== undefined && typeof o.header !== 'boolean') throw badOption('header', o.header);
  for (const key of ['x', 'y'] as const) {
    const v = o[key];
    if (
      v !== undefined &&
      typeof v !== 'string' &&
      !(typeof v === 'number' && Number.isInteger(v) && v >= 0)
    ) {
      throw badOption(key, v);
    }
  }
  return o as CsvOptions;
}

function badOption(name: string, value: unknown): DescensoError {
  return new DescensoError('csv-bad-option', { name, value: showValue(value) });
}
