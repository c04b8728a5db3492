/** The one check every chart function makes at its top: its options are an object. */
import { badArgument } from '../errors.js';

/** Throws bad-argument unless `options` is a plain object (not null, not an array). */
export function checkOptions(fn: string, options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw badArgument(fn, 1, options, 'chart');
}
