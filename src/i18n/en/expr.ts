/**
 * Messages of the formula language (src/expr) and of the catalog of surfaces built on it
 * (English). Each names what was found and, where it helps, what would have been accepted.
 */

/** What the parser was waiting for when it met something else. */
export type ExpectedToken = 'operand' | 'operator' | 'close-paren' | 'comma-or-close';

const expectedText: Record<ExpectedToken, string> = {
  operand: "a number, a variable, a function or '('",
  operator: 'an operator or the end of the formula',
  'close-paren': "an operator or ')'",
  'comma-or-close': "an operator, ',' or ')'",
};

const argumentCount = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;

export const expr = {
  'expr-empty': () => 'the formula is empty',
  'expr-too-long': (p: { length: number; limit: number }) =>
    `the formula is too long: ${p.length} characters, the limit is ${p.limit}`,
  'expr-too-deep': (p: { limit: number }) =>
    `the formula is nested too deeply (more than ${p.limit} levels); split it into simpler parts`,
  'expr-bad-char': (p: { char: string }) => `unexpected character '${p.char}' in the formula`,
  'expr-bad-number': (p: { text: string }) =>
    `invalid number '${p.text}': write it with digits, '.' and an optional exponent, without '_'`,
  'expr-number-form': (p: { text: string }) =>
    `'${p.text}' is not a number here: hexadecimal, binary and octal forms are not accepted; write it in decimal digits`,
  'expr-number-too-large': (p: { text: string }) =>
    `the number '${p.text}' is too large: the largest number is about 1.8e308`,
  'expr-no-variable': () =>
    'the formula has no variable to differentiate: write it in terms of a variable, as in x^2',
  'expr-not-text': (p: { type: string }) => `the formula must be text, got a value of type ${p.type}`,
  'expr-bad-kind': (p: { kind: string }) => `unknown kind of formula '${p.kind}': it is surface, 1d or nd`,
  'expr-vars-kind': (p: { kind: string }) =>
    `a list of variables can only be given to a formula of kind nd, not ${p.kind}`,
  'expr-bad-var-name': (p: { name: string }) =>
    `invalid variable name ${p.name}: a variable is one name of letters, digits and '_' that is not a function`,
  'expr-repeated-var': (p: { name: string }) => `the variable ${p.name} is listed twice`,
  'expr-unexpected': (p: { found: string; expected: ExpectedToken }) =>
    `unexpected ${p.found === '' ? 'end of the formula' : `'${p.found}'`}: expected ${expectedText[p.expected]}`,
  'expr-unbalanced': (p: { paren: '(' | ')' }): string =>
    p.paren === '(' ? "this '(' is never closed: add a ')'" : "this ')' has no matching '('",
  'expr-unknown-function': (p: { name: string; suggestion: string | null; known: string }) =>
    `unknown function '${p.name}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}. ` +
    `Known functions: ${p.known}. To multiply by a parenthesis, write '*' before it`,
  'expr-unknown-variable': (p: { name: string; expected: string }) =>
    `unknown variable '${p.name}': the variables here are ${p.expected}`,
  'expr-ambiguous-name': (p: { name: string; product: string }) =>
    `'${p.name}' is not a variable, and names are never split into letters: to multiply, write ${p.product}`,
  'expr-unknown-name': (p: { name: string }) =>
    `unknown name '${p.name}': it is not a variable, a constant or a function`,
  'expr-call-paren': (p: { name: string }) =>
    `the function ${p.name} needs its argument in parentheses, as in ${p.name}(x)`,
  'expr-arity': (p: { name: string; expected: number; got: number }) =>
    `${p.name} takes ${argumentCount(p.expected)}, got ${p.got}`,
  'expr-ambiguous-power': (p: { power: string; factor: string }) =>
    `'${p.power} ${p.factor}' is ambiguous: write ${p.power}*${p.factor} to multiply, ` +
    'or put the whole exponent in parentheses, as in e^(2x)',
  'expr-bad-node': (p: { node: string }) =>
    `not a formula tree: ${p.node} (expected the ast of a formula, as parseFormula returns it)`,
  'expr-unbound': (p: { name: string }) => `no value was given for the variable '${p.name}'`,
  'expr-function-args': (p: { expected: number; got: number; vars: string }) =>
    `this formula takes ${argumentCount(p.expected)} (${p.vars}), got ${p.got}`,
  'surface-unknown': (p: { id: string; suggestion: string | null; known: string }) =>
    `unknown surface '${p.id}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; the surfaces are: ${p.known}`,

  // ---- the engine (src/autodiff) ---------------------------------------------------------------
  'autodiff-arg-shape': (p: { index: number; shape: string }) =>
    `invalid shape for argument ${p.index}: ${p.shape} (a shape is [], [n] or [rows, columns] of positive integers)`,
  'autodiff-arg-value': (p: { index: number; shape: string }) =>
    `argument ${p.index} does not have the compiled shape ${p.shape}`,
  'autodiff-arg-count': (p: { expected: number; got: number }) =>
    `the compiled function takes ${argumentCount(p.expected)}, got ${p.got}`,
  'autodiff-bad-argnum': (p: { index: number; count: number }) =>
    `cannot differentiate with respect to argument ${p.index}: the function takes ${argumentCount(p.count)}`,
  'autodiff-bad-argument': (p: { index: number; value: string }) =>
    `argument ${p.index} is not a number, an array or a tensor: ${p.value}`,
  'autodiff-bad-result': (p: { value: string }) => `the function must return a tensor, got ${p.value}`,
  'autodiff-bad-dtype': (p: { dtype: string; suggestion: string | null; known: string }) =>
    `unknown dtype '${p.dtype}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; the dtypes are: ${p.known}`,
  'autodiff-ragged': () => 'invalid matrix: its rows do not all have the same length',
  'autodiff-placeholder': (p: { op: string }) =>
    `the operation ${p.op} met a placeholder that is not an argument of the compiled function`,
  'autodiff-not-watched': (p: { name: string }) =>
    `cannot differentiate with respect to ${p.name}: it is not a variable and the tape does not watch it`,
  'autodiff-bad-step': (p: { value: string }) => `invalid step h: ${p.value} (it must be a positive number)`,
  'autodiff-unknown-method': (p: { method: string; suggestion: string | null; known: string }) =>
    `unknown difference method '${p.method}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; the methods are: ${p.known}`,
  'autodiff-non-finite': (p: {
    op: string;
    pass: 'forward' | 'gradient' | 'input';
    element: number | null;
    shape: string;
    value: string;
  }) =>
    `${p.pass === 'input' ? 'an input is' : `the operation ${p.op} produced`} a non-finite value, ${p.value}` +
    `${p.element === null ? '' : ` (element ${p.element} of ${p.shape})`}` +
    `${p.pass === 'gradient' ? ', while computing the gradient' : ''}`,
};
