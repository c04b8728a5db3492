/** The formula language: text → tree → values, graphs, LaTeX and NumPy code. */
export {
  arityOf,
  type BinaryFunction,
  type BinaryNode,
  type BinaryOp,
  binaryFunctions,
  type CallNode,
  type ConstantName,
  type ConstantNode,
  constantValues,
  type Expr,
  type FunctionName,
  type NegNode,
  type NumberNode,
  stripPositions,
  type UnaryFunction,
  unaryFunctions,
  type VariableNode,
  variablesOf,
} from './ast.js';
export { applyBinary, evaluate, scalarFunctions } from './evaluate.js';
export { toLatex, toPython, toText } from './format.js';
export {
  caretLine,
  type Formula,
  type FormulaKind,
  MAX_FORMULA_LENGTH,
  type ParseOptions,
  parseFormula,
} from './formula.js';
export { MAX_HEIGHT, MAX_NESTING } from './parser.js';
export { formulaFunction, toGraph } from './toGraph.js';
