/**
 * `descend`'s flags read into a DescendExperiment: every flag has its field (the view's ones under
 * `view`), so what a command line asks can be saved with --save and run again with `descenso run`.
 * Every fault names its flag; limits are those of src/limits.ts, the same as a file's.
 */
import { DescensoError, withSource } from '../errors.js';
import { type DescendExperiment, EXPERIMENT_VERSION } from '../experiment/types.js';
import { LIMITS } from '../limits.js';
import { getSurface, surfaceFormula } from '../surfaces/index.js';
import { parseUserFormula } from '../train/descend.js';
import { gradientMethodNames } from '../train/gradient-methods.js';
import {
  parseChoice,
  parseInteger,
  parseNumber,
  parseNumberList,
  parsePoint,
  parsePositive,
} from './flags.js';
import { optimizerChoices, surfaceByName } from './names.js';
import { optimizerEntries } from './optimizer-list.js';

/** The gradient methods, the one list of src/train (descent, CLI, schema and lab read it). */
export const DTYPES = ['float64', 'float32'] as const;
export const GRADIENT_METHODS = gradientMethodNames;

/** Names separated by commas; a flag given no name at all is an error, not the default. */
export function nameList(flag: string, v: string): string[] {
  const out = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (out.length === 0) throw new DescensoError('cli-missing-value', { flag });
  return out;
}

/** commander's collector of a repeatable list flag (`--optimizer adam --optimizer sgd,rmsprop`). */
export const collectNames =
  (flag: string) =>
  (v: string, prev: string[]): string[] => [...prev, ...nameList(flag, v)];

/** --domain x0,x1 or x0,x1,y0,y1: the ranges drawn and judged, each low < high, within LIMITS.domain. */
export function parseDomain(value: string): [number, number][] {
  const v =
    value.split(',').length === 2
      ? parseNumberList('--domain', value, 2)
      : parseNumberList('--domain', value, 4);
  // The bound an experiment file's domain has: a grid over ±1e308 would sample nothing but NaN.
  const far = v.find((x) => Math.abs(x) > LIMITS.domain);
  if (far !== undefined)
    throw new DescensoError('cli-out-of-range', {
      flag: '--domain',
      value: String(far),
      range: `${-LIMITS.domain}…${LIMITS.domain}`,
    });
  const pairs: [number, number][] = [];
  for (let i = 0; i < v.length; i += 2) {
    if (!(v[i] < v[i + 1])) throw new DescensoError('tour-domain-order', { low: v[i], high: v[i + 1] });
    pairs.push([v[i], v[i + 1]]);
  }
  return pairs;
}

/** The function's variables, in the order --from lists them (a formula is parsed here, fault and caret). */
function functionVars(e: Pick<DescendExperiment, 'surface' | 'formula' | 'vars'>): string[] {
  if (e.surface !== undefined) return surfaceFormula(getSurface(e.surface)).vars;
  const text = String(e.formula);
  return withSource(text, () => parseUserFormula(text, e.vars)).vars;
}

/** --surface or --formula (exactly one), and --vars beside a formula only. */
export function functionOf(
  opts: Record<string, unknown>,
): Pick<DescendExperiment, 'surface' | 'formula' | 'vars'> {
  const surface = opts.surface as string | undefined;
  const formula = opts.formula as string | undefined;
  if (surface !== undefined && formula !== undefined)
    throw new DescensoError('cli-conflict', { a: '--surface', b: '--formula' });
  if (surface === undefined && formula === undefined)
    throw new DescensoError('tour-need-function', undefined);
  // A surface names its own variables: --vars beside it would be ignored without a word.
  if (surface !== undefined && opts.vars !== undefined)
    throw new DescensoError('cli-conflict', { a: '--surface', b: '--vars' });
  // Checked here, before anything runs, so the name gets its "did you mean".
  if (surface !== undefined) {
    surfaceByName(surface);
    return { surface };
  }
  const vars = varsFlag(opts);
  return { formula, ...(vars ? { vars } : {}) };
}

/** `--vars a,b,…`: the names, at most LIMITS.variables of them; undefined without the flag. */
function varsFlag(opts: Record<string, unknown>): string[] | undefined {
  const vars = opts.vars === undefined ? undefined : nameList('--vars', String(opts.vars));
  if (vars !== undefined && vars.length > LIMITS.variables)
    throw new DescensoError('cli-bad-count', {
      flag: '--vars',
      min: 1,
      max: LIMITS.variables,
      found: vars.length,
    });
  return vars;
}

/** --noise σ (gradient noise) and its --noise-seed. */
function noiseOf(opts: Record<string, unknown>): Pick<DescendExperiment, 'noise'> {
  if (opts.noise === undefined) {
    if (opts.noiseSeed !== undefined)
      throw new DescensoError('cli-needs', { flag: '--noise-seed', needs: '--noise' });
    return {};
  }
  const sigma = parseNumber('--noise', String(opts.noise));
  if (sigma < 0)
    throw new DescensoError('cli-out-of-range', { flag: '--noise', value: String(opts.noise), range: '≥ 0' });
  const seed =
    opts.noiseSeed === undefined
      ? undefined
      : parseInteger('--noise-seed', String(opts.noiseSeed), 0, 0xffffffff);
  return { noise: { sigma, ...(seed !== undefined ? { seed } : {}) } };
}

/** How the gradient is taken, and the step h of the differences (kept only when they are used). */
function gradientOf(opts: Record<string, unknown>): Pick<DescendExperiment, 'gradient' | 'h'> {
  const gradient = parseChoice('--gradient', String(opts.gradient ?? 'autodiff'), GRADIENT_METHODS);
  const h = opts.h === undefined ? undefined : parsePositive('--h', String(opts.h));
  if (gradient === 'autodiff') return {};
  return { gradient, ...(h !== undefined ? { h } : {}) };
}

/**
 * The DescendExperiment of `descend`'s flags. `--every K` is what the engine records (steps 0, K,
 * 2K, … and the last), except with --plot, which draws every step (the figure thins what cannot
 * be seen).
 */
export function descendExperimentFromFlags(opts: Record<string, unknown>): DescendExperiment {
  const fn = functionOf(opts);
  const optimizers = optimizerEntries(opts, optimizerChoices);
  const steps = opts.steps === undefined ? 100 : parseInteger('--steps', String(opts.steps), 0, LIMITS.steps);
  const tol = opts.tol === undefined ? undefined : parsePositive('--tol', String(opts.tol));
  const every = opts.every === undefined ? 1 : parseInteger('--every', String(opts.every), 1);
  const domain = opts.domain === undefined ? undefined : parseDomain(String(opts.domain));
  const dtype = parseChoice('--dtype', String(opts.dtype ?? 'float64'), DTYPES);
  const e: DescendExperiment = {
    kind: 'descend',
    version: EXPERIMENT_VERSION,
    ...fn,
    steps,
    ...gradientOf(opts),
    ...(tol !== undefined ? { stop: { gradNorm: tol } } : {}),
    ...noiseOf(opts),
    ...(dtype === 'float32' ? { dtype } : {}),
    ...(every > 1 && opts.plot === undefined ? { record: { every } } : {}),
    optimizers,
    ...(domain ? { domain } : {}),
    ...(opts.plotValues === true ? { view: { values: true } } : {}),
  };
  // The variables are known once the function is: --from is read against them.
  const vars = functionVars(e);
  if (opts.from !== undefined) e.start = parsePoint('--from', String(opts.from), vars);
  return e;
}
