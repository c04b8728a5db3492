/**
 * The lab's address, read without the DOM (so it is unit-tested and fuzzed under node): `#x=` and
 * the experiment through the library's codec, then `key=value` view settings (cm, log, tol, speed,
 * dom, lab, lang and the derivative lab's fx, x0, h, lr, it, u, y). Whatever the address holds,
 * reading it never throws: what cannot be used is replaced by the default and named in `errors`,
 * so that a shared link always opens a working lab and says what it ignored.
 */
import { DescensoError } from '../../src/errors.js';
import {
  defaultExperiment,
  type Experiment,
  experimentFromHash,
  type FitExperiment,
} from '../../src/experiment/index.js';
import { parseFormula } from '../../src/expr/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { makeModel } from '../../src/models/index.js';
import { optimizerAliases, optimizerNames, resolveOptimizerName } from '../../src/optim/index.js';

export type LabName = 'surface' | 'regression' | 'derivative';
export const LABS: readonly LabName[] = ['surface', 'regression', 'derivative'];

/** The view settings the lab writes; any other key in an address is reported and ignored. */
const VIEW_KEYS: readonly string[] = [
  'cm',
  'log',
  'tol',
  'speed',
  'dom',
  'lab',
  'lang',
  'fx',
  'x0',
  'h',
  'lr',
  'it',
  'u',
  'y',
  'data',
];

/** Longer view values are ignored (a formula of the derivative lab is the longest the lab writes). */
export const MAX_VIEW_VALUE = 2000;

export interface Address {
  experiment: Experiment;
  /** Why parts of the address were not used, in the order found. */
  errors: DescensoError[];
  /** Own keys only: a Map, so that `constructor` or `__proto__` are ordinary (unknown) names. */
  view: Map<string, string>;
  lang?: Lang;
  lab?: LabName;
}

function isLab(v: string | undefined): v is LabName {
  return v !== undefined && (LABS as readonly string[]).includes(v);
}

/** Reads an address (with or without '#'); never throws. */
export function readAddress(hash: string): Address {
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  const view = new Map<string, string>();
  const errors: DescensoError[] = [];
  let x = '';
  for (const p of parts) {
    if (p.startsWith('x=')) {
      x = p;
      continue;
    }
    const i = p.indexOf('=');
    let key = '';
    let value = '';
    try {
      key = decodeURIComponent(i > 0 ? p.slice(0, i) : p);
      value = i > 0 ? decodeURIComponent(p.slice(i + 1)) : '';
    } catch {
      errors.push(new DescensoError('lab-address-setting', { setting: clip(p) }));
      continue;
    }
    if (i <= 0 || !VIEW_KEYS.includes(key) || value.length > MAX_VIEW_VALUE) {
      errors.push(new DescensoError('lab-address-setting', { setting: clip(p) }));
      continue;
    }
    view.set(key, value);
  }
  const langValue = view.get('lang');
  const lang = langValue === 'es' || langValue === 'en' ? langValue : undefined;
  if (langValue !== undefined && lang === undefined)
    errors.push(new DescensoError('lab-address-setting', { setting: clip(`lang=${langValue}`) }));
  const labValue = view.get('lab');
  const lab = isLab(labValue) ? labValue : undefined;
  if (labValue !== undefined && lab === undefined)
    errors.push(new DescensoError('lab-address-setting', { setting: clip(`lab=${labValue}`) }));
  const read = experimentFromHash(x);
  if (read.error) errors.push(read.error);
  // A fit the schema refused still belongs to the regression lab: its default opens there.
  const experiment = read.error && kindOf(x) === 'fit' ? defaultFit : read.experiment;
  const vetted = vetExperiment(experiment);
  if (vetted.error) errors.push(vetted.error);
  return { experiment: vetted.experiment, errors, view, lang, lab };
}

/** The `kind` an address's experiment claims, when its JSON can be read at all. */
function kindOf(x: string): unknown {
  try {
    const v: unknown = JSON.parse(decodeURIComponent(x.slice(2)));
    return typeof v === 'object' && v !== null && Object.hasOwn(v, 'kind')
      ? (v as { kind: unknown }).kind
      : undefined;
  } catch {
    return undefined;
  }
}

/** A setting as the notice quotes it: at most 80 characters. */
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/**
 * An optimizer's name checked by own properties only: the library's alias table is a plain
 * object, where `constructor` or `toString` would otherwise be found on its prototype.
 */
export function checkOptimizerName(name: string): void {
  const key = name.trim().toLowerCase();
  if ((optimizerNames as readonly string[]).includes(key) || Object.hasOwn(optimizerAliases, key)) return;
  resolveOptimizerName(name); // throws the library's own message for an unknown name
  throw new DescensoError('optim-unknown', { name: JSON.stringify(name), valid: optimizerNames.join(', ') });
}

/**
 * What the schema lets through but the lab cannot open: unknown optimizer, model or parameter
 * names, a data formula that does not parse. The experiment comes back unchanged when it can be
 * opened, else the default of its kind and the reason.
 */
export function vetExperiment(e: Experiment): { experiment: Experiment; error?: DescensoError } {
  try {
    // The derivative kind has no address of its own yet: refused as the schema refused it before.
    if (e.kind === 'derivative') throw new DescensoError('experiment-kind-unavailable', { kind: e.kind });
    for (const o of e.optimizers) checkOptimizerName(o.name);
    if (e.kind === 'fit') vetFit(e);
    else if (e.formula !== undefined && e.vars !== undefined && e.vars.length !== 1 && e.vars.length !== 2)
      throw new DescensoError('lab-surface-vars', { n: String(e.vars.length) });
    else if (e.start !== undefined && e.start.length !== (e.vars?.length === 1 ? 1 : 2)) {
      // the valid part: the experiment without its start (each lab then uses its default start)
      const { start, ...rest } = e;
      const error = new DescensoError('lab-start-dims', {
        n: String(start.length),
        want: e.vars?.length === 1 ? '1' : '2',
      });
      return { experiment: rest, error };
    }
    return { experiment: e };
  } catch (err) {
    const reason =
      err instanceof DescensoError ? err : new DescensoError('lab-address-fault', { reason: String(err) });
    const error = new DescensoError('lab-address-experiment', {
      es: reason.messageIn('es'),
      en: reason.messageIn('en'),
    });
    return { experiment: e.kind === 'fit' ? defaultFit : defaultExperiment, error };
  }
}

function vetFit(e: FitExperiment): void {
  const names = makeModel(e.model).paramNames;
  for (const k of Object.keys(e.init ?? {}))
    if (!names.includes(k))
      throw new DescensoError('lab-fit-init-name', { name: JSON.stringify(k), names: names.join(', ') });
  if (e.data.formula !== undefined) parseFormula(e.data.formula, { kind: '1d' });
}

/** The regression lab's default: linear data, the three regimes side by side. */
export const defaultFit: FitExperiment = {
  kind: 'fit',
  version: 1,
  data: { family: 'linear', slope: 5, noise: 2, points: 100, seed: 22 },
  model: 'linear',
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr: 0.05 } }],
  epochs: 60,
  regimes: ['batch', 'sgd', 'minibatch'],
  batchSize: 16,
};
