import type { Subject } from '../phrase.js';

/** " (did you mean 'adam'?)" after an unknown name, or nothing when no known name is close. */
export const didYouMean = (s: string | null | undefined) => (s ? ` (did you mean '${s}'?)` : '');

/**
 * Messages of the engine and of the library's boundaries (English). A `Subject` is a phrase said
 * in the reader's language or a name from code; `t()` has rendered it by the time these run.
 */
export const core = {
  'shape-mismatch': (p: { op: string; a: string; b: string }) =>
    `shape mismatch in ${p.op}: ${p.a} and ${p.b} cannot be combined`,
  'bad-shape': (p: { what: Subject; shape: string }) => `invalid shape for ${p.what}: ${p.shape}`,
  'bad-axis': (p: { op: string; axis: number; rank: number }) =>
    `invalid axis ${p.axis} in ${p.op} for a value of rank ${p.rank}`,
  'bad-value': (p: { what: Subject; value: string }) => `invalid ${p.what}: ${p.value}`,
  'non-finite': (p: { op: string; where: string }) =>
    `the operation ${p.op} produced a non-finite value (${p.where})`,
  'not-an-input': (p: { what: Subject }) =>
    `cannot differentiate with respect to ${p.what}: it is not an input`,
  'not-scalar': (p: { what: Subject; shape: string }) => `${p.what} must be a scalar, got shape ${p.shape}`,
  'tape-used': () => 'this GradientTape was already used; create it with { persistent: true } to reuse it',
  'no-grad-fn': (p: { op: string }) => `the operation ${p.op} cannot be differentiated`,
  'unknown-message': (p: { key: string; suggestion: string | null }) =>
    `unknown message key '${p.key}'${didYouMean(p.suggestion)}`,
  'bad-argument': (p: { fn: string; what: Subject; value: string }) =>
    `${p.fn}: invalid ${p.what}: ${p.value}`,
  'decimal-comma': (p: { value: string; fixed: string }) =>
    `'${p.value}' has a decimal comma: use a point: ${p.fixed}`,

  // Subjects of the generic messages above, said in each language.
  'what-argument': (p: { index: number }) => `argument ${p.index}`,
  'what-options': () => 'options',
  'what-text': () => 'text',
  'what-language': () => 'language',
};
