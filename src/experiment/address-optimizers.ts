/**
 * The optimizers of an experiment as one address value, readable at a glance:
 *
 *     sgd:lr=0.03,label=GD;sgd:lr=0.03,momentum=0.9;adam:lr=exponential(lr=0.1,gamma=0.9)
 *
 * Entries are separated by `;`; an entry is a name, then after `:` its options as `key=value`
 * (a number, `true`/`false`, or a schedule `kind(key=value,…)` whose values may be schedules in
 * turn), with `label=` and `convention=` beside them. Labels are percent-encoded strictly (the
 * separators and parentheses too), so nothing a user types can be read as structure.
 */

import {
  BAD,
  escapeText,
  type Read,
  readBoolean,
  readNumber,
  readText,
  writeNumber,
} from './address-values.js';
import type { OptimizerEntry, OptionValue } from './types.js';

/** The deepest nesting of schedules read (warmup of warmup of …); deeper text is refused. */
const MAX_NESTING = 8;

/** An option's value: a number, a switch or a schedule (whose `kind` is text). */
type Plain = number | boolean | string | { [k: string]: Plain };

function writeValue(v: Plain): string {
  if (typeof v === 'number') return writeNumber(v);
  if (typeof v === 'boolean' || typeof v === 'string') return String(v);
  const { kind, ...rest } = v;
  const inner = Object.entries(rest)
    .map(([k, x]) => `${escapeText(k, true)}=${writeValue(x)}`)
    .join(',');
  return `${escapeText(String(kind), true)}(${inner})`;
}

export function writeOptimizers(list: readonly OptimizerEntry[]): string {
  return list
    .map((o) => {
      const items = Object.entries(o.options ?? {}).map(
        ([k, v]) => `${escapeText(k, true)}=${writeValue(v as Plain)}`,
      );
      if (o.label !== undefined) items.push(`label=${escapeText(o.label, true)}`);
      if (o.convention !== undefined) items.push(`convention=${o.convention}`);
      return items.length > 0 ? `${escapeText(o.name, true)}:${items.join(',')}` : escapeText(o.name, true);
    })
    .join(';');
}

/** `s` split at `sep` outside parentheses; BAD for unbalanced or too deeply nested text. */
function splitTop(s: string, sep: string): Read<string[]> {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth < 0 || depth > MAX_NESTING) return BAD;
    if (depth === 0 && c === sep) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return BAD;
  out.push(s.slice(from));
  return out;
}

function readValue(s: string): Read<Plain> {
  if (s === 'true' || s === 'false') return readBoolean(s);
  const open = s.indexOf('(');
  if (open < 0) return readNumber(s);
  if (!s.endsWith(')')) return BAD;
  const kind = readText(s.slice(0, open));
  const items = readItems(s.slice(open + 1, -1));
  if (kind === BAD || items === BAD) return BAD;
  return { kind, ...Object.fromEntries(items) };
}

/** `key=value,…` with own keys only, each key once. */
function readItems(s: string): Read<[string, Plain][]> {
  if (s === '') return [];
  const parts = splitTop(s, ',');
  if (parts === BAD) return BAD;
  const out: [string, Plain][] = [];
  for (const p of parts) {
    const i = p.indexOf('=');
    const key = i > 0 ? readText(p.slice(0, i)) : BAD;
    if (key === BAD || key === 'kind' || out.some(([k]) => k === key)) return BAD;
    const text = p.slice(i + 1);
    // label and convention are text; every other item is an option's value
    const v = key === 'label' || key === 'convention' ? readText(text) : readValue(text);
    if (v === BAD) return BAD;
    out.push([key, v]);
  }
  return out;
}

function readEntry(s: string): Read<OptimizerEntry> {
  const colon = s.indexOf(':');
  const name = readText(colon < 0 ? s : s.slice(0, colon));
  const items = colon < 0 ? [] : readItems(s.slice(colon + 1));
  if (name === BAD || items === BAD) return BAD;
  const entry: OptimizerEntry = { name };
  const options: Record<string, OptionValue> = {};
  for (const [k, v] of items) {
    if (k === 'label') entry.label = v as string;
    else if (k === 'convention') entry.convention = v as OptimizerEntry['convention'];
    // an own property, even for "__proto__": the schema then refuses the unknown option by path
    else
      Object.defineProperty(options, k, {
        value: v as OptionValue,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  if (Object.keys(options).length > 0) entry.options = options;
  return entry;
}

export function readOptimizers(s: string): Read<OptimizerEntry[]> {
  const parts = splitTop(s, ';');
  if (parts === BAD) return BAD;
  const out: OptimizerEntry[] = [];
  for (const p of parts) {
    const e = readEntry(p);
    if (e === BAD) return BAD;
    out.push(e);
  }
  return out;
}
