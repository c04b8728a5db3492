/**
 * JSON text with the place and nature of its first fault. JSON.parse's own messages differ
 * between engines and versions ("Unexpected token } in JSON at position 9", "Unexpected end of
 * JSON input", "… is not valid JSON") and some give no position, so this scanner checks the text
 * itself, iteratively (a 10⁵-deep `[[[[…` cannot overflow the stack), and only then hands it to
 * JSON.parse. It also refuses what JSON.parse would take silently but wrongly: a key twice in one
 * object (the last one would win). A UTF-8 byte order mark at the start is skipped.
 */
import { DescensoError } from '../errors.js';
import type { JsonExpected, JsonFault } from '../i18n/en/experiment.js';
import { printable } from '../text.js';

/** The deepest nesting accepted; an experiment needs five levels. */
export const MAX_JSON_DEPTH = 256;

const WORD = /[A-Za-z0-9_$.+-]+/y;
const DIGITS = /[0-9]+/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** The body of a string up to the next quote, backslash or control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw controls
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Fault {
  constructor(
    readonly at: number,
    readonly fault: JsonFault,
  ) {}
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly keys: Set<string>;
}

/** Parses JSON text, or throws the DescensoError 'experiment-json' with line, column and what was found. */
export function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    scan(body);
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    throw new DescensoError('experiment-json', { ...lineAndColumn(body, e.at), fault: e.fault });
  }
  return JSON.parse(body);
}

/** 1-based line and column (in characters, a surrogate pair counting as one) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let column = 1;
  for (let i = start; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > start)) column++;
  }
  return { line, column };
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** What stands at `i`, for a message: a word, a number-like run, or one character. */
function tokenAt(text: string, i: number): string {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return printable(m && m[0].length > 0 ? m[0] : String.fromCodePoint(text.codePointAt(i) ?? 0), 30);
}

function scan(text: string): void {
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  /** The text of the last value when it was a number, for the decimal-comma hint. */
  let lastNumber: string | undefined;

  const skip = (): void => {
    while (isSpace(text[i])) i++;
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      throw new Fault(i, { kind: 'comment' });
  };
  const expected = (what: JsonExpected): never => {
    if (i >= n) throw new Fault(i, { kind: 'end', expected: what });
    if (text[i] === "'") throw new Fault(i, { kind: 'single-quote' });
    throw new Fault(i, { kind: 'unexpected', found: tokenAt(text, i), expected: what });
  };

  skip();
  if (i >= n) throw new Fault(0, { kind: 'empty' });
  for (;;) {
    // A value starts at i (spaces skipped).
    lastNumber = undefined;
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= MAX_JSON_DEPTH) throw new Fault(i, { kind: 'too-deep', max: MAX_JSON_DEPTH });
      stack.push({ kind: c === '{' ? 'object' : 'array', keys: new Set() });
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{') {
        key(stack[stack.length - 1]);
        continue;
      } else {
        continue;
      }
    } else if (c === '"') {
      i = stringEnd(text, i);
    } else if (c === '-' || (c >= '0' && c <= '9') || c === '.' || c === '+') {
      lastNumber = number();
    } else if (c === 't' || c === 'f' || c === 'n' || /[A-Za-z_$]/.test(c ?? '')) {
      literal();
    } else {
      expected('value');
    }
    afterValue();
    if (stack.length === 0) return;
  }

  /**
   * After a value: closing brackets (each closes a value of its parent), then the end of the text,
   * or a comma and the next key or value. Returns with i at the next value, or at the end.
   */
  function afterValue(): void {
    for (;;) {
      skip();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (i < n) expected('end');
        return;
      }
      const close = frame.kind === 'object' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i++;
        lastNumber = undefined;
        continue;
      }
      if (text[i] !== ',') expected(frame.kind === 'object' ? 'comma-or-brace' : 'comma-or-bracket');
      const comma = i;
      i++;
      skip();
      if (text[i] === close) throw new Fault(comma, { kind: 'trailing-comma', close });
      if (frame.kind === 'object') {
        if (lastNumber !== undefined && text[i] >= '0' && text[i] <= '9') {
          DIGITS.lastIndex = i;
          const digits = DIGITS.exec(text)?.[0] ?? '';
          throw new Fault(comma, {
            kind: 'decimal-comma',
            value: `${lastNumber},${digits}`,
            fixed: `${lastNumber}.${digits}`,
          });
        }
        key(frame);
      }
      return;
    }
  }

  /** A key and its colon; leaves i at the value (spaces skipped). */
  function key(frame: Frame): void {
    if (text[i] !== '"') expected('key');
    const start = i;
    i = stringEnd(text, i);
    const name = JSON.parse(text.slice(start, i)) as string;
    if (frame.keys.has(name)) throw new Fault(start, { kind: 'duplicate-key', key: printable(name) });
    frame.keys.add(name);
    skip();
    if (text[i] !== ':') expected('colon');
    i++;
    skip();
  }

  function number(): string {
    const start = i;
    if (text.startsWith('-Infinity', i)) throw new Fault(i, { kind: 'non-finite', found: '-Infinity' });
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    const end = m ? i + m[0].length : i;
    WORD.lastIndex = start;
    const run = WORD.exec(text)?.[0] ?? '';
    // "01", "1.", ".5", "+1", "1e", "-": the longer run is what was typed, and it is no JSON number.
    if (!m || m[0].length === 0 || run.length > m[0].length) {
      throw new Fault(start, { kind: 'bad-number', found: printable(run || text[i], 30) });
    }
    i = end;
    return m[0];
  }

  function literal(): void {
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0] ?? '';
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return;
    }
    if (word === 'NaN' || word === 'Infinity') throw new Fault(i, { kind: 'non-finite', found: word });
    throw new Fault(i, { kind: 'bare-word', found: printable(word, 30) });
  }
}

/** The offset just after the string that opens at `start`, or a Fault inside it. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    PLAIN.lastIndex = i;
    i += PLAIN.exec(text)?.[0].length ?? 0;
    const c = text[i];
    if (c === '"') return i + 1;
    if (c === undefined) throw new Fault(start, { kind: 'unclosed-string' });
    if (c === '\\') {
      ESCAPE.lastIndex = i;
      const m = ESCAPE.exec(text);
      if (!m) {
        const shown = text.slice(i, text[i + 1] === 'u' ? i + 6 : i + 2);
        throw new Fault(i, { kind: 'bad-escape', found: printable(shown, 10) });
      }
      i += m[0].length;
      continue;
    }
    throw new Fault(i, { kind: 'control-in-string', found: printable(c) });
  }
}
