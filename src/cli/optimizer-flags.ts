/**
 * The optimizer flags shared by `descend`, `fit` and `run`: one definition of each flag, its help
 * and how its value is read, so every command spells and checks them the same way.
 */
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import type { Convention } from '../optim/index.js';
import { parseChoice, parseNumber } from './flags.js';

interface NumberFlag {
  flag: string;
  key: string;
  help: { en: string; es: string };
}

/** Numeric hyper-parameters: flag → option name of src/optim. */
export const numberFlags: readonly NumberFlag[] = [
  { flag: '--lr', key: 'lr', help: { en: 'learning rate', es: 'tasa de aprendizaje' } },
  {
    flag: '--momentum',
    key: 'momentum',
    help: { en: 'momentum (sgd, rmsprop)', es: 'momento (sgd, rmsprop)' },
  },
  {
    flag: '--dampening',
    key: 'dampening',
    help: { en: 'dampening of the momentum (sgd)', es: 'amortiguación del momento (sgd)' },
  },
  { flag: '--beta1', key: 'beta1', help: { en: 'β₁ (adam family, lion)', es: 'β₁ (familia adam, lion)' } },
  { flag: '--beta2', key: 'beta2', help: { en: 'β₂ (adam family, lion)', es: 'β₂ (familia adam, lion)' } },
  {
    flag: '--eps',
    key: 'eps',
    help: { en: 'ε added for numerical stability', es: 'ε añadido por estabilidad numérica' },
  },
  {
    flag: '--rho',
    key: 'rho',
    help: {
      en: 'ρ, decay of the squared-gradient average (rmsprop, adadelta)',
      es: 'ρ, decaimiento del promedio de gradientes al cuadrado (rmsprop, adadelta)',
    },
  },
  {
    flag: '--weight-decay',
    key: 'weightDecay',
    help: {
      en: 'weight decay (coupled L2 in pytorch, decoupled in keras)',
      es: 'decaimiento de pesos (L2 acoplado en pytorch, desacoplado en keras)',
    },
  },
  {
    flag: '--initial-accumulator',
    key: 'initialAccumulator',
    help: { en: 'initial accumulator (adagrad)', es: 'acumulador inicial (adagrad)' },
  },
  {
    flag: '--momentum-decay',
    key: 'momentumDecay',
    help: { en: 'momentum decay (nadam)', es: 'decaimiento del momento (nadam)' },
  },
  {
    flag: '--damping',
    key: 'damping',
    help: { en: 'damping λ of Newton’s method', es: 'amortiguación λ del método de Newton' },
  },
];

/** Boolean switches: flag → option name. */
export const booleanFlags = [
  {
    flag: '--nesterov',
    key: 'nesterov',
    help: { en: 'Nesterov momentum (sgd)', es: 'momento de Nesterov (sgd)' },
  },
  { flag: '--centered', key: 'centered', help: { en: 'centered RMSprop', es: 'RMSprop centrado' } },
  {
    flag: '--amsgrad',
    key: 'amsgrad',
    help: { en: 'AMSGrad variant (adam, adamw)', es: 'variante AMSGrad (adam, adamw)' },
  },
] as const;

export const conventions: readonly Convention[] = ['pytorch', 'keras'];

const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** Adds the hyper-parameter flags and --convention to a command. */
export function addOptimizerFlags(cmd: Command, lang: Lang): Command {
  cmd.option(
    '--convention <name>',
    lang === 'es'
      ? 'valores por omisión y fórmulas: pytorch | keras'
      : 'defaults and formulas: pytorch | keras',
    'pytorch',
  );
  for (const f of numberFlags)
    cmd.option(
      `${f.flag} <n>`,
      `${f.help[lang]} ${lang === 'es' ? '(por omisión: la convención)' : '(default: the convention’s)'}`,
    );
  for (const f of booleanFlags) cmd.option(f.flag, f.help[lang]);
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
