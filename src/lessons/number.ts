/**
 * Reading a lesson's number out of a Run (see `LessonNumber.path`), and whether it matches what
 * the tutorial printed. Own properties only, so a lesson file naming `__proto__` or `constructor`
 * finds nothing instead of the prototype.
 */
import { badArgument, DescensoError } from '../errors.js';
import type { Run } from '../experiment/types.js';
import { pyRepr } from '../tutorials/python-format.js';
import type { LessonNumber } from './types.js';

/** The value at `path` in `run`, or a DescensoError('lesson-path') naming the first part not found. */
export function valueAt(run: Run, path: string): unknown {
  if (typeof path !== 'string') throw badArgument('valueAt', 2, path, 'string');
  let here: unknown = run;
  for (const part of path.split('.')) {
    if (Array.isArray(here) || ArrayBuffer.isView(here)) {
      const list = here as ArrayLike<unknown>;
      const i = /^-?\d+$/.test(part) ? Number(part) : Number.NaN;
      const at = i < 0 ? list.length + i : i;
      if (!Number.isInteger(at) || at < 0 || at >= list.length)
        throw new DescensoError('lesson-path', { path, part });
      here = list[at];
    } else if (here !== null && typeof here === 'object' && Object.hasOwn(here, part)) {
      here = (here as Record<string, unknown>)[part];
    } else throw new DescensoError('lesson-path', { path, part });
  }
  return here;
}

/** The live number a lesson's number names, and whether it matches the printed one. */
export interface LiveNumber {
  /** The value read from the Run. */
  value: number;
  /** It shown as the lesson asks (Python's repr or fixed decimals). */
  text: string;
  matches: boolean;
}

/**
 * With a count of decimals, the live text and the printed one name the same number: NumPy prints
 * `-0.838827` and `-0.35` where toFixed(8) gives `-0.83882700` and `-0.35000000` (it drops
 * trailing zeros of an array's column), and that is still equal as printed.
 */
function sameDecimals(text: string, n: LessonNumber): boolean {
  return typeof n.format === 'number' && Number.isFinite(Number(text)) && Number(text) === Number(n.printed);
}

/** Reads `n` from `run`; throws DescensoError('lesson-path') or ('lesson-not-number'). */
export function lessonNumber(run: Run, n: LessonNumber): LiveNumber {
  const f = n?.format;
  const decimals = typeof f === 'number' && Number.isInteger(f) && f >= 0 && f <= 100;
  if (typeof n !== 'object' || n === null || (f !== undefined && f !== 'python' && !decimals))
    throw badArgument('lessonNumber', 2, n, 'object');
  const value = valueAt(run, n.path);
  if (typeof value !== 'number') throw new DescensoError('lesson-not-number', { path: n.path });
  const text = typeof n.format === 'number' ? value.toFixed(n.format) : pyRepr(value);
  const printed = Number(n.printed);
  const matches =
    n.tolerance === 0
      ? text === n.printed || pyRepr(value) === n.printed || sameDecimals(text, n)
      : Number.isFinite(value) && Math.abs(value - printed) <= n.tolerance;
  return { value, text, matches };
}
