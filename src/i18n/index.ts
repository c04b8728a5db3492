import { DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { MAX_SHOWN, printable, showValue } from '../text.js';
import { en, type MessageKey, type MessageParams, type Messages } from './en.js';
import { es } from './es.js';
import { isPhrase, type Phrase, type Subject } from './phrase.js';

export type Lang = 'es' | 'en';
export type { MessageKey, MessageParams, Messages, Phrase, Subject };

const dictionaries: Record<Lang, Messages> = { es, en };

/** Whether `key` names a message (own keys only: `__proto__` or `toString` are not messages). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/**
 * Parameters that carry text composed by descenso (lists of known names, another message) rather
 * than one value the user typed: escaped like the rest but cut later. A path or a file name
 * holds user text inside code-made text, so it gets a middle length.
 */
const LONGER: ReadonlyMap<string, number> = new Map([
  ...[
    'valid',
    'known',
    'allowed',
    'choices',
    'columns',
    'commands',
    'conventions',
    'names',
    'forms',
    'values',
    'expected',
    'vars',
    'reason',
    'message',
    'details',
    'text',
    'es',
    'en',
  ].map((name): [string, number] => [name, 2000]),
  ['path', 160],
  ['file', 400],
  ['url', 400],
]);
/** Nested parameters deeper than this are not user data descenso builds: they are dropped. */
const MAX_DEPTH = 6;

/**
 * The parameters as a message may show them: every string made printable (one line, controls
 * escaped, cut with an ellipsis), every phrase rendered in `lang`, objects and arrays copied
 * with their own keys only. Numbers and booleans are kept.
 */
function safeParams(lang: Lang, value: unknown, name: string, depth: number): unknown {
  if (typeof value === 'string') return printable(value, LONGER.get(name) ?? MAX_SHOWN);
  // A symbol would make the template throw, a function would print its source over many lines.
  if (typeof value === 'symbol' || typeof value === 'function') return showValue(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return undefined;
  if (isPhrase(value)) return render(lang, value.phrase, value.params, depth + 1);
  if (Array.isArray(value)) return value.map((v) => safeParams(lang, v, name, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // Defined as an own property, so a key `__proto__` stays data and never becomes a prototype.
    Object.defineProperty(out, k, {
      value: safeParams(lang, v, k, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function render(lang: Lang, key: string, params: unknown, depth: number): string {
  if (!isMessageKey(key)) unknownKey(key);
  const fn = dictionaries[lang][key] as (p: unknown) => string;
  return fn(safeParams(lang, params, '', depth));
}

/** An unknown key is a fault of the caller: the ordinary "unknown …" error, with a close key if any. */
function unknownKey(key: unknown): never {
  const name = typeof key === 'string' ? key : showValue(key);
  throw new DescensoError('unknown-message', {
    key: name,
    suggestion: suggestName(name, Object.keys(en)) ?? null,
  });
}

/**
 * The message for `key` in `lang`, with its parameters filled in. Every string parameter is made
 * printable first (src/text.ts), so no message shows a user's control characters or line breaks;
 * a phrase parameter is said in `lang`; an unknown key throws the DescensoError 'unknown-message'.
 */
export function t<K extends MessageKey>(lang: Lang, key: K, params: MessageParams<K>): string {
  return render(lang === 'es' ? 'es' : 'en', key, params, 0);
}

/** A phrase for a generic message's subject: `phrase('what-step-h', undefined)`. */
export function phrase<K extends MessageKey>(key: K, params: MessageParams<K>): Phrase {
  return params === undefined ? { phrase: key } : { phrase: key, params: params as object };
}

/** The language a locale string names: anything starting with "es" is Spanish, the rest English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return typeof locale === 'string' && /^es\b|^es[_-]/i.test(locale.trim()) ? 'es' : 'en';
}
