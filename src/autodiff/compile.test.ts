import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import {
  add,
  broadcastAxis,
  div,
  dot,
  exp,
  matmul,
  mean,
  mul,
  pow,
  reshape,
  sigmoid,
  sin,
  softplus,
  sqrt,
  square,
  sub,
  sum,
  tanh,
  tensor,
  transpose,
} from './api.js';
import { compile, type OutValue } from './compile.js';
import { valueAndGrad } from './grad.js';
import type { Shape, Tensor } from './tensor.js';
import { flat, mulberry32, PEAKS_POINTS, peaks, relativeError, shaped, uniformArray } from './testing.js';

function caught(fn: () => unknown): DescensoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

const asArray = (v: OutValue): number[] => (typeof v === 'number' ? [v] : Array.from(v));

/**
 * Compiles f for `shapes`, runs it and the interpreter on the same random inputs, and checks the
 * value and every gradient agree to `rtol` relative.
 */
function expectSameAsInterpreter(
  f: (...xs: Tensor[]) => Tensor,
  shapes: Shape[],
  seed: number,
  options: { argnums?: number[]; rtol?: number; lo?: number; hi?: number } = {},
): void {
  const argnums = options.argnums ?? shapes.map((_s, i) => i);
  const compiled = compile(f, shapes, { argnums });
  const rng = mulberry32(seed);
  for (let trial = 0; trial < 3; trial++) {
    const values = shapes.map((s) =>
      uniformArray(
        rng,
        s.reduce((n, d) => n * d, 1),
        options.lo ?? -1.5,
        options.hi ?? 1.5,
      ),
    );
    const args = values.map((v, i) => (shapes[i].length === 0 ? v[0] : Float64Array.from(v)));
    const tensors = values.map((v, i) => shaped(v, shapes[i]));
    const [value, grads] = valueAndGrad(f, { argnums })(...tensors) as [Tensor, Tensor[]];
    const out = compiled.valueAndGrad(...args);
    const rtol = options.rtol ?? 1e-12;
    expect(relativeError(asArray(out.value), value.data)).toBeLessThanOrEqual(rtol);
    expect(relativeError(asArray(compiled.value(...args)), value.data)).toBeLessThanOrEqual(rtol);
    for (const [k, g] of grads.entries())
      expect(relativeError(asArray(out.grads[k]), g.data)).toBeLessThanOrEqual(rtol);
  }
}

describe('compile equals the interpreted tape', () => {
  it('compile(peaks, [[], []]) equals the interpreter to 1e-12 at the tutorial points', () => {
    const c = compile(peaks, [[], []]);
    for (const [x, y] of PEAKS_POINTS) {
      const [v, g] = valueAndGrad(peaks, { argnums: [0, 1] })(x, y);
      const out = c.valueAndGrad(x, y);
      expect(relativeError(out.value as number, v)).toBeLessThanOrEqual(1e-12);
      expect(
        relativeError(
          out.grads.map((t) => t as number),
          g,
        ),
      ).toBeLessThanOrEqual(1e-12);
      expect(relativeError(c.value(x, y) as number, v)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('compile(peaks, [[1000], [1000]]) equals the interpreter elementwise over 1000 points', () => {
    expectSameAsInterpreter(peaks, [[1000], [1000]], 11, { lo: -3, hi: 3 });
  });

  it('compile of an elementwise mix over 1000 points (sin, exp, softplus, tanh) equals the interpreter', () => {
    const f = (x: Tensor) => add(mul(sin(x), exp(mul(-0.5, square(x)))), mul(softplus(x), tanh(x)));
    expectSameAsInterpreter(f, [[1000]], 12, { lo: -4, hi: 4 });
  });

  it('compile(mean((y − (w·x + b))²)) over 50 points equals the interpreter', () => {
    const mse = (w: Tensor, b: Tensor, x: Tensor, y: Tensor) => mean(square(sub(y, add(mul(w, x), b))));
    expectSameAsInterpreter(mse, [[], [], [50], [50]], 13, { argnums: [0, 1] });
  });

  it('compile of the variance sum((x − mean(x))²) (a value used after a reduction) equals the interpreter', () => {
    const variance = (x: Tensor) => sum(square(sub(x, mean(x))));
    expectSameAsInterpreter(variance, [[40]], 14);
  });

  it('compile of the variance gives the hand values: Σ(x − x̄)² and 2(x − x̄)', () => {
    // x = (1, 2, 3, 4, 7), x̄ = 3.4: Σ(x − x̄)² = 5.76 + 1.96 + 0.16 + 0.36 + 12.96 = 21.2
    const c = compile((x) => sum(square(sub(x, mean(x)))), [[5]]);
    const out = c.valueAndGrad(new Float64Array([1, 2, 3, 4, 7]));
    expect(out.value).toBeCloseTo(21.2, 12);
    for (const [i, g] of flat(out.grads[0]).entries())
      expect(g).toBeCloseTo(2 * ([1, 2, 3, 4, 7][i] - 3.4), 12);
  });

  it('compile of a linear layer loss mean((X·W + b − Y)²) (matmul, axis sum in the gradient) equals the interpreter', () => {
    const layer = (X: Tensor, W: Tensor, b: Tensor, Y: Tensor) =>
      mean(square(sub(add(matmul(X, W), broadcastAxis(b, [6, 2], 0)), Y)));
    expectSameAsInterpreter(layer, [[6, 3], [3, 2], [2], [6, 2]], 15, { argnums: [1, 2] });
  });

  it('compile of a loss with an axis sum in the forward pass and a tanh layer equals the interpreter', () => {
    const loss = (X: Tensor, W: Tensor, Y: Tensor) =>
      add(mean(sum(square(sub(tanh(matmul(X, W)), Y)), 1)), mul(0.01, sum(sum(square(W), 0))));
    expectSameAsInterpreter(
      loss,
      [
        [5, 4],
        [4, 3],
        [5, 3],
      ],
      16,
      { argnums: [1] },
    );
  });

  it('compile with transpose, reshape and a matrix·vector product equals the interpreter', () => {
    // sum(MᵀM ⊙ V) + (M · sin(column sums of V)) · (row sums of M), with V = v reshaped to 3×3
    const g = (M: Tensor, v: Tensor) =>
      add(
        sum(mul(matmul(transpose(M), M), reshape(v, [3, 3]))),
        dot(matmul(M, sin(sum(reshape(v, [3, 3]), 0))), sum(M, 1)),
      );
    expectSameAsInterpreter(g, [[3, 3], [9]], 17);
  });

  it('compile(sum(A·W)) returns the gradient of W, a matmul result, as an output', () => {
    // Regression: a kernel (matmul) result returned as a gradient referenced an undeclared buffer.
    // ∂ sum(A·W)/∂W = Aᵀ·1 = the column sums of A repeated: A = [[1,2],[3,4]] gives [[4,4],[6,6]]
    const c = compile(
      (a, w) => sum(matmul(a, w)),
      [
        [2, 2],
        [2, 2],
      ],
      { argnums: [1] },
    );
    const out = c.valueAndGrad(new Float64Array([1, 2, 3, 4]), new Float64Array([1, 0, 0, 1]));
    expect(out.value).toBe(10);
    expect(Array.from(out.grads[0] as Float64Array)).toEqual([4, 4, 6, 6]);
  });

  it('compile(A·B).value returns the matrix product (a kernel value)', () => {
    const c = compile(
      (a, b) => matmul(a, b),
      [
        [2, 2],
        [2, 2],
      ],
    );
    expect(
      Array.from(c.value(new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8])) as Float64Array),
    ).toEqual([19, 22, 43, 50]);
  });

  it('compile(dot(x, y)): the gradient in x is the argument y itself, copied out', () => {
    const c = compile((x, y) => dot(x, y), [[3], [3]]);
    const y = new Float64Array([4, 5, 6]);
    const out = c.valueAndGrad(new Float64Array([1, 2, 3]), y);
    expect(out.value).toBe(32);
    expect(Array.from(out.grads[0] as Float64Array)).toEqual([4, 5, 6]);
    expect(Array.from(out.grads[1] as Float64Array)).toEqual([1, 2, 3]);
    expect(out.grads[0]).not.toBe(y);
  });

  it('compile(dot(x, C)) with a constant C: the gradient is C', () => {
    const C = tensor([0.5, -1, 2]);
    const c = compile((x) => dot(x, C), [[3]]);
    expect(Array.from(c.valueAndGrad(new Float64Array([1, 1, 1])).grads[0] as Float64Array)).toEqual([
      0.5, -1, 2,
    ]);
  });

  it('compile(sin(x)) of a vector returns the values and the pointwise derivatives', () => {
    const c = compile(sin, [[3]]);
    const out = c.valueAndGrad(new Float64Array([0, 1, 2]));
    expect(Array.from(out.value as Float64Array)).toEqual([0, 1, 2].map(Math.sin));
    expect(Array.from(out.grads[0] as Float64Array)).toEqual([0, 1, 2].map(Math.cos));
  });

  it('compile(f, shapes, {argnums: 1}) returns only the gradient of the second argument', () => {
    const c = compile((x, y) => mul(square(x), y), [[], []], { argnums: 1 });
    expect(c.argnums).toEqual([1]);
    const out = c.valueAndGrad(3, 5);
    expect(out.value).toBe(45);
    expect(out.grads).toEqual([9]);
  });

  it('compile of the same subexpression twice emits it once', () => {
    const c = compile((x) => add(mul(2, x), sin(mul(2, x))), [[4]]);
    expect(c.source.value.split('(2 * e0)').length - 1).toBe(1);
  });

  it('compile loads each array element once per loop', () => {
    // x is read by x², the 2x of the derivative and x·y: one load of a0[i], one of a1[i]
    const c = compile((x, y) => sum(add(square(x), mul(x, y))), [[4], [4]]);
    for (const src of [c.source.value, c.source.valueAndGrad]) {
      const loops = src.split('for (').slice(1);
      expect(loops.length).toBeGreaterThan(0);
      for (const loop of loops) {
        expect(loop.split('a0[i]').length - 1).toBeLessThanOrEqual(1);
        expect(loop.split('a1[i]').length - 1).toBeLessThanOrEqual(1);
      }
      expect(src).toContain('const e0 = a0[i];');
    }
    // Σ x² + x·y = 30 + 17; ∂/∂x = 2x + y
    const out = c.valueAndGrad(new Float64Array([1, 2, 3, 4]), new Float64Array([1, 1, 2, 2]));
    expect(out.value).toBe(47);
    expect(Array.from(out.grads[0] as Float64Array)).toEqual([3, 5, 8, 10]);
  });
});

/** Schedules worth one check each: outputs that are arguments or kernels, several stages, sizes. */
const schedules: [string, (...xs: Tensor[]) => Tensor, Shape[]][] = [
  ['the identity (the value is the argument)', (x) => x, [[3]]],
  ['sum(x) (the gradient is a broadcast 1)', (x) => sum(x), [[3]]],
  ['mean of a matrix', (x) => mean(x), [[2, 3]]],
  ['x − mean(x) (a vector value after a reduction)', (x) => sub(x, mean(x)), [[4]]],
  [
    'a normalisation (x − m)/√(v + ε) dotted with y (three stages)',
    (x, y) => {
      const centred = sub(x, mean(x));
      return dot(div(centred, sqrt(add(mean(square(centred)), 1e-3))), y);
    },
    [[6], [6]],
  ],
  [
    'a matmul after a reduction: sum(tanh((X·sum(X))·W))',
    (X, W) => sum(tanh(matmul(mul(X, sum(X)), W))),
    [
      [3, 2],
      [2, 4],
    ],
  ],
  ['matrix·vector as the value', matmul, [[3, 2], [2]]],
  ['vector·matrix as the value', matmul, [[3], [3, 2]]],
  ['transpose as the value', transpose, [[2, 3]]],
  ['sum(sin(M), 1) as the value', (M) => sum(sin(M), 1), [[2, 3]]],
  ['loops of two sizes', (x, y) => add(sum(exp(x)), sum(sin(y))), [[3], [5]]],
  ['a vector of one element', (x) => sum(exp(x)), [[1]]],
  ['scalar · vector as the value', mul, [[], [3]]],
  ['√(Σx²)', (x) => sqrt(sum(square(x))), [[4]]],
];

describe('compile equals the interpreter on every kind of schedule', () => {
  schedules.forEach(([name, f, shapes], k) => {
    it(`compile of ${name} equals the interpreter`, () => expectSameAsInterpreter(f, shapes, 100 + k));
  });

  it('compile(exp): the value and the gradient are equal numbers in two distinct buffers', () => {
    const c = compile(exp, [[3]]);
    const out = c.valueAndGrad([0, 1, 2]);
    expect(Array.from(out.grads[0] as Float64Array)).toEqual(Array.from(out.value as Float64Array));
    expect(out.grads[0]).not.toBe(out.value);
  });
});

describe('compile: buffers, safety, arguments', () => {
  it('compile(f).valueAndGrad returns the same result object and buffers on every call, with new contents', () => {
    const c = compile((x) => mul(x, x), [[3]]);
    const r1 = c.valueAndGrad(new Float64Array([1, 2, 3]));
    const v1 = r1.value;
    const g1 = r1.grads[0];
    expect(Array.from(v1 as Float64Array)).toEqual([1, 4, 9]);
    const r2 = c.valueAndGrad(new Float64Array([4, 5, 6]));
    expect(r2).toBe(r1);
    expect(r2.value).toBe(v1);
    expect(r2.grads[0]).toBe(g1);
    expect(Array.from(v1 as Float64Array)).toEqual([16, 25, 36]);
    expect(Array.from(g1 as Float64Array)).toEqual([8, 10, 12]);
  });

  it('compile(f).value returns the same array object across calls, overwritten', () => {
    const c = compile((x) => exp(x), [[2]]);
    const a = c.value([0, 1]);
    const b = c.value([1, 0]);
    expect(b).toBe(a);
    expect(Array.from(b as Float64Array)).toEqual([Math.E, 1]);
  });

  it('compile of scalar functions: results change with the inputs', () => {
    const c = compile(peaks, [[], []]);
    const a = c.valueAndGrad(0, 0).value;
    const b = c.valueAndGrad(1, 1).value;
    expect(a).not.toBe(b);
  });

  it('compile source contains no user text: a tensor name never reaches the code', () => {
    const evil = '); process.exit(1); (';
    const K = tensor([1, 2, 3], { name: evil });
    const k = tensor(2.5, { name: evil });
    const f = (x: Tensor) => mul(dot(x, K), k);
    const c = compile(f, [[3]]);
    expect(c.source.value).not.toContain(evil);
    expect(c.source.valueAndGrad).not.toContain(evil);
    expect(c.source.valueAndGrad).not.toContain('process');
    expect(c.valueAndGrad([1, 1, 1]).value).toBe(15);
  });

  it('compile with shape [0], [2.5] or rank 3 throws autodiff-arg-shape', () => {
    expect(caught(() => compile((x) => x, [[0]])).code).toBe('autodiff-arg-shape');
    expect(caught(() => compile((x) => x, [[2.5]])).code).toBe('autodiff-arg-shape');
    expect(caught(() => compile((x) => x, [[1, 2, 3]])).code).toBe('autodiff-arg-shape');
  });

  it('compile with argnums out of range throws autodiff-bad-argnum', () => {
    expect(caught(() => compile((x) => x, [[]], { argnums: 1 })).code).toBe('autodiff-bad-argnum');
    expect(caught(() => compile((x) => x, [[]], { argnums: [-1] })).code).toBe('autodiff-bad-argnum');
  });

  it('a compiled function called with the wrong number of arguments throws autodiff-arg-count', () => {
    const c = compile((x, y) => mul(x, y), [[], []]);
    expect(caught(() => c.value(1)).code).toBe('autodiff-arg-count');
    expect(caught(() => c.valueAndGrad(1, 2, 3)).code).toBe('autodiff-arg-count');
  });

  it('a compiled function called with arguments of the wrong shape throws autodiff-arg-value', () => {
    const c = compile((x, y) => dot(x, y), [[3], [3]]);
    expect(caught(() => c.value([1, 2], [1, 2, 3])).params).toMatchObject({
      index: 0,
      shape: '[3]',
    });
    expect(caught(() => c.value(1, [1, 2, 3])).code).toBe('autodiff-arg-value');
    const s = compile((x) => square(x), [[]]);
    expect(caught(() => s.value([1])).code).toBe('autodiff-arg-value');
  });

  it('compile of a shape error in f throws shape-mismatch at compile time', () => {
    const e = caught(() => compile((x, y) => add(x, y), [[3], [4]]));
    expect(e.code).toBe('shape-mismatch');
    expect(e.params).toMatchObject({ op: 'add' });
  });

  it('compile(f, shapes, {dtype: "float32"}) returns Float32Array buffers equal to the interpreter in float32', () => {
    const mse = (w: Tensor, x: Tensor, y: Tensor) => mean(square(sub(mul(w, x), y)));
    const c = compile(mse, [[], [4], [4]], { dtype: 'float32', argnums: [0] });
    const X = new Float32Array([1, 2, 3, 4]);
    const Y = new Float32Array([2, 4, 6, 8]);
    const [v, g] = valueAndGrad(mse, { dtype: 'float32' })(1.1, X, Y);
    const out = c.valueAndGrad(1.1, X, Y);
    expect(out.value).toBe(v);
    expect(out.grads[0]).toBe(g);
    const vec = compile(sin, [[3]], { dtype: 'float32' });
    expect(vec.value([0.1, 0.2, 0.3])).toBeInstanceOf(Float32Array);
  });
});

describe('compile tells every distinct constant apart (common subexpressions keyed by Object.is)', () => {
  // sigmoid(1/(x·0)) = sigmoid(+∞) = 1 and sigmoid(1/(x·−0)) = sigmoid(−∞) = 0: the key used to
  // print −0 as 0 and merged the two products, so the difference came out 0.
  it('compile(sigmoid(1/(x*0)) - sigmoid(1/(x*(-0)))) at 1 is 1, as the interpreter', () => {
    const f = (x: Tensor) => sub(sigmoid(div(1, mul(x, 0))), sigmoid(div(1, mul(x, -0))));
    expect(compile(f, [[]]).value(1)).toBe(1);
    expect(f(tensor(1)).item()).toBe(1);
  });

  // JSON.stringify printed the exponents ∞, −∞ and NaN all as null.
  it('compile(x^Infinity - x^-Infinity) at 2 is Infinity, not NaN', () => {
    const f = (x: Tensor) => sub(pow(x, Number.POSITIVE_INFINITY), pow(x, Number.NEGATIVE_INFINITY));
    expect(compile(f, [[]]).value(2)).toBe(Number.POSITIVE_INFINITY);
    expect(f(tensor(2)).item()).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('compile and tensor check the dtype they are given', () => {
  // 'float16' used to compute in float64 without a word.
  it("compile(f, shapes, {dtype: 'float16'}) and tensor(1, {dtype: 'float16'}) throw autodiff-bad-dtype", () => {
    const dtype = 'float16' as 'float32';
    const e = caught(() => compile((x) => x, [[]], { dtype }));
    expect(e.code).toBe('autodiff-bad-dtype');
    expect(e.messageIn('en')).toContain("unknown dtype 'float16'");
    expect(e.messageIn('es')).toContain('dtype desconocido «float16»');
    expect(caught(() => tensor(1, { dtype })).code).toBe('autodiff-bad-dtype');
  });
});
