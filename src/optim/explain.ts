/**
 * Explain this step: replay a descent with the optimizer the run built (the same makeOptimizer
 * chain, the same gradients, the same extra information) up to step K, then take step K and lay
 * out every term of its update with the numbers in it (explain-terms.ts, explain-search.ts).
 * Because the replay is the run's own computation, p_K + Δp is the run's p_{K+1}, bit for bit.
 *
 * Beside it, the other convention (PyTorch ↔ Keras): the same options under the other
 * framework's rules, fed the same history (the run's points and gradients up to K), so its
 * moments are the ones the run would have had there; its Δp at K and the difference.
 *
 * Replays keep a checkpoint every few steps, so scrubbing back and forth in the lab replays at
 * most that many steps (the states are immutable: a checkpoint is three references).
 */
import { DescensoError } from '../errors.js';
import { showValue } from '../text.js';
import { conventions, isSearching, type OptimizerName } from './conventions.js';
import type { ExplainTerm, StepInput } from './explain-parts.js';
import { classicalTerms } from './explain-search.js';
import { gradientTerms, hasGradientTerms } from './explain-terms.js';
import { makeOptimizer, type Optimizer, type OptimizerSpec } from './optimizers.js';
import { applyUpdates } from './transforms.js';
import { type Convention, type Dtype, type Extra, type Params, rounder } from './types.js';

export type { ExplainTerm, Part } from './explain-parts.js';
export { equationText, termText } from './explain-parts.js';

/** The function a descent walks, as the descent computes it (src/train/explain-descent.ts builds it). */
export interface StepFunction {
  /** The start, as the descent rounded it. */
  readonly start: readonly number[];
  readonly vars: readonly string[];
  readonly dtype: Dtype;
  /** f and the gradient the descent's step `step` uses at p (its gradient method, its noise). */
  gradient(p: readonly number[], step: number): [number, number[]];
  /** f at a line search's trial point, and f with ∇f there. */
  value(p: readonly number[]): number;
  valueAndGrad(p: readonly number[]): [number, number[]];
  /** The Hessian at p, row-major (Newton's method). */
  hessian?(p: readonly number[]): Float64Array;
}

/** The other convention's step from the same history, or why that optimizer cannot be built. */
export type OtherConvention =
  | {
      readonly convention: Convention;
      readonly delta: number[];
      /** Its Δp minus this convention's. */
      readonly difference: number[];
    }
  | { readonly convention: Convention; readonly error: { code: string; en: string; es: string } };

export interface StepExplanation {
  readonly optimizer: OptimizerName;
  readonly convention: Convention;
  /** K: the update from p_K to p_{K+1}. */
  readonly step: number;
  readonly vars: readonly string[];
  /** The learning rate at this step (a schedule's value); NaN for Nelder–Mead. */
  readonly lr: number;
  /** Terms shared by every coordinate (t, bias corrections, α, …). */
  readonly shared: readonly ExplainTerm[];
  /** Per variable, its terms from g to Δp and p′. */
  readonly coords: readonly (readonly ExplainTerm[])[];
  readonly before: number[];
  readonly after: number[];
  /** The update the optimizer returned: after = before + delta in the run's precision. */
  readonly delta: number[];
  /** A searching method's trial points (the accepted one last). */
  readonly trials?: number[][];
  /** null when both conventions are the same method (the classical ones). */
  readonly other: OtherConvention | null;
}

interface Checkpoint {
  readonly params: Params;
  readonly state: unknown;
  readonly other: unknown;
}

/** How often a replay keeps its state: scrubbing replays at most this many steps. */
const CHECKPOINT_EVERY = 32;

function build(spec: OptimizerSpec, dtype: Dtype, convention: string): Optimizer {
  const options = dtype === 'float32' ? { ...(spec.options ?? {}), dtype } : (spec.options ?? {});
  return makeOptimizer(spec.name, options, convention);
}

function otherOf(spec: OptimizerSpec, dtype: Dtype, main: Optimizer): Optimizer | DescensoError | null {
  const entries = conventions[main.name];
  if (entries.pytorch === entries.keras) return null;
  try {
    return build(spec, dtype, main.convention === 'pytorch' ? 'keras' : 'pytorch');
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
}

export interface Explainer {
  /** The optimizer as the run built it. */
  readonly optimizer: Optimizer;
  /** The explanation of step K (0 ≤ K < the steps the run took). */
  explain(step: number): StepExplanation;
}

/**
 * An explainer of one descent: `spec` is the run's optimizer entry, `fn` its function and `taken`
 * the steps the run took (a step past the end, or past a divergence, has nothing to explain).
 */
export function createExplainer(spec: OptimizerSpec, fn: StepFunction, taken: number): Explainer {
  const dtype = fn.dtype;
  const optimizer = build(spec, dtype, spec.convention ?? 'pytorch');
  const other = otherOf(spec, dtype, optimizer);
  const otherOpt = other instanceof DescensoError ? null : other;
  const searching = isSearching(optimizer.name);
  const params0: Params = [Float64Array.from(fn.start)];
  const checkpoints = new Map<number, Checkpoint>([
    [0, { params: params0, state: optimizer.init(params0), other: otherOpt?.init(params0) }],
  ]);

  const extraAt = (params: Params, step: number, value: number): Extra => {
    const p = Array.from(params[0]);
    return {
      ...(optimizer.name === 'newton' && fn.hessian ? { hessian: [fn.hessian(p)] } : {}),
      step,
      ...(searching
        ? {
            loss: value,
            value: (ps: Params) => fn.value(Array.from(ps[0])),
            valueAndGrad: (ps: Params) => {
              const [v, g] = fn.valueAndGrad(Array.from(ps[0]));
              return { value: v, grads: [Float64Array.from(g)] };
            },
          }
        : {}),
    };
  };

  /** One step from a checkpoint: the next checkpoint-like state, and what the step used. */
  const advance = (c: Checkpoint, step: number) => {
    const [value, g] = fn.gradient(Array.from(c.params[0]), step);
    const extra = extraAt(c.params, step, value);
    const grads = [Float64Array.from(g)];
    const [updates, state] = optimizer.update(grads, c.state as unknown[], c.params, extra);
    const otherStep = otherOpt ? otherOpt.update(grads, c.other as unknown[], c.params, extra) : undefined;
    const params = applyUpdates(c.params, updates, dtype);
    return {
      next: { params, state, other: otherStep?.[1] },
      g,
      updates,
      otherUpdates: otherStep?.[0],
      extra,
    };
  };

  const stateAt = (step: number): Checkpoint => {
    let from = step - (step % CHECKPOINT_EVERY);
    while (!checkpoints.has(from)) from -= CHECKPOINT_EVERY;
    let c = checkpoints.get(from) as Checkpoint;
    for (let k = from; k < step; k++) {
      c = advance(c, k).next;
      if ((k + 1) % CHECKPOINT_EVERY === 0) checkpoints.set(k + 1, c);
    }
    return c;
  };

  return {
    optimizer,
    explain(step) {
      if (!(Number.isInteger(step) && step >= 0 && step < taken))
        throw new DescensoError('explain-step-range', { step: showValue(step), last: taken - 1 });
      const c = stateAt(step);
      const { next, g, updates, otherUpdates, extra } = advance(c, step);
      const o = optimizer.options;
      const lr = optimizer.name === 'nelder-mead' ? Number.NaN : typeof o.lr === 'number' ? o.lr : o.lr(step);
      const input: StepInput = {
        name: optimizer.name,
        entry: conventions[optimizer.name][optimizer.convention],
        o,
        r: rounder(dtype),
        step,
        lr,
        g: Float64Array.from(g),
        p: Float64Array.from(c.params[0]),
        before: c.state as unknown[],
        after: next.state as unknown[],
        update: updates[0],
        ...(extra.hessian ? { hessian: extra.hessian[0] } : {}),
      };
      const terms = hasGradientTerms(optimizer.name) ? gradientTerms(input) : classicalTerms(input);
      const before = Array.from(c.params[0]);
      const after = Array.from(next.params[0]);
      const delta = Array.from(updates[0]);
      const coords = terms.coords.map((list, j) => [
        ...list,
        { symbol: 'p′', formula: 'p + Δp', equation: [before[j], ' + ', delta[j]], value: after[j] },
      ]);
      const trials = searching ? traceTrials(next.state) : undefined;
      return {
        optimizer: optimizer.name,
        convention: optimizer.convention,
        step,
        vars: fn.vars,
        lr,
        shared: terms.shared,
        coords,
        before,
        after,
        delta,
        ...(trials ? { trials } : {}),
        other: otherConvention(optimizer, other, otherUpdates?.[0], delta),
      };
    },
  };
}

function traceTrials(state: unknown): number[][] | undefined {
  const states = Array.isArray(state) ? state : [state];
  for (const s of states) {
    const trials = (s as { trace?: { trials?: number[][] } } | null)?.trace?.trials;
    if (trials) return trials.map((q) => Array.from(q));
  }
  return undefined;
}

function otherConvention(
  main: Optimizer,
  other: Optimizer | DescensoError | null,
  update: Float64Array | undefined,
  delta: number[],
): OtherConvention | null {
  if (other === null) return null;
  const convention: Convention = main.convention === 'pytorch' ? 'keras' : 'pytorch';
  if (other instanceof DescensoError)
    return { convention, error: { code: other.code, en: other.messageIn('en'), es: other.messageIn('es') } };
  const d = Array.from(update as Float64Array);
  return { convention, delta: d, difference: d.map((x, j) => x - delta[j]) };
}

/** Step K of a descent explained: a one-off createExplainer(spec, fn, taken).explain(step). */
export function explainStep(
  spec: OptimizerSpec,
  fn: StepFunction,
  step: number,
  taken: number,
): StepExplanation {
  return createExplainer(spec, fn, taken).explain(step);
}
