import { en, type MessageKey, type MessageParams, type Messages } from './en.js';
import { es } from './es.js';

export type Lang = 'es' | 'en';
export type { MessageKey, MessageParams, Messages };

const dictionaries: Record<Lang, Messages> = { es, en };

/** The message for `key` in `lang`, with its parameters filled in. */
export function t<K extends MessageKey>(lang: Lang, key: K, params: MessageParams<K>): string {
  const fn = dictionaries[lang][key] as (p: MessageParams<K>) => string;
  return fn(params);
}

/** The language a locale string names: anything starting with "es" is Spanish, the rest English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^es\b|^es[_-]/i.test(locale.trim()) ? 'es' : 'en';
}
