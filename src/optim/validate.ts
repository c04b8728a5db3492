import { DescensoError } from '../errors.js';
import type { OptimExpected } from '../i18n/en/optim.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';

/**
 * Option checks shared by optimizers, transforms and schedules. Each names its owner ("adam",
 * "schedule cosine", "clipByGlobalNorm") and the option, so the message says exactly what to fix.
 */

/** A readable rendering of any value for an error message (never throws): src/text.ts's showValue. */
export const show = showValue;

export function badOption(owner: string, option: string, value: unknown, expected: OptimExpected): never {
  throw new DescensoError('optim-bad-option', { owner, option, value: show(value), expected });
}

function finite(owner: string, option: string, value: unknown, expected: OptimExpected): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) badOption(owner, option, value, expected);
  return value;
}

/** A finite number > 0. */
export function positive(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'positive');
  if (!(x > 0)) badOption(owner, option, value, 'positive');
  return x;
}

/** A finite number ≥ 0. */
export function nonNegative(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'nonNegative');
  if (!(x >= 0)) badOption(owner, option, value, 'nonNegative');
  return x;
}

/** A number in [0, 1): decay rates such as β or ρ, where 1 would never forget. */
export function unitOpen(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'unitOpen');
  if (!(x >= 0 && x < 1)) badOption(owner, option, value, 'unitOpen');
  return x;
}

/** A number strictly between 0 and 1: the constants of a line search. */
export function unitInterior(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'unitInterior');
  if (!(x > 0 && x < 1)) badOption(owner, option, value, 'unitInterior');
  return x;
}

/** A number in [0, 1]. */
export function unitClosed(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'unitClosed');
  if (!(x >= 0 && x <= 1)) badOption(owner, option, value, 'unitClosed');
  return x;
}

/** Any finite number. */
export function finiteNumber(owner: string, option: string, value: unknown): number {
  return finite(owner, option, value, 'finite');
}

/** An integer ≥ 1. */
export function positiveInteger(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'positiveInteger');
  if (!(Number.isInteger(x) && x >= 1)) badOption(owner, option, value, 'positiveInteger');
  return x;
}

/** An integer ≥ 0. */
export function nonNegativeInteger(owner: string, option: string, value: unknown): number {
  const x = finite(owner, option, value, 'nonNegativeInteger');
  if (!(Number.isInteger(x) && x >= 0)) badOption(owner, option, value, 'nonNegativeInteger');
  return x;
}

export function boolean(owner: string, option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') badOption(owner, option, value, 'boolean');
  return value;
}

export function dtype(owner: string, value: unknown): 'float64' | 'float32' {
  if (value !== 'float64' && value !== 'float32') badOption(owner, 'dtype', value, 'dtype');
  return value;
}

/** The dtype of an options object (float64 when unset); the object itself is checked first. */
export function dtypeOf(owner: string, options: unknown): 'float64' | 'float32' {
  const o = optionsObject(owner, options);
  return o.dtype === undefined ? 'float64' : dtype(owner, o.dtype);
}

export function fn<F extends (...args: never[]) => unknown>(
  owner: string,
  option: string,
  value: unknown,
): F {
  if (typeof value !== 'function') badOption(owner, option, value, 'function');
  return value as F;
}

/** A plain object of options; `undefined` reads as no options. */
export function optionsObject(owner: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    badOption(owner, 'options', value, 'object');
  }
  return value as Record<string, unknown>;
}

/** Throws `optim-unknown-option` for the first key of `options` that is not in `known`. */
export function knownKeys(owner: string, options: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const suggestion = suggestName(key, known) ?? null;
      throw new DescensoError('optim-unknown-option', {
        owner,
        option: key,
        valid: known.join(', '),
        suggestion,
      });
    }
  }
}
