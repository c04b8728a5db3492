import { shown } from '../autodiff/shown.js';
import { badArgument, DescensoError } from '../errors.js';
import { showValue } from '../text.js';

/**
 * The syntax tree of a formula. Every spelling a user may type (`**` or `^`, `np.exp` or `exp`,
 * `w₀` or `x`, `pow(a, b)`) is reduced to this small set of nodes, so the evaluator, the
 * graph builder and the printers each handle one case per concept.
 *
 * `pos` is the 0-based offset in the source text of the token that made the node; it is optional
 * so that trees can also be built by hand (tests, generated formulas).
 */

/** Functions of one argument, by canonical name. */
export const unaryFunctions = [
  'sqrt',
  'exp',
  'log',
  'log10',
  'abs',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'sinh',
  'cosh',
  'tanh',
  'sigmoid',
  'relu',
  'softplus',
  'square',
  'sign',
] as const;

/** Functions of two arguments, by canonical name (`pow` becomes the `^` operator instead). */
export const binaryFunctions = ['min', 'max'] as const;

export type UnaryFunction = (typeof unaryFunctions)[number];
export type BinaryFunction = (typeof binaryFunctions)[number];
export type FunctionName = UnaryFunction | BinaryFunction;

export type BinaryOp = '+' | '-' | '*' | '/' | '^';
export type ConstantName = 'pi' | 'e';

export interface NumberNode {
  kind: 'num';
  /** Always finite; the parser gives non-negative values (a minus sign is a `neg` node). */
  value: number;
  pos?: number;
}

export interface VariableNode {
  kind: 'var';
  /** The canonical name (`x` for `w₀` on a surface). */
  name: string;
  pos?: number;
}

export interface ConstantNode {
  kind: 'const';
  name: ConstantName;
  pos?: number;
}

export interface NegNode {
  kind: 'neg';
  arg: Expr;
  pos?: number;
}

export interface BinaryNode {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  pos?: number;
}

export interface CallNode {
  kind: 'call';
  fn: FunctionName;
  args: Expr[];
  pos?: number;
}

export type Expr = NumberNode | VariableNode | ConstantNode | NegNode | BinaryNode | CallNode;

/** The value of each named constant; the evaluator and the graph builder both read it. */
export const constantValues: Readonly<Record<ConstantName, number>> = { pi: Math.PI, e: Math.E };

/** How many arguments a function takes. */
export function arityOf(fn: FunctionName): 1 | 2 {
  return (binaryFunctions as readonly string[]).includes(fn) ? 2 : 1;
}

/** The children of a node, left to right. */
export function childrenOf(node: Expr): Expr[] {
  switch (node.kind) {
    case 'neg':
      return [node.arg];
    case 'binary':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return [];
  }
}

function childCount(node: Expr): number {
  switch (node.kind) {
    case 'neg':
      return 1;
    case 'binary':
      return 2;
    case 'call':
      return node.args.length;
    default:
      return 0;
  }
}

function childAt(node: Expr, i: number): Expr {
  if (node.kind === 'neg') return node.arg;
  if (node.kind === 'binary') return i === 0 ? node.left : node.right;
  return (node as CallNode).args[i];
}

const NO_VALUES: never[] = [];

const knownFunctions: ReadonlySet<string> = new Set([...unaryFunctions, ...binaryFunctions]);

const knownKinds: ReadonlySet<unknown> = new Set(['num', 'var', 'const', 'neg', 'binary', 'call']);
const knownOps: ReadonlySet<unknown> = new Set(['+', '-', '*', '/', '^']);
const isNode = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && knownKinds.has((v as Expr).kind);

/**
 * The parser only makes well-formed nodes with known names, but a tree may also be built by hand
 * (or be any value a caller passes): a node that is not an object, a call of `constructor` or a
 * constant `__proto__` must be an error, never a TypeError or a lookup that reaches
 * Object.prototype in the walkers' tables. Each node is checked once, before its children are read.
 */
const badNode = (node: unknown) => new DescensoError('expr-bad-node', { node: showValue(node) });

function checkNode(node: Expr): void {
  if (!isNode(node)) throw badNode(node);
  switch (node.kind) {
    case 'num':
      if (typeof node.value !== 'number') throw badNode(node);
      return;
    case 'var':
      if (typeof node.name !== 'string') throw badNode(node);
      return;
    case 'neg':
      if (!isNode(node.arg)) throw badNode(node);
      return;
    case 'binary':
      if (!knownOps.has(node.op) || !isNode(node.left) || !isNode(node.right)) throw badNode(node);
      return;
    case 'call':
      if (!Array.isArray(node.args) || !node.args.every(isNode)) throw badNode(node);
      if (!knownFunctions.has(node.fn) || node.args.length !== arityOf(node.fn)) {
        const known = [...knownFunctions].join(', ');
        throw new DescensoError(
          'expr-unknown-function',
          { name: shown(node.fn), suggestion: null, known },
          node.pos,
        );
      }
      return;
    case 'const':
      if (typeof node.name !== 'string' || !Object.hasOwn(constantValues, node.name))
        throw new DescensoError('expr-unknown-name', { name: shown(node.name) }, node.pos);
  }
}

/**
 * Folds a tree bottom-up: `visit(node, values)` receives the values of the node's children, left
 * to right. It keeps its own stack instead of recursing, because a flat sum of 20,000 terms is a
 * tree 20,000 deep on its left side: every walker of the tree (evaluate, toGraph, the printers)
 * is a fold, so none of them can overflow the call stack however long the formula.
 */
export function fold<T>(root: Expr, visit: (node: Expr, values: T[]) => T): T {
  if (typeof visit !== 'function') throw badArgument('fold', 2, visit, 'function');
  checkNode(root);
  const nodes: Expr[] = [root];
  const next: number[] = [0];
  const values: T[] = [];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top];
    const i = next[top];
    const n = childCount(node);
    if (i < n) {
      next[top] = i + 1;
      const child = childAt(node, i);
      checkNode(child);
      nodes.push(child);
      next.push(0);
      continue;
    }
    nodes.pop();
    next.pop();
    values.push(visit(node, n === 0 ? NO_VALUES : values.splice(values.length - n, n)));
  }
  return values[0];
}

/** A copy of the tree without source positions, for comparing trees by structure alone. */
export function stripPositions(root: Expr): Expr {
  return fold<Expr>(root, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return { kind: 'num', value: node.value };
      case 'var':
        return { kind: 'var', name: node.name };
      case 'const':
        return { kind: 'const', name: node.name };
      case 'neg':
        return { kind: 'neg', arg: kids[0] };
      case 'binary':
        return { kind: 'binary', op: node.op, left: kids[0], right: kids[1] };
      case 'call':
        return { kind: 'call', fn: node.fn, args: kids };
    }
  });
}

/** Variable names in order of first appearance (left to right in the source). */
export function variablesOf(root: Expr): string[] {
  const seen = new Set<string>();
  fold<null>(root, (node) => {
    if (node.kind === 'var') seen.add(node.name);
    return null;
  });
  return [...seen];
}

/** True when the tree holds no variable, so its value can be computed once. */
export function isConstant(root: Expr): boolean {
  return fold<boolean>(root, (node, kids) => node.kind !== 'var' && kids.every(Boolean));
}
