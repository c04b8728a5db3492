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
import { createPlayback, type Playback } from '../kit/playback.js';
import { fitSize, MAX_FIT_WORK } from '../limits.js';
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

export function createRegressionStore(
  initial: FitExperiment,
  options: RegressionStoreOptions,
): RegressionStore {
  const experiment = signal(copy(initial));
  const work = signal<FitWork | null>(null);
  const computedFor = signal<FitExperiment | null>(null);
  const computing = signal(false);
  const progress = signal(0);
  const fault = signal<RunError | null>(null);
  const selected = signal(0);
  const done = signal(0);
  const playback = options.playback ?? createPlayback();

  const view = computed<RegressionView>(() => {
    const v = experiment.value.view ?? {};
    return { tol: v.tolerance ?? DEFAULT_TOL, logY: v.log ?? true, ...(v.speed ? { speed: v.speed } : {}) };
  });
  const family = computed(() => familyOf(experiment.value.data));
  const controls = computed(() => dataControls(family.value));
  const model = computed(() => modelInfo(experiment.value.model));
  // a string, so the data are drawn again only when the data entry changes (not the model, the view…)
  const dataKey = computed(() => JSON.stringify(experiment.value.data));
  const data = computed(() => {
    try {
      const d = experimentData(JSON.parse(dataKey.value));
      return { x: d.x as number[], y: d.y };
    } catch (err) {
      return {
        error: faultOf(
          isDescensoError(err) ? err : new DescensoError('lab-address-fault', { reason: String(err) }),
        ),
      };
    }
  });
  const runs = computed(() => work.value?.result?.runs ?? []);
  const race = computed(() =>
    raceRows(runs.value, computedFor.value?.regimes.length ?? 1, view.value.tol, playback.whole.value),
  );
  const key = computed(() => runKey(experiment.value));

  const open = (e: FitExperiment) => {
    batch(() => {
      experiment.value = copy(e);
      selected.value = 0;
    });
  };
  const edit = (f: (e: FitExperiment) => FitExperiment) => {
    experiment.value = f(copy(experiment.peek()));
  };
  let job: Job<FitWork> | null = null;
  const start = (e: FitExperiment) => {
    job?.cancel();
    const checked = vetted(e);
    if (isFault(checked)) {
      job = null;
      batch(() => {
        computing.value = false;
        fault.value = checked;
      });
      const fb = options.fallback;
      if (!work.peek() && fb && runKey(fb) !== runKey(e)) queueMicrotask(() => open(fb));
      return;
    }
    batch(() => {
      computing.value = true;
      progress.value = 0;
    });
    // a job may report progress before it is returned (then it is the newest): `mine` exists by then
    let mine: Job<FitWork> | null = null;
    mine = options.compute(checked, (f) => {
      if (mine === null || job === mine) progress.value = f;
    });
    job = mine;
    void mine.promise.then((w) => {
      if (job !== mine) return;
      job = null;
      batch(() => {
        computing.value = false;
        if (!w) return;
        fault.value = w.error ?? null;
        if (w.error) {
          const fb = options.fallback;
          if (!work.peek() && fb && runKey(fb) !== runKey(checked)) queueMicrotask(() => open(fb));
          return;
        }
        work.value = w;
        computedFor.value = checked;
        const last = Math.max(0, ...(w.result?.runs ?? []).map((r) => r.history.length - 1));
        playback.last.value = last;
        playback.speed.value = view.peek().speed ?? Math.max(8, last / 5);
        playback.seek(0);
        done.value++;
      });
      if (options.autoplay) playback.play();
    });
  };
  // Only the key is a dependency: whatever the computation reads (the work client's own signals)
  // must not make this effect start it again.
  const stop = effect(() => {
    key.value;
    untracked(() => start(experiment.peek()));
  });
  const stopSpeed = effect(() => {
    const s = view.value.speed;
    if (s) playback.speed.value = s;
  });

  return {
    experiment,
    view,
    family,
    controls,
    model,
    data,
    work,
    computed: computedFor,
    runs,
    computing,
    progress,
    fault,
    race,
    playback,
    selected,
    done,
    open,
    edit,
    setView: (patch) =>
      edit((e) => {
        const v = { ...e.view };
        if ('tol' in patch) v.tolerance = patch.tol;
        if ('logY' in patch) v.log = patch.logY;
        if ('speed' in patch) v.speed = patch.speed;
        return { ...e, view: v };
      }),
    setFamily: (f) => edit((e) => ({ ...e, data: switchFamily(e.data, f) })),
    setModel: (m) => edit((e) => ({ ...e, model: m, init: undefined })),
    setOptimizer: (i, entry) =>
      edit((e) => ({ ...e, optimizers: e.optimizers.map((o, j) => (j === i ? copy(entry) : o)) })),
    addOptimizer: () => {
      const n = experiment.peek().optimizers.length;
      if (n >= MAX_OPTIMIZERS) return;
      // a second runner to race: Adam from the same rate, the usual first comparison
      const lr = experiment.peek().optimizers[0]?.options?.lr;
      edit((e) => ({
        ...e,
        optimizers: [...e.optimizers, { name: 'adam', options: { lr: typeof lr === 'number' ? lr : 0.01 } }],
      }));
      selected.value = n;
    },
    removeOptimizer: (i) => {
      if (experiment.peek().optimizers.length <= 1) return;
      edit((e) => ({ ...e, optimizers: e.optimizers.filter((_o, j) => j !== i) }));
      selected.value = Math.max(0, Math.min(selected.peek(), experiment.peek().optimizers.length - 1));
    },
    preset: (name) => {
      const p = PRESETS[name];
      batch(() => {
        experiment.value = { ...copy(p), view: { ...experiment.peek().view } };
        selected.value = 0;
      });
    },
    cancel: () => {
      job?.cancel();
      job = null;
      computing.value = false;
    },
    dispose: () => {
      stop();
      stopSpeed();
      job?.cancel();
      playback.dispose();
    },
  };
}

export { defaultFit };
