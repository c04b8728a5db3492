import { DescensoError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { suggestName } from '../suggest.js';
import type { Schedule } from './types.js';
import {
  badOption,
  boolean,
  fn,
  knownKeys,
  nonNegative,
  nonNegativeInteger,
  optionsObject,
  positive,
  show,
} from './validate.js';

/**
 * Learning-rate schedules: `(step) => lr`, where `step` is the 0-based index of the update (the
 * number of updates already applied), as Keras evaluates its schedules and as PyTorch's schedulers
 * count epochs. Each factory validates its options once, so the returned function stays cheap.
 * `ScheduleSpec` is the same thing as plain JSON, for experiment files and URLs.
 */

export type ScheduleSpec =
  | { kind: 'constant'; lr: number }
  | { kind: 'step'; lr: number; stepSize: number; gamma?: number }
  | { kind: 'exponential'; lr: number; gamma: number }
  | { kind: 'inverseTime'; lr: number; decayRate: number; decaySteps?: number; staircase?: boolean }
  | { kind: 'cosine'; lr: number; T: number; minLr?: number }
  | { kind: 'warmup'; steps: number; base: ScheduleSpec | number; startLr?: number };

export type ScheduleKind = ScheduleSpec['kind'];

export const scheduleKinds: readonly ScheduleKind[] = [
  'constant',
  'step',
  'exponential',
  'inverseTime',
  'cosine',
  'warmup',
];

/** The learning rate at the 0-based step k of each kind, with the defaults of its optional keys. */
export const scheduleFormulas: Readonly<Record<ScheduleKind, string>> = {
  constant: 'lr',
  step: 'lr·γ^⌊k/stepSize⌋   (gamma = 0.1)',
  exponential: 'lr·γ^k',
  inverseTime: 'lr/(1 + decayRate·k/decaySteps)   (decaySteps = 1; staircase=true: ⌊k/decaySteps⌋)',
  cosine: 'minLr + (lr − minLr)·(1 + cos(π·min(k, T)/T))/2   (minLr = 0)',
  warmup:
    'k < steps: startLr + (base(0) − startLr)·k/steps; k ≥ steps: base(k − steps)   (startLr = 0; base = lr)',
};

const owner = (kind: ScheduleKind) => `schedule ${kind}`;

/** lr at every step. */
export function constantSchedule(lr: number): Schedule {
  const a = positive(owner('constant'), 'lr', lr);
  return () => a;
}

/** lr·γ^⌊step/stepSize⌋ (PyTorch's StepLR; γ defaults to its 0.1). */
export function stepSchedule(options: { lr: number; stepSize: number; gamma?: number }): Schedule {
  const o = owner('step');
  const lr = positive(o, 'lr', options.lr);
  const stepSize = positive(o, 'stepSize', options.stepSize);
  const gamma = positive(o, 'gamma', options.gamma ?? 0.1);
  return (step) => lr * gamma ** Math.floor(step / stepSize);
}

/** lr·γ^step (PyTorch's ExponentialLR): γ is the factor per update. */
export function exponentialSchedule(options: { lr: number; gamma: number }): Schedule {
  const o = owner('exponential');
  const lr = positive(o, 'lr', options.lr);
  const gamma = positive(o, 'gamma', options.gamma);
  return (step) => lr * gamma ** step;
}

/**
 * lr/(1 + decayRate·step/decaySteps) (Keras's InverseTimeDecay; with `staircase` the ratio is
 * floored). PyTorch Adagrad's lr_decay is this schedule with decaySteps 1.
 */
export function inverseTimeSchedule(options: {
  lr: number;
  decayRate: number;
  decaySteps?: number;
  staircase?: boolean;
}): Schedule {
  const o = owner('inverseTime');
  const lr = positive(o, 'lr', options.lr);
  const rate = nonNegative(o, 'decayRate', options.decayRate);
  const steps = positive(o, 'decaySteps', options.decaySteps ?? 1);
  const staircase = boolean(o, 'staircase', options.staircase ?? false);
  return (step) => {
    const ratio = staircase ? Math.floor(step / steps) : step / steps;
    return lr / (1 + rate * ratio);
  };
}

/**
 * Cosine annealing from lr down to minLr over T updates, then minLr (Keras's CosineDecay with
 * alpha = minLr/lr; PyTorch's CosineAnnealingLR over its first half-period).
 */
export function cosineSchedule(options: { lr: number; T: number; minLr?: number }): Schedule {
  const o = owner('cosine');
  const lr = positive(o, 'lr', options.lr);
  const T = positive(o, 'T', options.T);
  const minLr = nonNegative(o, 'minLr', options.minLr ?? 0);
  if (minLr > lr) {
    throw new DescensoError('optim-bad-option', {
      owner: o,
      option: 'minLr',
      value: show(minLr),
      expected: 'notAboveLr',
    });
  }
  return (step) => {
    const s = Math.min(Math.max(step, 0), T);
    return minLr + ((lr - minLr) * (1 + Math.cos((Math.PI * s) / T))) / 2;
  };
}

/**
 * A linear warm-up from startLr (default 0, as optax) to the base schedule's first value over
 * `steps` updates, then the base schedule restarted at 0: step `steps + k` gets base(k).
 */
export function warmupSchedule(options: {
  steps: number;
  base: Schedule | number;
  startLr?: number;
}): Schedule {
  const o = owner('warmup');
  const steps = nonNegativeInteger(o, 'steps', options.steps);
  const base =
    typeof options.base === 'number' ? constantSchedule(options.base) : fn<Schedule>(o, 'base', options.base);
  const start = nonNegative(o, 'startLr', options.startLr ?? 0);
  const peak = base(0);
  return (step) => (step < steps ? start + ((peak - start) * step) / steps : base(step - steps));
}

/** One field of a ScheduleSpec: its type and whether the spec must have it. */
export interface ScheduleField {
  readonly key: string;
  readonly type: 'number' | 'boolean' | 'schedule';
  readonly required: boolean;
}

const f = (key: string, required = false, type: ScheduleField['type'] = 'number'): ScheduleField => ({
  key,
  type,
  required,
});

/**
 * THE fields of each kind of schedule, in the order they are written: read by makeSchedule (which
 * keys a spec may have) and by the text syntax of schedule-text.ts (which keys a text may have).
 * A warmup's `base` is a schedule or a number (the learning rate it warms up to).
 */
export const scheduleFields: Readonly<Record<ScheduleKind, readonly ScheduleField[]>> = {
  constant: [f('lr', true)],
  step: [f('lr', true), f('stepSize', true), f('gamma')],
  exponential: [f('lr', true), f('gamma', true)],
  inverseTime: [f('lr', true), f('decayRate', true), f('decaySteps'), f('staircase', false, 'boolean')],
  cosine: [f('lr', true), f('T', true), f('minLr')],
  warmup: [f('steps', true), f('startLr'), f('base', true, 'schedule')],
};

/** The keys a spec of `kind` may have. */
const specKeys = (kind: ScheduleKind): string[] => ['kind', ...scheduleFields[kind].map((x) => x.key)];

/** A schedule from plain data (an experiment file, a URL), validated like the factories. */
export function makeSchedule(spec: unknown): Schedule {
  return scheduleAt(spec, 0);
}

function scheduleAt(spec: unknown, depth: number): Schedule {
  // A warmup's base may be a warmup: bounded, so a deep file cannot exhaust the stack.
  if (depth >= LIMITS.scheduleDepth)
    throw new DescensoError('optim-schedule-depth', { where: 'schedule', max: LIMITS.scheduleDepth });
  const o = optionsObject('schedule', spec);
  const kind = o.kind;
  if (typeof kind !== 'string' || !(scheduleKinds as readonly string[]).includes(kind)) {
    const suggestion = typeof kind === 'string' ? (suggestName(kind, scheduleKinds) ?? null) : null;
    throw new DescensoError('optim-unknown-schedule', {
      kind: show(kind),
      valid: scheduleKinds.join(', '),
      suggestion,
    });
  }
  const k = kind as ScheduleKind;
  knownKeys(owner(k), o, specKeys(k));
  // The factories validate every field, so the spec is handed over as it came.
  switch (k) {
    case 'constant':
      return constantSchedule(o.lr as number);
    case 'step':
      return stepSchedule(o as never);
    case 'exponential':
      return exponentialSchedule(o as never);
    case 'inverseTime':
      return inverseTimeSchedule(o as never);
    case 'cosine':
      return cosineSchedule(o as never);
    case 'warmup':
      return warmupSchedule({
        steps: o.steps as number,
        startLr: o.startLr as number | undefined,
        base: typeof o.base === 'number' ? o.base : scheduleAt(o.base, depth + 1),
      });
  }
}

/**
 * An optimizer's `lr` option: a number (> 0), a schedule function, or a schedule spec.
 * Numbers stay numbers so the common case needs no function call per step.
 */
export function resolveLr(ownerName: string, lr: unknown): number | Schedule {
  if (typeof lr === 'number' && Number.isFinite(lr) && lr > 0) return lr;
  if (typeof lr === 'function') return lr as Schedule;
  if (lr !== null && typeof lr === 'object' && !Array.isArray(lr)) return makeSchedule(lr);
  return badOption(ownerName, 'lr', lr, 'lr');
}
