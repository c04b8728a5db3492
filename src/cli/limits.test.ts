/**
 * Every limit is the same from a flag and from a file (src/limits.ts, one constant each): the
 * largest value is taken by both, one more is refused by both — the flag naming itself, the file
 * naming its path.
 */
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { parseExperiment } from '../experiment/index.js';
import { LIMITS } from '../limits.js';
import { descendExperimentFromFlags } from './descend-flags.js';
import { fitExperimentFromFlags } from './fit-flags.js';
import { fakeIo } from './testing.js';

const ctx = { io: fakeIo(), lang: 'en' as const, debug: false };
const descendOf = (flags: Record<string, unknown>) =>
  descendExperimentFromFlags({ surface: 'peaks', ...flags });
const fitOf = (flags: Record<string, unknown>) => fitExperimentFromFlags(flags, ctx);
/** The message of what `f` throws, or 'accepted'. */
const verdict = (f: () => unknown): string => {
  try {
    f();
    return 'accepted';
  } catch (e) {
    if (e instanceof DescensoError) return e.messageIn('en');
    throw e;
  }
};

/** A limit probed at max and max + 1: flag → Experiment → schema, and the file's field → schema. */
interface Probe {
  name: string;
  /** The experiment the flags build at value v. */
  flags: (v: number) => unknown;
  /** The file's experiment at value v. */
  file: (v: number) => unknown;
  max: number;
  flag: string;
  path: string;
}

const probes: Probe[] = [
  {
    name: 'steps',
    flags: (v) => descendOf({ steps: String(v) }),
    file: (v) => ({ kind: 'descend', surface: 'peaks', steps: v, optimizers: ['sgd'] }),
    max: LIMITS.steps,
    flag: '--steps',
    path: 'experiment.steps',
  },
  {
    name: 'epochs',
    flags: (v) => fitOf({ epochs: String(v) }),
    file: (v) => ({
      kind: 'fit',
      data: { family: 'linear' },
      model: 'linear',
      epochs: v,
      optimizers: ['sgd'],
    }),
    max: LIMITS.epochs,
    flag: '--epochs',
    path: 'experiment.epochs',
  },
  {
    name: 'optimizers',
    flags: (v) => descendOf({ optimizer: Array.from({ length: v }, () => 'sgd') }),
    file: (v) => ({ kind: 'descend', surface: 'peaks', optimizers: Array.from({ length: v }, () => 'sgd') }),
    max: LIMITS.optimizers,
    flag: 'optimizers',
    path: 'experiment.optimizers',
  },
  {
    name: 'points',
    flags: (v) => fitOf({ points: String(v) }),
    file: (v) => ({ kind: 'fit', data: { family: 'linear', points: v }, optimizers: ['sgd'] }),
    max: LIMITS.points,
    flag: '--points',
    path: 'experiment.data.points',
  },
  {
    name: 'coeffs',
    flags: (v) => fitOf({ data: 'poly', coeffs: Array.from({ length: v }, () => '1').join(',') }),
    file: (v) => ({ kind: 'fit', data: { family: 'poly', coeffs: Array(v).fill(1) }, optimizers: ['sgd'] }),
    max: LIMITS.coeffs,
    flag: '--coeffs',
    path: 'experiment.data.coeffs',
  },
  {
    name: 'domain',
    flags: (v) => descendOf({ domain: `-1,${v},-1,1` }),
    file: (v) => ({
      kind: 'descend',
      surface: 'peaks',
      optimizers: ['sgd'],
      domain: [
        [-1, v],
        [-1, 1],
      ],
    }),
    max: LIMITS.domain,
    flag: '--domain',
    path: 'experiment.domain',
  },
];

describe('every limit is the same from a flag and from a file', () => {
  for (const p of probes)
    it(`${p.name}: ${p.max} is taken by the flag and the file, ${p.max + 1} refused by both`, () => {
      expect(verdict(() => parseExperiment(p.flags(p.max)))).toBe('accepted');
      expect(verdict(() => parseExperiment(p.file(p.max)))).toBe('accepted');
      expect(verdict(() => p.flags(p.max + 1))).toContain(p.flag);
      expect(verdict(() => parseExperiment(p.file(p.max + 1)))).toContain(p.path);
    });
});
