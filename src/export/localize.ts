/**
 * A generated script in another language. The generators write their human text in English (the
 * comments, the docstrings, the lines the script prints and its errors); this pass reads the
 * script line by line and puts each such text through a phrasebook, as gettext does with its
 * English keys. Code is never touched: identifiers, numbers, the CSV header, the statuses and
 * every string literal but a printed message's stay byte for byte, so the CSV a script prints is
 * the same in every language. A text the phrasebook lacks stays English (the tests flag it).
 *
 * The units looked up, each first as a whole and then, when the whole is not in the book, line
 * by line: a docstring; a block of comment lines at one indentation; a comment after code; the
 * text of a section heading `# ---- Text ----` (padded back to its width); a string literal
 * given to print() or SystemExit().
 */

/** English → another language: exact texts, then texts with a variable part (anchored patterns). */
export interface Phrasebook {
  readonly exact: ReadonlyMap<string, string>;
  readonly patterns: readonly (readonly [RegExp, string])[];
}

/** The translation of `text`, or undefined when the book has none. */
export function lookUp(book: Phrasebook, text: string): string | undefined {
  const found = book.exact.get(text);
  if (found !== undefined) return found;
  for (const [pattern, replacement] of book.patterns)
    if (pattern.test(text)) return text.replace(pattern, replacement);
  return undefined;
}

/** A whole unit, else each of its lines (a line the book lacks stays as it is). */
function translateUnit(book: Phrasebook, lines: readonly string[]): string[] {
  const whole = lookUp(book, lines.join('\n'));
  if (whole !== undefined) return whole.split('\n');
  return lines.map((l) => (l.trim() === '' ? l : (lookUp(book, l) ?? l)));
}

const HEADING = /^---- (.+?)(?: (-{3,}))?$/;
const COMMENT_LINE = /^( *)# ?(.*)$/;

function heading(book: Phrasebook, text: string): string | undefined {
  const m = HEADING.exec(text);
  if (!m) return undefined;
  const inner = lookUp(book, m[1]) ?? m[1];
  if (m[2] === undefined) return `---- ${inner}`;
  const head = `---- ${inner} `;
  return head + '-'.repeat(Math.max(3, text.length - head.length));
}

/** Where the comment of a code line starts (a `#` outside every string literal), or -1. */
export function commentStart(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#') return i;
  }
  return -1;
}

/** The string literals of a print() or SystemExit() line, each translated when the book has it. */
function printedLiterals(book: Phrasebook, line: string): string {
  if (!/\b(print|SystemExit)\(/.test(line)) return line;
  return line.replace(/(?<!\w)(f?)'((?:[^'\\]|\\.)*)'/g, (all, prefix: string, body: string) => {
    const said = lookUp(book, body);
    return said === undefined ? all : `${prefix}'${said}'`;
  });
}

function codeLine(book: Phrasebook, line: string): string {
  const at = commentStart(line);
  const code = printedLiterals(book, at < 0 ? line : line.slice(0, at));
  if (at < 0) return code;
  const text = line.slice(at).replace(/^# ?/, '');
  const said = lookUp(book, text);
  return said === undefined ? code + line.slice(at) : `${code}# ${said}`;
}

/** A docstring from line i: its lines translated, and the index after it. */
function docstring(book: Phrasebook, lines: readonly string[], i: number): [string[], number] {
  const [, indent, rest] = /^( *)"""(.*)$/.exec(lines[i]) as RegExpExecArray;
  const body = [rest];
  let end = i;
  if (!(rest.endsWith('"""') && rest.length >= 3)) {
    end = i + 1;
    while (end < lines.length && !lines[end].trimEnd().endsWith('"""')) end++;
    for (let k = i + 1; k <= end && k < lines.length; k++) body.push(lines[k].slice(indent.length));
  }
  const last = body.length - 1;
  body[last] = body[last].replace(/"""\s*$/, '');
  const said = translateUnit(book, body);
  const closing = said.length - 1;
  // A blank line stays blank; the line of the closing quotes keeps the indentation even when empty.
  const out = said.map((l, k) =>
    k === 0 ? `${indent}"""${l}` : l === '' && k !== closing ? '' : `${indent}${l}`,
  );
  out[out.length - 1] += '"""';
  return [out, Math.min(end, lines.length - 1) + 1];
}

/** A block of comment lines at one indentation from line i (a heading is a block of its own). */
function commentBlock(book: Phrasebook, lines: readonly string[], i: number): [string[], number] {
  const [, indent, first] = COMMENT_LINE.exec(lines[i]) as RegExpExecArray;
  const said = heading(book, first);
  if (said !== undefined) return [[`${indent}# ${said}`], i + 1];
  const texts = [first];
  let end = i + 1;
  for (; end < lines.length; end++) {
    const m = COMMENT_LINE.exec(lines[end]);
    if (!m || m[1] !== indent || HEADING.test(m[2]) || lines[end].startsWith('#!')) break;
    texts.push(m[2]);
  }
  return [translateUnit(book, texts).map((t) => `${indent}# ${t}`.trimEnd()), end];
}

/** The script with every human text put through the book. */
export function localizeScript(script: string, book: Phrasebook): string {
  const lines = script.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let said: string[];
    if (line.startsWith('#!')) [said, i] = [[line], i + 1];
    else if (/^ *"""/.test(line)) [said, i] = docstring(book, lines, i);
    else if (COMMENT_LINE.test(line)) [said, i] = commentBlock(book, lines, i);
    else [said, i] = [[codeLine(book, line)], i + 1];
    out.push(...said);
  }
  return out.join('\n');
}
