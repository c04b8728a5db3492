/**
 * Reading flag values: every parser names the flag in its error, so a user sees
 * "--lr expects a number, got 'abc'" rather than a NaN three steps later.
 *
 * Numbers are read in plain decimal only (`100`, `-0.35`, `1e-3`, `.5`): JavaScript's Number()
 * would also take `0x10`, `0b1`, `Infinity` and an empty string (as 0), none of which a person
 * means as a learning rate or a count. A Spanish decimal comma (`0,03`) gets a hint.
 */
import { DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';

/** A decimal number: optional sign, digits with an optional point (or a point and digits), optional exponent. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** `0,03` or `-1,5`: a number written with a decimal comma. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** One decimal number, or undefined when `text` is not one (the caller says why). */
function decimal(text: string): number | undefined {
  const v = text.trim();
  if (!DECIMAL.test(v)) return undefined;
  // -0 stays -0, as NumPy reads it: 1/x at --at=-0 is -inf, the engine's answer too.
  return Number(v);
}

export function parseNumber(flag: string, value: string): number {
  const v = value.trim();
  if (DECIMAL_COMMA.test(v))
    throw new DescensoError('cli-decimal-comma', { flag, value, fixed: v.replace(',', '.') });
  const x = decimal(v);
  if (x === undefined) {
    // What Number() accepts but a decimal reader does not (0x10, 1_000 is refused by both).
    const other = v !== '' && Number.isFinite(Number(v)) ? 'cli-not-decimal' : 'cli-bad-number';
    throw new DescensoError(other, { flag, value });
  }
  // 1e400: decimal, but beyond float64.
  if (!Number.isFinite(x)) throw new DescensoError('cli-too-large', { flag, value });
  // 1e-400 reads as 0: a learning rate the user did not write.
  if (x === 0 && /[1-9]/.test(v.split(/[eE]/)[0])) throw new DescensoError('cli-too-small', { flag, value });
  return x;
}

export function parseInteger(
  flag: string,
  value: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const x = parseNumber(flag, value);
  if (!Number.isInteger(x)) throw new DescensoError('cli-bad-integer', { flag, value });
  if (x < min || x > max)
    throw new DescensoError('cli-out-of-range', { flag, value, range: `${min}…${max}` });
  return x;
}

export function parsePositive(flag: string, value: string): number {
  const x = parseNumber(flag, value);
  if (x <= 0) throw new DescensoError('cli-out-of-range', { flag, value, range: '> 0' });
  return x;
}

/** One of `choices` (exact, own names only); an unknown value is told the closest choice. */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new DescensoError('cli-bad-choice', {
      flag,
      value,
      choices: choices.join(', '),
      suggestion: suggestName(value, choices) ?? null,
    });
  return value as T;
}

/** "1,2,3" → [1, 2, 3] (also accepts spaces); `count` fixes the length. */
export function parseNumberList(flag: string, value: string, count?: number): number[] {
  const parts = value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = () => new DescensoError('cli-bad-numbers', { flag, value, count: count ?? 0 });
  if (parts.length === 0 || (count !== undefined && parts.length !== count)) throw bad();
  return parts.map((p) => {
    const x = decimal(p);
    if (x === undefined || !Number.isFinite(x)) throw bad();
    return x;
  });
}

/**
 * "a=1,b=2" → a Map { a → 1, b → 2 }. A Map, not an object: a name such as `__proto__` or
 * `constructor` is then one more name (and an unknown one), never the object's prototype.
 */
export function parseAssignments(flag: string, value: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(part);
    const x = m ? decimal(m[2]) : undefined;
    if (!m || x === undefined || !Number.isFinite(x))
      throw new DescensoError('cli-bad-assignments', { flag, value });
    out.set(m[1], x);
  }
  if (out.size === 0) throw new DescensoError('cli-bad-assignments', { flag, value });
  return out;
}

/**
 * A point of a function of `vars`: by position (--from=-0.35,-0.67, --at 2) or by name, in any
 * order (--at a=1,b=2). Every variable must get a value; a name the function lacks is an error.
 */
export function parsePoint(flag: string, value: string, vars: readonly string[]): number[] {
  if (vars.length === 0) throw new DescensoError('cli-no-variables', { flag });
  if (value.includes('=')) {
    const named = parseAssignments(flag, value);
    for (const k of named.keys())
      if (!vars.includes(k))
        throw new DescensoError('tour-bad-name', { flag, name: k, names: vars.join(', ') || '—' });
    return vars.map((v) => {
      const x = named.get(v);
      if (x === undefined) throw new DescensoError('cli-missing', { what: `${flag} ${v}=…` });
      return x;
    });
  }
  return parseNumberList(flag, value, vars.length);
}
