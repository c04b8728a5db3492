/** A fault of the domain fields as the surface lab shows it, in the page's language. */
import { LIMITS } from '../../../src/limits.js';
import { fmt, tr } from '../i18n.js';
import type { DomainFault } from './field.js';

/** A fault of the domain fields as a sentence: which field and what is wrong. */
export function domainMessage(f: DomainFault): string {
  const keys = ['lab-domain-x-min', 'lab-domain-x-max', 'lab-domain-y-min', 'lab-domain-y-max'] as const;
  if (f.problem === 'order') return tr('lab-domain-order', { axis: f.axis });
  const field = tr(keys[f.field]);
  if (f.problem === 'too-large')
    return tr('lab-domain-too-large', { field, value: f.value, max: fmt(LIMITS.domain) });
  return tr('lab-domain-not-number', { field, value: f.value });
}
