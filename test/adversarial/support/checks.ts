/**
 * What every adversarial case must satisfy, as functions returning the list of problems found
 * (empty: the case passes). A test then shows all problems of a case at once, with its id.
 */
import { type CliCase, type Lang, statuses } from './corpus.js';

/**
 * Control characters that must never reach a terminal raw: C0 (but \n) and DEL, C1, the line and
 * paragraph separators, and the bidirectional overrides and isolates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A message line longer than this is not "a clear one-line error" (values are cut, ~80 chars). */
export const MAX_LINE = 1000;

const STACK_LINE = /^\s+at /m;
/** JavaScript and Node error names and codes a user must not see without --debug. */
const ERROR_TEXT = /(?:^|[^A-Za-z])Error:|TypeError|RangeError|SyntaxError|ReferenceError|\bERR_[A-Z_]{3,}\b/;

export interface Outcome {
  /** Exit status; a death by signal is 128 + its number, as a shell reports it. */
  status: number;
  stdout: string;
  stderr: string;
  /** Killed by the hang bound. */
  hung?: boolean;
  /** Why the run itself failed (a worker died, the process could not start). */
  failure?: string;
  /** For `creates`: which of the listed files exist and are not empty. */
  created?: string[];
}

/** Problems of a single error message (a DescensoError's text in one language). */
export function messageProblems(message: string): string[] {
  const out: string[] = [];
  if (message.includes('\n')) out.push(`message spans lines: ${JSON.stringify(message.slice(0, 200))}`);
  if (CONTROL.test(message))
    out.push(`control character in message: ${JSON.stringify(message.slice(0, 200))}`);
  if (message.length > MAX_LINE) out.push(`message of ${message.length} characters`);
  if (message.trim() === '') out.push('empty message');
  return out;
}

/** The caret display under a formula fault: the source, then spaces and one '^'. */
function isCaret(source: string, caret: string): boolean {
  return /^ {2}/.test(source) && /^ *\^$/.test(caret);
}

function stderrShape(stderr: string, error: boolean): string[] {
  const lines = stderr.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  if (error) {
    if (stderr.trim() === '') return ['no message on stderr'];
    if (!lines[0].startsWith('descenso: ')) out.push(`stderr does not start with 'descenso: ': ${lines[0]}`);
    const caret = lines.length === 3 && isCaret(lines[1], lines[2]);
    if (lines.length !== 1 && !caret)
      out.push(`stderr has ${lines.length} lines: ${JSON.stringify(stderr.slice(0, 300))}`);
  }
  const long = lines.find((l) => l.length > MAX_LINE);
  if (long !== undefined) out.push(`stderr line of ${long.length} characters`);
  return out;
}

/** A minimal CSV reader: cells of every line (quotes honoured); lines starting with '#' are comments. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',' || ch === ';') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
  }
  return cells;
}

/** A cell a spreadsheet would run as a formula (numbers such as -0.35 are data). */
function dangerous(cell: string): boolean {
  return (
    /^[=+@\t\r]/.test(cell) ||
    (cell.startsWith('-') && !/^-(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|Infinity)$/i.test(cell))
  );
}

function regex(source: string): RegExp {
  return new RegExp(source, 'im');
}

/** Every problem of one run of a CLI case in one language. */
export function cliProblems(c: CliCase, lang: Lang, o: Outcome): string[] {
  if (o.failure) return [o.failure];
  if (o.hung) return ['hang: no exit within the bound, killed'];
  const out: string[] = [];
  const allowed = statuses(c);
  const firstErr = o.stderr.split('\n')[0].slice(0, 300);
  if (!allowed.includes(o.status))
    out.push(
      `exit status ${o.status}, expected ${allowed.join(' or ')}${firstErr ? ` (stderr: ${firstErr})` : ''}`,
    );
  const debug = c.argv.includes('--debug');
  if (!debug) {
    if (STACK_LINE.test(o.stderr)) out.push('stack trace on stderr');
    if (ERROR_TEXT.test(o.stderr)) out.push(`JavaScript error text on stderr: ${firstErr}`);
    if (STACK_LINE.test(o.stdout) || ERROR_TEXT.test(o.stdout.slice(0, 100_000)))
      out.push('stack trace or JavaScript error text on stdout');
  }
  const error = o.status !== 0;
  if (!debug) out.push(...stderrShape(o.stderr, error && !c.closeStdout && !c.signal));
  if (c.closeStdout && o.stderr !== '') out.push(`closed stdout, yet stderr says: ${firstErr}`);
  if (CONTROL.test(o.stderr))
    out.push(`control character on stderr: ${JSON.stringify(o.stderr.slice(0, 200))}`);
  // The data a successful command prints may hold what the user gave (a label); messages may not.
  const bad = error ? CONTROL.exec(o.stdout) : null;
  if (bad)
    out.push(`control character U+${(bad[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} on stdout`);
  const both = `${o.stdout}\n${o.stderr}`;
  const wanted = c.stderr?.[lang];
  if (wanted && !regex(wanted).test(o.stderr)) out.push(`stderr does not match /${wanted}/: ${firstErr}`);
  const said = c.output?.[lang];
  if (said && !regex(said).test(both)) out.push(`output does not match /${said}/`);
  const not = typeof c.notOutput === 'string' ? c.notOutput : c.notOutput?.[lang];
  if (not && regex(not).test(both)) out.push(`output matches /${not}/`);
  if (c.okStdout && o.status === 0 && !regex(c.okStdout).test(o.stdout))
    out.push(`stdout does not match /${c.okStdout}/: ${JSON.stringify(o.stdout.slice(0, 200))}`);
  if (c.csvSafe) {
    const cell = csvCells(o.stdout).find(dangerous);
    if (cell !== undefined) out.push(`CSV cell not neutralised: ${JSON.stringify(cell.slice(0, 80))}`);
  }
  if (c.creates && o.status === 0) {
    const missing = c.creates.filter((f) => !(o.created ?? []).includes(f));
    if (missing.length > 0) out.push(`not written: ${missing.join(', ')}`);
  }
  return out;
}
