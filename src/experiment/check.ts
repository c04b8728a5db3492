/**
 * The schema's small checks: each reads one untrusted value at a path of the experiment and
 * returns it clean, or throws `experiment-invalid` naming that path and the problem as data.
 */
import { DescensoError } from '../errors.js';
import type { ExperimentProblem } from '../i18n/en/experiment.js';
import { suggestName } from '../suggest.js';
import { showValue } from '../text.js';

export type Obj = Record<string, unknown>;

export function fail(path: string, problem: ExperimentProblem): never {
  throw new DescensoError('experiment-invalid', { path, problem });
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as short JSON for a message (src/text.ts); undefined (a missing field) stays undefined. */
export function show(v: unknown): string | undefined {
  return v === undefined ? undefined : showValue(v);
}

/** Every key of `o` must be one of `allowed`: `__proto__`, `constructor` or `prototype` never are. */
export function only(o: Obj, path: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k))
      fail(`${path}.${k}`, {
        kind: 'unknown-field',
        allowed: allowed.join(', '),
        suggestion: suggestName(k, allowed) ?? null,
      });
}

/** An object of the given fields, or a fault at `path`. */
export function object(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (!isObj(v)) fail(path, { kind: 'not-object', got: show(v) });
  only(v, path, allowed);
  return v;
}

export function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, { kind: 'not-number', got: show(v) });
  return v;
}

export function positive(v: unknown, path: string): number {
  const x = num(v, path);
  if (!(x > 0)) fail(path, { kind: 'out-of-range', value: x, positive: true });
  return x;
}

export function nonNegative(v: unknown, path: string): number {
  const x = num(v, path);
  if (x < 0) fail(path, { kind: 'negative' });
  return x;
}

export function int(v: unknown, path: string, min: number, max: number): number {
  const x = num(v, path);
  if (!(Number.isInteger(x) && x >= min && x <= max))
    fail(path, { kind: 'out-of-range', value: x, min, max, integer: true });
  return x;
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, { kind: 'not-choice', choices: 'true, false', got: show(v) });
  return v;
}

export function str(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') fail(path, { kind: 'not-text', got: show(v) });
  if (v.length > max) fail(path, { kind: 'too-long', max });
  return v;
}

export function choice<T extends string>(v: unknown, path: string, choices: readonly T[]): T {
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    const suggestion = typeof v === 'string' ? (suggestName(v, choices) ?? null) : null;
    fail(path, { kind: 'not-choice', choices: choices.join(', '), got: show(v), suggestion });
  }
  return v as T;
}

export function numList(v: unknown, path: string, min: number, max: number): number[] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length < min || v.length > max) fail(path, { kind: 'list-length', min, max, found: v.length });
  return v.map((x, i) => num(x, `${path}[${i}]`));
}

/** A seed of numpy's RandomState: a whole number from 0 to 2³² − 1. */
export const seed = (v: unknown, path: string) => int(v, path, 0, 2 ** 32 - 1);
