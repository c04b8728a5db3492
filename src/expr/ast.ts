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

/** A copy of the tree without source positions, for comparing trees by structure alone. */
export function stripPositions(node: Expr): Expr {
  switch (node.kind) {
    case 'num':
      return { kind: 'num', value: node.value };
    case 'var':
      return { kind: 'var', name: node.name };
    case 'const':
      return { kind: 'const', name: node.name };
    case 'neg':
      return { kind: 'neg', arg: stripPositions(node.arg) };
    case 'binary':
      return {
        kind: 'binary',
        op: node.op,
        left: stripPositions(node.left),
        right: stripPositions(node.right),
      };
    case 'call':
      return { kind: 'call', fn: node.fn, args: node.args.map(stripPositions) };
  }
}

/** Variable names in order of first appearance (left to right in the source). */
export function variablesOf(node: Expr): string[] {
  const seen = new Set<string>();
  const visit = (n: Expr): void => {
    if (n.kind === 'var') seen.add(n.name);
    else for (const c of childrenOf(n)) visit(c);
  };
  visit(node);
  return [...seen];
}

/** True when the tree holds no variable, so its value can be computed once. */
export function isConstant(node: Expr): boolean {
  if (node.kind === 'var') return false;
  return childrenOf(node).every(isConstant);
}
