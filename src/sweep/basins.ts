/**
 * Basins of attraction: every start of a grid over a 2-D function, run batched (batch.ts), and
 * labelled by the minimum it ends at — a catalog surface's own minima, or for a formula the
 * endpoints clustered — or −1 when it diverged, left the domain or did not converge. Several
 * optimizers give several maps over the same grid.
 */
import { DescensoError } from '../errors.js';
import type { OptimizerEntry } from '../experiment/types.js';
import { LIMITS } from '../limits.js';
import { linspace } from '../random/index.js';
import { getSurface } from '../surfaces/index.js';
import { resolveFunction, type StopSpec } from '../train/descend.js';
import { descendGroups } from './alone.js';
import { BATCH_STATUSES, type GroupResult } from './batch.js';

export interface BasinsSpec {
  surface?: string;
  formula?: string;
  vars?: string[];
  optimizers: OptimizerEntry[];
  /** Points per side of the grid of starts. */
  grid: number;
  steps: number;
  stop?: StopSpec;
  /** The grid's ranges (default: the surface's domain, or [−3, 3]² for a formula). */
  domain?: [number, number][];
  dtype?: 'float64' | 'float32';
  onStep?: (done: number, total: number) => void;
}

/** One optimizer's map: per start (row-major over y, then x), the minimum reached and the steps taken. */
export interface BasinMap {
  optimizer: string;
  /** An index into `minima`, or −1 for a start that diverged, left the domain or did not converge. */
  labels: number[];
  steps: number[];
  /** How each start ended (BATCH_STATUSES). */
  statuses: string[];
}

export interface BasinsResult {
  x: number[];
  y: number[];
  domain: [number, number][];
  minima: number[][];
  maps: BasinMap[];
}

/** The formula's default ranges when no domain is given: the lab's. */
const FORMULA_DOMAIN: [number, number][] = [
  [-3, 3],
  [-3, 3],
];
/** Most minima a formula's endpoints are clustered into; farther endpoints are labelled −1. */
const MAX_CLUSTERS = 64;

export function basins(spec: BasinsSpec): BasinsResult {
  const resolved = resolveFunction(spec);
  const nvars = resolved.formula.vars.length;
  if (nvars !== 2) throw new DescensoError('basins-needs-2d', { nvars });
  const n = spec.grid;
  if (!(Number.isInteger(n) && n >= 2 && n <= LIMITS.basinsGrid))
    throw new DescensoError('sweep-bad-batch', { part: 'runs', value: `grid ${n}` });
  const domain = spec.domain ?? resolved.domain ?? FORMULA_DOMAIN;
  const x = Array.from(linspace(domain[0][0], domain[0][1], n));
  const y = Array.from(linspace(domain[1][0], domain[1][1], n));
  const starts = new Float64Array(n * n * 2);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      starts[(i * n + j) * 2] = x[j];
      starts[(i * n + j) * 2 + 1] = y[i];
    }
  // Groups the batch cannot run (searching methods, Newton) run one by one (alone.ts).
  const batch = descendGroups(
    {
      surface: spec.surface,
      formula: spec.formula,
      vars: spec.vars,
      steps: spec.steps,
      ...(spec.stop ? { stop: spec.stop } : {}),
      ...(spec.domain ? { domain: spec.domain } : {}),
      ...(spec.dtype ? { dtype: spec.dtype } : {}),
      groups: spec.optimizers.map((o) => ({
        optimizer: { name: o.name, options: o.options as never, convention: o.convention },
        starts,
      })),
      ...(spec.onStep ? { onStep: spec.onStep } : {}),
    },
    2,
  );
  const radius = 0.02 * Math.max(domain[0][1] - domain[0][0], domain[1][1] - domain[1][0]);
  const needConverged = spec.stop?.gradNorm !== undefined;
  const minima =
    spec.surface !== undefined
      ? getSurface(spec.surface).minima.map((m) => [...m.point])
      : clusters(batch.groups, radius, needConverged);
  const maps = batch.groups.map((g, k) => ({
    optimizer:
      typeof spec.optimizers[k].label === 'string'
        ? (spec.optimizers[k].label as string)
        : spec.optimizers[k].name,
    labels: labelsOf(g, minima, radius, needConverged),
    steps: Array.from(g.steps),
    statuses: Array.from(g.status, (s) => BATCH_STATUSES[s]),
  }));
  return { x, y, domain, minima, maps };
}

/** Whether run i ended well enough to be labelled: converged (with a tolerance) or ran its steps. */
function settled(g: GroupResult, i: number, needConverged: boolean): boolean {
  const s = BATCH_STATUSES[g.status[i]];
  return s === 'converged' || (!needConverged && s === 'max-steps');
}

/** The index of the minimum within `radius` of run i's end, or −1. */
function labelOf(g: GroupResult, i: number, minima: number[][], radius: number): number {
  const [px, py] = [g.points[2 * i], g.points[2 * i + 1]];
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

function labelsOf(g: GroupResult, minima: number[][], radius: number, needConverged: boolean): number[] {
  const out = new Array<number>(g.count);
  for (let i = 0; i < g.count; i++)
    out[i] = settled(g, i, needConverged) ? labelOf(g, i, minima, radius) : -1;
  return out;
}

/**
 * A formula's minima, from the endpoints: each settled endpoint whose gradient is small joins the
 * first cluster within `radius` or starts a new one (at most MAX_CLUSTERS), in grid order, over
 * every optimizer — so the maps side by side share their labels.
 */
function clusters(groups: GroupResult[], radius: number, needConverged: boolean): number[][] {
  const centres: number[][] = [];
  for (const g of groups)
    for (let i = 0; i < g.count && centres.length < MAX_CLUSTERS; i++) {
      if (!settled(g, i, needConverged) || !(g.gradNorms[i] <= 1e-3)) continue;
      if (labelOf(g, i, centres, radius) < 0) centres.push([g.points[2 * i], g.points[2 * i + 1]]);
    }
  return centres;
}
