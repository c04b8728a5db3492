/**
 * The regression lab's one store: the FitExperiment (its view included) as a signal, what follows
 * from it as computed signals (the family's controls, the model's readouts, the data, the race),
 * the runs of the last computation, and the transport over epochs. Every change goes through an
 * action that replaces the experiment; an effect recomputes the runs when — and only when — a
 * field that changes a number changes (the view only redraws). Computations are latest-wins: a
 * newer experiment cancels the one under way. DOM-free: the panels and canvases read it.
 */
import {
  batch,
  computed,
  effect,
  type ReadonlySignal,
  type Signal,
  signal,
  untracked,
} from '@preact/signals';
import { DescensoError, isDescensoError } from '../../../src/errors.js';
import {
  defaultFit,
  experimentData,
  type FitExperiment,
  type FitOutcome,
  MAX_OPTIMIZERS,
  type OptimizerEntry,
  parseExperiment,
  type RunError,
  runError,
} from '../../../src/experiment/index.js';
import { fitSize, MAX_FIT_WORK } from '../kit/limits.js';
import { createPlayback, type Playback } from '../kit/playback.js';
import { faultOf } from '../work/descents.js';
import type { FitWork } from '../work/fit-work.js';
import { type DataControls, dataControls, type FamilyChoice, familyOf, switchFamily } from './families.js';
import { type ModelInfo, modelInfo } from './model-info.js';
import { PRESETS, type PresetName } from './presets.js';
import { type RaceRow, raceRows } from './race.js';

/** A computation under way: its answer (null when cancelled or superseded) and how to drop it. */
export interface Job<T> {
  promise: Promise<T | null>;
  cancel(): void;
}

/** Starts a computation of `e`; resolves null when cancelled. */
export type FitCompute = (e: FitExperiment, onProgress: (fraction: number) => void) => Job<FitWork>;

/** What only draws, with the lab's defaults filled in. */
export interface RegressionView {
  /** The race's tolerance on the loss change per epoch (relative, as the fit's `--tol`). */
  tol: number;
  /** Log scale on the loss chart. */
  logY: boolean;
  /** Epochs per second; undefined: the whole run in about five seconds. */
  speed?: number;
}

export const DEFAULT_TOL = 1e-6;

export interface RegressionStore {
  readonly experiment: ReadonlySignal<FitExperiment>;
  readonly view: ReadonlySignal<RegressionView>;
  readonly family: ReadonlySignal<FamilyChoice>;
  readonly controls: ReadonlySignal<DataControls>;
  readonly model: ReadonlySignal<ModelInfo>;
  /** The points as the experiment draws them (before any run), or the fault that stops it. */
  readonly data: ReadonlySignal<{ x: number[]; y: number[] } | { error: RunError }>;
  /** The last computation, and the experiment it was made from (the controls may show the next). */
  readonly work: ReadonlySignal<FitWork | null>;
  readonly computed: ReadonlySignal<FitExperiment | null>;
  readonly runs: ReadonlySignal<readonly FitOutcome[]>;
  readonly computing: ReadonlySignal<boolean>;
  readonly progress: ReadonlySignal<number>;
  /** Why the experiment cannot run (the schema, the size, the data, the model), or null. */
  readonly fault: ReadonlySignal<RunError | null>;
  /** The race at the epoch shown. */
  readonly race: ReadonlySignal<readonly RaceRow[]>;
  /** The transport over epochs (history entries). */
  readonly playback: Playback;
  /** The optimizer whose card is open and whose runs are drawn on top. */
  readonly selected: Signal<number>;
  /** How many computations finished (the browser tests wait on it). */
  readonly done: ReadonlySignal<number>;

  open(e: FitExperiment): void;
  edit(f: (e: FitExperiment) => FitExperiment): void;
  setView(patch: Partial<RegressionView>): void;
  setFamily(family: FamilyChoice): void;
  setModel(model: string): void;
  setOptimizer(i: number, entry: OptimizerEntry): void;
  addOptimizer(): void;
  removeOptimizer(i: number): void;
  preset(name: PresetName): void;
  /** Stops the computation under way (the last runs stay on show). */
  cancel(): void;
  dispose(): void;
}

export interface RegressionStoreOptions {
  compute: FitCompute;
  /** The transport (a test drives its frames by hand). */
  playback?: Playback;
  /** Play each new computation from epoch 0 (the lab does; tests step by hand). */
  autoplay?: boolean;
  /**
   * Opened when the first experiment cannot run (an address or a file past the limits): the lab
   * shows the fault beside a fit that runs rather than an empty page.
   */
  fallback?: FitExperiment;
}

function copy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** The experiment without what only draws: what the runs depend on. */
function runKey(e: FitExperiment): string {
  const { view: _view, ...rest } = e;
  return JSON.stringify(rest);
}

/** A message of the lab's dictionary as a fault, in both languages (numbers grouped per language). */
function labFault(work: number): RunError {
  const max = MAX_FIT_WORK;
  const n = (v: number, l: string) => new Intl.NumberFormat(l).format(v);
  const es = new DescensoError('lab-fit-too-large', { work: n(work, 'es-ES'), max: n(max, 'es-ES') });
  const en = new DescensoError('lab-fit-too-large', { work: n(work, 'en-US'), max: n(max, 'en-US') });
  return { ...runError(en, 'experiment'), message: { es: es.messageIn('es'), en: en.messageIn('en') } };
}

/** The experiment as the schema reads it, or the fault it names (with the field at fault). */
function vetted(e: FitExperiment): FitExperiment | RunError {
  try {
    const parsed = parseExperiment(JSON.parse(JSON.stringify(e)));
    if (parsed.kind !== 'fit') throw new DescensoError('lab-address-fault', { reason: parsed.kind });
    const size = fitSize(parsed);
    return size > MAX_FIT_WORK ? labFault(size) : parsed;
  } catch (err) {
    return faultOf(err);
  }
}

function isFault(v: unknown): v is RunError {
  return typeof v === 'object' && v !== null && 'code' in v && 'message' in v;
}

/** The store's own signals: what the runner writes and the panels read. */
interface State {
  experiment: Signal<FitExperiment>;
  work: Signal<FitWork | null>;
  computedFor: Signal<FitExperiment | null>;
  computing: Signal<boolean>;
  progress: Signal<number>;
  fault: Signal<RunError | null>;
  selected: Signal<number>;
  done: Signal<number>;
  playback: Playback;
}

/** What follows from the experiment and the runs, as computed signals. */
function derived(s: State) {
  const { experiment, work, computedFor, playback } = s;
  const view = computed<RegressionView>(() => {
    const v = experiment.value.view ?? {};
    return { tol: v.tolerance ?? DEFAULT_TOL, logY: v.log ?? true, ...(v.speed ? { speed: v.speed } : {}) };
  });
  const family = computed(() => familyOf(experiment.value.data));
  // a string, so the data are drawn again only when the data entry changes (not the model, the view…)
  const dataKey = computed(() => JSON.stringify(experiment.value.data));
  const data = computed(() => {
    try {
      const d = experimentData(JSON.parse(dataKey.value));
      return { x: d.x as number[], y: d.y };
    } catch (err) {
      const e = isDescensoError(err) ? err : new DescensoError('lab-address-fault', { reason: String(err) });
      return { error: faultOf(e) };
    }
  });
  const runs = computed(() => work.value?.result?.runs ?? []);
  return {
    view,
    family,
    controls: computed(() => dataControls(family.value)),
    model: computed(() => modelInfo(experiment.value.model)),
    data,
    runs,
    race: computed(() =>
      raceRows(runs.value, computedFor.value?.regimes.length ?? 1, view.value.tol, playback.whole.value),
    ),
    key: computed(() => runKey(experiment.value)),
  };
}

/** Shows a computed fit: its runs, the epochs on the timeline from the first, at the view's speed. */
function showWork(s: State, view: RegressionView, w: FitWork, checked: FitExperiment): void {
  s.work.value = w;
  s.computedFor.value = checked;
  const last = Math.max(0, ...(w.result?.runs ?? []).map((r) => r.history.length - 1));
  s.playback.last.value = last;
  s.playback.speed.value = view.speed ?? Math.max(8, last / 5);
  s.playback.seek(0);
  s.done.value++;
}

/**
 * Starts the computation of an experiment, latest wins: a newer start cancels the job under way.
 * A fault (the schema, the size) is shown without computing; when nothing was computed yet the
 * fallback opens beside it.
 */
function createRunner(
  s: State,
  view: ReadonlySignal<RegressionView>,
  options: RegressionStoreOptions,
  open: (e: FitExperiment) => void,
) {
  let job: Job<FitWork> | null = null;
  const fallBack = (e: FitExperiment) => {
    const fb = options.fallback;
    if (!s.work.peek() && fb && runKey(fb) !== runKey(e)) queueMicrotask(() => open(fb));
  };
  const show = (w: FitWork, checked: FitExperiment) => showWork(s, view.peek(), w, checked);
  const start = (e: FitExperiment) => {
    job?.cancel();
    job = null;
    const checked = vetted(e);
    if (isFault(checked)) {
      batch(() => {
        s.computing.value = false;
        s.fault.value = checked;
      });
      fallBack(e);
      return;
    }
    batch(() => {
      s.computing.value = true;
      s.progress.value = 0;
    });
    // a job may report progress before it is returned (then it is the newest): `mine` exists by then
    let mine: Job<FitWork> | null = null;
    mine = options.compute(checked, (f) => {
      if (mine === null || job === mine) s.progress.value = f;
    });
    job = mine;
    void mine.promise.then((w) => {
      if (job !== mine) return;
      job = null;
      batch(() => {
        s.computing.value = false;
        if (!w) return;
        s.fault.value = w.error ?? null;
        if (w.error) fallBack(checked);
        else show(w, checked);
      });
      if (w && !w.error && options.autoplay) s.playback.play();
    });
  };
  const cancel = () => {
    job?.cancel();
    job = null;
    s.computing.value = false;
  };
  return { start, cancel };
}

/** The actions that change the experiment (each replaces it; the runs follow). */
function editActions(s: State) {
  const { experiment, selected } = s;
  const edit = (f: (e: FitExperiment) => FitExperiment) => {
    experiment.value = f(copy(experiment.peek()));
  };
  const replace = (e: FitExperiment) =>
    batch(() => {
      experiment.value = e;
      selected.value = 0;
    });
  return {
    open: (e: FitExperiment) => replace(copy(e)),
    edit,
    setView: (patch: Partial<RegressionView>) =>
      edit((e) => {
        const v = { ...e.view };
        if ('tol' in patch) v.tolerance = patch.tol;
        if ('logY' in patch) v.log = patch.logY;
        if ('speed' in patch) v.speed = patch.speed;
        return { ...e, view: v };
      }),
    setFamily: (f: FamilyChoice) => edit((e) => ({ ...e, data: switchFamily(e.data, f) })),
    setModel: (m: string) => edit((e) => ({ ...e, model: m, init: undefined })),
    setOptimizer: (i: number, entry: OptimizerEntry) =>
      edit((e) => ({ ...e, optimizers: e.optimizers.map((o, j) => (j === i ? copy(entry) : o)) })),
    addOptimizer: () => {
      const n = experiment.peek().optimizers.length;
      if (n >= MAX_OPTIMIZERS) return;
      // a second runner to race: Adam from the same rate, the usual first comparison
      const lr = experiment.peek().optimizers[0]?.options?.lr;
      const entry = { name: 'adam', options: { lr: typeof lr === 'number' ? lr : 0.01 } };
      edit((e) => ({ ...e, optimizers: [...e.optimizers, entry] }));
      selected.value = n;
    },
    removeOptimizer: (i: number) => {
      if (experiment.peek().optimizers.length <= 1) return;
      edit((e) => ({ ...e, optimizers: e.optimizers.filter((_o, j) => j !== i) }));
      selected.value = Math.max(0, Math.min(selected.peek(), experiment.peek().optimizers.length - 1));
    },
    // a preset keeps the view (language, tolerance, speed): it changes what runs, not how it is shown
    preset: (name: PresetName) => replace({ ...copy(PRESETS[name]), view: { ...experiment.peek().view } }),
  };
}

export function createRegressionStore(
  initial: FitExperiment,
  options: RegressionStoreOptions,
): RegressionStore {
  const s: State = {
    experiment: signal(copy(initial)),
    work: signal<FitWork | null>(null),
    computedFor: signal<FitExperiment | null>(null),
    computing: signal(false),
    progress: signal(0),
    fault: signal<RunError | null>(null),
    selected: signal(0),
    done: signal(0),
    playback: options.playback ?? createPlayback(),
  };
  const d = derived(s);
  const actions = editActions(s);
  const runner = createRunner(s, d.view, options, actions.open);
  // Only the key is a dependency: whatever the computation reads (the work client's own signals)
  // must not make this effect start it again.
  const stop = effect(() => {
    d.key.value;
    untracked(() => runner.start(s.experiment.peek()));
  });
  const stopSpeed = effect(() => {
    const v = d.view.value.speed;
    if (v) s.playback.speed.value = v;
  });
  const { key: _key, ...shown } = d;
  return {
    ...shown,
    ...actions,
    experiment: s.experiment,
    work: s.work,
    computed: s.computedFor,
    computing: s.computing,
    progress: s.progress,
    fault: s.fault,
    playback: s.playback,
    selected: s.selected,
    done: s.done,
    cancel: runner.cancel,
    dispose: () => {
      stop();
      stopSpeed();
      runner.cancel();
      s.playback.dispose();
    },
  };
}

export { defaultFit };
