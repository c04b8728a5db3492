/**
 * The surface lab's store as its parts see it (the contract between the panels and the map
 * layers): the experiment and its view as signals, what is derived from them as computed signals,
 * and the few actions that change them. `store.ts` makes one; the panels edit it through the
 * actions, the map layers (`layers/`) read it and draw from effects.
 */
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { DescendExperiment } from '../../../src/experiment/index.js';
import type { ColormapName } from '../../../src/plot/index.js';
import type { Playback } from '../kit/playback.js';
import type { LabRun } from '../work/descents.js';
import type { Field } from './field.js';

/** What only draws, as the lab holds it (the experiment's `view`, with the lab's defaults filled in). */
export interface SurfaceView {
  cmap: ColormapName;
  /** Log scale on the value chart. */
  logY: boolean;
  /** The race table's tolerance on ‖∇f‖. */
  tol: number;
  /** What the race's tolerance column counts: steps (default) or f + ∇f evaluations; not kept in the address. */
  tolBy?: 'steps' | 'evaluations';
  /** Steps per second. */
  speed: number;
  /** The map's look: `modern` heat map with contour lines, or tutorial 000's filled contours. */
  style: 'modern' | 'tutorial';
  /** Contour levels (default: the core's rule). */
  levels?: number;
  /** A typed formula's domain [[x0, x1], [y0, y1]] (catalog surfaces keep their own). */
  domain?: readonly [readonly [number, number], readonly [number, number]];
}

export interface SurfaceStore {
  /** The experiment that runs (optimizers, start, steps, surface or formula…), without its view. */
  readonly experiment: ReadonlySignal<DescendExperiment>;
  readonly view: ReadonlySignal<SurfaceView>;
  /** The formula text as typed (may not parse), and its positioned error in the current language. */
  readonly formulaText: ReadonlySignal<string>;
  readonly formulaError: ReadonlySignal<string | null>;
  /** The function drawn: f, ∇f, domain, minima; null while the formula does not parse. */
  readonly field: ReadonlySignal<Field | null>;
  /** The start shown: the experiment's, or while dragging the pointer's. */
  readonly start: ReadonlySignal<readonly number[]>;
  /** The runs of the current experiment, one per optimizer (empty until the first run is back). */
  readonly runs: ReadonlySignal<readonly LabRun[]>;
  /** True while a run is being computed (the worker's progress in [0, 1]). */
  readonly computing: ReadonlySignal<boolean>;
  readonly progress: ReadonlySignal<number>;
  /** The transport: `last` follows the longest run. */
  readonly playback: Playback;
  /** The optimizer row highlighted in the race (its path drawn on top), or −1. */
  readonly selected: Signal<number>;
  /** The 3-D view shown instead of (beside) the map. */
  readonly show3d: Signal<boolean>;

  /** Replaces the experiment (and its view when given) — a preset, an import, the address. */
  open(e: DescendExperiment): void;
  /** Edits the experiment: `f` gets a copy and returns the new one; the runs follow. */
  edit(f: (e: DescendExperiment) => DescendExperiment): void;
  setView(patch: Partial<SurfaceView>): void;
  setFormula(text: string): void;
  /**
   * Moves the start. While a drag goes on (`final` false) the runs are recomputed latest-wins
   * (a newer position cancels an older computation); on release (`final` true) the experiment
   * — and so the address — changes once.
   */
  setStart(point: readonly number[], final: boolean): void;
}
