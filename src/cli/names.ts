/**
 * Names the user types (a surface, an optimizer, a tutorial, a command): looked up as own data
 * only — `constructor` or `__proto__` are unknown names like any other, never Object.prototype's
 * — and an unknown one is told the closest known name, "did you mean 'peaks'?".
 */
import { DescensoError } from '../errors.js';
import { optimizerAliases, optimizerInfo, optimizerNames } from '../optim/index.js';
import { suggestName } from '../suggest.js';
import { getSurface, type Surface, surfaceIds } from '../surfaces/index.js';

/**
 * `err` (an "unknown name" error) with the closest of `names` added to it. An error that already
 * carries a suggestion (the library's own, once it has one) is left as it is, so it is said once.
 */
export function withSuggestion(err: DescensoError, value: string, names: Iterable<string>): DescensoError {
  if (Object.hasOwn(err.params as object, 'suggestion')) return err;
  const suggestion = suggestName(value, names);
  if (suggestion === undefined) return err;
  const hinted = new DescensoError('cli-did-you-mean', {
    es: err.messageIn('es'),
    en: err.messageIn('en'),
    suggestion,
  });
  hinted.source = err.source;
  return hinted;
}

/** A catalog surface by id, or the library's "unknown surface" with a suggestion. */
export function surfaceByName(id: string): Surface {
  try {
    return getSurface(id);
  } catch (e) {
    throw e instanceof DescensoError ? withSuggestion(e, id, surfaceIds) : e;
  }
}

/** Every name `--optimizer` and `optimizers NAME` take: the optimizers and their aliases (gd). */
export const optimizerChoices: readonly string[] = [...optimizerNames, ...Object.keys(optimizerAliases)];

/** The canonical optimizer for a name or alias; "unknown optimizer" with a suggestion otherwise. */
export function optimizerByName(name: string): string {
  // Any case, as the library reads it (ADAM is adam).
  const key = name.trim().toLowerCase();
  if (optimizerChoices.includes(key)) return optimizerInfo(key).name;
  const valid = optimizerNames
    .map((n) => {
      const aliases = Object.keys(optimizerAliases).filter((a) => optimizerAliases[a] === n);
      return aliases.length > 0 ? `${n} (${aliases.join(', ')})` : n;
    })
    .join(', ');
  const err = new DescensoError('optim-unknown', { name: JSON.stringify(name), valid });
  throw withSuggestion(err, key, optimizerChoices);
}
