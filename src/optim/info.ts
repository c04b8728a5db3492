import { type Lang, t } from '../i18n/index.js';
import {
  type ConventionEntry,
  conventions,
  isSearching,
  type OptimizerName,
  type OptionValue,
  optimizerAliases,
} from './conventions.js';
import { resolveOptimizerName } from './optimizers.js';
import { checkRange, commonOptionKeys, type OptionRow, optionRow, type SliderRange } from './options.js';
import type { Convention } from './types.js';

/** One option of an optimizer as `descenso optimizers` and the docs show it: its row, in a language. */
export interface OptionInfo {
  readonly key: string;
  readonly symbol: string;
  readonly kind: 'number' | 'boolean';
  /** The values the check accepts, as an interval: (0, ∞), [0, 1). */
  readonly range: string;
  readonly slider?: SliderRange;
  readonly flag: string;
  /** What it does, in the language asked for. */
  readonly help: string;
  /** The value may be a schedule (lr). */
  readonly schedule: boolean;
  /** Taken by every optimizer, off unless given (clipping). */
  readonly common: boolean;
}

export interface OptimizerInfo {
  readonly name: OptimizerName;
  readonly aliases: readonly string[];
  readonly summary: string;
  /** The framework class per convention, or null where the framework has none. */
  readonly framework: Readonly<Record<Convention, string | null>>;
  readonly defaults: Readonly<Record<Convention, Readonly<Record<string, OptionValue>>>>;
  /** Options a convention lacks (they stay at their default there). */
  readonly fixed: Readonly<Record<Convention, readonly string[]>>;
  /** Every option it takes, from the option table: its own (in the defaults' order), then the common ones. */
  readonly options: readonly OptionInfo[];
  readonly equations: Readonly<Record<Convention, readonly string[]>>;
  readonly differences: readonly string[];
}

function optionInfo(row: OptionRow, lang: Lang): OptionInfo {
  return {
    key: row.key,
    symbol: row.symbol,
    kind: row.kind,
    range: checkRange(row.check),
    ...(row.slider ? { slider: row.slider } : {}),
    flag: row.flag,
    help: t(lang, row.help, undefined),
    schedule: row.schedule === true,
    common: row.common === true,
  };
}

/** Everything `descenso optimizers` and the docs show about one optimizer, in `lang`. */
export function optimizerInfo(name: string, lang: Lang = 'en'): OptimizerInfo {
  const n = resolveOptimizerName(name);
  const row = conventions[n];
  const per = <T>(f: (e: ConventionEntry) => T) => ({ pytorch: f(row.pytorch), keras: f(row.keras) });
  const keys = [...Object.keys(row.pytorch.defaults), ...(isSearching(n) ? [] : commonOptionKeys)];
  return {
    name: n,
    aliases: Object.keys(optimizerAliases).filter((a) => optimizerAliases[a] === n),
    summary: t(lang, `optim-about-${n}`, undefined),
    framework: per((e) => e.framework),
    defaults: per((e) => e.defaults),
    fixed: per((e) => e.fixed),
    options: keys.map((k) => optionInfo(optionRow(k) as OptionRow, lang)),
    equations: per((e) => e.equations),
    differences: t(lang, `optim-differences-${n}`, undefined).split('\n'),
  };
}
