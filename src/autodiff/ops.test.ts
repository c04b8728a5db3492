import { describe, expect, it } from 'vitest';
import * as A from './api.js';
import { gradients, topoOrder } from './backward.js';
import { compile } from './compile.js';
import { grad } from './grad.js';
import { type OpName, ops } from './ops.js';
import type { Data, Shape, Tensor } from './tensor.js';
import {
  awayFromZero,
  centralGradient,
  expectClose,
  flat,
  mulberry32,
  type Rng,
  shaped,
  uniformArray,
} from './testing.js';

/** How to draw the values of one input: a domain that keeps away from kinks and poles. */
type Domain = (rng: Rng, n: number) => number[];
const within =
  (lo: number, hi: number): Domain =>
  (rng, n) =>
    uniformArray(rng, n, lo, hi);
const nonZero =
  (lo: number, hi: number): Domain =>
  (rng, n) =>
    awayFromZero(rng, n, lo, hi);

interface Case {
  name: string;
  shapes: Shape[];
  domains: Domain[];
  f: (...xs: Tensor[]) => Tensor;
}

const any = within(-2, 2);
const positive = within(0.5, 2);

const cases: Case[] = [
  // ---- arithmetic, with scalar ⊕ array broadcasting both ways --------------------------------
  { name: 'add(vector, vector)', shapes: [[4], [4]], domains: [any, any], f: A.add },
  { name: 'add(scalar, vector)', shapes: [[], [4]], domains: [any, any], f: A.add },
  { name: 'add(matrix, scalar)', shapes: [[2, 3], []], domains: [any, any], f: A.add },
  {
    name: 'sub(matrix, matrix)',
    shapes: [
      [2, 3],
      [2, 3],
    ],
    domains: [any, any],
    f: A.sub,
  },
  { name: 'sub(scalar, vector)', shapes: [[], [4]], domains: [any, any], f: A.sub },
  { name: 'sub(vector, scalar)', shapes: [[4], []], domains: [any, any], f: A.sub },
  { name: 'mul(vector, vector)', shapes: [[5], [5]], domains: [any, any], f: A.mul },
  { name: 'mul(scalar, matrix)', shapes: [[], [2, 3]], domains: [any, any], f: A.mul },
  { name: 'mul(matrix, scalar)', shapes: [[2, 3], []], domains: [any, any], f: A.mul },
  { name: 'div(vector, vector)', shapes: [[4], [4]], domains: [any, nonZero(0.5, 2)], f: A.div },
  { name: 'div(scalar, vector)', shapes: [[], [4]], domains: [any, nonZero(0.5, 2)], f: A.div },
  { name: 'div(vector, scalar)', shapes: [[4], []], domains: [any, nonZero(0.5, 2)], f: A.div },
  {
    name: 'pow(vector, vector) (tensor exponent)',
    shapes: [[4], [4]],
    domains: [positive, within(-1.5, 2.5)],
    f: A.pow,
  },
  { name: 'pow(vector, scalar tensor)', shapes: [[4], []], domains: [positive, within(-1.5, 2.5)], f: A.pow },
  { name: 'pow(scalar, vector)', shapes: [[], [4]], domains: [positive, within(-1.5, 2.5)], f: A.pow },
  ...[0, 2, 3, 4, 5, 7, 9, -1, -2, -3, 0.5, 1.7, -0.5].map(
    (k): Case => ({
      name: `powc: pow(vector, ${k})`,
      shapes: [[4]],
      domains: [positive],
      f: (x) => A.pow(x, k),
    }),
  ),
  ...[3, 5, -3].map(
    (k): Case => ({
      name: `powc: pow(vector, ${k}) on negative bases`,
      shapes: [[4]],
      domains: [nonZero(0.3, 2)],
      f: (x) => A.pow(x, k),
    }),
  ),
  // |a| ≥ 0.5 with a random sign and |b| ≤ 0.3: both branches are taken, never a tie.
  {
    name: 'minimum(vector, vector) away from ties',
    shapes: [[6], [6]],
    domains: [nonZero(0.5, 2), within(-0.3, 0.3)],
    f: A.minimum,
  },
  {
    name: 'maximum(vector, vector) away from ties',
    shapes: [[6], [6]],
    domains: [within(-0.3, 0.3), nonZero(0.5, 2)],
    f: A.maximum,
  },
  {
    name: 'minimum(scalar, vector)',
    shapes: [[], [4]],
    domains: [within(-0.05, 0.05), nonZero(0.3, 2)],
    f: A.minimum,
  },
  {
    name: 'maximum(vector, scalar)',
    shapes: [[4], []],
    domains: [nonZero(0.3, 2), within(-0.05, 0.05)],
    f: A.maximum,
  },
  // ---- functions -------------------------------------------------------------------------------
  { name: 'neg(vector)', shapes: [[4]], domains: [any], f: A.neg },
  { name: 'square(vector)', shapes: [[4]], domains: [any], f: A.square },
  { name: 'sqrt(vector)', shapes: [[4]], domains: [within(0.5, 3)], f: A.sqrt },
  { name: 'exp(vector)', shapes: [[4]], domains: [any], f: A.exp },
  { name: 'log(vector)', shapes: [[4]], domains: [within(0.5, 3)], f: A.log },
  { name: 'log10(vector)', shapes: [[4]], domains: [within(0.5, 3)], f: A.log10 },
  { name: 'abs(vector) away from 0', shapes: [[4]], domains: [nonZero(0.2, 2)], f: A.abs },
  { name: 'sin(vector)', shapes: [[4]], domains: [within(-3, 3)], f: A.sin },
  { name: 'cos(vector)', shapes: [[4]], domains: [within(-3, 3)], f: A.cos },
  { name: 'tan(vector)', shapes: [[4]], domains: [within(-1.2, 1.2)], f: A.tan },
  { name: 'asin(vector)', shapes: [[4]], domains: [within(-0.8, 0.8)], f: A.asin },
  { name: 'acos(vector)', shapes: [[4]], domains: [within(-0.8, 0.8)], f: A.acos },
  { name: 'atan(vector)', shapes: [[4]], domains: [within(-3, 3)], f: A.atan },
  { name: 'sinh(vector)', shapes: [[4]], domains: [any], f: A.sinh },
  { name: 'cosh(vector)', shapes: [[4]], domains: [any], f: A.cosh },
  { name: 'tanh(vector)', shapes: [[4]], domains: [any], f: A.tanh },
  { name: 'sigmoid(vector)', shapes: [[4]], domains: [within(-4, 4)], f: A.sigmoid },
  { name: 'relu(vector) away from 0', shapes: [[6]], domains: [nonZero(0.1, 2)], f: A.relu },
  { name: 'softplus(vector), both branches', shapes: [[6]], domains: [nonZero(0.1, 4)], f: A.softplus },
  // ---- reductions and shapes -------------------------------------------------------------------
  { name: 'sum(vector)', shapes: [[5]], domains: [any], f: (x) => A.sum(x) },
  { name: 'sum(matrix)', shapes: [[2, 3]], domains: [any], f: (x) => A.sum(x) },
  { name: 'sum(matrix, 0) (sumAxis)', shapes: [[3, 4]], domains: [any], f: (x) => A.sum(x, 0) },
  { name: 'sum(matrix, 1) (sumAxis)', shapes: [[3, 4]], domains: [any], f: (x) => A.sum(x, 1) },
  { name: 'sum(matrix, -1) is the last axis', shapes: [[3, 4]], domains: [any], f: (x) => A.sum(x, -1) },
  { name: 'mean(vector)', shapes: [[5]], domains: [any], f: (x) => A.mean(x) },
  { name: 'mean(matrix)', shapes: [[2, 3]], domains: [any], f: (x) => A.mean(x) },
  { name: 'mean(matrix, 0)', shapes: [[3, 4]], domains: [any], f: (x) => A.mean(x, 0) },
  { name: 'mean(matrix, 1)', shapes: [[3, 4]], domains: [any], f: (x) => A.mean(x, 1) },
  { name: 'broadcastTo(scalar, [2, 3])', shapes: [[]], domains: [any], f: (x) => A.broadcastTo(x, [2, 3]) },
  {
    name: 'broadcastAxis(vector, [2, 3], 0)',
    shapes: [[3]],
    domains: [any],
    f: (x) => A.broadcastAxis(x, [2, 3], 0),
  },
  {
    name: 'broadcastAxis(vector, [2, 3], 1)',
    shapes: [[2]],
    domains: [any],
    f: (x) => A.broadcastAxis(x, [2, 3], 1),
  },
  {
    name: 'matmul(matrix, matrix)',
    shapes: [
      [2, 3],
      [3, 4],
    ],
    domains: [any, any],
    f: A.matmul,
  },
  { name: 'matmul(matrix, vector)', shapes: [[2, 3], [3]], domains: [any, any], f: A.matmul },
  { name: 'matmul(vector, matrix)', shapes: [[3], [3, 4]], domains: [any, any], f: A.matmul },
  { name: 'matmul(vector, vector) is dot', shapes: [[3], [3]], domains: [any, any], f: A.matmul },
  { name: 'dot(vector, vector)', shapes: [[5], [5]], domains: [any, any], f: A.dot },
  { name: 'transpose(matrix)', shapes: [[2, 3]], domains: [any], f: A.transpose },
  { name: 'reshape(vector, [2, 3])', shapes: [[6]], domains: [any], f: (x) => A.reshape(x, [2, 3]) },
  { name: 'reshape(matrix, [3, 2])', shapes: [[2, 3]], domains: [any], f: (x) => A.reshape(x, [3, 2]) },
  { name: 'reshape(matrix, [6])', shapes: [[2, 3]], domains: [any], f: (x) => A.reshape(x, [6]) },
];

function draw(c: Case, rng: Rng): Tensor[] {
  return c.shapes.map((s, k) =>
    shaped(
      c.domains[k](
        rng,
        s.reduce((n, d) => n * d, 1),
      ),
      s,
    ),
  );
}

/** Weights the outputs with a random cotangent, so a transposed or misplaced gradient cannot pass. */
function weighted(c: Case, inputs: Tensor[], rng: Rng): (...xs: Tensor[]) => Tensor {
  const shape = c.f(...inputs).shape;
  const cot = shaped(
    uniformArray(
      rng,
      shape.reduce((n, d) => n * d, 1),
      0.5,
      1.5,
    ),
    shape,
  );
  return (...xs) => A.mul(c.f(...xs), cot);
}

describe('every operation of the table against central differences (seeded random points)', () => {
  cases.forEach((c, index) => {
    it(`grad(${c.name}) equals central differences to 1e-6 relative`, () => {
      const rng = mulberry32(1000 + index);
      for (let trial = 0; trial < 3; trial++) {
        const inputs = draw(c, rng);
        const f = weighted(c, inputs, rng);
        const argnums = inputs.map((_t, i) => i);
        const auto = grad(f, { argnums })(...inputs) as Tensor[];
        const numeric = centralGradient(f, inputs);
        auto.forEach((g, k) => {
          expect(g.shape).toEqual(inputs[k].shape);
          expectClose(g.data, numeric[k], 1e-6, 1e-9);
        });
      }
    });
  });

  it('the cases above reach every differentiable operation of the table', () => {
    const seen = new Set<OpName>();
    const rng = mulberry32(7);
    for (const c of cases) for (const t of topoOrder([c.f(...draw(c, rng))])) if (t.op) seen.add(t.op);
    // Piecewise constant: derivative 0 (NaN at NaN), which central differences cannot tell apart.
    const noDerivative: OpName[] = [
      'lessEqual',
      'greaterEqual',
      'sign',
      'step',
      'firstIsMin',
      'firstIsMax',
      'flat',
    ];
    const missing = (Object.keys(ops) as OpName[]).filter(
      (op) => !seen.has(op) && !noDerivative.includes(op),
    );
    expect(missing).toEqual([]);
  });
});

describe('operations without a derivative (masks)', () => {
  it('lessEqual / greaterEqual / sign / step give 0-1 masks and signs', () => {
    expect(A.lessEqual([1, 2, 3], [2, 2, 2]).toJS()).toEqual([1, 1, 0]);
    expect(A.greaterEqual([1, 2, 3], [2, 2, 2]).toJS()).toEqual([0, 1, 1]);
    expect(A.sign([-2, 0, 3]).toJS()).toEqual([-1, 0, 1]);
    expect(A.step([-1, 0, 2]).toJS()).toEqual([0, 0, 1]);
  });

  it('grad(x · step(x)) at 2 is 1: the mask is a constant', () => {
    expect(grad((x) => A.mul(x, A.step(x)))(2)).toBe(1);
  });

  it('grad(relu) at 0 is 0 and grad(abs) at 0 is 0 (PyTorch conventions)', () => {
    expect(grad(A.relu)(0)).toBe(0);
    expect(grad(A.abs)(0)).toBe(0);
  });

  it('grad(minimum(a, b)) on a tie goes to the first operand', () => {
    expect(grad(A.minimum, { argnums: [0, 1] })(1, 1)).toEqual([1, 0]);
    expect(grad(A.maximum, { argnums: [0, 1] })(1, 1)).toEqual([1, 0]);
  });
});

describe('hand-derived derivatives', () => {
  it('grad(sigmoid) at 0 is 1/4: σ′ = σ(1 − σ) = ½ · ½', () => {
    expect(grad(A.sigmoid)(0)).toBe(0.25);
  });

  it('grad(x³) at 2 is 12: 3x² = 3 · 4', () => {
    expect(grad((x) => A.pow(x, 3))(2)).toBe(12);
  });

  it('grad of the elementary functions at chosen points', () => {
    // tanh′(0) = 1 − tanh²0 = 1; log′(2) = ½; sqrt′(4) = 1/(2·2); asin′(0.6) = 1/√(1 − 0.36) = 1.25
    expect(grad(A.tanh)(0)).toBe(1);
    expect(grad(A.log)(2)).toBe(0.5);
    expect(grad(A.sqrt)(4)).toBe(0.25);
    expectClose(grad(A.asin)(0.6), 1.25, 1e-15);
    // acos′ = −asin′; atan′(1) = 1/(1 + 1) = ½; softplus′(0) = σ(0) = ½; exp′(0) = 1; sin′(0) = cos 0 = 1
    expectClose(grad(A.acos)(0.6), -1.25, 1e-15);
    expect(grad(A.atan)(1)).toBe(0.5);
    expect(grad(A.softplus)(0)).toBe(0.5);
    expect(grad(A.exp)(0)).toBe(1);
    expect(grad(A.sin)(0)).toBe(1);
    // cos′(π/2) = −sin(π/2) = −1; log10′(10) = 1/(10 ln 10); sinh′(0) = cosh 0 = 1; cosh′(0) = sinh 0 = 0
    expect(grad(A.cos)(Math.PI / 2)).toBe(-1);
    expectClose(grad(A.log10)(10), 1 / (10 * Math.LN10), 1e-15);
    expect(grad(A.sinh)(0)).toBe(1);
    expect(grad(A.cosh)(0)).toBe(0);
    // tan′(π/4) = 1 + tan²(π/4) = 2
    expectClose(grad(A.tan)(Math.PI / 4), 2, 1e-15);
  });

  it('grad(a / b) at (3, 2) is (1/b, −a/b²) = (0.5, −0.75)', () => {
    expect(grad(A.div, { argnums: [0, 1] })(3, 2)).toEqual([0.5, -0.75]);
  });

  it('grad(xʸ) at (2, 3) is (y·x^(y−1), xʸ·ln x) = (12, 8 ln 2)', () => {
    const [gx, gy] = grad(A.pow, { argnums: [0, 1] })(2, 3);
    expect(gx).toBe(12);
    expectClose(gy, 8 * Math.LN2, 1e-15);
  });

  it('grad(xˣ) at 1 is 1: (xˣ)′ = xˣ(ln x + 1)', () => {
    expect(grad((x) => A.pow(x, x))(1)).toBe(1);
  });

  it('grad(sum(A·B ⊙ G)) is (G·Bᵀ, Aᵀ·G) on a 2×2 example', () => {
    // A = [[1,2],[3,4]], B = [[5,6],[7,8]], G = [[1,2],[3,4]]
    // G·Bᵀ = [[1·5+2·6, 1·7+2·8], [3·5+4·6, 3·7+4·8]] = [[17, 23], [39, 53]]
    // Aᵀ·G = [[1·1+3·3, 1·2+3·4], [2·1+4·3, 2·2+4·4]] = [[10, 14], [14, 20]]
    const G = A.tensor([
      [1, 2],
      [3, 4],
    ]);
    const f = (a: Tensor, b: Tensor) => A.mul(A.matmul(a, b), G);
    const [ga, gb] = grad(f, { argnums: [0, 1] })(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    );
    expect(ga).toEqual([
      [17, 23],
      [39, 53],
    ]);
    expect(gb).toEqual([
      [10, 14],
      [14, 20],
    ]);
  });

  it('grad(mean(X)) of a 2×3 matrix is 1/6 everywhere', () => {
    expect(
      flat(
        grad((x) => A.mean(x))([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toEqual(Array(6).fill(1 / 6));
  });

  it('grad(sum(X, 0) ⊙ c) repeats c down the rows', () => {
    const c = A.tensor([1, 2, 3]);
    expect(
      grad((x) => A.mul(A.sum(x, 0), c))([
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });
});

describe('integer powers', () => {
  it('pow(−2, 3) is −8 exactly and its derivative 3·(−2)² = 12', () => {
    expect(A.pow(-2, 3).item()).toBe(-8);
    expect(grad((x) => A.pow(x, 3))(-2)).toBe(12);
  });

  it('pow(x, tensor(3)) at −2 (a tensor exponent) is −8 with derivative 12', () => {
    const three = A.tensor(3);
    expect(A.pow(-2, three).item()).toBe(-8);
    expect(grad((x) => A.pow(x, three))(-2)).toBe(12);
  });

  it('pow of negative bases with small integer exponents are exact products', () => {
    expect(A.pow(-1.5, 3).item()).toBe(-3.375);
    expect(A.pow(-3, 2).item()).toBe(9);
    expect(A.pow(-4, -1).item()).toBe(-0.25);
    expect(A.pow(-2, -2).item()).toBe(0.25);
    expect(A.pow(-7, 0).item()).toBe(1);
    expect(A.square([-3, 2]).toJS()).toEqual([9, 4]);
  });

  it('integer powers up to 16 are products: exact signs and agreement with Math.pow to a few ulps', () => {
    // (−2)⁵ = −32, (−2)⁻³ = −1/8 and (−1.5)⁴ = 5.0625 are exact in binary floating point.
    expect(A.pow(-2, 5).item()).toBe(-32);
    expect(A.pow(-2, -3).item()).toBe(-0.125);
    expect(A.pow(-1.5, 4).item()).toBe(5.0625);
    expect(A.pow(-1.1, 16).item()).toBeGreaterThan(0);
    expect(A.pow(-1.1, 15).item()).toBeLessThan(0);
    for (const k of [4, 5, 6, 7, 9, 13, 16, -5, -16]) {
      for (const x of [-2.3, -0.7, 0.31, 1.9]) {
        const got = A.pow(x, k).item();
        expect(Math.abs(got - x ** k) / Math.abs(x ** k)).toBeLessThan(1e-14);
      }
    }
    // beyond 16 the engine falls back to Math.pow: identical digits
    expect(A.pow(1.3, 17).item()).toBe(1.3 ** 17);
  });

  it('grad(x⁵) at −2 is 5·(−2)⁴ = 80 and its second derivative 20·(−2)³ = −160', () => {
    expect(grad((x) => A.pow(x, 5))(-2)).toBe(80);
    expect(grad(grad((x) => A.pow(x, 5)))(-2)).toBe(-160);
  });

  it('grad(x⁻²) at −2 is −2x⁻³ = 0.25', () => {
    expect(grad((x) => A.pow(x, -2))(-2)).toBe(0.25);
  });
});

describe('NaN propagates through maximum, minimum, relu and their derivatives (as np.maximum)', () => {
  const nan = Number.NaN;
  const run = (f: (x: Tensor) => Tensor, x: number, dtype: 'float64' | 'float32' = 'float64') => {
    const t = A.tensor([x], { dtype });
    const [g] = gradients(f(t), [t]);
    return { value: f(t).data[0], grad: g.data[0] };
  };

  for (const dtype of ['float64', 'float32'] as const) {
    it(`maximum(sqrt(x), 0) and maximum(0, sqrt(x)) at x = -1 are both NaN, gradient NaN (${dtype})`, () => {
      for (const f of [
        (x: Tensor) => A.maximum(A.sqrt(x), 0),
        (x: Tensor) => A.maximum(0, A.sqrt(x)),
        (x: Tensor) => A.minimum(A.sqrt(x), 0),
        (x: Tensor) => A.minimum(0, A.sqrt(x)),
        (x: Tensor) => A.relu(A.sqrt(x)),
      ]) {
        const r = run(f, -1, dtype);
        expect(r.value).toBeNaN();
        expect(r.grad).toBeNaN();
        const c = compile(f, [[1]], { dtype }).valueAndGrad([-1]);
        expect((c.value as Data)[0]).toBeNaN();
        expect((c.grads[0] as Data)[0]).toBeNaN();
      }
    });
  }

  it('maximum(x, 1) keeps its gradients where nothing is NaN: 1 to the larger, a on ties, ±Infinity works', () => {
    expect(run((x) => A.maximum(x, 1), 2)).toEqual({ value: 2, grad: 1 });
    expect(run((x) => A.maximum(x, 1), 0)).toEqual({ value: 1, grad: 0 });
    expect(run((x) => A.maximum(x, 1), 1)).toEqual({ value: 1, grad: 1 });
    expect(run((x) => A.maximum(x, 1), Number.POSITIVE_INFINITY)).toEqual({
      value: Number.POSITIVE_INFINITY,
      grad: 1,
    });
    expect(run((x) => A.minimum(x, 1), Number.NEGATIVE_INFINITY)).toEqual({
      value: Number.NEGATIVE_INFINITY,
      grad: 1,
    });
  });

  it('relu(x) at NaN is NaN with gradient NaN; relu(-0) is -0 as np.maximum(-0.0, 0)', () => {
    expect(run((x) => A.relu(x), nan).value).toBeNaN();
    expect(run((x) => A.relu(x), nan).grad).toBeNaN();
    expect(Object.is(run((x) => A.relu(x), -0).value, -0)).toBe(true);
    expect(run((x) => A.relu(x), -2)).toEqual({ value: 0, grad: 0 });
  });

  it('sign(x) and abs(x) at NaN have gradient NaN; elsewhere sign has gradient 0', () => {
    expect(run((x) => A.sign(x), nan).grad).toBeNaN();
    expect(run((x) => A.abs(x), nan).grad).toBeNaN();
    expect(run((x) => A.sign(x), -3)).toEqual({ value: -1, grad: 0 });
    expect(run((x) => A.abs(x), -3)).toEqual({ value: 3, grad: -1 });
  });

  it('lessEqual and greaterEqual stay NumPy comparisons: 0 when either side is NaN', () => {
    expect(Array.from(A.lessEqual([nan, 1], [1, nan]).data)).toEqual([0, 0]);
    expect(Array.from(A.greaterEqual([nan, 2], [1, 1]).data)).toEqual([0, 1]);
  });
});
