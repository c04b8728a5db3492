/**
 * Chart labels from the `plot` part of the dictionaries, so that every default word on a figure
 * exists in Spanish and English and is looked up in one place.
 */
import type { plot } from '../i18n/en/plot.js';
import { type Lang, type MessageParams, t } from '../i18n/index.js';

export type PlotLabel = keyof typeof plot;

/** The label `key` in `lang`, with its parameters when it takes any. */
export function label<K extends PlotLabel>(
  lang: Lang,
  key: K,
  ...params: Parameters<(typeof plot)[K]>
): string {
  return t(lang, key, params[0] as MessageParams<K>);
}
