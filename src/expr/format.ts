import { type BinaryNode, type CallNode, type Expr, type FunctionName, fold } from './ast.js';

/**
 * Three printers of the same tree. Each decides parentheses from precedence alone, so the text
 * is as short as the tree allows:
 * - toText: the canonical form, ASCII, `*` always written; parsing it gives the same tree back.
 * - toLatex: for labels (KaTeX/MathJax).
 * - toPython: NumPy code (`np.exp`, `**`) that computes the same values.
 */

/** Precedence levels shared by the printers (higher binds tighter). */
const Level = { Sum: 1, Product: 2, Prefix: 3, Power: 4, Atom: 5 } as const;
type Level = number;

function level(node: Expr): Level {
  switch (node.kind) {
    case 'neg':
      return Level.Prefix;
    case 'binary':
      return node.op === '^' ? Level.Power : node.op === '*' || node.op === '/' ? Level.Product : Level.Sum;
    default:
      return Level.Atom;
  }
}

/* ------------------------------------------------------------------ text */

function numberText(value: number): string {
  if (Number.isNaN(value)) return '(0/0)';
  if (value === Number.POSITIVE_INFINITY) return '(1/0)';
  if (value === Number.NEGATIVE_INFINITY) return '(-1/0)';
  // Negative literals only come from hand-built trees; the parser makes them `neg` nodes.
  return value < 0 || Object.is(value, -0) ? `(-${String(-value)})` : String(value);
}

/**
 * Wraps `inner` in parentheses when its level is below `min`, or equal to it and `strictly`
 * is set (the side of an operator where equal precedence would regroup the tree).
 */
function wrap(text: string, node: Expr, min: Level, strictly: boolean): string {
  const l = level(node);
  return l < min || (strictly && l === min) ? `(${text})` : text;
}

/** The canonical text of a formula. `parseFormula(toText(ast))` gives `ast` back. */
export function toText(root: Expr): string {
  return fold<string>(root, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return numberText(node.value);
      case 'var':
        return node.name;
      case 'const':
        return node.name;
      case 'neg': {
        // -(-x) rather than --x, which reads like a typo.
        const needs = level(node.arg) < Level.Prefix || node.arg.kind === 'neg';
        return needs ? `-(${kids[0]})` : `-${kids[0]}`;
      }
      case 'binary': {
        const [left, right] = kids;
        if (node.op === '^') {
          // The base must be an atom (-x^2 is -(x^2)); the exponent a power or an atom, and a
          // signed exponent gets parentheses for the reader: x^(-1).
          return `${wrap(left, node.left, Level.Atom, false)}^${wrap(right, node.right, Level.Power, false)}`;
        }
        const l = level(node);
        const sep = l === Level.Sum ? ` ${node.op} ` : node.op;
        const rightText = node.right.kind === 'neg' ? `(${right})` : wrap(right, node.right, l, true);
        return `${wrap(left, node.left, l, false)}${sep}${rightText}`;
      }
      case 'call':
        return `${node.fn}(${kids.join(', ')})`;
    }
  });
}

/* ----------------------------------------------------------------- LaTeX */

const latexFunctionNames: Partial<Record<FunctionName, string>> = {
  log: '\\ln',
  log10: '\\log_{10}',
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  asin: '\\arcsin',
  acos: '\\arccos',
  atan: '\\arctan',
  sinh: '\\sinh',
  cosh: '\\cosh',
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  relu: '\\operatorname{ReLU}',
  softplus: '\\operatorname{softplus}',
  sign: '\\operatorname{sign}',
  min: '\\min',
  max: '\\max',
};

/** Levels as LaTeX sees them: a \frac is a block that needs no parentheses in a product. */
function latexLevel(node: Expr): number {
  if (node.kind === 'num') {
    if (node.value < 0) return Level.Prefix;
    return latexNumber(node.value).includes('\\times') ? Level.Product : Level.Atom;
  }
  if (node.kind === 'binary' && node.op === '/') return Level.Power + 0.5;
  if (node.kind === 'call' && (node.fn === 'exp' || node.fn === 'square')) return Level.Power;
  return level(node);
}

function latexNumber(value: number): string {
  if (Number.isNaN(value)) return '\\mathrm{NaN}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  const text = String(value);
  const m = /^(-?[0-9.]+)e([+-])([0-9]+)$/.exec(text);
  if (m === null) return text;
  const exponent = m[2] === '-' ? `-${m[3]}` : m[3];
  return m[1] === '1' ? `10^{${exponent}}` : `${m[1]} \\times 10^{${exponent}}`;
}

function latexName(name: string): string {
  const sub = /^([A-Za-z])_?([0-9]+)$/.exec(name);
  if (sub !== null) return `${sub[1]}_{${sub[2]}}`;
  if (/^[A-Za-z]$/.test(name) || /^\p{L}$/u.test(name)) return name;
  return `\\mathrm{${name.replace(/_/g, '\\_')}}`;
}

const paren = (s: string) => `\\left(${s}\\right)`;

/** `text` (the LaTeX of `node`) in parentheses when the node binds looser than `min`. */
function latexWrap(text: string, node: Expr, min: number): string {
  return latexLevel(node) < min ? paren(text) : text;
}

/** A LaTeX rendering of the formula, e.g. `3 \left(1 - x\right)^{2} e^{-x^{2} - y^{2}}`. */
export function toLatex(root: Expr): string {
  return fold<string>(root, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return latexNumber(node.value);
      case 'var':
        return latexName(node.name);
      case 'const':
        return node.name === 'pi' ? '\\pi' : 'e';
      case 'neg':
        return node.arg.kind === 'neg'
          ? `-${paren(kids[0])}`
          : `-${latexWrap(kids[0], node.arg, Level.Product)}`;
      case 'binary':
        return latexBinary(node, kids[0], kids[1]);
      case 'call':
        return latexCall(node, kids);
    }
  });
}

function latexBinary(node: BinaryNode, left: string, right: string): string {
  switch (node.op) {
    case '/':
      return `\\frac{${left}}{${right}}`;
    case '^':
      return `${latexWrap(left, node.left, Level.Atom)}^{${right}}`;
    case '*': {
      const a = latexWrap(left, node.left, Level.Product);
      const b = node.right.kind === 'neg' ? paren(right) : latexWrap(right, node.right, Level.Product + 0.5);
      // Juxtaposition reads as a product except before a digit: 2 \cdot 3, x \cdot 2.
      return /^[0-9.]/.test(b) ? `${a} \\cdot ${b}` : `${a} ${b}`;
    }
    default: {
      const b = node.right.kind === 'neg' ? paren(right) : latexWrap(right, node.right, Level.Sum + 0.5);
      return `${left} ${node.op} ${b}`;
    }
  }
}

function latexCall(node: CallNode, args: string[]): string {
  const [a] = args;
  switch (node.fn) {
    case 'sqrt':
      return `\\sqrt{${a}}`;
    case 'exp':
      return `e^{${a}}`;
    case 'abs':
      return `\\left|${a}\\right|`;
    case 'square':
      return `${latexWrap(a, node.args[0], Level.Atom)}^{2}`;
    default:
      return `${latexFunctionNames[node.fn]}${paren(args.join(', '))}`;
  }
}

/* ---------------------------------------------------------------- Python */

/** Python keywords cannot name a variable; such names get a trailing underscore. */
const pythonKeywords = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

const numpyNames: Partial<Record<FunctionName, string>> = {
  asin: 'arcsin',
  acos: 'arccos',
  atan: 'arctan',
  min: 'minimum',
  max: 'maximum',
};

/** Rewrites the functions NumPy lacks into ones it has, as trees, so one printer handles all. */
function desugarForNumpy(node: Expr): Expr {
  if (node.kind !== 'call') return node;
  const [a] = node.args;
  switch (node.fn) {
    case 'sigmoid':
      return {
        kind: 'binary',
        op: '/',
        left: { kind: 'num', value: 1 },
        right: {
          kind: 'binary',
          op: '+',
          left: { kind: 'num', value: 1 },
          right: { kind: 'call', fn: 'exp', args: [{ kind: 'neg', arg: a }] },
        },
      };
    case 'relu':
      return { kind: 'call', fn: 'max', args: [a, { kind: 'num', value: 0 }] };
    default:
      return node;
  }
}

function pythonNumber(value: number): string {
  if (Number.isNaN(value)) return 'np.nan';
  if (!Number.isFinite(value)) return value > 0 ? 'np.inf' : '(-np.inf)';
  const magnitude = Math.abs(value);
  let text = String(magnitude);
  // Past 2^53 JavaScript prints integers in full; a trailing .0 keeps them floats in Python,
  // where a huge int would make ** exact and then overflow when mixed with floats.
  if (magnitude >= 2 ** 53 && /^[0-9]+$/.test(text)) text += '.0';
  return value < 0 || Object.is(value, -0) ? `(-${text})` : text;
}

/** NumPy code for the formula (`import numpy as np` assumed), e.g. `3*(1 - x)**2*np.exp(-x**2)`. */
export function toPython(input: Expr): string {
  // First the functions NumPy lacks become trees of ones it has; then one printer handles all.
  const tree = fold<Expr>(input, (node, kids) => desugarForNumpy(withChildren(node, kids)));
  return fold<string>(tree, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return pythonNumber(node.value);
      case 'var':
        return pythonKeywords.has(node.name) ? `${node.name}_` : node.name;
      case 'const':
        return node.name === 'pi' ? 'np.pi' : 'np.e';
      case 'neg': {
        const needs = level(node.arg) < Level.Prefix || node.arg.kind === 'neg';
        return needs ? `-(${kids[0]})` : `-${kids[0]}`;
      }
      case 'binary': {
        const [left, right] = kids;
        if (node.op === '^') {
          return `${wrap(left, node.left, Level.Atom, false)}**${wrap(right, node.right, Level.Power, false)}`;
        }
        const l = level(node);
        const sep = l === Level.Sum ? ` ${node.op} ` : node.op;
        const rightText = node.right.kind === 'neg' ? `(${right})` : wrap(right, node.right, l, true);
        return `${wrap(left, node.left, l, false)}${sep}${rightText}`;
      }
      case 'call':
        if (node.fn === 'softplus') return `np.logaddexp(0, ${kids[0]})`;
        return `np.${numpyNames[node.fn] ?? node.fn}(${kids.join(', ')})`;
    }
  });
}

/** `node` with its children replaced by `kids` (the results of a fold that rebuilds trees). */
function withChildren(node: Expr, kids: Expr[]): Expr {
  switch (node.kind) {
    case 'neg':
      return { ...node, arg: kids[0] };
    case 'binary':
      return { ...node, left: kids[0], right: kids[1] };
    case 'call':
      return { ...node, args: kids };
    default:
      return node;
  }
}
