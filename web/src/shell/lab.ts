/**
 * What the shell knows of a lab, and all it knows: a lab is a module loaded on demand that, given
 * an experiment, makes a `Lab` — its state as signals (one store), its whole panel as a component,
 * and a transport for the keyboard. The shell writes `experiment` to the address whenever it
 * changes, and hands the lab every experiment the user opens (address, import, preset). No lab
 * imports another lab; what two labs share lives in `kit/` (components) or in the core (`src/`).
 */
import type { ReadonlySignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { Experiment } from '../../../src/experiment/index.js';
import type { Playback } from '../kit/playback.js';

export type LabName = 'surface' | 'regression' | 'derivative' | 'study';

/** The shell's services a lab may use. */
export interface LabContext {
  /** A one-line message for the user (already in the current language). */
  notify(message: string, kind?: 'error' | 'info'): void;
  /** Opens an experiment of any kind in the lab that takes it (an import, a preset of another lab). */
  open(e: Experiment): void;
  /**
   * A lab's "Import JSON…" asks this first: true when the file is a lesson (the shell opens it as
   * one), false when it is for the lab to import as an experiment.
   */
  importLesson?(text: string): boolean;
  /** The experiment another lab shows, when that lab has been made (the study lab's "current surface" base). */
  experimentOf?(name: LabName): Experiment | null;
}

/** What the one who shows a lab's Figure may ask of it. */
export interface FigureProps {
  /** The 3-D view, for a lab that has one (the surface lab; `#…&embed=3d`). */
  view3d?: boolean;
}

/** A lab the shell shows. */
export interface Lab {
  readonly name: LabName;
  /**
   * The experiment shown, its `view` included (colormap, log, speed, tolerance, lang…): what the
   * address, the JSON export and the code panel show. It changes when — and only when — a setting
   * the user can see changes.
   */
  readonly experiment: ReadonlySignal<Experiment>;
  /** Shows `e` (already vetted by the schema). Faults are shown in the lab, never thrown. */
  open(e: Experiment): void;
  /** The lab's whole panel. */
  readonly View: ComponentType;
  /**
   * Just the figure and its transport, sized to its container (no settings, no side column): what
   * `#embed=1` shows in an iframe, and what a lesson may show beside its text. It fills the box it
   * is given (give that box a height: the embed gives it the viewport) and redraws at its size.
   */
  readonly Figure: ComponentType<FigureProps>;
  /** Play, pause, step: the shell's keyboard shortcuts drive it. Absent for a lab that does not animate. */
  readonly playback?: Playback;
  /**
   * Plain data for the browser tests and the benchmark (`window.descensoLab.inspect()`): the
   * experiment, the runs as computed, the step shown, the domain drawn, frame times.
   */
  inspect(): Record<string, unknown>;
  /** Stops workers, animation frames and observers. */
  dispose(): void;
}

/** A lab's module, loaded with `import()` the first time its tab opens. */
export interface LabModule {
  readonly name: LabName;
  /** Whether this lab opens `e` (the derivative lab also takes a one-variable descent). */
  accepts(e: Experiment): boolean;
  /** The lab's default experiment (what an empty address opens in it). */
  readonly defaultExperiment: Experiment;
  create(initial: Experiment, ctx: LabContext): Lab;
}
