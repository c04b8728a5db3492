/**
 * The lessons' one store: which lesson and step are shown (or the list), the student's choice and
 * whether the step was run, the live numbers (the step's `run` read by `lessonNumber`), and the
 * gate that keeps the lab paused at step 0 while a question waits for its prediction. The lab
 * itself is the shell's: the store opens each step's experiment through `ctx.open` and reads the
 * shown lab's playback to know when the run has played to its end.
 */
import { batch, computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import { isDescensoError } from '../../../src/errors.js';
import type { Experiment } from '../../../src/experiment/types.js';
import { lessonNumber, stepExperiments } from '../../../src/lessons/index.js';
import type { Bilingual, Lesson, LessonNumber, LessonStep } from '../../../src/lessons/types.js';
import { tr } from '../i18n.js';
import type { Lab } from '../shell/lab.js';
import { shownId, validId } from '../shell/lesson-address.js';
import type { RunStep } from './run-now.js';

export interface LessonContext {
  /** Opens an experiment in the lab that takes it (the shell's `open`, which leaves the lesson shown). */
  open(e: Experiment): Promise<void> | void;
  /** The lab shown. */
  readonly lab: ReadonlySignal<Lab | null>;
  /** Whether the lesson is on the page: the gate holds the lab only then. */
  readonly active?: ReadonlySignal<boolean>;
  notify(text: string, kind?: 'error' | 'info'): void;
  runStep: RunStep;
  /** Why no lab can show `e` (a descent of three variables), or null when one can. */
  vet?(e: Experiment): Bilingual | null;
}

/** One of the step's numbers as it is now: the live text, or the fault that kept it from being read. */
export interface NumberRow {
  number: LessonNumber;
  live: string | null;
  matches: boolean;
  fault: Bilingual | null;
}

function rowsOf(step: LessonStep, answer: Awaited<ReturnType<RunStep>>): NumberRow[] {
  return (step.numbers ?? []).map((number) => {
    if ('fault' in answer) return { number, live: null, matches: false, fault: answer.fault };
    try {
      const live = lessonNumber(answer.run, number);
      return { number, live: live.text, matches: live.matches, fault: null };
    } catch (err) {
      const fault = isDescensoError(err)
        ? { es: err.messageIn('es'), en: err.messageIn('en') }
        : { es: String(err), en: String(err) };
      return { number, live: null, matches: false, fault };
    }
  });
}

export function createLessonStore(catalog: readonly Lesson[], ctx: LessonContext) {
  const imported = signal<readonly Lesson[]>([]);
  const lesson = signal<Lesson | null>(null);
  const index = signal(0);
  const choice = signal<number | null>(null);
  const ran = signal(false);
  const rows = signal<readonly NumberRow[] | null>(null);
  /** The lab has started playing since this step's experiment was opened (so its end is this run's). */
  const armed = signal(false);
  /** Why the step's experiment is not in the lab (no lab draws it); its numbers are shown all the same. */
  const unshown = signal<Bilingual | null>(null);
  let ticket = 0;
  let opened: string | null = null;

  const all = computed(() => [
    ...imported.value,
    ...catalog.filter((c) => !imported.value.some((i) => i.id === c.id)),
  ]);
  const experiments = computed(() => (lesson.value ? stepExperiments(lesson.value) : []));
  const step = computed(() => lesson.value?.steps[index.value] ?? null);
  const gated = computed(
    () => (ctx.active?.value ?? true) && step.value?.question !== undefined && !ran.value,
  );
  const ended = computed(() => {
    if (unshown.value) return true;
    const lab = ctx.lab.value;
    if (!lab) return false;
    const p = lab.playback;
    if (!p) return true;
    return armed.value && !p.playing.value && p.step.value >= p.last.value;
  });
  /** The live numbers and the reveal show once the run has played (and, with a question, was run). */
  const shown = computed(() => !gated.value && ended.value);
  const route = computed(() => ({ id: lesson.value?.id ?? null, step: index.value + 1 }));

  // the gate: while the question waits, the lab stays paused at step 0 (whatever plays it)
  const stopGate = effect(() => {
    const p = ctx.lab.value?.playback;
    if (!p) return;
    const playing = p.playing.value;
    if (playing) armed.value = true;
    if (gated.value && (playing || p.step.value > 0)) {
      p.pause();
      p.seek(0);
    }
  });

  const find = (id: string): Lesson | undefined =>
    validId(id) ? all.peek().find((l) => l.id === id) : undefined;

  /** Opens the step's experiment in the lab (again, when `force`) and computes its numbers. */
  const openStep = (force: boolean) => {
    const l = lesson.peek();
    const s = step.peek();
    const e = experiments.peek()[index.peek()];
    if (!l || !s || !e) return;
    const key = JSON.stringify(e);
    if (force || key !== opened) {
      opened = key;
      const fault = ctx.vet?.(e) ?? null;
      batch(() => {
        armed.value = false;
        unshown.value = fault;
      });
      if (!fault) void ctx.open(e);
    }
    const mine = ++ticket;
    rows.value = null;
    void ctx.runStep(e).then((answer) => {
      if (mine === ticket) rows.value = rowsOf(s, answer);
    });
  };

  const goTo = (k: number, force = false) => {
    const l = lesson.peek();
    if (!l) return;
    batch(() => {
      index.value = Math.max(0, Math.min(l.steps.length - 1, k));
      choice.value = null;
      ran.value = false;
    });
    openStep(force);
  };

  /** Shows lesson `id` at `step` (1-based; null: the first), or the list (id null); names what is unknown. */
  const go = (id: string | null, at: number | null = null) => {
    if (id === null) {
      lesson.value = null;
      return;
    }
    const l = find(id);
    if (!l) {
      ctx.notify(tr('lesson-lab-unknown', { id: shownId(id) }), 'error');
      lesson.value = null;
      return;
    }
    const n = l.steps.length;
    if (at !== null && at > n) ctx.notify(tr('lesson-lab-no-step', { step: String(at), n }), 'error');
    const changed = lesson.peek() !== l;
    lesson.value = l;
    if (changed) opened = null;
    goTo((at ?? 1) - 1, false);
  };

  return {
    all,
    imported,
    lesson,
    index,
    step,
    choice,
    ran,
    rows,
    gated,
    shown,
    unshown,
    route,
    go,
    goTo,
    next: () => goTo(index.peek() + 1),
    back: () => goTo(index.peek() - 1),
    reset: () => goTo(index.peek(), true),
    choose: (i: number) => {
      if (!ran.peek()) choice.value = i;
    },
    /** The student's "Run": the gate opens and the lab plays from 0. */
    runQuestion: () => {
      if (choice.peek() === null) return;
      ran.value = true;
      const p = ctx.lab.peek()?.playback;
      p?.seek(0);
      p?.play();
    },
    /** Adds a teacher's lesson (kept for the tab's session) and shows it. */
    add: (l: Lesson) => {
      imported.value = [l, ...imported.peek().filter((i) => i.id !== l.id)];
      lesson.value = null;
      go(l.id, 1);
    },
    inspect: () => {
      const l = lesson.peek();
      if (!l) return null;
      const r = rows.peek();
      return {
        id: l.id,
        step: index.peek() + 1,
        steps: l.steps.length,
        shown: shown.peek(),
        gated: gated.peek(),
        numbers: (r ?? []).map((x) => ({ printed: x.number.printed, live: x.live, matches: x.matches })),
      };
    },
    dispose: () => {
      ticket++;
      stopGate();
    },
  };
}

export type LessonStore = ReturnType<typeof createLessonStore>;
