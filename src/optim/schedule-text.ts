import { badArgument, DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { suggestName } from '../suggest.js';
import {
  makeSchedule,
  type ScheduleField,
  type ScheduleKind,
  type ScheduleSpec,
  scheduleFields,
  scheduleKinds,
} from './schedules.js';
import { show } from './validate.js';

/**
 * Schedules as one line of text, for the command line and for showing a saved experiment:
 *
 *   kind:key=value,key=value        exponential:gamma=0.9   step:stepSize=10,gamma=0.5
 *                                   cosine:T=100,minLr=0.001   inverseTime:decayRate=0.5,decaySteps=10
 *   warmup:steps=5[,startLr=…][,base=SCHEDULE]                 warmup:steps=5,base=cosine:T=100
 *
 * the `key=value` pairs of `--init w=1,b=2` after the kind's name. The base learning rate `lr` may
 * be written in the text (`lr=0.1`) or come from elsewhere (the CLI's `--lr`), not both. A warmup
 * warms up to its `base`, which is written last and takes the rest of the text (a schedule of its
 * own, which gets the base learning rate), or, without a base, to the learning rate itself.
 * Kinds and keys match in any case; numbers are plain decimals, as the CLI reads them.
 */

export interface ScheduleTextOptions {
  /** The base learning rate when the text has no `lr=` (the CLI's --lr). */
  readonly lr?: number;
  /** Who reads the text, named in messages: '--lr-schedule' on the command line. */
  readonly where?: string;
}

/** One example per kind, for messages and help. */
export const scheduleExamples: Readonly<Record<ScheduleKind, string>> = {
  constant: 'constant',
  step: 'step:stepSize=10,gamma=0.5',
  exponential: 'exponential:gamma=0.9',
  inverseTime: 'inverseTime:decayRate=0.5,decaySteps=10',
  cosine: 'cosine:T=100,minLr=0.001',
  warmup: 'warmup:steps=5,base=cosine:T=100',
};

/** The CLI's decimal numbers (src/cli/flags.ts): no 0x10, Infinity or empty text. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The spec a text says, checked as makeSchedule checks a spec; throws a one-line DescensoError. */
export function parseScheduleText(text: string, options: ScheduleTextOptions = {}): ScheduleSpec {
  if (typeof text !== 'string') throw badArgument('parseScheduleText', 1, text, 'string');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw badArgument('parseScheduleText', 2, options, 'object');
  const spec = parseAt(text, options.lr, options.where ?? 'schedule', 0);
  makeSchedule(spec);
  return spec;
}

function parseAt(text: string, lr: number | undefined, where: string, depth: number): ScheduleSpec {
  if (depth >= LIMITS.scheduleDepth)
    throw new DescensoError('optim-schedule-depth', { where, max: LIMITS.scheduleDepth });
  const colon = text.indexOf(':');
  const kind = kindOf(colon < 0 ? text : text.slice(0, colon));
  const fields = scheduleFields[kind];
  const values = readPairs(kind, colon < 0 ? '' : text.slice(colon + 1), where);
  const spec: Record<string, unknown> = { kind };
  const given = values.get('lr');
  if (given !== undefined && lr !== undefined)
    throw new DescensoError('optim-schedule-text-twice', { where, kind, key: 'lr' });
  const base = given ?? lr;
  if (kind === 'warmup') {
    const inner = values.get('base');
    if (typeof inner === 'number' && base !== undefined)
      throw new DescensoError('optim-schedule-text-twice', { where, kind, key: 'lr' });
    if (typeof inner === 'string') values.set('base', parseAt(inner, base as number, where, depth + 1));
    else if (inner === undefined && base !== undefined) values.set('base', base);
    values.delete('lr');
  } else if (base !== undefined) values.set('lr', base);
  for (const field of fields) {
    const v = values.get(field.key);
    if (v !== undefined) spec[field.key] = v;
    else if (field.required) {
      const key = field.key === 'base' ? 'lr' : field.key;
      throw new DescensoError('optim-schedule-text-missing', {
        where,
        kind,
        key,
        example: scheduleExamples[kind],
      });
    }
  }
  return spec as ScheduleSpec;
}

/** The kind a name means, in any case; unknown names get a "did you mean". */
function kindOf(name: string): ScheduleKind {
  const typed = name.trim();
  const kind = scheduleKinds.find((k) => k.toLowerCase() === typed.toLowerCase());
  if (kind) return kind;
  throw new DescensoError('optim-unknown-schedule', {
    kind: show(typed),
    valid: scheduleKinds.join(', '),
    suggestion: suggestName(typed, scheduleKinds) ?? null,
  });
}

/** The keys a text of `kind` may have: its fields, and `lr` for a warmup (the rate it warms up to). */
function textFields(kind: ScheduleKind): readonly ScheduleField[] {
  const fields = scheduleFields[kind];
  return kind === 'warmup' ? [...fields, { key: 'lr', type: 'number', required: false }] : fields;
}

/**
 * The `key=value` pairs after the colon, by canonical key: numbers and switches read, a base left
 * as text (it is the rest of the text, commas and all). Empty pairs (a trailing comma) are skipped.
 */
function readPairs(kind: ScheduleKind, rest: string, where: string): Map<string, unknown> {
  const fields = textFields(kind);
  const out = new Map<string, unknown>();
  let at = 0;
  while (at < rest.length) {
    const start = at;
    const comma = rest.indexOf(',', start);
    const end = comma < 0 ? rest.length : comma;
    const part = rest.slice(start, end);
    at = end + 1;
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0)
      throw new DescensoError('optim-schedule-text-pair', {
        where,
        text: show(rest),
        part: show(part.trim()),
      });
    const field = fieldOf(kind, fields, part.slice(0, eq), where);
    if (out.has(field.key))
      throw new DescensoError('optim-schedule-text-twice', { where, kind, key: field.key });
    if (field.type === 'schedule') {
      // The base is the rest of the text: a schedule's own pairs follow its colon.
      const value = rest.slice(start + eq + 1).trim();
      out.set(field.key, DECIMAL.test(value) ? Number(value) : value);
      break;
    }
    out.set(field.key, readValue(kind, field, part.slice(eq + 1).trim(), where));
  }
  return out;
}

function fieldOf(
  kind: ScheduleKind,
  fields: readonly ScheduleField[],
  typed: string,
  where: string,
): ScheduleField {
  const name = typed.trim();
  const field = fields.find((f) => f.key.toLowerCase() === name.toLowerCase());
  if (field) return field;
  const keys = fields.map((f) => f.key);
  throw new DescensoError('optim-unknown-option', {
    owner: `${where} ${kind}`,
    option: name,
    valid: keys.join(', '),
    suggestion: suggestName(name, keys) ?? null,
  });
}

function readValue(kind: ScheduleKind, field: ScheduleField, text: string, where: string): number | boolean {
  if (field.type === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
  } else if (DECIMAL.test(text) && Number.isFinite(Number(text))) return Number(text);
  const expected = field.type === 'boolean' ? 'boolean' : 'number';
  throw new DescensoError('optim-schedule-text-value', {
    where,
    kind,
    key: field.key,
    value: show(text),
    expected,
  });
}

/** A number as the text syntax reads it back to the same float64 (−0 included). */
function numberText(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * The text of a spec, which parseScheduleText reads back to the same spec: the learning rate is
 * written in it (`exponential:lr=0.1,gamma=0.9`), so it stands alone.
 */
export function scheduleText(spec: ScheduleSpec): string {
  // A hand-built spec may be anything: makeSchedule checks it (kind, fields, nesting) or says why.
  makeSchedule(spec);
  const s = spec as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const field of scheduleFields[spec.kind]) {
    const v = s[field.key];
    if (v === undefined) continue;
    if (field.type === 'schedule')
      parts.push(typeof v === 'number' ? `lr=${numberText(v)}` : `base=${scheduleText(v as ScheduleSpec)}`);
    else parts.push(`${field.key}=${typeof v === 'number' ? numberText(v) : String(v)}`);
  }
  return parts.length === 0 ? spec.kind : `${spec.kind}:${parts.join(',')}`;
}
