/**
 * The schema of the studies (kinds 'sweep' and 'basins'): a base experiment checked as any
 * experiment is, with its faults named under `experiment.base`, and what the study adds — the
 * varied options of a sweep, the grid and domain of a basin map. Every bound is src/limits.ts's.
 * schema.ts passes its own parser of experiments in, so neither module imports the other's caller.
 */
import { LIMITS } from '../limits.js';
import { optionKeys, optionRow } from '../optim/options.js';
import { suggestName } from '../suggest.js';
import { choice, fail, int, isObj, num, type Obj, only, show, str } from './check.js';
import { inBase } from './error-path.js';
import {
  type BasinsBase,
  type BasinsStudy,
  type DescendExperiment,
  EXPERIMENT_VERSION,
  type Experiment,
  type FitExperiment,
  SWEEP_RANKS,
  type SweepStudy,
  type VarySpec,
} from './types.js';
import { viewSettings } from './view.js';

/** The fields of a sweep study. */
export const SWEEP_KEYS: readonly string[] = ['kind', 'version', 'base', 'vary', 'rank', 'view'];
/** The fields of a basins study. */
export const BASINS_KEYS: readonly string[] = ['kind', 'version', 'base', 'grid', 'domain', 'view'];
/** The fields a basin map's base may have (types.ts BasinsBase). */
export const BASINS_BASE_KEYS: readonly string[] = [
  'kind',
  'version',
  'surface',
  'formula',
  'vars',
  'steps',
  'stop',
  'dtype',
  'optimizers',
];
const VARY_KEYS = ['option', 'from', 'to', 'scale', 'count'];
/** A basin map's grid when none is given (the `basins` command's default). */
export const BASINS_GRID = 100;

type ParseExperiment = (value: unknown) => Experiment;

/** The keys of the option table that take numbers: what a sweep can vary. */
export const VARIABLE_OPTIONS: readonly string[] = optionKeys.filter((k) => optionRow(k)?.kind === 'number');

/** The base of a study: an object of one of `kinds`, without a view (the study has the view). */
function baseOf<K extends 'descend' | 'fit'>(
  v: unknown,
  kinds: readonly K[],
  parse: ParseExperiment,
  keys?: readonly string[],
): Extract<Experiment, { kind: K }> {
  const path = 'experiment.base';
  if (!isObj(v)) fail(path, { kind: 'not-object', got: show(v) });
  choice(v.kind, `${path}.kind`, kinds);
  if (keys) only(v, path, keys);
  else if (Object.hasOwn(v, 'view'))
    fail(`${path}.view`, { kind: 'unknown-field', allowed: 'experiment.view', suggestion: null });
  // parseExperiment names its faults from the top (`experiment.steps`): moved under the base.
  return inBase(() => parse(v) as Extract<Experiment, { kind: K }>);
}

function varySpec(v: unknown, path: string): VarySpec {
  if (!isObj(v)) fail(path, { kind: 'not-object', got: show(v) });
  only(v, path, VARY_KEYS);
  const option = str(v.option, `${path}.option`, 40);
  if (!VARIABLE_OPTIONS.includes(option))
    fail(`${path}.option`, {
      kind: 'unknown-option',
      known: VARIABLE_OPTIONS.join(', '),
      suggestion: suggestName(option, VARIABLE_OPTIONS) ?? null,
    });
  const scale = choice(v.scale ?? 'lin', `${path}.scale`, ['lin', 'log'] as const);
  const from = num(v.from, `${path}.from`);
  const to = num(v.to, `${path}.to`);
  const count = int(v.count, `${path}.count`, 1, LIMITS.sweepValues);
  if (scale === 'log')
    for (const [k, x] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!(x > 0)) fail(`${path}.${k}`, { kind: 'out-of-range', value: x, positive: true });
  if (from === to && count > 1) fail(`${path}.count`, { kind: 'vary-same-ends' });
  return { option, from, to, scale, count };
}

function varyList(v: unknown, path: string): VarySpec[] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length < 1 || v.length > 2) fail(path, { kind: 'list-length', min: 1, max: 2, found: v.length });
  const out = v.map((x, i) => varySpec(x, `${path}[${i}]`));
  if (out.length === 2 && out[0].option === out[1].option)
    fail(`${path}[1].option`, { kind: 'vary-twice', option: out[1].option });
  return out;
}

/** Runs a sweep makes: settings × optimizers (× regimes of a fit). */
export function sweepRunCount(base: DescendExperiment | FitExperiment, vary: readonly VarySpec[]): number {
  const per = base.kind === 'fit' ? base.optimizers.length * base.regimes.length : base.optimizers.length;
  return vary.reduce((n, s) => n * s.count, per);
}

export function sweepStudy(o: Obj, parse: ParseExperiment): SweepStudy {
  only(o, 'experiment', SWEEP_KEYS);
  const base = baseOf(o.base, ['descend', 'fit'] as const, parse);
  const vary = varyList(o.vary, 'experiment.vary');
  const runs = sweepRunCount(base, vary);
  if (runs > LIMITS.sweepRuns)
    fail('experiment.vary', { kind: 'too-many-runs', runs, max: LIMITS.sweepRuns });
  const e: SweepStudy = { kind: 'sweep', version: EXPERIMENT_VERSION, base, vary };
  if (o.rank !== undefined) {
    // A fit's sweep counts epochs; evaluations are a descent's measure.
    const ranks = base.kind === 'fit' ? (['steps'] as const) : SWEEP_RANKS;
    e.rank = choice(o.rank, 'experiment.rank', ranks);
  }
  if (o.view !== undefined) e.view = viewSettings(o.view, 'experiment.view');
  return e;
}

function gridDomain(v: unknown, path: string): [number, number][] {
  if (!Array.isArray(v)) fail(path, { kind: 'not-list', got: show(v) });
  if (v.length !== 2) fail(path, { kind: 'two-ranges', found: v.length });
  return v.map((pair, i) => {
    const at = `${path}[${i}]`;
    if (!Array.isArray(pair)) fail(at, { kind: 'not-list', got: show(pair) });
    if (pair.length !== 2) fail(at, { kind: 'list-length', min: 2, max: 2, found: pair.length });
    const [lo, hi] = [num(pair[0], `${at}[0]`), num(pair[1], `${at}[1]`)];
    for (const [k, x] of [lo, hi].entries())
      if (Math.abs(x) > LIMITS.domain)
        fail(`${at}[${k}]`, { kind: 'out-of-range', value: x, min: -LIMITS.domain, max: LIMITS.domain });
    if (!(lo < hi)) fail(at, { kind: 'bounds-order' });
    return [lo, hi] as [number, number];
  });
}

export function basinsStudy(o: Obj, parse: ParseExperiment): BasinsStudy {
  only(o, 'experiment', BASINS_KEYS);
  const base: BasinsBase = baseOf(o.base, ['descend'] as const, parse, BASINS_BASE_KEYS);
  const grid = o.grid === undefined ? BASINS_GRID : int(o.grid, 'experiment.grid', 2, LIMITS.basinsGrid);
  // Every start of every optimizer advances in one batch.
  const runs = grid * grid * base.optimizers.length;
  if (runs > LIMITS.batchRuns)
    fail('experiment.grid', { kind: 'too-many-runs', runs, max: LIMITS.batchRuns });
  const e: BasinsStudy = { kind: 'basins', version: EXPERIMENT_VERSION, base, grid };
  if (o.domain !== undefined) e.domain = gridDomain(o.domain, 'experiment.domain');
  if (o.view !== undefined) e.view = viewSettings(o.view, 'experiment.view');
  return e;
}
