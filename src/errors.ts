import type { ArgExpected } from './i18n/en/core.js';
import { type Lang, type MessageKey, type MessageParams, t } from './i18n/index.js';
import { showValue } from './text.js';

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
  if (typeof source !== 'string') throw badArgument('withSource', 1, source, 'string');
  if (typeof fn !== 'function') throw badArgument('withSource', 2, fn, 'function');
  try {
    return fn();
  } catch (e) {
    if (e instanceof DescensoError && e.position !== undefined && e.source === undefined) e.source = source;
    throw e;
  }
}

/** The error for a public function given an argument of the wrong kind (never a TypeError). */
export function badArgument(fn: string, index: number, value: unknown, expected: ArgExpected): DescensoError {
  return new DescensoError('bad-argument', { fn, index, value: showValue(value), expected });
}

export function isDescensoError(e: unknown): e is DescensoError {
  return e instanceof DescensoError;
}
