/**
 * The address of the lab shown: its experiment (the view and the language inside) through the
 * core's codec, in the schema's canonical form so that it reads the same after a reload; uploaded
 * data past the address's bound stays in the tab (`data=file`).
 */
import { type Experiment, experimentToAddress, parseExperiment } from '../../../src/experiment/index.js';
import type { Lang } from '../../../src/i18n/index.js';
import { MAX_ADDRESS_POINTS } from '../kit/limits.js';
import type { FileData } from './file-data.js';

/** The experiment as the schema writes it (same key order as after a reload); unparsed if it fails. */
export function canonical(e: Experiment): Experiment {
  try {
    return parseExperiment(JSON.parse(JSON.stringify(e)));
  } catch {
    return e;
  }
}

/** The hash for `e` shown in `lang` ('#' alone: the default experiment). */
export function addressOf(e: Experiment, lang: Lang, data: FileData): string {
  const withLang = { ...e, view: { ...e.view, lang } } as Experiment;
  if (withLang.kind !== 'fit') return experimentToAddress(canonical(withLang));
  const { x, y, ...rest } = withLang.data;
  if (!x || !y || x.length <= MAX_ADDRESS_POINTS) return experimentToAddress(canonical(withLang));
  data.keep(x as number[], y as number[]);
  return `${experimentToAddress(canonical({ ...withLang, data: rest }))}&data=file`;
}

/** What history.replaceState is given for `hash`: the default experiment is the page's own URL. */
export function urlOf(hash: string, path: string): string {
  return hash === '#' ? path : hash;
}
