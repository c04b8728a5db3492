/**
 * Writing Python safely. Nothing the user typed reaches a script as code except what the formula
 * parser produced (numbers, known functions, variable names checked here): a label, a file name or
 * an error message goes in as a string literal (`pyString`, which escapes every quote, backslash
 * and invisible or line-breaking character) or as a comment line from which anything that could
 * end the line has been removed (`pyComment`).
 */

/** Characters shown as themselves inside a string literal: letters, marks, digits, punctuation, symbols, space. */
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** The characters of `text`, a lone surrogate replaced by U+FFFD (as Node encodes it in UTF-8). */
function* wellFormed(text: string): Generator<string> {
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    yield code >= 0xd800 && code <= 0xdfff ? '\ufffd' : ch;
  }
}

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/**
 * A Python string literal with the value `text`, like repr(): single quotes, and every backslash,
 * quote, control, format (bidirectional overrides), separator or unassigned character escaped, so
 * the literal is one line that cannot end early. A lone surrogate (which Node writes as U+FFFD
 * when it prints) becomes U+FFFD, so the script prints what descenso prints.
 */
export function pyString(text: string): string {
  let out = "'";
  for (const ch of wellFormed(text)) {
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (VISIBLE.test(ch)) out += ch;
    else out += escapeChar(ch);
  }
  return `${out}'`;
}

/** A comment line: `# ` and the text with every character that is not plainly visible replaced by a space. */
export function pyComment(text: string): string {
  let out = '';
  for (const ch of wellFormed(text)) out += VISIBLE.test(ch) ? ch : ' ';
  return `# ${out.replace(/ +$/, '')}`.trimEnd();
}

/**
 * A float literal that Python reads as the same double: JavaScript's shortest round-trip digits
 * (which Python's float() parses to the same value), with `.0` when they form an integer, so the
 * literal is a float, never an int. Not finite: float('inf'), float('nan').
 */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Number.POSITIVE_INFINITY) return "float('inf')";
  if (x === Number.NEGATIVE_INFINITY) return "-float('inf')";
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /^-?[0-9]+$/.test(text) ? `${text}.0` : text;
}

/** An integer literal (counts, seeds, sizes). */
export function pyInt(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
  return String(n);
}

/** A Python list of floats, wrapped every `perLine` numbers so a long list stays readable. */
export function pyFloatList(xs: ArrayLike<number>, indent = '', perLine = 6): string {
  const items = Array.from(xs, pyFloat);
  if (items.length <= perLine) return `[${items.join(', ')}]`;
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine)
    lines.push(`${indent}    ${items.slice(i, i + perLine).join(', ')},`);
  return `[\n${lines.join('\n')}\n${indent}]`;
}

export const pythonKeywords: ReadonlySet<string> = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield match case type _'
  ).split(' '),
);

/**
 * Python identifiers for the variables of a formula, in order: a name that is a plain ASCII
 * identifier and collides with nothing (a keyword, a builtin or module the script uses, a name
 * given before) is kept; any other gets an underscore or, when it is not ASCII, `v0`, `v1`, …
 */
export function pythonNames(names: readonly string[], reserved: ReadonlySet<string>): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    let id = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `v${i}`;
    while (pythonKeywords.has(id) || reserved.has(id) || used.has(id)) id = `${id}_`;
    used.add(id);
    return id;
  });
}

/** Lines with indentation: a small writer the generators share. */
export class PyWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  /** Adds lines at the current indentation (a string with newlines is several lines; '' is a blank line). */
  line(...texts: string[]): this {
    for (const text of texts)
      for (const l of text.split('\n')) this.lines.push(l === '' ? '' : `${'    '.repeat(this.depth)}${l}`);
    return this;
  }

  /** A comment (or several lines of it), each line made safe by pyComment. */
  comment(...texts: string[]): this {
    for (const text of texts) for (const l of text.split('\n')) this.line(pyComment(l));
    return this;
  }

  /** `head` (ending in ':'), then `body` one level deeper. */
  block(head: string, body: () => void): this {
    this.line(head);
    this.depth++;
    body();
    this.depth--;
    return this;
  }

  blank(): this {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    return this;
  }

  text(): string {
    return `${this.lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
  }
}
