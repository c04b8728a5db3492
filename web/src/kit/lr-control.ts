/**
 * The learning rate of an optimizer, which is a number or a schedule (the CLI's `--lr-schedule`
 * text, `exponential:lr=0.1,gamma=0.9`), and the clipping options every optimizer takes (off
 * until ticked): the pure part, read by kit/LrControl.tsx.
 */
import { isDescensoError } from '../../../src/errors.js';
import type { Lang } from '../../../src/i18n/index.js';
import { parseScheduleText, type ScheduleSpec, scheduleText } from '../../../src/optim/index.js';

/** The schedule a constant rate `lr` turns into when the user picks "schedule": a gentle decay. */
export function startSchedule(lr: number): ScheduleSpec {
  return { kind: 'exponential', lr, gamma: 0.99 };
}

/**
 * A schedule as the field shows it: the CLI's text with a space after each comma, which the
 * parser accepts, so a long schedule wraps between its options rather than inside a number.
 */
export function shownSchedule(spec: ScheduleSpec): string {
  return scheduleText(spec).replace(/,/g, ', ');
}

/** The base learning rate of a schedule (a warmup's is its base's), for going back to a constant. */
export function scheduleBaseLr(spec: ScheduleSpec): number {
  if (spec.kind !== 'warmup') return spec.lr;
  return typeof spec.base === 'number' ? spec.base : scheduleBaseLr(spec.base);
}

/**
 * Reads a schedule as typed: the spec it says, or, on a fault, the last good spec with the fault
 * as one line in `lang` (never a throw, so the run keeps the last schedule that made sense).
 * White space is dropped first.
 */
export function readSchedule(
  text: string,
  last: ScheduleSpec,
  lang: Lang,
): { spec: ScheduleSpec; fault?: string } {
  try {
    // Spaces and line breaks mean nothing in the syntax: the field wraps a long schedule.
    return { spec: parseScheduleText(text.replace(/\s+/g, ''), { where: 'lr' }) };
  } catch (err) {
    return { spec: last, fault: isDescensoError(err) ? err.messageIn(lang) : String(err) };
  }
}

/** The value to show for an option that may be a number or a schedule: a schedule is shown as text. */
export function isSchedule(v: unknown): v is ScheduleSpec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value clipping starts at when ticked: 1, the middle of the usual range. */
export const CLIP_START = 1;

/** The options with option `key` set to `v`, or without it when `v` is undefined (clipping off). */
export function withOption<T>(
  options: Record<string, T> | undefined,
  key: string,
  v: T | undefined,
): Record<string, T> {
  const { [key]: _drop, ...rest } = options ?? {};
  return v === undefined ? rest : { ...rest, [key]: v };
}
