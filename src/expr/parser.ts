import { shown } from '../autodiff/shown.js';
import { DescensoError } from '../errors.js';
import type { ExpectedToken } from '../i18n/en/expr.js';
import { arityOf, type BinaryOp, type Expr, type FunctionName } from './ast.js';
import { type IdentToken, type Token, tokenize } from './lexer.js';
import {
  type FunctionMeaning,
  knownFunctionNames,
  lookupConstant,
  lookupFunction,
  splitPrefix,
  suggestFunction,
} from './names.js';

/**
 * A Pratt parser for the formula language.
 *
 * Binding powers, loosest first:
 *   + -                  10, left
 *   * / and juxtaposition 20, left   (so 1/2x is (1/2)·x, as in Python's 1/2*x)
 *   unary - + and √      30, prefix  (−x^2 = −(x^2), as in mathematics and Python)
 *   ^ **                 40, right   (2^3^2 = 2^9; the exponent may start with a sign: 2^-1)
 *   superscripts ² ⁻¹    50, postfix
 *
 * Juxtaposition multiplies when the right factor starts with a name, `(`, `√` or a fraction
 * character: `2x`, `3(x+1)`, `(x+1)(x-1)`, `2 sin(x)`, `x y`. A number on the right needs `*`
 * (`x 2` and `(x)2` are more often typos than products). Right after a bare exponent
 * (`e^2x`, `x^2y`) juxtaposition is refused as ambiguous.
 */

/**
 * Deepest nesting of parentheses, signs, exponents and arguments; bounds the parser's recursion.
 * A chain of left-associative operators (`x+x+…+x`, `2x·y·z`) is read by a loop and is not
 * nesting: its length is bounded only by MAX_FORMULA_LENGTH, and every walker of the tree is an
 * iterative fold (ast.ts), so a flat sum of any length is accepted.
 */
export const MAX_NESTING = 256;

/** How the parser learns which names are variables. */
export interface Scope {
  /** The canonical variable for a plain name, or undefined when the name is not a variable. */
  variable(name: string): string | undefined;
  /** True when the variables are known before parsing, so `x(…)` can be read as a product. */
  readonly fixed: boolean;
  /** The variables, for messages (`x, y (also w0, w_0, w₀ for x; …)`). */
  readonly expected: string;
  /** Names a run of letters may be split into, to explain `xy` (empty: never explain). */
  readonly splittable: readonly string[];
}

const BP_ADD = 10;
const BP_MUL = 20;
const BP_PREFIX = 30;
const BP_POW = 40;
const BP_SUPERSCRIPT = 50;

/** Parses `text` into a syntax tree. Throws a DescensoError with the position of the fault. */
export function parse(text: string, scope: Scope): Expr {
  return new Parser(text, tokenize(text), scope).parseFormula();
}

class Parser {
  private index = 0;
  /** Levels opened below the top one (parentheses, signs, exponents, arguments). */
  private nesting = -1;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly scope: Scope,
  ) {}

  parseFormula(): Expr {
    const tree = this.parseExpr(0);
    const t = this.peek();
    if (t.type !== 'end') {
      if (t.type === 'op' && t.op === ')') throw new DescensoError('expr-unbalanced', { paren: ')' }, t.pos);
      this.unexpected(t, 'operator');
    }
    return tree;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'end') this.index += 1;
    return t;
  }

  private unexpected(t: Token, expected: ExpectedToken): never {
    throw new DescensoError('expr-unexpected', { found: shown(t.text), expected }, t.pos);
  }

  private parseExpr(rbp: number): Expr {
    if (++this.nesting > MAX_NESTING) {
      // Point at the token that opened the level: the '(' , '-', '^' or ',' just read.
      const opener = this.index > 0 ? this.tokens[this.index - 1] : this.peek();
      throw new DescensoError('expr-too-deep', { limit: MAX_NESTING }, opener.pos);
    }
    const first = this.peek();
    let left = this.prefix(this.next());
    for (;;) {
      const t = this.peek();
      const lbp = this.leftBindingPower(t);
      if (lbp <= rbp) break;
      left = this.infix(t, left, first.pos);
    }
    this.nesting -= 1;
    return left;
  }

  /** True when `t` can begin the right factor of a product written without `*`. */
  private startsImplicitFactor(t: Token): boolean {
    return (
      t.type === 'ident' || t.type === 'frac' || t.type === 'radical' || (t.type === 'op' && t.op === '(')
    );
  }

  private leftBindingPower(t: Token): number {
    if (t.type === 'sup') return BP_SUPERSCRIPT;
    if (this.startsImplicitFactor(t)) return BP_MUL;
    if (t.type !== 'op') return 0;
    switch (t.op) {
      case '+':
      case '-':
        return BP_ADD;
      case '*':
      case '/':
        return BP_MUL;
      case '^':
        return BP_POW;
      default:
        return 0;
    }
  }

  private prefix(t: Token): Expr {
    switch (t.type) {
      case 'num':
        return { kind: 'num', value: t.value, pos: t.pos };
      case 'frac':
        return {
          kind: 'binary',
          op: '/',
          left: { kind: 'num', value: t.numerator, pos: t.pos },
          right: { kind: 'num', value: t.denominator, pos: t.pos },
          pos: t.pos,
        };
      case 'radical':
        return { kind: 'call', fn: 'sqrt', args: [this.parseExpr(BP_PREFIX)], pos: t.pos };
      case 'ident':
        return this.identifier(t);
      case 'op':
        if (t.op === '-') return { kind: 'neg', arg: this.parseExpr(BP_PREFIX), pos: t.pos };
        if (t.op === '+') return this.parseExpr(BP_PREFIX);
        if (t.op === '(') return this.parenthesized(t);
        return this.unexpected(t, 'operand');
      default:
        return this.unexpected(t, 'operand');
    }
  }

  private infix(t: Token, left: Expr, leftStart: number): Expr {
    if (t.type === 'sup') {
      this.next();
      return this.power(left, this.exponentNode(t.exponent, t.pos), t.pos);
    }
    if (t.type !== 'op' || t.op === '(') {
      // Juxtaposition: the factor itself is parsed by `prefix`, so nothing is consumed here.
      return { kind: 'binary', op: '*', left, right: this.parseExpr(BP_MUL), pos: t.pos };
    }
    this.next();
    if (t.op === '^') {
      const exponent = this.parseExpr(BP_POW - 1);
      this.refuseAmbiguousPower(leftStart);
      return this.power(left, exponent, t.pos);
    }
    const op = t.op as BinaryOp;
    return {
      kind: 'binary',
      op,
      left,
      right: this.parseExpr(this.leftBindingPower(t)),
      pos: t.pos,
    };
  }

  /** `e^u` is read as exp(u): the same function, computed as NumPy's np.exp computes it. */
  private power(base: Expr, exponent: Expr, pos: number): Expr {
    if (base.kind === 'const' && base.name === 'e') {
      return { kind: 'call', fn: 'exp', args: [exponent], pos: base.pos };
    }
    return { kind: 'binary', op: '^', left: base, right: exponent, pos };
  }

  /** `x²` is x^2 and `x⁻¹` is x^(-1): the sign becomes a `neg` node, as typed text would. */
  private exponentNode(exponent: number, pos: number): Expr {
    const magnitude: Expr = { kind: 'num', value: Math.abs(exponent), pos };
    return exponent < 0 ? { kind: 'neg', arg: magnitude, pos } : magnitude;
  }

  /**
   * After `e^2` a factor such as `x` could belong to the exponent (e^(2x), as on paper) or
   * multiply the power (e^2·x, as the binding powers say). Guessing either way gives a wrong
   * surface without a word, so the user is asked to write `*` or parentheses.
   */
  private refuseAmbiguousPower(leftStart: number): void {
    const nextToken = this.peek();
    const last = this.tokens[this.index - 1];
    const closedByParen = last.type === 'op' && last.op === ')';
    if (closedByParen || !this.startsImplicitFactor(nextToken)) return;
    const power = this.source.slice(leftStart, last.end).trim();
    const factor = nextToken.type === 'op' ? '(…)' : nextToken.text;
    throw new DescensoError(
      'expr-ambiguous-power',
      { power: shown(power), factor: shown(factor) },
      nextToken.pos,
    );
  }

  private parenthesized(open: Token): Expr {
    const inner = this.parseExpr(0);
    this.expectClose(open, 'close-paren');
    return inner;
  }

  /** Consumes the `)` matching `open`, or explains what is wrong. */
  private expectClose(open: Token, expected: ExpectedToken): void {
    const t = this.peek();
    if (t.type === 'op' && t.op === ')') {
      this.next();
      return;
    }
    if (t.type === 'end') throw new DescensoError('expr-unbalanced', { paren: '(' }, open.pos);
    this.unexpected(t, expected);
  }

  private identifier(t: IdentToken): Expr {
    const { base, prefixed, plain } = splitPrefix(t.name);
    const followedByCall = this.isCallAhead();
    const fn = plain ? lookupFunction(base) : undefined;

    if (followedByCall) {
      if (fn !== undefined) return this.call(t, fn);
      // `x(x+1)` is a product only when x is known to be a variable or a constant beforehand.
      const known = this.scope.fixed || lookupConstant(t.name) !== undefined;
      const atom = !prefixed && plain && known ? this.atom(t.name, t.pos) : undefined;
      if (atom !== undefined) return atom;
      const suggestion = plain ? (suggestFunction(base) ?? null) : null;
      throw new DescensoError(
        'expr-unknown-function',
        { name: shown(t.text), suggestion, known: knownFunctionNames().join(', ') },
        t.pos,
      );
    }

    if (!prefixed && plain) {
      const atom = this.atom(t.name, t.pos);
      if (atom !== undefined) return atom;
    }
    if (plain && prefixed) {
      const constant = lookupConstant(base);
      if (constant !== undefined) return { kind: 'const', name: constant, pos: t.pos };
    }
    if (fn !== undefined) throw new DescensoError('expr-call-paren', { name: t.text }, t.pos);
    if (prefixed || !plain) throw new DescensoError('expr-unknown-name', { name: shown(t.text) }, t.pos);
    const split = splitIntoNames(t.name, this.scope.splittable);
    if (split !== undefined) {
      throw new DescensoError(
        'expr-ambiguous-name',
        { name: shown(t.text), product: shown(split.join('*')) },
        t.pos,
      );
    }
    throw new DescensoError(
      'expr-unknown-variable',
      { name: shown(t.text), expected: shown(this.scope.expected, 200) },
      t.pos,
    );
  }

  /** A variable (which may shadow a constant, as `e` can in an 'nd' formula) or a constant. */
  private atom(name: string, pos: number): Expr | undefined {
    const variable = this.scope.variable(name);
    if (variable !== undefined) return { kind: 'var', name: variable, pos };
    const constant = lookupConstant(name);
    if (constant !== undefined) return { kind: 'const', name: constant, pos };
    return undefined;
  }

  /** True when the next tokens are `(` or a superscript and then `(` (as in `sin²(x)`). */
  private isCallAhead(): boolean {
    const a = this.peek();
    if (a.type === 'op' && a.op === '(') return true;
    const b = this.peek(1);
    return a.type === 'sup' && b.type === 'op' && b.op === '(';
  }

  private call(name: IdentToken, fn: FunctionMeaning): Expr {
    const sup = this.peek().type === 'sup' ? this.next() : undefined;
    const open = this.next();
    const args: Expr[] = [];
    if (!(this.peek().type === 'op' && (this.peek() as { op: string }).op === ')')) {
      for (;;) {
        args.push(this.parseExpr(0));
        const t = this.peek();
        if (t.type === 'op' && t.op === ',') {
          this.next();
          continue;
        }
        break;
      }
    }
    const close = this.peek();
    this.expectClose(open, 'comma-or-close');
    const expected = fn === 'pow' ? 2 : arityOf(fn);
    if (args.length !== expected) {
      throw new DescensoError('expr-arity', { name: name.text, expected, got: args.length }, close.pos);
    }
    const called: Expr =
      fn === 'pow'
        ? this.power(args[0], args[1], name.pos)
        : { kind: 'call', fn: fn as FunctionName, args, pos: name.pos };
    return sup !== undefined && sup.type === 'sup'
      ? this.power(called, this.exponentNode(sup.exponent, sup.pos), sup.pos)
      : called;
  }
}

/**
 * Splits a run of letters into known names (`xy` → x, y; `pix` → pi, x), or undefined. Used only
 * to explain an error: names are never split silently.
 */
export function splitIntoNames(name: string, names: readonly string[]): string[] | undefined {
  if (names.length === 0 || name.length > 64) return undefined;
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === name.length) return [];
    const cached = memo.get(i);
    if (cached !== undefined) return cached;
    let found: string[] | null = null;
    for (const n of names) {
      if (n.length > 0 && name.startsWith(n, i)) {
        const rest = from(i + n.length);
        if (rest !== null) {
          found = [n, ...rest];
          break;
        }
      }
    }
    memo.set(i, found);
    return found;
  };
  const parts = from(0);
  return parts !== null && parts.length >= 2 ? parts : undefined;
}
