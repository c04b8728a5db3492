/**
 * The formula language: text → tree → values, graphs, LaTeX and NumPy code.
 *
 * What a user may type:
 * - numbers `3`, `.5`, `1.`, `1e-3`; vulgar fractions `½ ⅓ ¾ …`; constants `pi`, `π`, `e`
 *   (`e` is Euler's number unless an 'nd' formula lists it as a variable; `e^u` means exp(u));
 * - `+ - * / ^ **` and the look-alikes `− – · × ÷`; superscripts `x² x⁻¹`; `√x`;
 *   `^`/`**` is right-associative and binds tighter than a leading minus: `-x^2` = −(x²), `2^-1` = ½;
 * - products without `*` when the right factor starts with a name, `(`, `√` or a fraction:
 *   `2x`, `3(x+1)`, `(x+1)(x-1)`, `2 sin(x)`, `x y`, `x(x+1)` (x known to be a variable).
 *   Names are never split: `xy` is refused with "write x*y" unless it is itself a variable;
 *   after a bare exponent (`e^2x`, `x^2y`) the product is refused as ambiguous;
 * - functions sqrt exp log=ln log10 abs sin cos tan asin acos atan (and arc…) sinh cosh tanh
 *   sigmoid relu softplus square sign min max pow=power, with or without the prefixes
 *   np. numpy. math. tf. tf.math. tf.nn. jnp. jax.numpy. jax.nn. torch. torch.nn.functional.;
 * - variables by kind: 'surface' x, y (w0/w_0/w₀ = x, w1/w_1/w₁ = y), '1d' x, 'nd' any name
 *   (`constructor` and `__proto__` included: every lookup by name is own-property only).
 * Values: `evaluate`, the engine and compiled code compute with the same operation code, so they
 * agree bit for bit; min, max and relu propagate NaN as NumPy's np.minimum/np.maximum do, and a
 * gradient taken where a value is NaN is NaN. Sums and products of any length are loops, not
 * nesting; real nesting (parentheses, signs, powers, calls) is bounded by MAX_NESTING.
 * Errors are DescensoErrors with an `expr-…` code and the offset of the fault; caretLine shows it.
 */
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
  fold,
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
  requireVariable,
} from './formula.js';
export { MAX_NESTING } from './parser.js';
export { formulaFunction, toGraph } from './toGraph.js';
