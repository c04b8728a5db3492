import { shown } from '../autodiff/shown.js';
import { DescensoError } from '../errors.js';
import { describeChar } from '../text.js';

/**
 * The lexer turns formula text into tokens. It accepts the spellings people paste from papers,
 * slides and NumPy code (`−`, `·`, `×`, `÷`, `²`, `⁻¹`, `½`, `√`, `w₀`) and maps each to one
 * token kind, so the parser never sees more than one spelling of an operator.
 */

export type OperatorSymbol = '+' | '-' | '*' | '/' | '^' | '(' | ')' | ',';

interface TokenBase {
  /** 0-based offset of the first character (UTF-16 units, as JavaScript strings index). */
  pos: number;
  /** Offset just after the last character. */
  end: number;
  /** The source text of the token, as typed. */
  text: string;
}

export interface NumberToken extends TokenBase {
  type: 'num';
  value: number;
}

export interface IdentToken extends TokenBase {
  type: 'ident';
  /** The name with subscript digits written as `_digits` (`w₀` → `w_0`) and NFKC letters. */
  name: string;
}

export interface OperatorToken extends TokenBase {
  type: 'op';
  op: OperatorSymbol;
}

/** A run of superscript characters: `²` is 2, `⁻¹` is -1. */
export interface SuperscriptToken extends TokenBase {
  type: 'sup';
  exponent: number;
}

/** A vulgar fraction character such as `⅓`. */
export interface FractionToken extends TokenBase {
  type: 'frac';
  numerator: number;
  denominator: number;
}

/** The radical sign `√`. */
export interface RadicalToken extends TokenBase {
  type: 'radical';
}

export interface EndToken extends TokenBase {
  type: 'end';
}

export type Token =
  | NumberToken
  | IdentToken
  | OperatorToken
  | SuperscriptToken
  | FractionToken
  | RadicalToken
  | EndToken;

/** Characters that mean an operator, beyond the ASCII ones. */
const operatorChars: Readonly<Record<string, OperatorSymbol>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '\u2013': '-', // – en dash, which word processors put in place of a minus
  '*': '*',
  '\u00b7': '*', // · middle dot
  '\u22c5': '*', // ⋅ dot operator
  '\u00d7': '*', // × multiplication sign
  '\u2217': '*', // ∗ asterisk operator
  '/': '/',
  '\u00f7': '/', // ÷
  '\u2215': '/', // ∕ division slash
  '^': '^',
  '(': '(',
  ')': ')',
  ',': ',',
};

const superscriptDigits: Readonly<Record<string, number>> = {
  '\u2070': 0,
  '\u00b9': 1,
  '\u00b2': 2,
  '\u00b3': 3,
  '\u2074': 4,
  '\u2075': 5,
  '\u2076': 6,
  '\u2077': 7,
  '\u2078': 8,
  '\u2079': 9,
};
const SUPERSCRIPT_MINUS = '\u207b';
const SUPERSCRIPT_PLUS = '\u207a';

const fractions: Readonly<Record<string, readonly [number, number]>> = {
  '\u00bd': [1, 2],
  '\u2153': [1, 3],
  '\u2154': [2, 3],
  '\u00bc': [1, 4],
  '\u00be': [3, 4],
  '\u2155': [1, 5],
  '\u2156': [2, 5],
  '\u2157': [3, 5],
  '\u2158': [4, 5],
  '\u2159': [1, 6],
  '\u215a': [5, 6],
  '\u215b': [1, 8],
  '\u215c': [3, 8],
  '\u215d': [5, 8],
  '\u215e': [7, 8],
};

const RADICAL = '\u221a';

/** Subscript digits ₀…₉ are U+2080…U+2089. */
function subscriptDigit(ch: string): number | undefined {
  const c = ch.codePointAt(0)!;
  return c >= 0x2080 && c <= 0x2089 ? c - 0x2080 : undefined;
}

const identStart = /[\p{L}_]/u;
const identPart = /[\p{L}\p{M}0-9_]/u;
/** π is a symbol for the constant, never a letter of a longer name: `2πx` is 2·π·x. */
const PI = '\u03c0';
const numberPattern = /(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?/y;

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/** A printable description of a character for messages: the one shared with every message (src/text.ts). */
export { describeChar };

/** The code point at `i` as a string (one or two UTF-16 units). */
function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

/** Splits `text` into tokens; the last one is always `end`. Throws a positioned DescensoError. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i += ch.length;
      continue;
    }
    const start = i;
    if (ch === '*' && text[i + 1] === '*') {
      tokens.push({ type: 'op', op: '^', pos: start, end: i + 2, text: '**' });
      i += 2;
      continue;
    }
    const op = Object.hasOwn(operatorChars, ch) ? operatorChars[ch] : undefined;
    if (op !== undefined) {
      tokens.push({ type: 'op', op, pos: start, end: i + 1, text: ch });
      i += 1;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      tokens.push(readNumber(text, start));
      i = tokens[tokens.length - 1].end;
      continue;
    }
    if (Object.hasOwn(superscriptDigits, ch) || ch === SUPERSCRIPT_MINUS || ch === SUPERSCRIPT_PLUS) {
      tokens.push(readSuperscript(text, start));
      i = tokens[tokens.length - 1].end;
      continue;
    }
    const frac = Object.hasOwn(fractions, ch) ? fractions[ch] : undefined;
    if (frac !== undefined) {
      tokens.push({
        type: 'frac',
        numerator: frac[0],
        denominator: frac[1],
        pos: start,
        end: i + 1,
        text: ch,
      });
      i += 1;
      continue;
    }
    if (ch === RADICAL) {
      tokens.push({ type: 'radical', pos: start, end: i + 1, text: ch });
      i += 1;
      continue;
    }
    if (identStart.test(ch)) {
      tokens.push(readIdentifier(text, start));
      i = tokens[tokens.length - 1].end;
      continue;
    }
    throw new DescensoError('expr-bad-char', { char: describeChar(ch) }, start);
  }
  tokens.push({ type: 'end', pos: text.length, end: text.length, text: '' });
  return tokens;
}

function readNumber(text: string, start: number): NumberToken {
  numberPattern.lastIndex = start;
  const m = numberPattern.exec(text);
  if (m === null) {
    // A lone '.' that does not start a number such as `.5`.
    throw new DescensoError('expr-bad-char', { char: '.' }, start);
  }
  const raw = m[0];
  const end = start + raw.length;
  const form = otherNumberForm(text, start, raw);
  if (form !== undefined) throw new DescensoError('expr-number-form', { text: form }, start);
  if (raw.includes('_')) {
    throw new DescensoError('expr-bad-number', { text: shown(raw) }, start);
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    throw new DescensoError('expr-number-too-large', { text: shown(raw) }, start);
  }
  return { type: 'num', value, pos: start, end, text: raw };
}

/**
 * `0x10`, `0b101`, `0o17`: a programmer's number that would otherwise be read as 0 times a
 * variable `x10`. Returns the text of the whole form, or undefined.
 */
function otherNumberForm(text: string, start: number, raw: string): string | undefined {
  if (raw !== '0') return undefined;
  const digits: Readonly<Record<string, RegExp>> = { x: /[0-9a-f]/i, b: /[01]/, o: /[0-7]/ };
  const letter = text[start + 1]?.toLowerCase() ?? '';
  const pattern = Object.hasOwn(digits, letter) ? digits[letter] : undefined;
  if (pattern === undefined || !pattern.test(text[start + 2] ?? '')) return undefined;
  const tail = /^[0-9a-z_]*/i.exec(text.slice(start + 2, start + 66))![0];
  return text.slice(start, start + 2) + tail;
}

function readSuperscript(text: string, start: number): SuperscriptToken {
  let i = start;
  let sign = 1;
  if (text[i] === SUPERSCRIPT_MINUS || text[i] === SUPERSCRIPT_PLUS) {
    sign = text[i] === SUPERSCRIPT_MINUS ? -1 : 1;
    i += 1;
  }
  let digits = '';
  while (i < text.length && Object.hasOwn(superscriptDigits, text[i])) {
    digits += String(superscriptDigits[text[i]]);
    i += 1;
  }
  const raw = text.slice(start, i);
  if (digits === '') {
    throw new DescensoError('expr-bad-number', { text: shown(raw) }, start);
  }
  return { type: 'sup', exponent: sign * Number(digits), pos: start, end: i, text: raw };
}

/**
 * An identifier, with dotted parts (`np.exp`, `tf.math.sigmoid`) kept in the same token so that a
 * module prefix is resolved as a whole, and `x.constructor` is rejected as one unknown name.
 */
function readIdentifier(text: string, start: number): IdentToken {
  if (text[start] === PI) return { type: 'ident', name: PI, pos: start, end: start + 1, text: PI };
  let i = start;
  let name = '';
  let inSubscript = false;
  for (;;) {
    const ch = charAt(text, i);
    const sub = subscriptDigit(ch);
    if (sub !== undefined) {
      if (!inSubscript) name += '_';
      name += String(sub);
      inSubscript = true;
      i += ch.length;
    } else if (ch === PI) {
      break;
    } else if (identPart.test(ch)) {
      name += ch;
      inSubscript = false;
      i += ch.length;
    } else if (ch === '.' && i + 1 < text.length && identStart.test(charAt(text, i + 1))) {
      name += '.';
      inSubscript = false;
      i += 1;
    } else {
      break;
    }
    if (i >= text.length) break;
  }
  // NFKC folds look-alike letters (mathematical italic 𝑥, ligatures) into plain ones.
  return { type: 'ident', name: name.normalize('NFKC'), pos: start, end: i, text: text.slice(start, i) };
}
