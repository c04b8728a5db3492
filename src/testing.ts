/** Helpers shared by the tests of several folders (never imported by library code). */
import { DescensoError } from './errors.js';

/** The code of the DescensoError `f` throws, 'no error', or a text naming any other throw (a TypeError). */
export function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof DescensoError ? e.code : `not a DescensoError: ${e}`;
  }
  return 'no error';
}

/**
 * An object as a hostile JSON text makes it: an own `__proto__` key (JSON.parse creates it, an
 * object literal would set the prototype instead) and a `toString` that is not a function.
 */
export const hostileObject = (): ReturnType<typeof JSON.parse> =>
  JSON.parse('{"__proto__": {"a": 1}, "toString": 1}');
