/**
 * The lab keeps the whole experiment in the address: `#x=` followed by the experiment's JSON,
 * URI-encoded (readable, shareable). Reading an address goes through the same validation as
 * files; a tampered address gives the default experiment and the reason, never a broken page.
 */
import { badArgument, DescensoError } from '../errors.js';
import { defaultExperiment, type Experiment, experimentFromJson } from './schema.js';

const KEY = 'x=';

export function experimentToHash(e: Experiment): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(e);
  } catch {
    // A BigInt or a cycle: JSON.stringify's TypeError becomes the library's error.
  }
  if (typeof e !== 'object' || e === null || json === undefined)
    throw badArgument('experimentToHash', 1, e, 'experiment');
  return `#${KEY}${encodeURIComponent(json)}`;
}

/** The experiment in `hash` (with or without '#'), or the default one and the error that replaced it. */
export function experimentFromHash(hash: string): { experiment: Experiment; error?: DescensoError } {
  if (typeof hash !== 'string')
    return {
      experiment: defaultExperiment,
      error: new DescensoError('experiment-url', { reason: { kind: 'format' } }),
    };
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '') return { experiment: defaultExperiment };
  try {
    if (!h.startsWith(KEY)) throw new DescensoError('experiment-url', { reason: { kind: 'format' } });
    let text: string;
    try {
      text = decodeURIComponent(h.slice(KEY.length));
    } catch {
      throw new DescensoError('experiment-url', { reason: { kind: 'encoding' } });
    }
    return { experiment: experimentFromJson(text) };
  } catch (e) {
    // The inner fault is kept in both languages: the lab may switch language after reading it.
    const err =
      e instanceof DescensoError && e.code === 'experiment-url'
        ? e
        : new DescensoError('experiment-url', {
            reason:
              e instanceof DescensoError
                ? { kind: 'experiment', es: e.messageIn('es'), en: e.messageIn('en') }
                : { kind: 'experiment', es: String(e), en: String(e) },
          });
    return { experiment: defaultExperiment, error: err };
  }
}
