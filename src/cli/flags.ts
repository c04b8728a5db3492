/**
 * Reading flag values: every parser names the flag in its error, so a user sees
 * "--lr expects a number, got 'abc'" rather than a NaN three steps later.
 */
import { DescensoError } from '../errors.js';

export function parseNumber(flag: string, value: string): number {
  const v = value.trim();
  const x = v === '' ? Number.NaN : Number(v);
  if (!Number.isFinite(x)) throw new DescensoError('cli-bad-number', { flag, value });
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

export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new DescensoError('cli-bad-choice', { flag, value, choices: choices.join(', ') });
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
    const x = Number(p);
    if (!Number.isFinite(x)) throw bad();
    return x;
  });
}

/** "a=1,b=2" → { a: 1, b: 2 }. */
export function parseAssignments(flag: string, value: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(part);
    const x = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(x)) throw new DescensoError('cli-bad-assignments', { flag, value });
    out[m[1]] = x;
  }
  return out;
}

/**
 * A point of a function of `vars`: by position (--from=-0.35,-0.67, --at 2) or by name, in any
 * order (--at a=1,b=2). Every variable must get a value; a name the function lacks is an error.
 */
export function parsePoint(flag: string, value: string, vars: readonly string[]): number[] {
  if (value.includes('=')) {
    const named = parseAssignments(flag, value);
    for (const k of Object.keys(named))
      if (!vars.includes(k))
        throw new DescensoError('tour-bad-name', { flag, name: k, names: vars.join(', ') || '—' });
    return vars.map((v) => {
      if (!(v in named)) throw new DescensoError('cli-missing', { what: `${flag} ${v}=…` });
      return named[v];
    });
  }
  return parseNumberList(flag, value, vars.length);
}
