/**
 * The lab's whole state in its address, through one table (address-fields.ts): an experiment of
 * any kind, its view included, written as the fields that differ from the kind's default,
 *
 *     #lab=regression&m=poly:3&o=adam:lr=0.05&ep=200&lang=es
 *
 * Reading is the reverse, and every experiment read goes through parseExperiment, as a file does.
 * Reading never throws: a setting that cannot be used keeps its default and is named in `errors`.
 * The older form `#x=<experiment JSON>` (with the old view keys beside it) still opens.
 */
import { badArgument, DescensoError, isDescensoError } from '../errors.js';
import {
  type AddressField,
  type AddressForm,
  FORM_DEFAULTS,
  fieldsOf,
  formOf,
  labOfForm,
} from './address-fields.js';
import { readOptimizers, writeOptimizers } from './address-optimizers.js';
import {
  BAD,
  escapeText,
  type Read,
  readBoolean,
  readNamed,
  readNumber,
  readNumbers,
  readPairs,
  readRows,
  readText,
  readTexts,
  readVary,
  writeNamed,
  writeNumber,
  writeNumbers,
  writePairs,
  writeRows,
  writeTexts,
  writeVary,
} from './address-values.js';
import { parseExperiment } from './schema.js';
import type { Experiment, OptimizerEntry, VarySpec } from './types.js';
import { experimentFromHash, experimentToHash } from './url.js';

/** The value of a field that is absent from the experiment but set in the kind's default. */
const ABSENT = '~';

type Obj = Record<string, unknown>;

function get(o: unknown, path: string): unknown {
  let v = o;
  for (const k of path.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, k)) return undefined;
    v = (v as Obj)[k];
  }
  return v;
}

/** Sets (or, for undefined, deletes) the value at `path`, making the objects on the way; drops an emptied object. */
function set(o: Obj, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let at = o;
  const trail: [Obj, string][] = [];
  for (const k of keys) {
    const next = Object.hasOwn(at, k) ? at[k] : undefined;
    if (typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      at[k] = {};
    }
    trail.push([at, k]);
    at = at[k] as Obj;
  }
  if (value !== undefined) {
    at[last] = value;
    return;
  }
  delete at[last];
  for (let i = trail.length - 1; i >= 0; i--) {
    const [parent, k] = trail[i];
    if (Object.keys(parent[k] as Obj).length > 0) break;
    delete parent[k];
  }
}

/** Deep equality of plain JSON values, telling −0 from 0 (the address keeps either). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Obj)[k], (b as Obj)[k]))
  );
}

function write(type: AddressField['type'], v: unknown): string {
  switch (type) {
    case 'number':
      return writeNumber(v as number);
    case 'boolean':
      return v ? '1' : '0';
    case 'text':
      return escapeText(v as string);
    case 'numbers':
      return writeNumbers(v as number[]);
    case 'texts':
      return writeTexts(v as string[]);
    case 'pairs':
      return writePairs(v as number[][]);
    case 'rows':
      return writeRows(v as number[]);
    case 'named':
      return writeNamed(v as Record<string, number>);
    case 'optimizers':
      return writeOptimizers(v as OptimizerEntry[]);
    case 'vary':
      return writeVary(v as VarySpec[]);
    case 'group':
      return '{}';
  }
}

function read(type: AddressField['type'], s: string): Read<unknown> {
  switch (type) {
    case 'number':
      return readNumber(s);
    case 'boolean':
      return readBoolean(s);
    case 'text':
      return readText(s);
    case 'numbers':
      return readNumbers(s);
    case 'texts':
      return readTexts(s);
    case 'pairs':
      return readPairs(s);
    case 'rows':
      return readRows(s);
    case 'named':
      return readNamed(s);
    case 'optimizers':
      return readOptimizers(s);
    case 'vary':
      return readVary(s);
    case 'group':
      return s === '{}' ? {} : BAD;
  }
}

/**
 * Whether every field of `e` has a row of the table (a field added to the schema and not here has
 * none); a study's base is looked into like the experiment itself.
 */
function covered(e: object, fields: readonly AddressField[], prefix = ''): boolean {
  const paths = new Set(fields.map((f) => f.path));
  for (const [k, v] of Object.entries(e)) {
    if (k === 'kind' || k === 'version' || paths.has(`${prefix}${k}`)) continue;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    if (prefix === '' && k === 'base') {
      if (!covered(v, fields, 'base.')) return false;
      continue;
    }
    for (const k2 of Object.keys(v)) if (!paths.has(`${prefix}${k}.${k2}`)) return false;
  }
  return true;
}

/**
 * The address of `e` (with '#'): `lab=` unless it is a descent, then each field that differs
 * from the kind's default. An experiment the table cannot say in full (a field the table
 * lacks) is written whole as `#x=<JSON>` instead, which reads back the same.
 */
export function experimentToAddress(experiment: Experiment): string {
  if (typeof experiment !== 'object' || experiment === null || Array.isArray(experiment))
    throw badArgument('experimentToAddress', 1, experiment, 'experiment');
  // A hand-built object may be anything: the short form says only what the schema lets through;
  // anything else keeps the JSON form it had before (the lab writes its state even mid-edit).
  let e: Experiment;
  try {
    e = parseExperiment(experiment);
  } catch {
    return experimentToHash(experiment);
  }
  const form = formOf(e);
  const base = FORM_DEFAULTS[form];
  const fields = fieldsOf(form);
  if (!base || !covered(e, fields) || e.version !== base.version) return experimentToHash(e);
  const parts = e.kind === 'descend' ? [] : [`lab=${labOfForm(form)}`];
  for (const f of fields) {
    const v = get(e, f.path);
    if (f.type === 'group') {
      // only an empty group needs saying: a field inside makes the group when read
      if (same(v, {}) && get(base, f.path) === undefined) parts.push(`${f.key}={}`);
      continue;
    }
    if (same(v, get(base, f.path))) continue;
    parts.push(`${f.key}=${v === undefined ? ABSENT : write(f.type, v)}`);
  }
  return `#${parts.join('&')}`;
}

export interface AddressRead {
  experiment: Experiment;
  /** Why parts of the address were not used, in the order found; each says what was kept instead. */
  errors: DescensoError[];
}

/** A setting as a notice quotes it: at most 80 characters. */
export function clipSetting(s: string): string {
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

const unusable = (part: string) => new DescensoError('lab-address-setting', { setting: clipSetting(part) });

const FORMS: Readonly<Record<string, AddressForm>> = {
  surface: 'descend',
  regression: 'fit',
  derivative: 'derivative',
  sweep: 'sweep',
  'sweep-fit': 'sweep-fit',
  basins: 'basins',
};

/** The starting experiment: the old `x=` JSON when there is one, else the default of the form `lab=` names. */
function baseOf(parts: string[], errors: DescensoError[]): Experiment {
  const legacy = parts.find((p) => p.startsWith('x='));
  const lab = parts.filter((p) => p.startsWith('lab=')).at(-1);
  const form =
    lab === undefined ? undefined : Object.hasOwn(FORMS, lab.slice(4)) ? FORMS[lab.slice(4)] : null;
  if (lab !== undefined && form === null) errors.push(unusable(lab));
  if (legacy === undefined) return clone(FORM_DEFAULTS[form ?? 'descend']);
  const r = experimentFromHash(legacy);
  if (!r.error) return r.experiment;
  errors.push(r.error);
  // a fit the schema refused still belongs to the regression lab: its default opens there
  return clone(FORM_DEFAULTS[kindClaimed(legacy) === 'fit' ? 'fit' : (form ?? 'descend')]);
}

/** The `kind` an old address's JSON claims, when it can be read at all. */
function kindClaimed(x: string): unknown {
  try {
    const v: unknown = JSON.parse(decodeURIComponent(x.slice(2)));
    return typeof v === 'object' && v !== null && Object.hasOwn(v, 'kind') ? (v as Obj).kind : undefined;
  } catch {
    return undefined;
  }
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** The experiment in an address (with or without '#'), and what was not used; never throws. */
export function experimentFromAddress(hash: string): AddressRead {
  const errors: DescensoError[] = [];
  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  const parts = text.split('&').filter(Boolean);
  const e = baseOf(parts, errors) as unknown as Obj;
  const form = formOf(e as unknown as Experiment);
  const applied: { field: AddressField; part: string }[] = [];
  for (const part of parts) {
    if (part.startsWith('x=') || part.startsWith('lab=')) continue;
    const i = part.indexOf('=');
    const key = i > 0 ? readText(part.slice(0, i)) : BAD;
    const field = key === BAD ? undefined : fieldsOf(form).find((f) => f.key === key);
    const raw = part.slice(i + 1);
    const value = field === undefined ? BAD : raw === ABSENT ? undefined : read(field.type, raw);
    if (field === undefined || value === BAD) {
      errors.push(unusable(part));
      continue;
    }
    // a group read as {} keeps the fields already read into it
    if (!(field.type === 'group' && value !== undefined && get(e, field.path) !== undefined))
      set(e, field.path, value);
    applied.push({ field, part });
  }
  // A hand-written `fx=x*y` replaces the default surface (and `s=` a formula): a descent has one.
  const setsOwn = (path: string) => applied.some((a) => a.field.path === path);
  const study = form === 'sweep' || form === 'basins';
  const d = (study ? e.base : form === 'descend' ? e : undefined) as Obj | undefined;
  const at = study ? 'base.' : '';
  if (d && d.surface !== undefined && d.formula !== undefined) {
    if (setsOwn(`${at}formula`) && !setsOwn(`${at}surface`)) delete d.surface;
    else if (setsOwn(`${at}surface`) && !setsOwn(`${at}formula`)) delete d.formula;
  }
  return { experiment: checked(e, form, applied, errors), errors };
}

/**
 * The experiment through parseExperiment; a fault at the path of a field the address set puts
 * that field back to its default (and says so), then the rest is checked again. A fault
 * elsewhere gives the kind's default.
 */
function checked(
  e: Obj,
  form: AddressForm,
  applied: { field: AddressField; part: string }[],
  errors: DescensoError[],
): Experiment {
  const base = FORM_DEFAULTS[form];
  for (let tries = 0; tries <= applied.length; tries++) {
    try {
      return parseExperiment(e);
    } catch (err) {
      const path = isDescensoError(err) ? String((err.params as { path?: unknown })?.path ?? '') : '';
      const hit = applied.find(({ field }) => within(path, `experiment.${field.path}`));
      const reason = isDescensoError(err)
        ? { es: err.messageIn('es'), en: err.messageIn('en') }
        : { es: String(err), en: String(err) };
      if (!hit) {
        errors.push(new DescensoError('experiment-url', { reason: { kind: 'experiment', ...reason } }));
        return clone(base);
      }
      errors.push(new DescensoError('lab-address-field', { setting: clipSetting(hit.part), ...reason }));
      set(e, hit.field.path, clone(get(base, hit.field.path)));
      applied.splice(applied.indexOf(hit), 1);
    }
  }
  return clone(base);
}

/** Whether the fault at `path` lies in the field at `fieldPath` (itself, an element, a member). */
function within(path: string, fieldPath: string): boolean {
  return path === fieldPath || path.startsWith(`${fieldPath}.`) || path.startsWith(`${fieldPath}[`);
}

export {
  ADDRESS_DEFAULTS,
  ADDRESS_FIELDS,
  defaultBasins,
  defaultDerivative,
  defaultFit,
  defaultSweep,
  defaultSweepFit,
} from './address-fields.js';
