import type { MessageKey } from '../i18n/index.js';
import {
  boolean,
  nonNegative,
  positive,
  positiveInteger,
  unitClosed,
  unitInterior,
  unitOpen,
} from './validate.js';

/**
 * THE table of optimizer options: one row per option, read by everything that names one — the
 * validators of makeOptimizer, the Experiment schema (`optionKeys`), the CLI's flags
 * (src/cli/optimizer-flags.ts), `descenso optimizers`, the docs and the lab's sliders. Which
 * optimizer takes which option, and its default there, is the conventions table's business
 * (conventions.ts); what the option is, how it is checked, shown and typed is this table's.
 */

/** How a value is checked: one validator of validate.ts, with the interval it accepts. */
export type OptionCheck =
  | 'positive'
  | 'nonNegative'
  | 'unitOpen'
  | 'unitClosed'
  | 'unitInterior'
  | 'positiveInteger'
  | 'boolean';

export interface CheckSpec {
  readonly validate: (owner: string, option: string, value: unknown) => number | boolean;
  /** The accepted interval of a number check (bounds and whether each is excluded). */
  readonly interval?: { low: number; high: number; lowOpen: boolean; highOpen: boolean };
  /** Whole numbers only (an L-BFGS memory). */
  readonly integer?: true;
}

/** Each check's validator and interval, so a range can be shown, and tested against the validator. */
export const optionCheckSpecs: Readonly<Record<OptionCheck, CheckSpec>> = {
  positive: { validate: positive, interval: { low: 0, high: Infinity, lowOpen: true, highOpen: true } },
  nonNegative: {
    validate: nonNegative,
    interval: { low: 0, high: Infinity, lowOpen: false, highOpen: true },
  },
  unitOpen: { validate: unitOpen, interval: { low: 0, high: 1, lowOpen: false, highOpen: true } },
  unitClosed: { validate: unitClosed, interval: { low: 0, high: 1, lowOpen: false, highOpen: false } },
  unitInterior: { validate: unitInterior, interval: { low: 0, high: 1, lowOpen: true, highOpen: true } },
  positiveInteger: {
    validate: positiveInteger,
    interval: { low: 1, high: Infinity, lowOpen: false, highOpen: true },
    integer: true,
  },
  boolean: { validate: boolean },
};

/** A slider of the lab: from min to max, on a log scale when `log`. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
  /** Whole numbers only: the slider moves by 1. */
  readonly integer?: true;
}

export type OptionHelpKey = Extract<MessageKey, `optim-option-${string}`>;
export type OptionLabelKey = Extract<MessageKey, `optim-label-${string}`>;

export interface OptionRow {
  readonly key: string;
  /** The symbol of the option in the equations (conventions.ts) and the docs. */
  readonly symbol: string;
  readonly kind: 'number' | 'boolean';
  readonly check: OptionCheck;
  /** The lab's slider (numbers only). */
  readonly slider?: SliderRange;
  /** The CLI flag: `--weight-decay <n>` for a number, a bare switch for a boolean. */
  readonly flag: `--${string}`;
  /** What the option does, a message of the dictionaries (es, en). */
  readonly help: OptionHelpKey;
  /** Its name in words, a message of the dictionaries ("weight decay", "decaimiento de pesos"). */
  readonly label: OptionLabelKey;
  /** Its value may be a schedule (ScheduleSpec) instead of a number: the learning rate. */
  readonly schedule?: true;
  /**
   * Taken by every optimizer in both conventions and off unless given (so it has no default in
   * the conventions table): gradient clipping.
   */
  readonly common?: true;
}

const lin = (min: number, max: number): SliderRange => ({ min, max, log: false });
const log = (min: number, max: number): SliderRange => ({ min, max, log: true });

const rows = [
  {
    key: 'lr',
    symbol: 'lr',
    kind: 'number',
    check: 'positive',
    slider: log(1e-4, 10),
    flag: '--lr',
    help: 'optim-option-lr',
    label: 'optim-label-lr',
    schedule: true,
  } as const satisfies OptionRow,
  row('momentum', 'μ', 'unitClosed', lin(0, 0.999), '--momentum'),
  row('dampening', 'τ', 'unitClosed', lin(0, 1), '--dampening'),
  row('nesterov', 'nesterov', 'boolean', undefined, '--nesterov'),
  row('beta1', 'β₁', 'unitOpen', lin(0, 0.999), '--beta1'),
  row('beta2', 'β₂', 'unitOpen', lin(0, 0.9999), '--beta2'),
  row('eps', 'ε', 'positive', log(1e-12, 1), '--eps'),
  row('amsgrad', 'amsgrad', 'boolean', undefined, '--amsgrad'),
  row('rho', 'ρ', 'unitOpen', lin(0, 0.999), '--rho'),
  row('centered', 'centered', 'boolean', undefined, '--centered'),
  row('weightDecay', 'λ', 'nonNegative', lin(0, 1), '--weight-decay'),
  row('initialAccumulator', 's₀', 'nonNegative', lin(0, 1), '--initial-accumulator'),
  row('momentumDecay', 'ψ', 'nonNegative', lin(0, 0.01), '--momentum-decay'),
  row('damping', 'δ', 'nonNegative', log(1e-8, 10), '--damping'),
  // The line searches (line-search.ts) and the quasi-Newton memory (lbfgs.ts, bfgs.ts).
  row('c1', 'c₁', 'unitInterior', log(1e-6, 0.5), '--c1'),
  row('c2', 'c₂', 'unitInterior', lin(0.01, 0.99), '--c2'),
  row('shrink', 'γ', 'unitInterior', lin(0.1, 0.9), '--shrink'),
  row('memory', 'm', 'positiveInteger', { min: 1, max: 30, log: false, integer: true }, '--memory'),
  row('scaled', 'scaled', 'boolean', undefined, '--scaled'),
  // Nelder–Mead (nelder-mead.ts): Gao and Han's coefficients by dimension.
  row('adaptive', 'adaptive', 'boolean', undefined, '--adaptive'),
  // Clipping: Keras's global_clipnorm / torch's clip_grad_norm_, Keras's clipvalue / clip_grad_value_.
  { ...row('clipNorm', 'c₂', 'positive', log(1e-3, 100), '--clip-norm'), common: true as const },
  { ...row('clipValue', 'c∞', 'positive', log(1e-3, 100), '--clip-value'), common: true as const },
] as const;

export const optionTable: readonly OptionRow[] = rows;

type Row = (typeof rows)[number];
/** An option's key, as a type: a key the table does not have does not compile. */
export type OptionKey = Row['key'];
/** The value of each option as a type: a number or a switch (lr may also be a schedule: LearningRate). */
export type OptionTypes = { [R in Row as R['key']]: R['kind'] extends 'boolean' ? boolean : number };

/** A row whose key and kind stay literal types, so the option types below follow from the table. */
type RowOf<K extends string, C extends OptionCheck> = OptionRow & {
  readonly key: K;
  readonly kind: C extends 'boolean' ? 'boolean' : 'number';
};

function row<K extends string, C extends OptionCheck>(
  key: K,
  symbol: string,
  check: C,
  slider: SliderRange | undefined,
  flag: `--${string}`,
): RowOf<K, C> {
  const kind = (check === 'boolean' ? 'boolean' : 'number') as RowOf<K, C>['kind'];
  return {
    key,
    symbol,
    kind,
    check,
    ...(slider ? { slider } : {}),
    flag,
    help: `optim-option-${key}` as OptionHelpKey,
    label: `optim-label-${key}` as OptionLabelKey,
  };
}

/** Every option key, in the table's order. */
export const optionKeys: readonly string[] = optionTable.map((r) => r.key);

/** The options every optimizer takes whatever its conventions entry says (clipping). */
export const commonOptionKeys: readonly string[] = optionTable.filter((r) => r.common).map((r) => r.key);

const byKey: ReadonlyMap<string, OptionRow> = new Map(optionTable.map((r) => [r.key, r]));

/** The row of `key`, or undefined: a Map, so `__proto__` or `constructor` is an unknown key like any other. */
export function optionRow(key: string): OptionRow | undefined {
  return byKey.get(key);
}

/** The symbol each option goes by in the equations. */
export const optionSymbols: Readonly<Record<string, string>> = Object.fromEntries(
  optionTable.map((r) => [r.key, r.symbol]),
);

/** The interval a check accepts, as written in maths: (0, ∞), [0, 1); `true | false` for a switch. */
export function checkRange(check: OptionCheck): string {
  const spec = optionCheckSpecs[check];
  const i = spec.interval;
  if (!i) return 'true | false';
  if (spec.integer) return `{${i.low}, ${i.low + 1}, …}`;
  const high = i.high === Infinity ? '∞' : String(i.high);
  return `${i.lowOpen ? '(' : '['}${i.low}, ${high}${i.highOpen ? ')' : ']'}`;
}

/** Checks one value of option `key` for `owner` (an optimizer's name); throws optim-bad-option. */
export function checkOption(owner: string, row: OptionRow, value: unknown): number | boolean {
  return optionCheckSpecs[row.check].validate(owner, row.key, value);
}
