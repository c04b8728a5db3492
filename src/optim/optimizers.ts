import { DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { bfgsDirection } from './bfgs.js';
import { conjugateDirection, steepestDirection } from './conjugate.js';
import {
  type ConventionEntry,
  conventions,
  isSearching,
  type OptimizerName,
  type OptionValue,
  optimizerAliases,
  optimizerNames,
} from './conventions.js';
import { guarded } from './guard.js';
import { lbfgsDirection } from './lbfgs.js';
import { backtracking, type LineSearch, strongWolfe } from './line-search.js';
import { nelderMead } from './nelder-mead.js';
import { scaleByNewton } from './newton.js';
import {
  checkOption,
  commonOptionKeys,
  type OptionKey,
  type OptionRow,
  type OptionTypes,
  optionRow,
} from './options.js';
import { resolveLr, type ScheduleSpec } from './schedules.js';
import { type DirectionRule, type InitialStep, searching } from './search.js';
import {
  addDecayedWeights,
  chain,
  clipByGlobalNorm,
  clipByValue,
  type DtypeOption,
  scaleByAdadelta,
  scaleByAdagrad,
  scaleByAdam,
  scaleByAdamax,
  scaleByLearningRate,
  scaleByLion,
  scaleByNadam,
  scaleByRms,
  scaleBySign,
  trace,
} from './transforms.js';
import { type Convention, conventionNames, type Dtype, type Schedule, type Transform } from './types.js';
import { dtype as checkDtype, knownKeys, optionsObject, show } from './validate.js';

/**
 * The named optimizers: each is a chain of transforms built from the conventions table, so a
 * default or a formula variant is stated once (conventions.ts) and only assembled here.
 */

/** A learning rate: a constant, a function of the 0-based step, or a schedule as plain data. */
export type LearningRate = number | Schedule | ScheduleSpec;

/** Some options of the table, each optional, typed by its row (options.ts). */
type Options<K extends OptionKey> = { [P in K]?: OptionTypes[P] };

/** What every optimizer takes: the learning rate, the dtype, and clipping (the table's common rows). */
interface BaseOptions extends Options<'clipNorm' | 'clipValue'> {
  lr?: LearningRate;
  dtype?: Dtype;
}
export interface SgdOptions
  extends BaseOptions,
    Options<'momentum' | 'dampening' | 'nesterov' | 'weightDecay'> {}
export interface SignOptions extends BaseOptions, Options<'weightDecay'> {}
export interface AdagradOptions extends BaseOptions, Options<'eps' | 'initialAccumulator' | 'weightDecay'> {}
export interface RmspropOptions
  extends BaseOptions,
    Options<'rho' | 'eps' | 'centered' | 'momentum' | 'weightDecay'> {
  /** PyTorch's name for rho, the decay of the squared-gradient average: accepted too. */
  alpha?: number;
}
export interface AdadeltaOptions extends BaseOptions, Options<'rho' | 'eps' | 'weightDecay'> {}
export interface AdamOptions
  extends BaseOptions,
    Options<'beta1' | 'beta2' | 'eps' | 'amsgrad' | 'weightDecay'> {}
export interface AdamaxOptions extends BaseOptions, Options<'beta1' | 'beta2' | 'eps' | 'weightDecay'> {}
export interface NadamOptions extends AdamaxOptions, Options<'momentumDecay'> {}
export interface LionOptions extends BaseOptions, Options<'beta1' | 'beta2' | 'weightDecay'> {}
export interface NewtonOptions extends BaseOptions, Options<'damping'> {}
/** The searching methods take no clipping: the line search bounds the step. */
interface SearchBase {
  lr?: LearningRate;
  dtype?: Dtype;
}
export interface ArmijoOptions extends SearchBase, Options<'c1' | 'shrink'> {}
export interface WolfeOptions extends SearchBase, Options<'c1' | 'c2'> {}
export interface BfgsOptions extends WolfeOptions, Options<'scaled'> {}
export interface LbfgsOptions extends BfgsOptions, Options<'memory'> {}
/** Nelder–Mead: no learning rate, no clipping; `adaptive` picks Gao and Han's coefficients. */
export interface NelderMeadOptions extends Options<'adaptive'> {
  dtype?: Dtype;
}

/** Every option with its value after defaults; lr is a number or a schedule function. */
export interface ResolvedOptions {
  readonly lr: number | Schedule;
  readonly dtype: Dtype;
  readonly [option: string]: OptionValue | Schedule | Dtype;
}

export interface Optimizer extends Transform<unknown[]> {
  readonly name: OptimizerName;
  readonly convention: Convention;
  readonly options: ResolvedOptions;
}

/** The canonical name for a name or alias, any case; throws `optim-unknown` otherwise. */
export function resolveOptimizerName(name: unknown): OptimizerName {
  const key = typeof name === 'string' ? name.trim().toLowerCase() : '';
  if ((optimizerNames as readonly string[]).includes(key)) return key as OptimizerName;
  // Own keys only: `__proto__` or `constructor` must not find Object.prototype's members.
  if (Object.hasOwn(optimizerAliases, key)) return optimizerAliases[key];
  const valid = optimizerNames
    .map((n) => {
      const aliases = Object.keys(optimizerAliases).filter((a) => optimizerAliases[a] === n);
      return aliases.length > 0 ? `${n} (${aliases.join(', ')})` : n;
    })
    .join(', ');
  const suggestion = suggestName(key, [...optimizerNames, ...Object.keys(optimizerAliases)]) ?? null;
  throw new DescensoError('optim-unknown', { name: show(name), valid, suggestion });
}

export function resolveConvention(convention: unknown): Convention {
  if (typeof convention === 'string' && (conventionNames as readonly string[]).includes(convention)) {
    return convention as Convention;
  }
  throw new DescensoError('optim-unknown-convention', {
    convention: show(convention),
    valid: conventionNames.join(', '),
    suggestion: typeof convention === 'string' ? (suggestName(convention, conventionNames) ?? null) : null,
  });
}

/** Defaults filled in and every option checked against the table entry. */
function resolveOptions(
  name: OptimizerName,
  entry: ConventionEntry,
  given: Record<string, unknown>,
): ResolvedOptions {
  const options = { ...given };
  if (name === 'rmsprop' && Object.hasOwn(options, 'alpha')) {
    if (Object.hasOwn(options, 'rho')) {
      throw new DescensoError('optim-duplicate-option', { owner: name, option: 'rho', alias: 'alpha' });
    }
    options.rho = options.alpha;
    delete options.alpha;
  }
  const names = Object.keys(entry.defaults);
  knownKeys(name, options, [
    ...names,
    ...(isSearching(name) ? [] : commonOptionKeys),
    'dtype',
    ...(name === 'rmsprop' ? ['alpha'] : []),
  ]);
  const resolved: Record<string, OptionValue | Schedule | Dtype> = {
    dtype: checkDtype(name, options.dtype ?? 'float64'),
  };
  for (const option of names) {
    const value = options[option] ?? entry.defaults[option];
    // Every key of the conventions table is a row of the option table (options.test.ts checks it).
    const row = optionRow(option) as OptionRow;
    resolved[option] = row.schedule ? resolveLr(name, value) : checkOption(name, row, value);
  }
  // The common options (clipping) are off unless given: no default, no key in the resolved options.
  for (const option of commonOptionKeys) {
    if (options[option] !== undefined)
      resolved[option] = checkOption(name, optionRow(option) as OptionRow, options[option]);
  }
  return resolved as ResolvedOptions;
}

function checkFixed(
  name: OptimizerName,
  convention: Convention,
  entry: ConventionEntry,
  o: ResolvedOptions,
): void {
  for (const option of entry.fixed) {
    if (o[option] !== entry.defaults[option]) {
      throw new DescensoError('optim-option-fixed', {
        optimizer: name,
        option,
        convention,
        fixed: String(entry.defaults[option]),
      });
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the blocks of a chain have unrelated state types
type Block = Transform<any>;

/**
 * Clipping comes first, before coupled weight decay and everything else, as torch's
 * clip_grad_norm_ runs before optimizer.step() and Keras clips before it applies anything. With
 * both, components are clipped first and the norm after: the result keeps both bounds, and the
 * norm is measured on what is passed on.
 */
function clipBlocks(o: ResolvedOptions, dt: DtypeOption): Block[] {
  const blocks: Block[] = [];
  if (typeof o.clipValue === 'number') blocks.push(clipByValue(o.clipValue));
  if (typeof o.clipNorm === 'number') blocks.push(clipByGlobalNorm(o.clipNorm, dt));
  return blocks;
}

/** The core blocks of each optimizer, learning rate included (its place differs with momentum). */
function coreBlocks(
  name: OptimizerName,
  o: ResolvedOptions,
  entry: ConventionEntry,
  dt: DtypeOption,
): Block[] {
  const num = (k: string) => o[k] as number;
  // no learning rate: the step is the simplex's own
  if (name === 'nelder-mead') return [nelderMead({ adaptive: o.adaptive as boolean, ...dt })];
  const lr = scaleByLearningRate(o.lr, dt);
  const eps = entry.variant.epsilon;
  /** Momentum on a direction: PyTorch multiplies by lr after the buffer, Keras before it. */
  const withMomentum = (direction: Block[], momentum: Block | null): Block[] => {
    if (!momentum) return [...direction, lr];
    return entry.variant.lrInsideMomentum ? [...direction, lr, momentum] : [...direction, momentum, lr];
  };
  switch (name) {
    case 'sgd': {
      const momentum =
        num('momentum') > 0
          ? trace({
              decay: num('momentum'),
              dampening: num('dampening'),
              nesterov: o.nesterov as boolean,
              ...dt,
            })
          : null;
      return withMomentum([], momentum);
    }
    case 'sign':
      return [scaleBySign(), lr];
    case 'adagrad':
      return [
        scaleByAdagrad({
          eps: num('eps'),
          initialAccumulator: num('initialAccumulator'),
          epsInsideSqrt: eps === 'inside-sqrt',
          ...dt,
        }),
        lr,
      ];
    case 'rmsprop': {
      const rms = scaleByRms({
        rho: num('rho'),
        eps: num('eps'),
        centered: o.centered as boolean,
        epsInsideSqrt: eps === 'inside-sqrt',
        ...dt,
      });
      return withMomentum([rms], num('momentum') > 0 ? trace({ decay: num('momentum'), ...dt }) : null);
    }
    case 'adadelta':
      return [scaleByAdadelta({ rho: num('rho'), eps: num('eps'), ...dt }), lr];
    case 'adam':
    case 'adamw':
      return [
        scaleByAdam({
          beta1: num('beta1'),
          beta2: num('beta2'),
          eps: num('eps'),
          amsgrad: o.amsgrad as boolean,
          epsBeforeCorrection: eps === 'before-correction',
          ...dt,
        }),
        lr,
      ];
    case 'adamax':
      return [
        scaleByAdamax({
          beta1: num('beta1'),
          beta2: num('beta2'),
          eps: num('eps'),
          epsInsideMax: eps === 'inside-max',
          ...dt,
        }),
        lr,
      ];
    case 'nadam':
      return [
        scaleByNadam({
          beta1: num('beta1'),
          beta2: num('beta2'),
          eps: num('eps'),
          momentumDecay: num('momentumDecay'),
          ...dt,
        }),
        lr,
      ];
    case 'lion':
      return [scaleByLion({ beta1: num('beta1'), beta2: num('beta2'), ...dt }), lr];
    case 'newton':
      return [scaleByNewton({ damping: num('damping'), ...dt }), lr];
    default:
      return [searchBlock(name, o)];
  }
}

/** The direction rule of a searching method (search.ts). */
function directionRule(name: OptimizerName, o: ResolvedOptions): DirectionRule<unknown> {
  switch (name) {
    case 'cg-fr':
      return conjugateDirection('fletcher-reeves') as DirectionRule<unknown>;
    case 'cg-pr':
      return conjugateDirection('polak-ribiere') as DirectionRule<unknown>;
    case 'bfgs':
      return bfgsDirection(o.scaled as boolean) as DirectionRule<unknown>;
    case 'lbfgs':
      return lbfgsDirection(o.memory as number, o.scaled as boolean) as DirectionRule<unknown>;
    default:
      return steepestDirection as DirectionRule<unknown>;
  }
}

/** A searching method: its direction rule with its line search (Armijo for gd-armijo, strong Wolfe otherwise). */
function searchBlock(name: OptimizerName, o: ResolvedOptions): Block {
  const armijo = name === 'gd-armijo';
  const search: LineSearch = armijo
    ? backtracking({ c1: o.c1 as number, shrink: o.shrink as number })
    : strongWolfe({ c1: o.c1 as number, c2: o.c2 as number });
  const initial: InitialStep = armijo ? 'lr' : 'previous-decrease';
  return searching(name, directionRule(name, o), { lr: o.lr, search, initial, dtype: o.dtype });
}

/**
 * An optimizer as data, as experiments, the CLI and the lab pass it around: `descend` and `fit`
 * build it with makeOptimizer(name, options, convention), which checks every field.
 */
export interface OptimizerSpec {
  /** Name or alias, any case: 'sgd', 'momentum', 'adam', … */
  name: string;
  /**
   * Hyper-parameters by name (the rows of options.ts: lr, momentum, beta1, …, clipNorm); unset
   * ones take the convention's defaults. `lr` may be a schedule spec.
   */
  options?: Record<string, number | boolean | ScheduleSpec>;
  /** 'pytorch' (default) or 'keras'. */
  convention?: Convention;
}

/**
 * An optimizer by name (or alias, any case) with options checked against the convention's table
 * entry; `convention` is 'pytorch' (default) or 'keras'. Accepts unchecked input (CLI, JSON).
 */
export function makeOptimizer(name: string, options: object = {}, convention: string = 'pytorch'): Optimizer {
  const canonical = resolveOptimizerName(name);
  const conv = resolveConvention(convention);
  const entry = conventions[canonical][conv];
  const o = resolveOptions(canonical, entry, optionsObject(canonical, options));
  checkFixed(canonical, conv, entry, o);
  if (conv === 'pytorch' && o.nesterov === true && (Number(o.momentum) <= 0 || Number(o.dampening) !== 0)) {
    // PyTorch refuses this too: Nesterov's look-ahead needs a momentum buffer to look along.
    throw new DescensoError('optim-nesterov', {
      momentum: Number(o.momentum),
      dampening: Number(o.dampening),
    });
  }
  if (typeof o.c1 === 'number' && typeof o.c2 === 'number' && !(o.c1 < o.c2))
    throw new DescensoError('optim-wolfe-order', { optimizer: canonical, c1: o.c1, c2: o.c2 });
  const dt: DtypeOption = { dtype: o.dtype };
  const wd = typeof o.weightDecay === 'number' ? o.weightDecay : 0;
  const blocks: Block[] = clipBlocks(o, dt);
  if (wd > 0 && entry.variant.weightDecay === 'coupled') blocks.push(addDecayedWeights(wd, dt));
  blocks.push(...coreBlocks(canonical, o, entry, dt));
  if (wd > 0 && entry.variant.weightDecay === 'decoupled') {
    const lr = o.lr;
    const lrAt: Schedule = typeof lr === 'number' ? () => lr : lr;
    blocks.push(addDecayedWeights((step) => -lrAt(step) * wd, dt));
  }
  return { ...guarded(canonical, chain(...blocks)), name: canonical, convention: conv, options: o };
}

export const sgd = (options: SgdOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('sgd', options, convention);
/** Plain gradient descent is sgd without momentum: the seeds' `x ← x − α·f′(x)`. */
export const gd = sgd;
export const sign = (options: SignOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('sign', options, convention);
export const adagrad = (options: AdagradOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('adagrad', options, convention);
export const rmsprop = (options: RmspropOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('rmsprop', options, convention);
export const adadelta = (options: AdadeltaOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('adadelta', options, convention);
export const adam = (options: AdamOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('adam', options, convention);
export const adamw = (options: AdamOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('adamw', options, convention);
export const adamax = (options: AdamaxOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('adamax', options, convention);
export const nadam = (options: NadamOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('nadam', options, convention);
export const lion = (options: LionOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('lion', options, convention);
export const newton = (options: NewtonOptions = {}, convention: Convention = 'pytorch'): Optimizer =>
  makeOptimizer('newton', options, convention);
/** Gradient descent with a backtracking (Armijo) line search. */
export const gdArmijo = (options: ArmijoOptions = {}): Optimizer => makeOptimizer('gd-armijo', options);
/** Gradient descent with a strong-Wolfe line search. */
export const gdWolfe = (options: WolfeOptions = {}): Optimizer => makeOptimizer('gd-wolfe', options);
export const cgFletcherReeves = (options: WolfeOptions = {}): Optimizer => makeOptimizer('cg-fr', options);
export const cgPolakRibiere = (options: WolfeOptions = {}): Optimizer => makeOptimizer('cg-pr', options);
export const bfgs = (options: BfgsOptions = {}): Optimizer => makeOptimizer('bfgs', options);
export const lbfgs = (options: LbfgsOptions = {}): Optimizer => makeOptimizer('lbfgs', options);
/** Nelder–Mead's simplex, f alone (nelder-mead.ts). */
export const nelderMeadOptimizer = (options: NelderMeadOptions = {}): Optimizer =>
  makeOptimizer('nelder-mead', options);
