/**
 * The surface lab's one store (the contract is `types.ts`): the experiment and its view as
 * signals, the field and the formula's fault computed from them, the runs computed from the
 * experiment by an effect (latest wins: a newer experiment cancels the older computation), and the
 * transport's last step following the runs. Plain TypeScript: no DOM, tested in node.
 */
import { batch, computed, effect, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { isDescensoError } from '../../../src/errors.js';
import { type DescendExperiment, defaultExperiment } from '../../../src/experiment/index.js';
import { getLang, lang, tr } from '../i18n.js';
import { formulaMessage } from '../kit/formula-message.js';
import { createPlayback, type Playback } from '../kit/playback.js';
import { createWork, type Work } from '../work/client.js';
import type { LabRun } from '../work/descents.js';
import {
  bareExperiment,
  changesMoreThanOptimizers,
  clone,
  roundPoint,
  runExperimentOf,
  shownExperiment,
  startOf,
  viewOf,
} from './experiment.js';
import { type Field, formulaVars, makeField } from './field.js';
import type { SurfaceStore, SurfaceView } from './types.js';

/** A computation under way: its runs, or null when it was cancelled or superseded. */
export interface Job {
  promise: Promise<LabRun[] | null>;
  cancel(): void;
}

/**
 * Starts computing the runs of `e`: progress as a fraction, and for a long descent its first steps
 * at once (`onPartial`), so a drag shows paths every frame.
 */
export type ComputeRuns = (
  e: DescendExperiment,
  onProgress: (fraction: number) => void,
  onPartial?: (runs: LabRun[]) => void,
) => Job;

/** The shared work client as a ComputeRuns: one request at a time, the newer superseding the older. */
export function workRuns(work: Work = createWork()): ComputeRuns {
  return (e, onProgress, onPartial) => {
    const stop = effect(() => onProgress(work.progress.value));
    const promise = work.request(e, onPartial);
    void promise.then(stop);
    return {
      promise,
      cancel: () => {
        stop();
        work.cancel();
      },
    };
  };
}

export interface SurfaceStoreContext {
  notify(message: string, kind?: 'error' | 'info'): void;
  /** How runs are computed (default: runs.ts, the worker for heavy work). */
  compute?: ComputeRuns;
  /** The transport (default: a new one driven by requestAnimationFrame). */
  playback?: Playback;
}

/** The store as the lab's own parts see it: the contract, and what the shell's `Lab` needs. */
export interface SurfaceLabStore extends SurfaceStore {
  /** The experiment with its view (and the language): what the address and the JSON export show. */
  readonly shown: ReadonlySignal<DescendExperiment>;
  /** The numbers the "explain this step" panel shows (null while it is closed), for inspect(). */
  readonly explained: Signal<Record<string, unknown> | null>;
  /** Plain data for the browser tests and the benchmark. */
  inspect(): Record<string, unknown>;
  dispose(): void;
}

/** The field of an experiment and view, or null (with the fault) when it cannot be made. */
function fieldOf(e: DescendExperiment, v: SurfaceView): { field: Field | null; fault?: unknown } {
  try {
    return { field: makeField(e, v.domain) };
  } catch (err) {
    return { field: null, fault: err };
  }
}

export function createSurfaceStore(initial: DescendExperiment, ctx: SurfaceStoreContext): SurfaceLabStore {
  const compute = ctx.compute ?? workRuns();
  const playback = ctx.playback ?? createPlayback();
  const experiment = signal<DescendExperiment>(bareExperiment(initial));
  const view = signal<SurfaceView>(viewOf(initial));
  const formulaText = signal(initial.formula ?? '');
  // the fault of the formula as typed (an error object: its message follows the language)
  const formulaFault = signal<unknown>(null);
  const dragStart = signal<readonly number[] | null>(null);
  const runs = signal<readonly LabRun[]>([]);
  const computing = signal(false);
  const progress = signal(0);
  const selected = signal(-1);
  const show3d = signal(false);
  const explained = signal<Record<string, unknown> | null>(null);

  const made = computed(() => fieldOf(experiment.value, view.value));
  const field = computed(() => made.value.field);
  const formulaError = computed(() => {
    lang.value;
    const f = formulaFault.value;
    return f === null ? null : formulaMessage(f, formulaText.value);
  });
  const start = computed<readonly number[]>(() => dragStart.value ?? startOf(experiment.value));
  const shown = computed(() => shownExperiment(experiment.value, view.value, lang.value));
  // the runs' experiment as a string: a change of colour map or speed does not re-run anything
  const runKey = computed(() =>
    JSON.stringify(runExperimentOf(experiment.value, view.value, dragStart.value ?? undefined)),
  );

  const runner = createRunner({ compute, runs, computing, progress, playback, notify: ctx.notify });
  let previous: { key: string; dragging: boolean } | null = null;
  const stopRuns = effect(() => {
    const key = runKey.value;
    const dragging = dragStart.peek() !== null;
    // the animation starts again unless only the optimizers changed; a released drag plays its runs
    const restart =
      previous === null ||
      previous.dragging ||
      changesMoreThanOptimizers(JSON.parse(previous.key), JSON.parse(key));
    previous = { key, dragging };
    runner.request(key, dragging ? 'end' : restart ? 'restart' : 'keep');
  });
  // the speed lives in the view (the address has it); the transport may change it too. The
  // transport takes the view's speed first: the effect runs at once, and would otherwise write
  // the transport's default over the speed an address asked for
  playback.speed.value = view.peek().speed;
  const stopSpeed = effect(() => {
    const s = playback.speed.value;
    if (s !== view.peek().speed) view.value = { ...view.peek(), speed: s };
  });

  const edit = (f: (e: DescendExperiment) => DescendExperiment) => {
    experiment.value = f(clone(experiment.peek()));
  };
  const open = (e: DescendExperiment) => {
    const next = bareExperiment(e);
    const v = viewOf(e);
    const bad = fieldOf(next, v).fault;
    batch(() => {
      dragStart.value = null;
      formulaFault.value = null;
      if (bad !== undefined) {
        ctx.notify(isDescensoError(bad) ? bad.messageIn(getLang()) : String(bad), 'error');
        experiment.value = bareExperiment(defaultExperiment);
        view.value = viewOf(defaultExperiment);
        return;
      }
      formulaText.value = next.formula ?? formulaText.peek();
      view.value = v;
      playback.speed.value = v.speed;
      // the same experiment opened again (a preset clicked twice) plays again
      if (JSON.stringify(next) === JSON.stringify(experiment.peek())) runner.replay();
      experiment.value = next;
    });
  };
  const setFormula = (text: string) => {
    formulaText.value = text;
    try {
      const vars = formulaVars(text);
      makeField({ formula: text, vars });
      batch(() => {
        formulaFault.value = null;
        edit((e) => ({ ...e, surface: undefined, formula: text, vars }));
      });
    } catch (err) {
      formulaFault.value = err;
    }
  };
  const setStart = (point: readonly number[], final: boolean) => {
    const p = roundPoint(point);
    if (!final) {
      playback.pause();
      dragStart.value = p;
      return;
    }
    const before = runKey.peek();
    batch(() => {
      dragStart.value = null;
      edit((e) => ({ ...e, start: p }));
    });
    // released where the last drag computation was: those runs play from the start
    if (runKey.peek() === before) {
      if (previous) previous.dragging = false;
      runner.restart();
    }
  };
  const setView = (patch: Partial<SurfaceView>) => {
    view.value = { ...view.peek(), ...patch };
    if (patch.speed !== undefined) playback.speed.value = patch.speed;
  };

  return {
    experiment,
    view,
    formulaText,
    formulaError,
    field,
    start,
    runs,
    computing,
    progress,
    playback,
    selected,
    show3d,
    shown,
    explained,
    open,
    edit,
    setView,
    setFormula,
    setStart,
    inspect: () => ({
      experiment: shown.peek(),
      runs: runs.peek(),
      step: playback.step.peek(),
      last: playback.last.peek(),
      playing: playback.playing.peek(),
      domain: field.peek()?.domain ?? null,
      computing: computing.peek(),
      explain: explained.peek(),
    }),
    dispose: () => {
      stopRuns();
      stopSpeed();
      runner.cancel();
      playback.dispose();
    },
  };
}

/** What to do with the transport when runs come back: play from 0, keep the step, or show the end (dragging). */
type After = 'restart' | 'keep' | 'end';

interface RunnerParts {
  compute: ComputeRuns;
  runs: { value: readonly LabRun[] };
  computing: { value: boolean };
  progress: { value: number };
  playback: Playback;
  notify(message: string, kind?: 'error' | 'info'): void;
}

/**
 * Computes runs latest-wins: a request cancels the computation in flight; the same experiment
 * asked again is not computed again (a drag released where it last was, a view change).
 */
function createRunner(p: RunnerParts) {
  let job: Job | null = null;
  let lastKey = '';
  let pendingAfter: After = 'restart';
  let seq = 0;
  const show = (runs: LabRun[], after: After, done = true) => {
    const last = Math.max(0, ...runs.map((r) => r.steps));
    batch(() => {
      p.runs.value = runs;
      p.computing.value = !done;
      p.playback.last.value = last;
      if (after === 'end') p.playback.seek(last);
      else if (after === 'keep') p.playback.step.value = Math.min(p.playback.step.peek(), last);
    });
    if (!done) return;
    if (after === 'restart') replay();
    for (const r of runs)
      if (r.error)
        p.notify(tr('lab-error-run', { name: r.label, reason: r.error.message[getLang()] }), 'error');
  };
  const replay = () => {
    p.playback.seek(0);
    p.playback.play();
  };
  const request = (key: string, after: After) => {
    if (key === lastKey && job === null) {
      if (after === 'restart') replay();
      return;
    }
    job?.cancel();
    lastKey = key;
    const id = ++seq;
    p.computing.value = true;
    p.progress.value = 0;
    pendingAfter = after;
    // the callbacks may come at once (light work): they check the request's number, not the job
    const mine = p.compute(
      JSON.parse(key) as DescendExperiment,
      (f) => {
        if (seq === id) p.progress.value = f;
      },
      (runs) => {
        // a long descent's first steps: shown at once, the full runs replace them
        if (seq === id) show(runs, after === 'restart' ? 'keep' : after, false);
      },
    );
    job = mine;
    void mine.promise.then((runs) => {
      if (seq !== id) return;
      job = null;
      if (runs) show(runs, pendingAfter);
      else p.computing.value = false;
    });
  };
  return {
    request,
    replay,
    /** Plays the runs from 0: at once, or when the computation in flight is back. */
    restart: () => {
      if (job) pendingAfter = 'restart';
      else replay();
    },
    cancel: () => {
      seq++;
      job?.cancel();
      job = null;
    },
  };
}
