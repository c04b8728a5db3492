import { type Lang, type MessageKey, type MessageParams, t } from './i18n/index.js';

/**
 * The one error type of descenso. `code` names the fault, `params` carry what and where
 * (an operation, a flag, a line, a position in a formula), and the message can be read in
 * Spanish or English. `message` itself is the English text.
 */
export class DescensoError<K extends MessageKey = MessageKey> extends Error {
  readonly code: K;
  readonly params: MessageParams<K>;
  /** For formulas and files: the 0-based character offset of the fault, when there is one. */
  readonly position: number | undefined;
  /** The text `position` points into (a formula, a line of a file), when the thrower knows it. */
  source: string | undefined;

  constructor(code: K, params: MessageParams<K>, position?: number) {
    super(t('en', code, params));
    this.name = 'DescensoError';
    this.code = code;
    this.params = params;
    this.position = position;
  }

  /** The message in the given language. */
  messageIn(lang: Lang): string {
    return t(lang, this.code, this.params);
  }
}

/** Runs `fn`; a positioned DescensoError it throws is given `source` so a caret can be drawn under the fault. */
export function withSource<T>(source: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DescensoError && e.position !== undefined && e.source === undefined) e.source = source;
    throw e;
  }
}

export function isDescensoError(e: unknown): e is DescensoError {
  return e instanceof DescensoError;
}
