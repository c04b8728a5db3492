/**
 * The vocabulary of optim/: parameters are a list of flat arrays, and an optimizer is a pair of pure
 * functions (optax's `GradientTransformation`): `init` builds a state, `update` turns gradients into
 * updates and a new state. Nothing here mutates its inputs, so a state can be kept, compared, replayed.
 */

/** The parameters being optimized: one flat array per parameter (a weight matrix is stored row-major). */
export type Params = Float64Array[];

/** Gradients and updates have the shape of the parameters. */
export type Updates = Float64Array[];

/** Extra information some transforms need, passed by the caller at each step. */
export interface Extra {
  /** For Newton's method: one row-major n×n Hessian per parameter array of length n. */
  readonly hessian?: readonly Float64Array[];
  /**
   * The 0-based index of this update, for callers that drive learning-rate schedules themselves
   * (for instance once per epoch). Without it, schedules count the updates they have seen.
   */
  readonly step?: number;
  /** The loss at the current parameters, for transforms that look at it (none of the built-ins do). */
  readonly loss?: number;
  /**
   * f at other parameters, for methods that search (line searches, Nelder–Mead): the caller passes
   * it, and counts each call as one function evaluation. Optimizers that do not search ignore it.
   */
  readonly value?: (params: Params) => number;
  /**
   * f and ∇f at other parameters (a Wolfe line search's curvature test): each call counts as one
   * function and one gradient evaluation.
   */
  readonly valueAndGrad?: (params: Params) => { value: number; grads: Updates };
}

/**
 * What a searching method shows of its last update, kept in its state as `trace`: the trial points
 * its line search evaluated along the direction (the accepted one last), or Nelder–Mead's simplex.
 * Points are flat coordinate lists (all parameter arrays concatenated).
 */
export interface SearchTrace {
  readonly trials?: readonly (readonly number[])[];
  readonly simplex?: readonly (readonly number[])[];
}

/** The state of a transform that searches exposes its last trace (see `SearchTrace`). */
export interface Traced {
  readonly trace?: SearchTrace;
}

/** A gradient transformation. `update` returns fresh arrays and a fresh state. */
export interface Transform<S = unknown> {
  init(params: Params): S;
  update(grads: Updates, state: S, params?: Params, extra?: Extra): [Updates, S];
}

/** A learning rate as a function of the 0-based update index. */
export type Schedule = (step: number) => number;

/** float32 rounds every arithmetic result to single precision, as float32 frameworks compute. */
export type Dtype = 'float64' | 'float32';

/** Whose defaults and formula variants an optimizer follows. */
export type Convention = 'pytorch' | 'keras';

export const conventionNames: readonly Convention[] = ['pytorch', 'keras'];

/** Rounds one arithmetic result to the working precision. */
export type Round = (x: number) => number;

const keep: Round = (x) => x;

/** The rounding function of a dtype: `Math.fround` for float32, the identity for float64. */
export function rounder(dtype: Dtype = 'float64'): Round {
  return dtype === 'float32' ? Math.fround : keep;
}
