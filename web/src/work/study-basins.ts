/**
 * The basins of attraction of a descent's optimizers over a grid of starts, computed by rows so a
 * map fills in while it is computed: each chunk of rows is one batch per optimizer (src/sweep's
 * batchDescend, bit for bit the single runs), each start labelled as `descenso basins` labels it —
 * a catalog surface's own minima within 2 % of the domain's span, or, for a formula, the endpoints
 * clustered as they come (grid order, row chunk by row chunk) — or −1 when it diverged, left the
 * domain or did not settle. An optimizer a batch cannot run (Newton) gets its error as data.
 */
import { DescensoError } from '../../../src/errors.js';
import { runError } from '../../../src/experiment/error-path.js';
import { labelOf } from '../../../src/experiment/index.js';
import type { OptimizerEntry, RunError } from '../../../src/experiment/types.js';
import { LIMITS } from '../../../src/limits.js';
import { linspace } from '../../../src/random/index.js';
import { getSurface } from '../../../src/surfaces/index.js';
import { BATCH_STATUSES, batchDescend, type GroupResult } from '../../../src/sweep/batch.js';
import type { StopSpec } from '../../../src/train/descend.js';

export interface BasinSpec {
  surface?: string;
  formula?: string;
  vars?: string[];
  steps: number;
  stop?: StopSpec;
  /** The experiment's own domain (judges `left-domain`, as the run does), if any. */
  domain?: [number, number][];
  dtype?: 'float64' | 'float32';
  optimizers: OptimizerEntry[];
  /** Starts per side. */
  grid: number;
  /** Where the starts lie: the map's domain. */
  area: [[number, number], [number, number]];
}

/** One optimizer's labels, steps and statuses (indices of BATCH_STATUSES) per start, row-major over y then x. */
export interface BasinLayerMap {
  optimizer: string;
  labels: Int16Array;
  steps: Int32Array;
  status: Uint8Array;
  error?: RunError;
}

export interface BasinRows {
  /** Rows [from, to) of the grid, y ascending. */
  from: number;
  to: number;
  maps: { labels: number[]; steps: number[]; status: number[]; error?: RunError }[];
  /** The minima known so far (a formula's grow as endpoints cluster). */
  minima: number[][];
}

const MAX_CLUSTERS = 64;
export const SETTLED_GRAD = 1e-3;

/** The starts of rows [from, to), x fastest. */
function startsOf(x: Float64Array, y: Float64Array, from: number, to: number): Float64Array {
  const n = x.length;
  const out = new Float64Array((to - from) * n * 2);
  for (let i = from; i < to; i++)
    for (let j = 0; j < n; j++) {
      out[((i - from) * n + j) * 2] = x[j];
      out[((i - from) * n + j) * 2 + 1] = y[i];
    }
  return out;
}

function nearest(px: number, py: number, minima: number[][], radius: number): number {
  let best = -1;
  let bestD = radius;
  minima.forEach(([mx, my], k) => {
    const d = Math.hypot(px - mx, py - my);
    if (d <= bestD) {
      best = k;
      bestD = d;
    }
  });
  return best;
}

/** The rows a chunk holds: about 10 chunks in all, so the map fills in visibly. */
export function rowsPerChunk(grid: number): number {
  return Math.max(1, Math.ceil(grid / 10));
}

export function checkBasinSpec(spec: BasinSpec): void {
  const n = spec.grid;
  if (!(Number.isInteger(n) && n >= 2 && n <= LIMITS.basinsGrid))
    throw new DescensoError('sweep-bad-batch', { part: 'runs', value: `grid ${n}` });
}

/** Labels a chunk's group against the minima (growing them for a formula). */
function labelGroup(
  g: GroupResult,
  minima: number[][],
  radius: number,
  needConverged: boolean,
  cluster: boolean,
): number[] {
  const labels = new Array<number>(g.count);
  for (let i = 0; i < g.count; i++) {
    const s = BATCH_STATUSES[g.status[i]];
    const settled = s === 'converged' || (!needConverged && s === 'max-steps');
    if (!settled) {
      labels[i] = -1;
      continue;
    }
    const [px, py] = [g.points[2 * i], g.points[2 * i + 1]];
    let k = nearest(px, py, minima, radius);
    if (k < 0 && cluster && g.gradNorms[i] <= SETTLED_GRAD && minima.length < MAX_CLUSTERS) {
      minima.push([px, py]);
      k = minima.length - 1;
    }
    labels[i] = k;
  }
  return labels;
}

/** Computes the map chunk by chunk; `stop()` is asked between chunks. Returns false when stopped. */
export async function basinsProgressively(
  spec: BasinSpec,
  onRows: (rows: BasinRows) => void,
  stop: () => boolean | Promise<boolean>,
): Promise<boolean> {
  checkBasinSpec(spec);
  const n = spec.grid;
  const [[x0, x1], [y0, y1]] = spec.area;
  const x = linspace(x0, x1, n);
  const y = linspace(y0, y1, n);
  const radius = 0.02 * Math.max(x1 - x0, y1 - y0);
  const needConverged = spec.stop?.gradNorm !== undefined;
  const cluster = spec.surface === undefined;
  const minima = cluster ? [] : getSurface(spec.surface as string).minima.map((m) => [...m.point]);
  const errors = new Map<number, RunError>();
  const per = rowsPerChunk(n);
  for (let from = 0; from < n; from += per) {
    if (await stop()) return false;
    const to = Math.min(n, from + per);
    const starts = startsOf(x, y, from, to);
    const count = (to - from) * n;
    const maps = spec.optimizers.map((o, k) => {
      const known = errors.get(k);
      if (known) return failed(count, known);
      try {
        const g = batchDescend({
          surface: spec.surface,
          formula: spec.formula,
          vars: spec.vars,
          steps: spec.steps,
          ...(spec.stop ? { stop: spec.stop } : {}),
          ...(spec.domain ? { domain: spec.domain } : {}),
          ...(spec.dtype ? { dtype: spec.dtype } : {}),
          groups: [
            { optimizer: { name: o.name, options: o.options as never, convention: o.convention }, starts },
          ],
        }).groups[0];
        return {
          labels: labelGroup(g, minima, radius, needConverged, cluster),
          steps: Array.from(g.steps),
          status: Array.from(g.status),
        };
      } catch (err) {
        if (!(err instanceof DescensoError)) throw err;
        const e = runError(err, `experiment.optimizers[${k}]`);
        errors.set(k, e);
        return failed(count, e);
      }
    });
    onRows({ from, to, maps, minima: minima.map((m) => [...m]) });
  }
  return true;
}

function failed(count: number, error: RunError) {
  return {
    labels: new Array(count).fill(-1),
    steps: new Array(count).fill(0),
    status: new Array(count).fill(4),
    error,
  };
}

/** An empty map per optimizer, filled as rows arrive. */
export function emptyMaps(spec: BasinSpec): BasinLayerMap[] {
  const size = spec.grid * spec.grid;
  return spec.optimizers.map((o) => ({
    optimizer: labelOf(o),
    labels: new Int16Array(size).fill(-2),
    steps: new Int32Array(size),
    status: new Uint8Array(size),
  }));
}

/** Copies a chunk's rows into the maps (label −2: not computed yet). */
export function placeRows(maps: BasinLayerMap[], grid: number, rows: BasinRows): void {
  rows.maps.forEach((m, k) => {
    const at = rows.from * grid;
    maps[k].labels.set(m.labels, at);
    maps[k].steps.set(m.steps, at);
    maps[k].status.set(m.status, at);
    if (m.error) maps[k].error = m.error;
  });
}
