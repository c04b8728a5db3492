/**
 * An experiment's optimizers: each a name (or alias) with options whose values are numbers,
 * switches, or — for `lr` only — a schedule (src/optim/schedules.ts's ScheduleSpec as JSON).
 * Shapes are checked here, with paths; ranges (lr > 0, γ > 0, …) are makeOptimizer's, whose
 * faults become one run's error as data (run.ts), not a refusal of the whole experiment.
 */
import { LIMITS } from '../limits.js';
import { optimizerAliases, optimizerNames } from '../optim/conventions.js';
import { optionKeys, optionRow } from '../optim/options.js';
import { type ScheduleSpec, scheduleFields, scheduleKinds } from '../optim/schedules.js';
import { suggestName } from '../suggest.js';
import { bool, choice, fail, isObj, num, type Obj, only, show, str } from './check.js';
import type { OptimizerEntry, OptionValue } from './types.js';

/** Every optimizer option an experiment may set: the keys of src/optim's option table (the fuzzers draw from it too). */
export const OPTION_KEYS: readonly string[] = optionKeys;

/** A schedule as plain data, checked field by field; a warmup's base nests at most LIMITS.scheduleDepth deep. */
export function scheduleSpec(v: unknown, path: string, depth = 1): ScheduleSpec {
  if (!isObj(v)) fail(path, { kind: 'not-object', got: show(v) });
  if (depth > LIMITS.scheduleDepth) fail(path, { kind: 'schedule-depth', max: LIMITS.scheduleDepth });
  const kind = choice(v.kind, `${path}.kind`, scheduleKinds);
  const fields = scheduleFields[kind];
  only(v, path, ['kind', ...fields.map((f) => f.key)]);
  const out: Obj = { kind };
  for (const { key, type, required } of fields) {
    const at = `${path}.${key}`;
    if (v[key] === undefined && !required) continue;
    if (type === 'boolean') out[key] = bool(v[key], at);
    else if (type === 'schedule')
      out[key] = typeof v[key] === 'number' ? num(v[key], at) : scheduleSpec(v[key], at, depth + 1);
    else out[key] = num(v[key], at);
  }
  return out as unknown as ScheduleSpec;
}

function optionValue(key: string, x: unknown, path: string): OptionValue {
  if (typeof x === 'boolean') return x;
  if (optionRow(key)?.schedule === true && isObj(x)) return scheduleSpec(x, path);
  return num(x, path);
}

/** An optimizer's name or alias (any case, as makeOptimizer takes it), checked here so the fault has a path. */
function optimizerName(v: unknown, path: string): string {
  const name = str(v, path, 40);
  const known = [...optimizerNames, ...Object.keys(optimizerAliases)];
  if (!known.includes(name.trim().toLowerCase())) {
    const suggestion = suggestName(name.trim(), known) ?? null;
    fail(path, { kind: 'not-choice', choices: known.join(', '), got: show(name), suggestion });
  }
  return name;
}

function options(v: unknown, path: string): Record<string, OptionValue> {
  if (!isObj(v)) fail(path, { kind: 'options-not-object' });
  const out: Record<string, OptionValue> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!OPTION_KEYS.includes(k))
      fail(`${path}.${k}`, {
        kind: 'unknown-option',
        known: OPTION_KEYS.join(', '),
        suggestion: suggestName(k, OPTION_KEYS) ?? null,
      });
    out[k] = optionValue(k, x, `${path}.${k}`);
  }
  return out;
}

export function optimizerEntry(v: unknown, path: string): OptimizerEntry {
  // The shorthand "adam" is the entry's name: its faults are reported at .name, as for objects.
  if (typeof v === 'string') return { name: optimizerName(v, `${path}.name`) };
  if (!isObj(v)) fail(path, { kind: 'not-optimizer', got: show(v) });
  only(v, path, ['name', 'options', 'convention', 'label']);
  const out: OptimizerEntry = { name: optimizerName(v.name, `${path}.name`) };
  if (v.options !== undefined) {
    // `options: {}` says nothing: the canonical entry leaves it out, so every face writes it alike.
    const o = options(v.options, `${path}.options`);
    if (Object.keys(o).length > 0) out.options = o;
  }
  if (v.convention !== undefined)
    out.convention = choice(v.convention, `${path}.convention`, ['pytorch', 'keras'] as const);
  if (v.label !== undefined) out.label = str(v.label, `${path}.label`, LIMITS.labelLength);
  return out;
}

export function optimizerList(v: unknown, path: string): OptimizerEntry[] {
  if (!Array.isArray(v) || v.length === 0) fail(path, { kind: 'no-optimizers' });
  if (v.length > LIMITS.optimizers) fail(path, { kind: 'too-many-optimizers', max: LIMITS.optimizers });
  return v.map((o, i) => optimizerEntry(o, `${path}[${i}]`));
}
