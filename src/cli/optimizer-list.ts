/**
 * `--optimizer` on `descend` and `fit`: a list of names (repeat the flag or use commas), each one
 * entry of the Experiment with the options and convention the optimizer flags give, at most
 * LIMITS.optimizers of them (a command line says no more than a file can).
 */
import { DescensoError } from '../errors.js';
import type { OptimizerEntry } from '../experiment/types.js';
import { LIMITS } from '../limits.js';
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
  return names.map((name) => ({ name, ...structuredClone(shared) }));
}
