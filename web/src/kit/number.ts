/**
 * Numbers typed by people: in Spanish the decimal mark is a comma ("0,03"), in English a point;
 * either language also takes the other's mark when it cannot be a thousands separator, and an
 * exponent ("1e-3", "1,5e-3"), a leading "+" or the minus sign "−". Anything else is refused
 * (null), never read as NaN or as a different number ("1,000" in English is refused rather than
 * guessed as one thousand or one).
 */
import type { Lang } from '../../../src/i18n/index.js';

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

export function parseNumber(text: string, lang: Lang): number | null {
  const s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s/g, '');
  if (!NUMBER.test(s)) return null;
  const comma = s.includes(',');
  // "1,000": in English a comma before exactly three digits reads as grouping — refused, not guessed
  if (comma && lang === 'en' && /,\d{3}(e|$)/i.test(s)) return null;
  const v = Number(s.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/** A number written for a field in `lang`: its decimal mark, no grouping, as many digits as it needs. */
export function numberText(v: number, lang: Lang): string {
  const s = String(v).replace('-', '−');
  return lang === 'es' ? s.replace('.', ',') : s;
}
