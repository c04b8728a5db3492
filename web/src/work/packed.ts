/**
 * Runs as they cross from the worker to the lab: each run's points, values and gradient norms in
 * flat Float64Arrays whose buffers are transferred (moved, not copied), the rest of the run as it
 * is. A structured clone of 6 × 400 points as nested arrays cost the main thread about a
 * millisecond per drag move to rebuild, and as much again in garbage collection; a transfer costs
 * nothing, and unpacking makes the plain arrays the rest of the lab reads in one tight loop. The
 * flat points stay attached to the unpacked run (`flatPoints`), so the map draws straight from them.
 */
import type { LabRun } from './descents.js';

export type PackedRun = Omit<LabRun, 'points' | 'values' | 'gradNorms'> & {
  /** Coordinates per point. */
  dims: number;
  /** Point i's coordinates at [i·dims, (i + 1)·dims). */
  points: Float64Array;
  values: Float64Array;
  gradNorms: Float64Array;
};

/** The flat points of runs that came packed (a WeakMap: the run itself stays plain JSON). */
const flat = new WeakMap<LabRun, { dims: number; points: Float64Array }>();

/** A run's points as one flat array (dims per point), when it came from the worker. */
export function flatPoints(run: LabRun): { dims: number; points: Float64Array } | undefined {
  return flat.get(run);
}

/** Runs packed for postMessage, and the buffers to transfer with them. */
export function packRuns(runs: readonly LabRun[]): { runs: PackedRun[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = runs.map(({ points, values, gradNorms, ...rest }) => {
    const dims = points[0]?.length ?? 0;
    const xy = new Float64Array(points.length * dims);
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      for (let d = 0; d < dims; d++) xy[i * dims + d] = p[d];
    }
    const v = Float64Array.from(values);
    const g = Float64Array.from(gradNorms);
    transfer.push(xy.buffer, v.buffer, g.buffer);
    return { ...rest, dims, points: xy, values: v, gradNorms: g };
  });
  return { runs: packed, transfer };
}

/** The runs as the lab reads them: plain arrays, with the flat points kept for the map. */
export function unpackRuns(runs: readonly PackedRun[]): LabRun[] {
  return runs.map(({ dims, points: xy, values, gradNorms, ...rest }) => {
    const n = dims === 0 ? 0 : xy.length / dims;
    const points: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const p: number[] = new Array(dims);
      for (let d = 0; d < dims; d++) p[d] = xy[i * dims + d];
      points[i] = p;
    }
    const run: LabRun = { ...rest, points, values: Array.from(values), gradNorms: Array.from(gradNorms) };
    flat.set(run, { dims, points: xy });
    return run;
  });
}
