import type { Lang } from '../i18n/index.js';

/**
 * A closed interval [min, max].
 * The catalog's records are frozen at run time: copy an array before changing it.
 */
export type SurfaceInterval = [number, number];

/** A local minimum of a surface, with its value stored to full float64 digits. */
export interface SurfaceMinimum {
  readonly point: number[];
  readonly value: number;
  /** True for the lowest value in the domain (several minima may share it). */
  readonly global?: boolean;
}

interface SurfaceBase {
  /** kebab-case, unique. */
  readonly id: string;
  readonly name: Readonly<Record<Lang, string>>;
  /** The function in the formula language: the one source of its text, LaTeX, Python and graph. */
  readonly formula: string;
  /** Known minima inside the domain, global ones first; empty when there is none. */
  readonly minima: SurfaceMinimum[];
  /** Suggested starting points, the classic one first. */
  readonly starts: number[][];
  readonly notes?: Readonly<Record<Lang, string>>;
}

/** A function of x alone. */
export interface Surface1D extends SurfaceBase {
  readonly dims: 1;
  readonly domain: SurfaceInterval;
}

/** A function of x and y. */
export interface Surface2D extends SurfaceBase {
  readonly dims: 2;
  readonly domain: [SurfaceInterval, SurfaceInterval];
}

export type Surface = Surface1D | Surface2D;
