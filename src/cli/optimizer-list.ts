/**
 * `--optimizer` on `descend` and `fit`: a list of names (repeat the flag or use commas), each one
 * entry of the Experiment with the options and convention the optimizer flags give, at most
 * LIMITS.optimizers of them (a command line says no more than a file can).
 */
import { DescensoError } from '../errors.js';
import type { OptimizerEntry } from '../experiment/types.js';
import { LIMITS } from '../limits.js';
import { commonOptionKeys, optimizerInfo } from '../optim/index.js';
import { parseChoice } from './flags.js';
import { readOptimizerFlags } from './optimizer-flags.js';

/**
 * One entry per name of `--optimizer` (default sgd), each checked against `choices` (so a typo
 * gets its "did you mean"); the options are the same for all, and only those given are written.
 */
export function optimizerEntries(
  opts: Record<string, unknown>,
  choices: readonly string[],
  refuse?: (name: string) => void,
): OptimizerEntry[] {
  const given = opts.optimizer;
  const names = Array.isArray(given) ? [...(given as string[])] : given === undefined ? [] : [String(given)];
  if (names.length === 0) names.push('sgd');
  if (names.length > LIMITS.optimizers)
    throw new DescensoError('cli-too-many-optimizers', { max: LIMITS.optimizers, found: names.length });
  for (const n of names) {
    refuse?.(n);
    parseChoice('--optimizer', n, choices);
  }
  const { options, convention } = readOptimizerFlags(opts);
  const shared = {
    ...(Object.keys(options).length > 0 ? { options } : {}),
    ...(convention !== 'pytorch' ? { convention } : {}),
  };
  // Each entry its own copy of the options: a file's entries never share one object.
  return names.map((name) => ({ name, ...structuredClone(sharedFor(name, names, shared)) }));
}

/** The options an optimizer takes (its own and, unless it searches, clipping). */
const takes = (name: string): ReadonlySet<string> => new Set(optimizerInfo(name).options.map((o) => o.key));

/** The options every optimizer took before the classical methods: the learning rate and clipping. */
const UNIVERSAL: ReadonlySet<string> = new Set(['lr', ...commonOptionKeys]);

/**
 * The learning rate and clipping go to the optimizers that take them when several are named:
 * `--lr` beside nelder-mead (which has none), `--clip-norm` beside bfgs (no clipping). Any other
 * flag, or one that no named optimizer takes, stays on every entry, so that an optimizer without
 * it refuses it and the user hears why (`--momentum` beside adam).
 */
function sharedFor(name: string, names: readonly string[], shared: { options?: Record<string, unknown> }) {
  if (!shared.options || names.length < 2) return shared;
  const sets = names.map(takes);
  const own = takes(name);
  const options = Object.fromEntries(
    Object.entries(shared.options).filter(
      ([k]) => own.has(k) || !UNIVERSAL.has(k) || !sets.some((t) => t.has(k)),
    ),
  );
  const { options: _all, ...rest } = shared;
  return Object.keys(options).length > 0 ? { ...rest, options } : rest;
}
