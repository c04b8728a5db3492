/**
 * What a benchmark case is, and the check that its implementations compute the same numbers.
 *
 * A case prepares its inputs once (`setup`), then each implementation builds a runner from them
 * (compiling, creating tensors: untimed) whose `evaluate(j)` does the j-th evaluation of the
 * case's timed work. Timing a run means calling evaluate(0 … evaluations−1).
 */
export type Values = Float64Array | Float32Array;
export type Out = number | Values;

/** The result of one evaluation: a value (scalar or pointwise) and the gradients, if any. */
export interface Output {
  value: Out;
  grads: Out[];
}

export interface Runner {
  evaluate(j: number): Output;
  /** Releases what the runner holds outside the JS heap (tfjs tensors). */
  dispose?(): void;
}

export type Precision = 'float64' | 'float32';

export interface Implementation<D> {
  /** float32 implementations (tfjs) are compared with a float32 tolerance. */
  precision: Precision;
  /** Builds a runner, or returns null when the implementation is not available (tfjs missing). */
  prepare(data: D): Runner | null | Promise<Runner | null>;
}

export type ImplName = 'compiled' | 'tape' | 'handwritten' | 'tfjs';
export const implNames: readonly ImplName[] = ['handwritten', 'compiled', 'tape', 'tfjs'];

export interface Case<D> {
  name: string;
  /** One line for the table. */
  description: string;
  /** Evaluations in one timed run (mse-grad: 100; the others: 1). */
  evaluations: number;
  setup(points: number): D;
  implementations: Record<ImplName, Implementation<D>>;
}

/** A case whose data type is hidden, so cases of different data can share one list. */
export interface AnyCase {
  name: string;
  description: string;
  evaluations: number;
  setup(points: number): unknown;
  implementations: Record<ImplName, Implementation<never>>;
}

export const defineCase = <D>(c: Case<D>): AnyCase => c as unknown as AnyCase;

/**
 * Tolerances. float64 implementations must agree to 1e-9 relative; a value that cancels to
 * nearly zero is compared against 1e-12 of the largest magnitude in its array instead, since
 * there its relative error only measures the cancellation. tfjs computes in float32.
 */
export const tolerance: Record<Precision, { rel: number; floor: number }> = {
  float64: { rel: 1e-9, floor: 1e-12 },
  float32: { rel: 1e-4, floor: 1e-5 },
};

function maxAbs(v: Out): number {
  if (typeof v === 'number') return Math.abs(v);
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

/**
 * The worst error of `got` against `ref` in units of the tolerance (≤ 1 passes), and the worst
 * relative difference |got − ref| / max(|got|, |ref|, floor), for the report.
 */
function compare(got: Out, ref: Out, tol: { rel: number; floor: number }): { score: number; rel: number } {
  const g = typeof got === 'number' ? [got] : got;
  const r = typeof ref === 'number' ? [ref] : ref;
  if (g.length !== r.length) return { score: Number.POSITIVE_INFINITY, rel: Number.POSITIVE_INFINITY };
  const floor = tol.floor * maxAbs(ref);
  let score = 0;
  let rel = 0;
  for (let i = 0; i < r.length; i++) {
    const d = Math.abs(g[i] - r[i]);
    const size = Math.max(Math.abs(g[i]), Math.abs(r[i]));
    const allowed = tol.rel * size + floor;
    const s = d === 0 ? 0 : d / allowed;
    if (!(s <= score)) score = s; // also catches NaN
    if (d > 0) rel = Math.max(rel, d / Math.max(size, floor));
  }
  return { score, rel };
}

/**
 * Compares an implementation's output with the hand-written one; throws when they disagree
 * (a wrong baseline or a wrong gradient would make every ratio meaningless). Returns the worst
 * relative difference seen.
 */
export function checkAgreement(
  caseName: string,
  impl: string,
  got: Output,
  ref: Output,
  precision: Precision,
): number {
  const tol = tolerance[precision];
  const parts: [string, Out, Out][] = [['value', got.value, ref.value]];
  if (got.grads.length !== ref.grads.length)
    throw new Error(
      `${caseName}: ${impl} returns ${got.grads.length} gradients, hand-written ${ref.grads.length}`,
    );
  got.grads.forEach((g, k) => {
    parts.push([`gradient ${k}`, g, ref.grads[k]]);
  });
  let worst = 0;
  for (const [what, g, r] of parts) {
    const { score, rel } = compare(g, r, tol);
    if (!(score <= 1))
      throw new Error(
        `${caseName}: ${impl} disagrees with the hand-written ${what} (error ${score.toPrecision(3)} × the tolerance ${tol.rel} relative)`,
      );
    worst = Math.max(worst, rel);
  }
  return worst;
}

/**
 * Runs a hand-written loop a few times on a few points before it meets a million. Otherwise V8
 * (Node 20) first compiles it on-stack in the middle of its first, long loop, before the code
 * after the loop has ever run; that code then deoptimises at the end of every later call too,
 * and some processes end up running the loop unoptimised — 3 to 5 times slower, at random.
 */
export function prime(run: () => void): void {
  for (let k = 0; k < 3; k++) run();
}

/** A small deterministic generator (xorshift32), so every run times the same points. */
export function uniform(n: number, lo: number, hi: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = lo + ((hi - lo) * s) / 4294967296;
  }
  return out;
}
