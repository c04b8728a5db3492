/**
 * Faults as the lab shows them, in the page's language: a fault of the domain fields and a
 * formula's fault with its caret.
 */
import { isDescensoError } from '../../src/errors.js';
import { caretLine } from '../../src/expr/index.js';
import { LIMITS } from '../../src/limits.js';
import type { DomainFault } from './field.js';
import { fmt, getLang, tr } from './i18n.js';

/** A fault of the domain fields as a sentence: which field and what is wrong. */
export function domainMessage(f: DomainFault): string {
  const keys = ['lab-domain-x-min', 'lab-domain-x-max', 'lab-domain-y-min', 'lab-domain-y-max'] as const;
  if (f.problem === 'order') return tr('lab-domain-order', { axis: f.axis });
  const field = tr(keys[f.field]);
  if (f.problem === 'too-large')
    return tr('lab-domain-too-large', { field, value: f.value, max: fmt(LIMITS.domain) });
  return tr('lab-domain-not-number', { field, value: f.value });
}

/** The error under the formula field: the text, a caret under the fault, the message in the user's language. */
export function formulaMessage(err: unknown, text: string): string {
  if (isDescensoError(err)) {
    const msg = err.code === 'bad-value' ? tr('lab-formula-two-vars') : err.messageIn(getLang());
    return err.position !== undefined ? `${caretLine(text, err.position)}\n${msg}` : msg;
  }
  return String(err);
}
