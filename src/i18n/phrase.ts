/**
 * A phrase: a message of the dictionaries used as a parameter of another message, so a generic
 * message ("invalid <what>: <value>") names its subject in the reader's language. `t()` renders
 * it in the language of the message it sits in. Plain data, so errors can cross to a worker.
 * Build one with `phrase(key, params)` from src/i18n, which checks the key and its parameters.
 */
export interface Phrase {
  readonly phrase: string;
  readonly params?: object;
}

/** A subject of a generic message: a phrase in the reader's language, or a name from code
 * (`extra.hessian`, `item()`, `--lr`) that reads the same in every language. Never English words. */
export type Subject = Phrase | string;

export function isPhrase(v: unknown): v is Phrase {
  return typeof v === 'object' && v !== null && typeof (v as { phrase?: unknown }).phrase === 'string';
}
