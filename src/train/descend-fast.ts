/**
 * descend's fast path: the common case (automatic gradient, no noise, an optimizer the fused
 * kernel writes out, src/sweep/fused.ts) runs in one generated loop that records into
 * preallocated typed arrays, converted to descend's plain arrays once at the end. The run is the
 * one the generic loop makes, bit for bit (descend-fast.test.ts compares them over optimizers,
 * conventions, dtypes, surfaces, starts, stop rules and record.every); anything else returns
 * undefined and descend takes its generic loop.
 */
import { DescensoError } from '../errors.js';
import { makeOptimizer } from '../optim/index.js';
import { CONVERGED, DIVERGED, emptyResult, LEFT_DOMAIN, MAX_STEPS } from '../sweep/batch-types.js';
import { fusedKernel, type Recorder } from '../sweep/fused.js';
import {
  type DescendRun,
  type DescendSpec,
  type DescendStatus,
  type Prepared,
  pointText,
} from './descend.js';

const STATUS: Record<number, DescendStatus> = {
  [MAX_STEPS]: 'max-steps',
  [CONVERGED]: 'converged',
  [DIVERGED]: 'diverged',
  [LEFT_DOMAIN]: 'left-domain',
};

/** The run of `spec` by the fused kernel, or undefined when descend's generic loop must make it. */
export function fastDescend(
  spec: DescendSpec,
  prepared: Prepared,
  divergence: { value: number; coordinate: number },
): DescendRun | undefined {
  const { formula, n, steps, start, method, sigma, every, domain, dtype, searches } = prepared;
  if (method !== 'autodiff' || sigma !== 0 || spec.noise || searches) return undefined;
  const opt = typeof spec.optimizer === 'string' ? { name: spec.optimizer } : spec.optimizer;
  const optimizer = makeOptimizer(
    opt.name,
    dtype === 'float32' ? { ...(opt.options ?? {}), dtype } : (opt.options ?? {}),
    opt.convention ?? 'pytorch',
  );
  const kernel = fusedKernel({
    formula,
    dtype,
    optimizer,
    steps,
    stop: spec.stop ?? {},
    ...(domain ? { domain } : {}),
    divergence,
    record: true,
    optimizerSpec: [opt.name, opt.options ?? {}, opt.convention ?? 'pytorch'],
  });
  if (!kernel) return undefined;
  const rows = Math.floor(steps / every) + 2;
  const recorder = {
    every,
    points: new Float64Array(rows * n),
    values: new Float64Array(rows),
    norms: new Float64Array(rows),
    evaluations: new Float64Array(rows),
  };
  const out = emptyResult(1, n);
  const count = kernel(Float64Array.from(start), out, 0, 1, recorder, spec.onStep);
  return runOf(out, recorder, count, prepared);
}

function runOf(
  out: ReturnType<typeof emptyResult>,
  recorder: Recorder,
  count: number,
  { formula, n, start, every }: Prepared,
): DescendRun {
  const status = out.status[0];
  if (!(status in STATUS)) {
    const value = out.values[0];
    throw new DescensoError('descend-undefined-start', {
      point: pointText(formula.vars, start),
      gradient: Number.isFinite(value),
    });
  }
  const points: number[][] = new Array(count);
  const values: number[] = new Array(count);
  const gradNorms: number[] = new Array(count);
  const evaluations = { value: new Array<number>(count), gradient: new Array<number>(count) };
  for (let k = 0; k < count; k++) {
    const p: number[] = new Array(n);
    for (let j = 0; j < n; j++) p[j] = recorder.points[k * n + j];
    points[k] = p;
    values[k] = recorder.values[k];
    gradNorms[k] = recorder.norms[k];
    // f and ∇f are computed together: as many of one as of the other.
    evaluations.value[k] = recorder.evaluations[k];
    evaluations.gradient[k] = recorder.evaluations[k];
  }
  const vars = formula.vars;
  if (status === DIVERGED && out.divergedAt[0] === 0)
    // Judged at its start (only the stop's absolute limits can): descend says so and keeps no best.
    return { vars, points, values, gradNorms, status: 'diverged', steps: 0, divergedAt: 0, evaluations };
  const best = {
    step: out.bestStep[0],
    point: Array.from(out.bestPoints.subarray(0, n)),
    value: out.bestValues[0],
  };
  return {
    vars,
    points,
    values,
    gradNorms,
    status: STATUS[status],
    steps: out.steps[0],
    ...(status === DIVERGED ? { divergedAt: out.divergedAt[0] } : {}),
    ...(status === LEFT_DOMAIN ? { leftDomainAt: out.leftDomainAt[0] } : {}),
    ...(every > 1 ? { recordEvery: every } : {}),
    best,
    evaluations,
  };
}
