/**
 * The lab's address, read without the DOM (so it is unit-tested and fuzzed under node): the core's
 * one codec (src/experiment/address.ts: the experiment of the lab shown, its view included), plus
 * `data=file`, the lab's mark that a fit's data came from a file kept in this tab, and `embed=1`
 * (or `embed=3d`), the mark of the embedded figure (shell/embed.tsx). Whatever the
 * address holds, reading it never throws: what cannot be used is replaced by the default and
 * named in `errors`, so that a shared link always opens a working lab and says what it ignored.
 */
import { DescensoError } from '../../../src/errors.js';
import {
  ADDRESS_DEFAULTS,
  clipSetting,
  defaultFit,
  defaultSweep,
  experimentFromAddress,
} from '../../../src/experiment/address.js';
import { defaultExperiment, type Experiment, type FitExperiment } from '../../../src/experiment/index.js';
import { parseFormula } from '../../../src/expr/index.js';
import type { Lang } from '../../../src/i18n/index.js';
import { makeModel } from '../../../src/models/index.js';
import { optimizerAliases, optimizerNames, resolveOptimizerName } from '../../../src/optim/index.js';

import type { LabName } from './lab.js';

export type { LabName };
export const LABS: readonly LabName[] = ['surface', 'regression', 'derivative', 'study'];

/** The lab of each kind of experiment. */
export const LAB_OF: Readonly<Record<Experiment['kind'], LabName>> = {
  descend: 'surface',
  fit: 'regression',
  derivative: 'derivative',
  sweep: 'study',
  // No lab opens a basin map as a study (vetExperiment refuses one): the surface lab draws basins as a layer.
  basins: 'surface',
};

export interface Address {
  experiment: Experiment;
  /** Why parts of the address were not used, in the order found. */
  errors: DescensoError[];
  /** The lab's own marks beside the experiment (`data`, `embed`); a Map, so `__proto__` is an ordinary name. */
  view: Map<string, string>;
  lang?: Lang;
  lab: LabName;
}

/** Reads an address (with or without '#'); never throws. */
export function readAddress(hash: string): Address {
  const parts = (typeof hash === 'string' ? hash : '').replace(/^#/, '').split('&');
  const view = new Map<string, string>();
  const errors: DescensoError[] = [];
  const isMark = (p: string) => p.startsWith('data=') || p.startsWith('embed=');
  for (const p of parts.filter(isMark)) {
    if (p === 'data=file') view.set('data', 'file');
    else if (p === 'embed=1' || p === 'embed=3d') view.set('embed', p.slice('embed='.length));
    else errors.push(new DescensoError('lab-address-setting', { setting: clipSetting(p) }));
  }
  const read = experimentFromAddress(parts.filter((p) => !isMark(p)).join('&'));
  errors.push(...read.errors);
  const vetted = vetExperiment(read.experiment);
  if (vetted.error) errors.push(vetted.error);
  const e = vetted.experiment;
  return { experiment: e, errors, view, lang: e.view?.lang, lab: LAB_OF[e.kind] };
}

export type EmbedMark = '1' | '3d';

/** The embed mark of an address (`embed=1`, `embed=3d`), or null: read before anything is made. */
export function embedMarkOf(hash: string): EmbedMark | null {
  const parts = (typeof hash === 'string' ? hash : '').replace(/^#/, '').split('&');
  if (parts.includes('embed=3d')) return '3d';
  return parts.includes('embed=1') ? '1' : null;
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
    // the derivative lab shows a formula's fault itself, beside the field
    if (e.kind === 'derivative') return { experiment: e };
    if (e.kind === 'basins') throw new DescensoError('experiment-kind-unavailable', { kind: e.kind });
    // a sweep opens when its base would: the same checks, the study kept whole
    if (e.kind === 'sweep') {
      const base = vetExperiment(e.base);
      return base.error ? { experiment: defaultSweep, error: base.error } : { experiment: e };
    }
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

export { ADDRESS_DEFAULTS, defaultFit };
