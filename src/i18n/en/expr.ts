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
    `invalid number '${p.text}': write it with digits, '.' and an optional exponent, without '_', and keep it finite`,
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
  'expr-unbound': (p: { name: string }) => `no value was given for the variable '${p.name}'`,
  'expr-function-args': (p: { expected: number; got: number; vars: string }) =>
    `this formula takes ${argumentCount(p.expected)} (${p.vars}), got ${p.got}`,
  'surface-unknown': (p: { id: string; known: string }) =>
    `unknown surface '${p.id}'; the surfaces are: ${p.known}`,
};
