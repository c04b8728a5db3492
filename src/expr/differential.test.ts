import { describe, expect, it } from 'vitest';
import {
  add,
  compile,
  type Data,
  type DType,
  gradients,
  mul,
  type Tensor,
  tensor,
} from '../autodiff/index.js';
import { mulberry32, type Rng } from '../autodiff/testing.js';
import { binaryFunctions, type Expr, type FunctionName, unaryFunctions } from './ast.js';
import { evaluate } from './evaluate.js';
import { toText } from './format.js';
import { parseFormula } from './formula.js';
import { toGraph } from './toGraph.js';

/**
 * Differential fuzzing: three independent ways of computing a formula must give the same bits.
 * - `evaluate`, the scalar evaluator (one point at a time);
 * - the engine, interpreting the graph operation by operation (the tape of grad/backward);
 * - `compile`, the fused JavaScript the CLI and the lab run.
 * Values and gradients are compared with Object.is: NaN must meet NaN, −0 must meet −0, and the
 * points include the places where formulas break (0, −0, ±1e308, ±Infinity, NaN, the smallest
 * subnormal). Seeded, so a failure prints a formula and a point that reproduce it on every run.
 */

const FORMULAS = 10_000;
/** Points per formula: compiled once over vectors of this length, evaluated one by one. */
const POINTS = 6;

const edgeValues = [
  0,
  -0,
  1,
  -1,
  0.5,
  -2.5,
  3,
  1e308,
  -1e308,
  1e-308,
  5e-324,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
];
/** Literals the parser can produce (never negative: a minus is a `neg` node). */
const literals = [0, 1, 2, 3, 0.5, 10, 1e308, 5e-324, 1e-300, 0.1];
const functions: FunctionName[] = [...unaryFunctions, ...binaryFunctions];
const binaryOps = ['+', '-', '*', '/', '^'] as const;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

function point(rng: Rng): number {
  return rng() < 0.5 ? pick(rng, edgeValues) : (rng() - 0.5) * 10;
}

/** A random tree of at most `depth` levels over x and y. */
function randomTree(rng: Rng, depth: number): Expr {
  const r = rng();
  if (depth === 0 || r < 0.2) {
    const leaf = rng();
    if (leaf < 0.55) return { kind: 'var', name: rng() < 0.6 ? 'x' : 'y' };
    if (leaf < 0.9) return { kind: 'num', value: pick(rng, literals) };
    return { kind: 'const', name: rng() < 0.5 ? 'pi' : 'e' };
  }
  if (r < 0.3) return { kind: 'neg', arg: randomTree(rng, depth - 1) };
  if (r < 0.65) {
    const op = pick(rng, binaryOps);
    // Exponents are mostly small constants, as people write them (x^2, x^-1, x^0.5, 2^x).
    const right =
      op === '^' && rng() < 0.7
        ? ({ kind: 'num', value: pick(rng, [0, 0.5, 1, 2, 3, 4, 7, 16, 17, 1.5, 1e308]) } as Expr)
        : randomTree(rng, depth - 1);
    const left = randomTree(rng, depth - 1);
    // e^u is read back as exp(u) (NumPy's np.exp, not math.e ** u): generate it in that form.
    if (op === '^' && left.kind === 'const' && left.name === 'e')
      return { kind: 'call', fn: 'exp', args: [right] };
    return { kind: 'binary', op, left, right };
  }
  const fn = pick(rng, functions);
  const arity = (binaryFunctions as readonly string[]).includes(fn) ? 2 : 1;
  return { kind: 'call', fn, args: Array.from({ length: arity }, () => randomTree(rng, depth - 1)) };
}

/** Object.is on every element; the first difference described for the failure message. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

interface Case {
  tree: Expr;
  xs: number[];
  ys: number[];
}

/** A number as a reader must see it to reproduce a failure: −0 is not 0. */
const num = (v: number) => (Object.is(v, -0) ? '-0' : String(v));

function describeCase(c: Case, i: number, what: string, got: number, expected: number): string {
  return `${what} differ for f(x, y) = ${toText(c.tree)} at (x, y) = (${num(c.xs[i])}, ${num(c.ys[i])}): ${num(got)} vs ${num(expected)}`;
}

/**
 * Formulas are checked in batches, so that one compile serves many of them (compiling is the slow
 * part): F = Σₖ wₖ·fₖ(xₖ, yₖ) with every wₖ = 1. Then ∂F/∂wₖ is the node fₖ itself (the seed times
 * fₖ is simplified to fₖ), so it gives fₖ's value bit for bit, and ∂F/∂xₖ, ∂F/∂yₖ are fₖ's
 * gradients computed by fₖ's own backward rules (multiplied by the exact 1 of wₖ).
 */
const BATCH = 20;

function batched(batch: Case[]): (...args: Tensor[]) => Tensor {
  return (...args: Tensor[]) => {
    let total: Tensor | undefined;
    batch.forEach((c, k) => {
      const [x, y, w] = args.slice(3 * k, 3 * k + 3);
      const term = mul(w, toGraph(c.tree, { x, y }));
      total = total === undefined ? term : add(total, term);
    });
    return total!;
  };
}

/** Arguments x₀, y₀, w₀, x₁, … of the batch, as plain arrays. */
function argumentsOf(batch: Case[]): number[][] {
  return batch.flatMap((c) => [c.xs, c.ys, new Array<number>(POINTS).fill(1)]);
}

/** ∂F/∂(every argument), by the interpreting engine and by compiled code. */
function batchGradients(batch: Case[], dtype: DType): { engine: Data[]; fused: Data[] } {
  const f = batched(batch);
  const args = argumentsOf(batch);
  const ts = args.map((a) => tensor(a, { dtype }));
  const engine = gradients(f(...ts), ts).map((g) => g.data);
  const shapes = args.map(() => [POINTS]);
  const fused = compile(f, shapes, { dtype }).valueAndGrad(...args).grads as Data[];
  return { engine, fused };
}

const roles = ['∂f/∂x', '∂f/∂y', 'values'] as const;

/**
 * The same at one point, with scalar arguments (shape []): the CLI's `grad` and the descents
 * compile formulas of scalars, which emits straight-line code instead of loops.
 */
function scalarGradients(batch: Case[], dtype: DType): { engine: Data[]; fused: Data[] } {
  const f = batched(batch);
  const args = argumentsOf(batch).map((a) => a[0]);
  const ts = args.map((a) => tensor(a, { dtype }));
  const engine = gradients(f(...ts), ts).map((g) => g.data);
  const out = compile(
    f,
    args.map(() => []),
    { dtype },
  ).valueAndGrad(...args);
  return { engine, fused: (out.grads as number[]).map((g) => Float64Array.of(g)) };
}

/** Checks a batch; returns a description of each disagreement found. */
function check(batch: Case[], dtype: DType, scalar = false): string[] {
  const failures: string[] = [];
  const { engine, fused } = scalar ? scalarGradients(batch, dtype) : batchGradients(batch, dtype);
  fused.forEach((got, j) => {
    const i = firstDifference(got, engine[j]);
    const c = batch[Math.floor(j / 3)];
    const what = `${dtype} compiled and interpreted ${roles[j % 3]}`;
    if (i >= 0) failures.push(describeCase(c, i, what, got[i], engine[j][i]));
  });
  if (dtype === 'float64') {
    batch.forEach((c, k) => {
      const values = engine[3 * k + 2];
      const one = c.xs.slice(0, values.length).map((x, i) => evaluate(c.tree, { x, y: c.ys[i] }));
      const i = firstDifference(one, values);
      if (i >= 0) failures.push(describeCase(c, i, 'evaluate and engine values', one[i], values[i]));
    });
  }
  return failures;
}

function checkAll(all: Case[], dtype: DType, scalar = false): string[] {
  const failures: string[] = [];
  for (let k = 0; k < all.length; k += BATCH) failures.push(...check(all.slice(k, k + BATCH), dtype, scalar));
  return failures;
}

function cases(seed: number, n: number): Case[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => ({
    tree: randomTree(rng, 1 + Math.floor(rng() * 5)),
    xs: Array.from({ length: POINTS }, () => point(rng)),
    ys: Array.from({ length: POINTS }, () => point(rng)),
  }));
}

describe('differential fuzzing: evaluate = engine = compile, bit for bit (seeded)', () => {
  it(`${FORMULAS} random formulas at ${POINTS} points each (edge values included) agree in value and gradient, float64`, () => {
    expect(checkAll(cases(20_261_130, FORMULAS), 'float64').slice(0, 5)).toEqual([]);
  });

  it(`${FORMULAS / 10} random formulas of scalar arguments (straight-line compiled code) agree, float64 and float32`, () => {
    expect(checkAll(cases(31, FORMULAS / 10), 'float64', true).slice(0, 5)).toEqual([]);
    expect(checkAll(cases(32, FORMULAS / 10), 'float32', true).slice(0, 5)).toEqual([]);
  });

  it(`${FORMULAS / 4} random formulas agree between the compiled and the interpreted float32 paths`, () => {
    expect(checkAll(cases(7, FORMULAS / 4), 'float32').slice(0, 5)).toEqual([]);
  });

  // Newton's method compiles ∂f/∂x and differentiates it again (compileFormula's Hessian rows).
  it('500 random formulas: the second derivatives ∂²f/∂x², ∂²f/∂x∂y agree, compiled and interpreted', () => {
    const failures: string[] = [];
    for (const c of cases(57, 500)) {
      const dfdx = (x: Tensor, y: Tensor) => gradients(toGraph(c.tree, { x, y }), [x, y])[0];
      const [x, y] = [tensor(c.xs[0]), tensor(c.ys[0])];
      const engine = [dfdx(x, y).data[0], ...gradients(dfdx(x, y), [x, y]).map((g) => g.data[0])];
      const out = compile(dfdx, [[], []]).valueAndGrad(c.xs[0], c.ys[0]);
      const fused = [out.value as number, ...(out.grads as number[])];
      const i = firstDifference(fused, engine);
      if (i >= 0) failures.push(describeCase(c, 0, ['∂f/∂x', '∂²f/∂x²', '∂²f/∂x∂y'][i], fused[i], engine[i]));
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('the printed text of every generated formula parses back to a formula with the same values', () => {
    const failures: string[] = [];
    for (const c of cases(99, 2_000)) {
      const again = parseFormula(toText(c.tree)).ast;
      for (let i = 0; i < POINTS; i++) {
        const env = { x: c.xs[i], y: c.ys[i] };
        const [a, b] = [evaluate(again, env), evaluate(c.tree, env)];
        if (!Object.is(a, b)) failures.push(describeCase(c, i, 'reparsed and original values', a, b));
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
