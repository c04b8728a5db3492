/**
 * The address of a lesson, read and written without the DOM (unit-tested and fuzzed under node):
 * `#lesson` or `#lesson=` is the list, `#lesson=peaks` a lesson at its first step, `&step=3` its
 * third step (1-based, as people count), `&lang=es|en` as in a lab's address. Reading never throws:
 * what cannot be used is named in `errors` (the step, a setting), and an id that cannot be a
 * lesson's (`__proto__`, control characters, too long) is kept only to be named as unknown.
 */
import { DescensoError } from '../../../src/errors.js';
import { clipSetting } from '../../../src/experiment/address.js';
import type { Lang } from '../../../src/i18n/index.js';

/** A lesson's id as the catalog and lesson files write it. */
const ID = /^[a-z0-9-]{1,40}$/;
/** The most steps a lesson can have is far below this; a larger number is refused as written. */
const MAX_STEP_DIGITS = 4;

export interface LessonAddress {
  /** The lesson named (null: the list). Not checked against the catalog here; see `validId`. */
  id: string | null;
  /** The step asked for, 1-based; null when the address names none (or one that is not a count). */
  step: number | null;
  lang?: Lang;
  /** Why parts of the address were not used, in the order found. */
  errors: DescensoError[];
}

/** Whether `hash` is a lesson's address (`#lesson`, `#lesson=…`) rather than a lab's. */
export function isLessonAddress(hash: unknown): boolean {
  if (typeof hash !== 'string') return false;
  const first = hash.replace(/^#/, '').split('&')[0] ?? '';
  return first === 'lesson' || first.startsWith('lesson=');
}

/** Whether `id` can name a lesson at all (lowercase letters, digits and hyphens, 1–40 of them). */
export function validId(id: string): boolean {
  return ID.test(id);
}

/** An id as a notice shows it: cut to a readable length (the message escapes control characters). */
export function shownId(id: string): string {
  return id.length > 40 ? `${id.slice(0, 39)}…` : id;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray % stays as typed, and the id is then unknown
  }
}

/** Reads a lesson's address (with or without '#'); never throws. */
export function readLessonAddress(hash: string): LessonAddress {
  const parts = (typeof hash === 'string' ? hash : '').replace(/^#/, '').split('&');
  const out: LessonAddress = { id: null, step: null, errors: [] };
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    if (key === 'lesson') out.id = value === '' ? null : value.slice(0, 200);
    else if (key === 'step') {
      const ok = /^\d+$/.test(value) && value.length <= MAX_STEP_DIGITS && Number(value) >= 1;
      if (ok) out.step = Number(value);
      else out.errors.push(new DescensoError('lesson-lab-bad-step', { step: clipSetting(value) }));
    } else if (key === 'lang' && (value === 'es' || value === 'en')) out.lang = value;
    else if (part !== '')
      out.errors.push(new DescensoError('lab-address-setting', { setting: clipSetting(part) }));
  }
  return out;
}

/** The hash of lesson `id` at `step` (1-based; the first step is not written), or of the list. */
export function lessonAddressOf(id: string | null, step: number, lang: Lang): string {
  if (id === null) return `#lesson=&lang=${lang}`;
  const at = step > 1 ? `&step=${step}` : '';
  return `#lesson=${encodeURIComponent(id)}${at}&lang=${lang}`;
}
