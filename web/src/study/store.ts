/**
 * The study lab's one store: the study (a SweepStudy: base experiment, optimizers, what varies)
 * and the metric as signals; the rows arriving from the study worker chunk by chunk (the table
 * object is replaced per chunk, the rows array reused, so a 10⁵-row study is not copied each
 * time); the best per optimizer and the ranking computed from the rows so far. A change of the
 * study runs it again, latest wins; `cancel` stops it at its next chunk. Plain TypeScript.
 */
import { batch, computed, effect, type ReadonlySignal, signal, untracked } from '@preact/signals';
import type { Experiment, RunError, ViewSettings } from '../../../src/experiment/index.js';
import { LIMITS } from '../../../src/limits.js';
import { optimizerInfo } from '../../../src/optim/index.js';
import { bestOf } from '../../../src/sweep/sweep.js';
import type { SweepBest, SweepResult, SweepRow, SweepStudy, VarySpec } from '../../../src/sweep/types.js';
import { tr } from '../i18n.js';
import { createStudyWork, type StudyWork } from '../work/study-client.js';
import { type SweepShape, sweepResult, sweepShape } from '../work/study-sweep.js';
import { type PresetName, preset, rangeFor, studyOn, variableOptions } from './presets.js';
import { cellOf, type Metric, metricOf, rowExperiment } from './rows.js';

export type StudyState = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface StudyStoreContext {
  notify(message: string, kind?: 'error' | 'info'): void;
  /** Opens a run in the lab that takes it (the shell's open). */
  open(e: Experiment): void;
  /** The surface lab's current experiment, when it has been opened. */
  surfaceExperiment?(): Experiment | null;
  work?: StudyWork;
}

export interface StudyTable {
  rows: (SweepRow | null)[];
  filled: number;
}

export interface StudyStore {
  readonly study: ReadonlySignal<SweepStudy>;
  readonly metric: ReadonlySignal<Metric>;
  readonly shape: ReadonlySignal<SweepShape>;
  readonly table: ReadonlySignal<StudyTable>;
  readonly state: ReadonlySignal<StudyState>;
  /** Fraction of the study done. */
  readonly progress: ReadonlySignal<number>;
  /** A fault of the whole study (the worker's), as data. */
  readonly error: ReadonlySignal<RunError | null>;
  /** Why the study as set cannot run (checked before it is sent), in the current language. */
  readonly problem: ReadonlySignal<string | null>;
  readonly best: ReadonlySignal<Record<string, SweepBest>>;
  /** The whole result, once every row is in. */
  readonly result: ReadonlySignal<SweepResult | null>;
  /** The options the base's optimizers take (for the vary selects). */
  readonly options: ReadonlySignal<string[]>;
  open(s: SweepStudy): void;
  usePreset(name: PresetName | 'surface'): void;
  edit(f: (s: SweepStudy) => SweepStudy): void;
  setVary(index: number, patch: Partial<VarySpec>): void;
  addVary(): void;
  removeVary(index: number): void;
  toggleOptimizer(name: string, on: boolean): void;
  setMetric(m: Metric): void;
  run(): void;
  cancel(): void;
  /** Opens row `index`'s single run in the surface or regression lab. */
  openRow(index: number): void;
  inspect(): Record<string, unknown>;
  dispose(): void;
}

/** Whether optimizer `name` takes option `key` (an unknown name is left to the run, which says so). */
function takes(name: string, key: string): boolean {
  try {
    return optimizerInfo(name).options.some((o) => o.key === key);
  } catch {
    return true;
  }
}

/** Why a study cannot run, or null: the checks runSweep would make, said beside the fields. */
export function studyProblem(s: SweepStudy): string | null {
  if (s.base.optimizers.length === 0) return tr('study-no-optimizer');
  const seen = new Set<string>();
  for (const v of s.vary) {
    if (seen.has(v.option)) return tr('study-vary-twice', { option: v.option });
    seen.add(v.option);
    if (!(Number.isInteger(v.count) && v.count >= 1 && v.count <= LIMITS.sweepValues))
      return tr('study-vary-count', { option: v.option, max: LIMITS.sweepValues });
    if (v.scale === 'log' && !(v.from > 0 && v.to > 0)) return tr('study-vary-log', { option: v.option });
    if (v.from === v.to && v.count > 1) return tr('study-vary-same', { option: v.option });
  }
  // an option an optimizer does not take would make every one of its runs an error
  for (const o of s.base.optimizers)
    for (const v of s.vary)
      if (!takes(o.name, v.option))
        return tr('study-option-not-taken', { optimizer: o.name, option: v.option });
  const runs = s.vary.reduce((n, v) => n * v.count, s.base.optimizers.length);
  if (runs > LIMITS.sweepRuns) return tr('sweep-too-many', { runs, max: LIMITS.sweepRuns });
  return null;
}

export function createStudyStore(initial: SweepStudy, ctx: StudyStoreContext): StudyStore {
  const work = ctx.work ?? createStudyWork();
  const study = signal<SweepStudy>(initial);
  // what the figure shows is part of the study's view (so the address keeps it); the best follows its rank
  const metric = computed<Metric>(() => metricOf(study.value));
  const table = signal<StudyTable>({ rows: [], filled: 0 });
  const state = signal<StudyState>('idle');
  const progress = signal(0);
  const error = signal<RunError | null>(null);
  const shape = computed(() => sweepShape(study.value));
  const problem = computed(() => studyProblem(study.value));
  const options = computed(() => variableOptions(study.value));
  const filledRows = computed(() => table.value.rows.filter((r): r is SweepRow => r !== null));
  const best = computed(() => bestOf(filledRows.value, study.value.rank));
  const result = computed(() => (state.value === 'done' ? sweepResult(study.value, table.value.rows) : null));
  let ticket = 0;

  const run = () => {
    const s = study.peek();
    const id = ++ticket;
    const rows: (SweepRow | null)[] = new Array(sweepShape(s).total).fill(null);
    batch(() => {
      table.value = { rows, filled: 0 };
      progress.value = 0;
      error.value = null;
      state.value = problem.peek() ? 'idle' : 'running';
    });
    if (problem.peek()) {
      work.cancel();
      return;
    }
    let filled = 0;
    void work
      .sweep(s, (placed, done, total) => {
        if (id !== ticket) return;
        placed.at.forEach((at, n) => {
          rows[at] = placed.rows[n];
        });
        filled += placed.rows.length;
        batch(() => {
          table.value = { rows, filled };
          progress.value = done / total;
        });
      })
      .then((end) => {
        if (id !== ticket) return;
        if (end.type === 'error') {
          error.value = end.error;
          state.value = 'error';
        } else state.value = end.type === 'done' ? 'done' : 'cancelled';
      });
  };
  // the study runs again when what it computes changes, not when only its view or ranking does
  const computes = computed(() => JSON.stringify({ ...study.value, view: undefined, rank: undefined }));
  const stop = effect(() => {
    computes.value;
    untracked(run);
  });

  const edit = (f: (s: SweepStudy) => SweepStudy) => {
    study.value = f(structuredClone(study.peek()));
  };
  const setVary = (index: number, patch: Partial<VarySpec>) =>
    edit((s) => {
      const v = s.vary[index];
      if (!v) return s;
      // a new option gets a range that suits it
      s.vary[index] = patch.option && patch.option !== v.option ? rangeFor(patch.option) : { ...v, ...patch };
      return s;
    });
  const addVary = () =>
    edit((s) => {
      if (s.vary.length >= 2) return s;
      const taken = new Set(s.vary.map((v) => v.option));
      const next = variableOptions(s).find((o) => !taken.has(o));
      if (next) s.vary.push(rangeFor(next));
      return s;
    });
  const removeVary = (index: number) =>
    edit((s) => {
      if (s.vary.length > 1) s.vary.splice(index, 1);
      return s;
    });
  const toggleOptimizer = (name: string, on: boolean) =>
    edit((s) => {
      const has = s.base.optimizers.some((o) => o.name === name);
      if (on && !has) s.base.optimizers.push({ name });
      if (!on) s.base.optimizers = s.base.optimizers.filter((o) => o.name !== name);
      return s;
    });

  return {
    study,
    metric,
    shape,
    table,
    state,
    progress,
    error,
    problem,
    best,
    result,
    options,
    open: (s) => {
      study.value = structuredClone(s);
    },
    usePreset: (name) => {
      study.value = name === 'surface' ? studyOn(ctx.surfaceExperiment?.() ?? null) : preset(name);
    },
    edit,
    setVary,
    addVary,
    removeVary,
    toggleOptimizer,
    setMetric: (m) =>
      edit((s) => {
        // the default metric is left out, so the address stays as short as before
        const { metric: _, ...rest } = s.view ?? {};
        const view: ViewSettings = m === 'steps' ? rest : { ...rest, metric: m };
        if (Object.keys(view).length > 0) s.view = view;
        else delete s.view;
        // ranking by evaluations picks the best by them too (the CLI's --rank evaluations)
        if (m === 'evaluations' && s.base.kind === 'descend') s.rank = 'evaluations';
        else if (m === 'steps') delete s.rank;
        return s;
      }),
    run,
    cancel: () => {
      if (state.peek() !== 'running') return;
      ticket++;
      work.cancel();
      state.value = 'cancelled';
    },
    openRow: (index) => {
      const row = table.peek().rows[index];
      if (!row) return;
      ctx.open(rowExperiment(study.peek(), row, cellOf(shape.peek(), index).k));
    },
    inspect: () => ({
      experiment: study.peek(),
      state: state.peek(),
      filled: table.peek().filled,
      total: shape.peek().total,
      progress: progress.peek(),
      best: best.peek(),
      metric: metric.peek(),
    }),
    dispose: () => {
      stop();
      work.dispose();
    },
  };
}
