import { suggestName } from '../suggest.js';
import type { ConstantName, FunctionName } from './ast.js';

/**
 * The fixed tables of names a formula may use. Code copied from NumPy, TensorFlow, JAX or
 * PyTorch spells the same function in several ways; each spelling maps to one canonical name.
 * Lookups go through `Map`s, so names such as `constructor` or `__proto__` find nothing.
 */

/** What a function name means: a function of the AST, or the power operator (`pow`, `power`). */
export type FunctionMeaning = FunctionName | 'pow';

const functionAliases: ReadonlyMap<string, FunctionMeaning> = new Map<string, FunctionMeaning>([
  ['sqrt', 'sqrt'],
  ['exp', 'exp'],
  ['log', 'log'],
  ['ln', 'log'],
  ['log10', 'log10'],
  ['abs', 'abs'],
  ['fabs', 'abs'],
  ['absolute', 'abs'],
  ['sin', 'sin'],
  ['cos', 'cos'],
  ['tan', 'tan'],
  ['asin', 'asin'],
  ['arcsin', 'asin'],
  ['acos', 'acos'],
  ['arccos', 'acos'],
  ['atan', 'atan'],
  ['arctan', 'atan'],
  ['sinh', 'sinh'],
  ['cosh', 'cosh'],
  ['tanh', 'tanh'],
  ['sigmoid', 'sigmoid'],
  ['expit', 'sigmoid'],
  ['relu', 'relu'],
  ['softplus', 'softplus'],
  ['square', 'square'],
  ['sign', 'sign'],
  ['min', 'min'],
  ['minimum', 'min'],
  ['fmin', 'min'],
  ['max', 'max'],
  ['maximum', 'max'],
  ['fmax', 'max'],
  ['pow', 'pow'],
  ['power', 'pow'],
]);

const constantAliases: ReadonlyMap<string, ConstantName> = new Map<string, ConstantName>([
  ['pi', 'pi'],
  ['π', 'pi'],
  ['e', 'e'],
]);

/**
 * Module prefixes stripped from function and constant names, longest first so that
 * `tf.math.exp` loses `tf.math.` and not just `tf.`.
 */
export const modulePrefixes: readonly string[] = [
  'torch.nn.functional.',
  'jax.numpy.',
  'tf.math.',
  'tf.nn.',
  'jax.nn.',
  'numpy.',
  'torch.',
  'math.',
  'jnp.',
  'np.',
  'tf.',
];

export interface SplitName {
  /** The name without its module prefix. */
  base: string;
  /** True when a known module prefix was removed. */
  prefixed: boolean;
  /** False when the name still holds a dot (an unknown prefix, or `x.constructor`). */
  plain: boolean;
}

/** Removes one known module prefix, if present. */
export function splitPrefix(name: string): SplitName {
  for (const prefix of modulePrefixes) {
    if (name.startsWith(prefix)) {
      const base = name.slice(prefix.length);
      return { base, prefixed: true, plain: !base.includes('.') };
    }
  }
  return { base: name, prefixed: false, plain: !name.includes('.') };
}

export function lookupFunction(base: string): FunctionMeaning | undefined {
  return functionAliases.get(base);
}

export function lookupConstant(base: string): ConstantName | undefined {
  return constantAliases.get(base);
}

/** The canonical function names (one spelling each), for messages. */
export function knownFunctionNames(): string[] {
  return [...new Set(functionAliases.values())];
}

/**
 * The closest known function name, when it is close enough to be a likely typo: one edit for
 * names of up to four letters, two for longer ones.
 */
export function suggestFunction(base: string): string | undefined {
  return suggestName(base, functionAliases.keys());
}
