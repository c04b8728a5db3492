/**
 * The lab's language: one signal, messages from src/i18n, numbers formatted by locale. A component
 * that calls `tr` or `fmt` while rendering reads `lang`, so it re-renders when the language changes.
 */
import { effect, signal } from '@preact/signals';
import { type Lang, langFromLocale, type MessageKey, type MessageParams, t } from '../../src/i18n/index.js';

/** The current language. */
export const lang = signal<Lang>(
  langFromLocale(typeof navigator === 'undefined' ? 'en' : navigator.language),
);

export function getLang(): Lang {
  return lang.value;
}

export function setLang(l: Lang): void {
  if (l === lang.peek()) return;
  lang.value = l;
  if (typeof document !== 'undefined') document.documentElement.lang = l;
}

/** Calls `f` after each change of language (not at once). */
export function onLang(f: () => void): void {
  let first = true;
  effect(() => {
    lang.value;
    if (first) first = false;
    else f();
  });
}

/** The message `key` in the current language. */
export function tr<K extends MessageKey>(
  key: K,
  ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]
): string {
  return t(lang.value, key, params[0] as MessageParams<K>);
}

const formats = new Map<string, Intl.NumberFormat>();
function nf(digits: number): Intl.NumberFormat {
  const l = lang.value;
  const k = `${l}:${digits}`;
  let f = formats.get(k);
  if (!f) {
    f = new Intl.NumberFormat(l === 'es' ? 'es-ES' : 'en-US', { maximumSignificantDigits: digits });
    formats.set(k, f);
  }
  return f;
}

/** A number for people: locale decimal mark, `digits` significant digits, exponent form when tiny or huge. */
export function fmt(x: number, digits = 4): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e6)) {
    const [m, e] = x.toExponential(digits - 1).split('e');
    const mant = nf(digits).format(Number(m));
    return `${mant}·10${superscript(e)}`;
  }
  return nf(digits).format(x).replace('-', '−');
}

const SUP: Record<string, string> = {
  '-': '⁻',
  '+': '',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};
function superscript(e: string): string {
  return Array.from(e, (c) => SUP[c] ?? c).join('');
}

/** An integer with the locale's grouping. */
export function fmtInt(n: number): string {
  return nf(21).format(n);
}
