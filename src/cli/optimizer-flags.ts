/**
 * The optimizer flags shared by `descend`, `fit` and `run`: one definition of each flag, its help
 * and how its value is read, so every command spells and checks them the same way.
 */
import type { Command } from 'commander';
import { type Lang, type MessageKey, t } from '../i18n/index.js';
import type { Convention } from '../optim/index.js';
import { parseChoice, parseNumber } from './flags.js';

type FlagHelp = Extract<MessageKey, `tour-optflag-${string}`>;

interface NumberFlag {
  flag: string;
  key: string;
  /** The flag's help, a key of the dictionaries. */
  help: FlagHelp;
}

/** Numeric hyper-parameters: flag → option name of src/optim. */
export const numberFlags: readonly NumberFlag[] = [
  { flag: '--lr', key: 'lr', help: 'tour-optflag-lr' },
  {
    flag: '--momentum',
    key: 'momentum',
    help: 'tour-optflag-momentum',
  },
  {
    flag: '--dampening',
    key: 'dampening',
    help: 'tour-optflag-dampening',
  },
  { flag: '--beta1', key: 'beta1', help: 'tour-optflag-beta1' },
  { flag: '--beta2', key: 'beta2', help: 'tour-optflag-beta2' },
  {
    flag: '--eps',
    key: 'eps',
    help: 'tour-optflag-eps',
  },
  {
    flag: '--rho',
    key: 'rho',
    help: 'tour-optflag-rho',
  },
  {
    flag: '--weight-decay',
    key: 'weightDecay',
    help: 'tour-optflag-weight-decay',
  },
  {
    flag: '--initial-accumulator',
    key: 'initialAccumulator',
    help: 'tour-optflag-initial-accumulator',
  },
  {
    flag: '--momentum-decay',
    key: 'momentumDecay',
    help: 'tour-optflag-momentum-decay',
  },
  {
    flag: '--damping',
    key: 'damping',
    help: 'tour-optflag-damping',
  },
];

/** Boolean switches: flag → option name. */
export const booleanFlags = [
  {
    flag: '--nesterov',
    key: 'nesterov',
    help: 'tour-optflag-nesterov',
  },
  { flag: '--centered', key: 'centered', help: 'tour-optflag-centered' },
  {
    flag: '--amsgrad',
    key: 'amsgrad',
    help: 'tour-optflag-amsgrad',
  },
] as const;

export const conventions: readonly Convention[] = ['pytorch', 'keras'];

const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** Adds the hyper-parameter flags and --convention to a command. */
export function addOptimizerFlags(cmd: Command, lang: Lang): Command {
  cmd.option('--convention <name>', t(lang, 'tour-optflag-convention', undefined), 'pytorch');
  const fallback = t(lang, 'tour-optflag-default', undefined);
  for (const f of numberFlags) cmd.option(`${f.flag} <n>`, `${t(lang, f.help, undefined)} ${fallback}`);
  for (const f of booleanFlags) cmd.option(f.flag, t(lang, f.help, undefined));
  return cmd;
}

/** Reads the optimizer options from parsed flags: only the ones given, so unset ones take the convention's defaults. */
export function readOptimizerFlags(opts: Record<string, unknown>): {
  options: Record<string, number | boolean>;
  convention: Convention;
} {
  const options: Record<string, number | boolean> = {};
  for (const f of numberFlags) {
    const v = opts[camel(f.flag)];
    if (v !== undefined) options[f.key] = parseNumber(f.flag, String(v));
  }
  for (const f of booleanFlags) if (opts[camel(f.flag)] === true) options[f.key] = true;
  const convention = parseChoice('--convention', String(opts.convention ?? 'pytorch'), conventions);
  return { options, convention };
}
