import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  gd,
  lion,
  makeOptimizer,
  nadam,
  newton,
  type Optimizer,
  rmsprop,
  sgd,
  sign,
} from './optimizers.js';
import { applyUpdates } from './transforms.js';
import type { Extra, Params } from './types.js';

/**
 * First and second steps derived by hand, with the maths in the comments. Unless said otherwise
 * the problem is the seed tutorial's parabola f(x) = 2x² − 3x + 4, so g(x) = 4x − 3, from x₀ = 2
 * where g = 5. "pt" is the pytorch convention, "k" the keras one.
 */

const parabola = (x: Float64Array) => Float64Array.of(4 * x[0] - 3);

/** The iterates x₁ … xₙ of `opt` on a gradient function, from x0. */
function iterate(
  opt: Optimizer,
  x0: number[],
  n: number,
  grad: (x: Float64Array) => Float64Array = parabola,
  extra?: (x: Float64Array) => Extra,
): number[][] {
  let params: Params = [Float64Array.from(x0)];
  let state = opt.init(params);
  const out: number[][] = [];
  for (let k = 0; k < n; k++) {
    const [updates, next] = opt.update([grad(params[0])], state, params, extra?.(params[0]));
    state = next;
    params = applyUpdates(params, updates, opt.options.dtype);
    out.push(Array.from(params[0]));
  }
  return out;
}

/** The scalar iterates of a one-parameter run. */
const xs = (opt: Optimizer, n = 2, x0 = 2) => iterate(opt, [x0], n).map((x) => x[0]);

function expectClose(actual: number[], expected: number[], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i], digits);
  });
}

describe('sgd', () => {
  it("sgd() takes two plain steps with PyTorch's lr 0.001", () => {
    // x₁ = 2 − 0.001·5 = 1.995; g = 4·1.995 − 3 = 4.98; x₂ = 1.995 − 0.00498 = 1.99002
    expectClose(xs(sgd()), [1.995, 1.99002]);
  });

  it("sgd({}, 'keras') takes two plain steps with Keras's lr 0.01", () => {
    // x₁ = 2 − 0.01·5 = 1.95; g = 4.8; x₂ = 1.95 − 0.048 = 1.902
    expectClose(xs(sgd({}, 'keras')), [1.95, 1.902]);
  });

  it('gd is sgd', () => {
    expect(gd({ lr: 0.1 }).name).toBe('sgd');
    // x₁ = 2 − 0.1·5 = 1.5; x₂ = 1.5 − 0.1·3 = 1.2
    expectClose(xs(gd({ lr: 0.1 })), [1.5, 1.2]);
  });

  it('sgd({ momentum: 0.9 }) gives the same trajectory in both conventions', () => {
    // PyTorch: b₁ = g = 5, x₁ = 2 − 0.1·5 = 1.5; g = 3, b₂ = 0.9·5 + 3 = 7.5, x₂ = 1.5 − 0.75 = 0.75.
    // Keras: v₁ = −0.1·5 = −0.5, x₁ = 1.5; v₂ = 0.9·(−0.5) − 0.1·3 = −0.75, x₂ = 0.75.
    expectClose(xs(sgd({ lr: 0.1, momentum: 0.9 })), [1.5, 0.75]);
    expectClose(xs(sgd({ lr: 0.1, momentum: 0.9 }, 'keras')), [1.5, 0.75]);
  });

  it('sgd({ momentum: 0.9, nesterov: true }) looks ahead the same way in both conventions', () => {
    // PyTorch: b₁ = 5, d = 5 + 0.9·5 = 9.5, x₁ = 2 − 0.95 = 1.05; g = 1.2, b₂ = 4.5 + 1.2 = 5.7,
    //   d = 1.2 + 0.9·5.7 = 6.33, x₂ = 1.05 − 0.633 = 0.417.
    // Keras: v₁ = −0.5, x₁ = 2 + 0.9·(−0.5) − 0.5 = 1.05; v₂ = −0.45 − 0.12 = −0.57,
    //   x₂ = 1.05 + 0.9·(−0.57) − 0.12 = 0.417.
    expectClose(xs(sgd({ lr: 0.1, momentum: 0.9, nesterov: true })), [1.05, 0.417]);
    expectClose(xs(sgd({ lr: 0.1, momentum: 0.9, nesterov: true }, 'keras')), [1.05, 0.417]);
  });

  it('sgd({ momentum: 0.9, dampening: 0.5 }) leaves the first step undamped, as PyTorch does', () => {
    // b₁ = g = 5 (no dampening on the first step), x₁ = 1.5; g = 3, b₂ = 0.9·5 + 0.5·3 = 6, x₂ = 0.9
    expectClose(xs(sgd({ lr: 0.1, momentum: 0.9, dampening: 0.5 })), [1.5, 0.9]);
  });

  it('sgd({ weightDecay: 0.1, momentum: 0.9 }) couples the decay in PyTorch and decouples it in Keras', () => {
    // PyTorch: g' = 5 + 0.1·2 = 5.2, b₁ = 5.2, x₁ = 2 − 0.52 = 1.48;
    //   g' = 4·1.48 − 3 + 0.148 = 3.068, b₂ = 0.9·5.2 + 3.068 = 7.748, x₂ = 1.48 − 0.7748 = 0.7052.
    // Keras: x ← 2 − 0.1·0.1·2 = 1.98, v₁ = −0.5, x₁ = 1.48;
    //   x ← 1.48 − 0.0148, v₂ = −0.45 − 0.1·2.92 = −0.742, x₂ = 1.4652 − 0.742 = 0.7232.
    const o = { lr: 0.1, momentum: 0.9, weightDecay: 0.1 };
    expectClose(xs(sgd(o)), [1.48, 0.7052]);
    expectClose(xs(sgd(o, 'keras')), [1.48, 0.7232]);
  });

  it('sgd({ lr: 0.03 }, keras) in float32 reproduces the tutorial’s Keras SGD on the peaks surface', () => {
    // Seed 000: tf.keras.optimizers.SGD(learning_rate=0.03) from (−0.35, −0.67) printed
    // [−0.269319, −0.72470832], [−0.13292952, −0.83883744], ... The gradient of
    // 3(1−a)²e^(−a²−(b+1)²) − 10(a/5 − a³ − b⁵)e^(−a²−b²) − ⅓e^(−(a+1)²−b²) is written out below.
    const peaks = (w: Float64Array) => {
      const [a, b] = w;
      const e1 = Math.exp(-a * a - (b + 1) ** 2);
      const e2 = Math.exp(-a * a - b * b);
      const e3 = Math.exp(-((a + 1) ** 2) - b * b);
      const q = a / 5 - a ** 3 - b ** 5;
      const ga =
        -6 * (1 - a) * e1 - 6 * a * (1 - a) ** 2 * e1 - 10 * (0.2 - 3 * a * a) * e2 + 20 * a * q * e2;
      const gb = -6 * (b + 1) * (1 - a) ** 2 * e1 + 50 * b ** 4 * e2 + 20 * b * q * e2 + ((2 * b) / 3) * e3;
      // (2/3)(a + 1)e3 is the last term of ∂/∂a.
      return Float64Array.of(Math.fround(ga + ((2 * (a + 1)) / 3) * e3), Math.fround(gb));
    };
    const run = iterate(
      sgd({ lr: 0.03, dtype: 'float32' }, 'keras'),
      [Math.fround(-0.35), Math.fround(-0.67)],
      5,
      peaks,
    );
    const printed = [
      [-0.269319, -0.72470832],
      [-0.13292952, -0.83883744],
      [0.06544246, -1.06462073],
      [0.24086528, -1.40752137],
      [0.26578248, -1.59573841],
    ];
    // Every iterate is a float32 value.
    for (const x of run) for (const v of x) expect(Math.fround(v)).toBe(v);
    // The first two steps agree to the 8 printed decimals; later ones to the last float32 bit or
    // two, where TensorFlow evaluated the gradient in float32 too.
    run.forEach((x, k) => {
      x.forEach((v, i) => {
        expect(Math.abs(v - printed[k][i])).toBeLessThan(k < 2 ? 5e-9 : 3e-7);
      });
    });
  });
});

describe('sign', () => {
  it('sign() steps lr against the sign of the gradient in both conventions', () => {
    // x₁ = 2 − 0.01·sign(5) = 1.99, x₂ = 1.98
    expectClose(xs(sign()), [1.99, 1.98]);
    expectClose(xs(sign({}, 'keras')), [1.99, 1.98]);
  });

  it('sign() stays put where the gradient is exactly 0 (sign(0) = 0)', () => {
    // g(0.75) = 0
    expect(xs(sign(), 3, 0.75)).toEqual([0.75, 0.75, 0.75]);
  });

  it('sign({ lr: 0.01 }) reproduces the tutorial’s 250 sign-descent steps to the last digit', () => {
    // Seed 002: x = 2, α = 0.01, 250 iterations; the printed results are exact float64 values.
    const run = (g: (x: Float64Array) => Float64Array, x0: number[], lr: number) =>
      iterate(sign({ lr }), x0, 250, g)[249];
    expect(run(parabola, [2], 0.01)).toEqual([0.7599999999999989]);
    expect(run((x) => Float64Array.of(6 * x[0] - 3), [2], 0.01)).toEqual([0.49999999999999867]);
    expect(run((x) => Float64Array.of(12 * x[0] - 4, 4 * x[1], 1), [1, 1, 1], 0.05)).toEqual([
      0.29999999999999966, -3.191891195797325e-16, -11.50000000000003,
    ]);
  });
});

describe('adagrad', () => {
  it('adagrad() accumulates from 0 and adds ε = 1e-10 outside the root', () => {
    // s₁ = 25, x₁ = 2 − 0.01·5/(5 + 1e-10) = 1.9900000000002;
    // g = 4.9600000000008, s₂ = 25 + g² = 49.6016000000079, x₂ = x₁ − 0.01·g/(√s₂ + 1e-10)
    expectClose(xs(adagrad()), [1.9900000000002, 1.9829573868452546], 14);
  });

  it("adagrad({}, 'keras') starts the accumulator at 0.1 and adds ε = 1e-7 inside the root", () => {
    // s₁ = 0.1 + 25 = 25.1, x₁ = 2 − 0.001·5/√(25.1 + 1e-7) = 1.9990019940219184;
    // g = 4.996007976087673, s₂ = 50.06009569713166, x₂ = x₁ − 0.001·g/√(s₂ + 1e-7)
    expectClose(xs(adagrad({}, 'keras')), [1.9990019940219184, 1.9982958760179799], 14);
  });
});

describe('rmsprop', () => {
  it('rmsprop() uses ρ = 0.99 and ε = 1e-8 outside the root', () => {
    // v₁ = 0.01·25 = 0.25, x₁ = 2 − 0.01·5/(0.5 + 1e-8) = 1.900000002;
    // g = 4.600000008, v₂ = 0.99·0.25 + 0.01·g² = 0.459100000736, x₂ = x₁ − 0.01·g/(√v₂ + 1e-8)
    expectClose(xs(rmsprop()), [1.900000002, 1.8321102567080063], 14);
  });

  it("rmsprop({}, 'keras') uses ρ = 0.9, lr 0.001 and ε = 1e-7 inside the root", () => {
    // v₁ = 0.1·25 = 2.5, x₁ = 2 − 0.001·5/√(2.5 + 1e-7) = 1.996837722403077;
    // g = 4.987350889612308, v₂ = 4.7373668896116685, x₂ = x₁ − 0.001·g/√(v₂ + 1e-7)
    expectClose(xs(rmsprop({}, 'keras')), [1.996837722403077, 1.9945463197599442], 14);
  });

  it("rmsprop({ lr: 0.1 }, 'keras') gives Keras's documented 9.683772 after one step on v²/2 from 10", () => {
    // g = v = 10, v₁ = 0.1·100 = 10, x₁ = 10 − 0.1·10/√(10 + 1e-7) = 10 − 0.316227765 = 9.683772
    const [x1] = iterate(rmsprop({ lr: 0.1 }, 'keras'), [10], 1, (x) => Float64Array.of(x[0]));
    expect(x1[0]).toBeCloseTo(9.683772, 6);
  });

  it('rmsprop({ centered: true }) divides by the root of the variance v − ḡ²', () => {
    // v₁ = 0.25, ḡ₁ = 0.01·5 = 0.05, v − ḡ² = 0.2475, x₁ = 2 − 0.01·5/(√0.2475 + 1e-8)
    // = 2 − 0.05/0.497493728 = 1.8994962204942807 (uncentered: 1.900000002)
    expect(xs(rmsprop({ centered: true }), 1)[0]).toBeCloseTo(1.8994962204942807, 14);
  });

  it('rmsprop({ alpha: 0.9 }) reads alpha as PyTorch’s name for ρ', () => {
    expect(xs(rmsprop({ alpha: 0.9 }), 2)).toEqual(xs(rmsprop({ rho: 0.9 }), 2));
    expect(() => rmsprop({ alpha: 0.9, rho: 0.9 })).toThrow(/not both/);
  });
});

describe('adadelta', () => {
  it('adadelta() uses lr 1, ρ 0.9 and ε 1e-6', () => {
    // v₁ = 0.1·25 = 2.5, d₁ = √(0 + 1e-6)/√(2.5 + 1e-6)·5 = 0.003162277027713037, x₁ = 2 − d₁;
    // u₁ = 0.1·d₁² ≈ 1e-6, g = 4.987350891889148, v₂ = 0.9·2.5 + 0.1·g² = 4.737366891882748,
    // d₂ = √(u₁ + 1e-6)/√(v₂ + 1e-6)·g = 0.003240532063608986, x₂ = x₁ − d₂
    expectClose(xs(adadelta()), [1.996837722972287, 1.9935971909086778], 14);
  });

  it("adadelta({}, 'keras') uses lr 0.001, ρ 0.95 and ε 1e-7, and barely moves", () => {
    // v₁ = 0.05·25 = 1.25, d₁ = √1e-7/√(1.25 + 1e-7)·5 = 0.001414213505804556, x₁ = 2 − 0.001·d₁;
    // u₁ = 0.05·d₁², g = 4.999994343145977, v₂ = 2.4374971715745883, d₂ = 0.001432228900637192
    expectClose(xs(adadelta({}, 'keras')), [1.9999985857864941, 1.9999971535575936], 15);
  });
});

describe('adam', () => {
  it('adam() divides the bias-corrected moments, ε = 1e-8 added to √v̂', () => {
    // m₁ = 0.5, v₁ = 0.025, m̂ = 5, v̂ = 25, x₁ = 2 − 0.001·5/(5 + 1e-8) = 1.999000000002;
    // g = 4.996000000008, m₂ = 0.9496000000008, v₂ = 0.049935016000080,
    // x₂ = x₁ − 0.001·(m₂/0.19)/(√(v₂/0.001999) + 1e-8) = 1.9980000209449431
    expectClose(xs(adam()), [1.999000000002, 1.9980000209449431], 15);
  });

  it("adam({}, 'keras') adds ε = 1e-7 to √v before the bias correction", () => {
    // α₁ = 0.001·√(1 − 0.999)/(1 − 0.9) = 0.00031622776601683816,
    // x₁ = 2 − α₁·0.5/(√0.025 + 1e-7) = 1.999000000632455; then α₂ = 0.00023531672532745276,
    // m₂ = 0.9496000002529819, v₂ = 0.04993501602527801, x₂ = x₁ − α₂·m₂/(√v₂ + 1e-7)
    expectClose(xs(adam({}, 'keras')), [1.999000000632455, 1.9980000220208791], 15);
  });

  it('adam() and adam(keras) part ways when the gradient is as small as ε', () => {
    // g = 1e-7, lr = 1: PyTorch m̂/(√v̂ + ε) = 1e-7/(1e-7 + 1e-8) = 0.9090909;
    // Keras √0.001/0.1·m/(√v + ε) with m = 1e-8, √v = 3.1623e-9: 0.0306534.
    const tiny = () => Float64Array.of(1e-7);
    const step = (opt: Optimizer) => 1 - iterate(opt, [1], 1, tiny)[0][0];
    expect(step(adam({ lr: 1 }))).toBeCloseTo(0.9090909090909091, 12);
    expect(step(adam({ lr: 1 }, 'keras'))).toBeCloseTo(0.030653430031715508, 12);
  });

  it('adam({ weightDecay: 0.1 }) normalizes coupled L2 away on the first step; keras decouples it', () => {
    // PyTorch: g' = 5 + 0.1·2 = 5.2 and the first Adam step is 0.1·5.2/(5.2 + 1e-8): x₁ = 1.9000000001923;
    // Keras: x ← 2 − 0.1·0.1·2 = 1.98, then 1.98 − α₁·0.5/(√0.025 + 1e-7) (α₁ = 0.1·√0.001/0.1).
    expect(xs(adam({ lr: 0.1, weightDecay: 0.1 }), 1)[0]).toBeCloseTo(1.9000000001923076, 14);
    expect(xs(adam({ lr: 0.1, weightDecay: 0.1 }, 'keras'), 1)[0]).toBeCloseTo(1.8800000632455132, 14);
  });

  it('adam({ amsgrad: true }) divides by the largest v seen, not the current one', () => {
    // Gradients 5 then 0.1 (lr 0.1): v₁ = 0.025, v₂ = 0.999·0.025 + 0.001·0.01 = 0.024985 < v₁, so
    // v̄₂ = 0.025; m₂ = 0.9·0.5 + 0.1·0.1 = 0.46;
    // step₂ = 0.1·(0.46/0.19)/(√(0.025/0.001999) + 1e-8) = 0.06846058757457547
    // (plain Adam divides by √(0.024985/0.001999): 0.06848113499759256).
    const steps = (amsgrad: boolean) => {
      const grads = [5, 0.1];
      let k = 0;
      const run = iterate(adam({ lr: 0.1, amsgrad }), [0], 2, () => Float64Array.of(grads[k++]));
      return run[0][0] - run[1][0];
    };
    expect(steps(true)).toBeCloseTo(0.06846058757457547, 14);
    expect(steps(false)).toBeCloseTo(0.06848113499759256, 14);
  });
});

describe('adamw', () => {
  it('adamw() shrinks the weights by lr·0.01 next to the Adam step', () => {
    // x₁ = 2·(1 − 0.001·0.01) − 0.001·5/(5 + 1e-8) = 1.99998 − 0.000999999998 = 1.998980000002
    expect(xs(adamw(), 1)[0]).toBeCloseTo(1.998980000002, 15);
  });

  it("adamw({}, 'keras') shrinks by lr·0.004 and uses Keras's ε", () => {
    // x₁ = 2 − 2·0.004·0.001 − 0.00031622776601683816·0.5/(√0.025 + 1e-7) = 1.998992000632455
    expect(xs(adamw({}, 'keras'), 1)[0]).toBeCloseTo(1.998992000632455, 15);
  });
});

describe('adamax', () => {
  it('adamax() puts ε inside the max: u = max(β₂·u, |g| + ε)', () => {
    // m₁ = 0.5, u₁ = 5 + 1e-8, x₁ = 2 − 0.002/0.1·0.5/(5 + 1e-8) = 1.998000000004;
    // g = 4.992000000016, m₂ = 0.9492000000016, u₂ = max(0.999·u₁, |g| + 1e-8) = 4.99500000999,
    // x₂ = x₁ − 0.002/0.19·m₂/u₂ = 1.9959996839024179
    expectClose(xs(adamax()), [1.998000000004, 1.9959996839024179], 15);
  });

  it("adamax({}, 'keras') adds ε after the max: m/((1 − β₁ᵗ)(u + ε))", () => {
    // u₁ = 5, x₁ = 2 − 0.001·0.5/(0.1·(5 + 1e-7)) = 1.99900000002;
    // g = 4.99600000008, m₂ = 0.949600000008, u₂ = max(4.995, 4.99600000008) = g,
    // x₂ = x₁ − 0.001·m₂/(0.19·(u₂ + 1e-7)) = 1.997999620789262
    expectClose(xs(adamax({}, 'keras')), [1.99900000002, 1.997999620789262], 15);
  });
});

describe('nadam', () => {
  it("nadam() follows PyTorch's μₜ = 0.9·(1 − ½·0.96^(0.004t))", () => {
    // μ₁ = 0.45007347359129607, μ₂ = 0.4501469351862175, Π₁ = μ₁; m₁ = 0.5, v₁ = 0.025,
    // x₁ = 2 − 0.002·[(1 − μ₁)/(1 − Π₁)·5 + μ₂/(1 − Π₁μ₂)·0.5]/(√(0.025/0.001) + 1e-8) = 1.9978870964475148
    // then Π₂ = Π₁μ₂ = 0.20259919474573693, μ₃ = 0.45022038478672294, x₂ = 1.9963209025750999
    expectClose(xs(nadam()), [1.9978870964475148, 1.9963209025750999], 15);
  });

  it("nadam({}, 'keras') follows Keras's μₜ = 0.9·(1 − ½·0.96ᵗ)", () => {
    // μ₁ = 0.9·(1 − 0.48) = 0.468, μ₂ = 0.9·(1 − 0.5·0.9216) = 0.48528, Π₁ = 0.468;
    // x₁ = 2 − 0.001·[0.532/0.532·5 + 0.48528/(1 − 0.468·0.48528)·0.5]/(5 + 1e-7) = 1.998937212217947;
    // μ₃ = 0.5018688, Π₂ = 0.22711104, x₂ = 1.998163907096576
    expectClose(xs(nadam({}, 'keras')), [1.998937212217947, 1.998163907096576], 15);
  });

  it("nadam({ momentumDecay: 2 }, 'keras') is refused: Keras's schedule is fixed at ψ = 1", () => {
    expect(() => nadam({ momentumDecay: 2 }, 'keras')).toThrow(/fixed at 1/);
  });
});

describe('lion', () => {
  it("lion() steps by the paper's lr 1e-4 in the direction of sign(β₁m + (1 − β₁)g)", () => {
    // c₁ = 0.1·5 = 0.5 > 0, x₁ = 2 − 1e-4; m₁ = 0.01·5 = 0.05; c₂ = 0.045 + 0.1·4.9996 > 0, x₂ = 2 − 2e-4
    expectClose(xs(lion()), [1.9999, 1.9998]);
  });

  it("lion({}, 'keras') steps by Keras's lr 1e-3", () => {
    expectClose(xs(lion({}, 'keras')), [1.999, 1.998]);
  });

  it('lion({ weightDecay: 1 }) decouples the decay: x ← x − lr·λ·x before the sign step', () => {
    // x₁ = 2 − 0.1·1·2 − 0.1·sign(0.5) = 1.7
    expectClose(xs(lion({ lr: 0.1, weightDecay: 1 }), 1), [1.7]);
  });
});

describe('newton', () => {
  const hess = () => ({ hessian: [Float64Array.of(4)] });

  it('newton() jumps to the minimum of a parabola in one step, in both conventions', () => {
    // x₁ = 2 − 5/4 = 0.75, where g = 0
    for (const c of ['pytorch', 'keras'] as const) {
      expect(iterate(newton({}, c), [2], 2, parabola, hess).map((x) => x[0])).toEqual([0.75, 0.75]);
    }
  });

  it('newton({ damping: 1 }) shortens the step to g/(H + 1)', () => {
    // x₁ = 2 − 5/(4 + 1) = 1
    expect(iterate(newton({ damping: 1 }), [2], 1, parabola, hess)[0][0]).toBeCloseTo(1, 15);
  });

  it('newton() without extra.hessian throws optim-needs-hessian', () => {
    const opt = newton();
    const p = [Float64Array.of(2)];
    expect(() => opt.update([Float64Array.of(5)], opt.init(p), p)).toThrow(
      expect.objectContaining({ code: 'optim-needs-hessian' }),
    );
  });
});

describe('makeOptimizer', () => {
  it('makeOptimizer(name) matches the named factory and accepts aliases in any case', () => {
    expect(xs(makeOptimizer('Adam', { lr: 0.1 }))).toEqual(xs(adam({ lr: 0.1 })));
    expect(makeOptimizer('GD').name).toBe('sgd');
    expect(makeOptimizer('rmsprop', {}, 'keras').options.rho).toBe(0.9);
  });

  it('makeOptimizer fills every default from the convention table', () => {
    expect(makeOptimizer('adagrad').options).toMatchObject({ lr: 0.01, eps: 1e-10, initialAccumulator: 0 });
    expect(makeOptimizer('adagrad', {}, 'keras').options).toMatchObject({
      lr: 0.001,
      eps: 1e-7,
      initialAccumulator: 0.1,
    });
  });

  const bad: [string, object, string, RegExp][] = [
    ['adam', { lr: -1 }, 'pytorch', /invalid lr for adam: -1/],
    ['adam', { lr: Number.NaN }, 'pytorch', /invalid lr for adam: NaN/],
    ['adam', { beta1: 1 }, 'pytorch', /invalid beta1 for adam: 1 \(expected a number in \[0, 1\)\)/],
    ['adam', { beta2: -0.1 }, 'keras', /invalid beta2/],
    ['adam', { eps: 0 }, 'pytorch', /invalid eps for adam: 0/],
    ['adam', { amsgrad: 'yes' }, 'pytorch', /invalid amsgrad for adam: "yes" \(expected true or false\)/],
    ['sgd', { momentum: 1.5 }, 'pytorch', /invalid momentum for sgd: 1.5/],
    ['sgd', { weightDecay: -1 }, 'pytorch', /invalid weightDecay/],
    ['sgd', { dtype: 'float16' }, 'pytorch', /invalid dtype for sgd: "float16"/],
    ['rmsprop', { rho: 1 }, 'pytorch', /invalid rho for rmsprop: 1/],
    ['adagrad', { initialAccumulator: -0.1 }, 'keras', /invalid initialAccumulator/],
    ['nadam', { momentumDecay: -1 }, 'pytorch', /invalid momentumDecay/],
    ['newton', { damping: Number.POSITIVE_INFINITY }, 'pytorch', /invalid damping for newton: Infinity/],
    ['adam', { momentum: 0.9 }, 'pytorch', /adam has no option "momentum"; its options are: lr, beta1/],
    ['sgd', { dampening: 0.5 }, 'keras', /keras convention of sgd has no option dampening: it is fixed at 0/],
    ['sgd', { nesterov: true }, 'pytorch', /Nesterov momentum needs momentum > 0/],
    [
      'adamm',
      {},
      'pytorch',
      /unknown optimizer "adamm" \(did you mean 'adam'\?\); the optimizers are: sgd \(gd\), sign, adagrad/,
    ],
    ['adam', {}, 'tensorflow', /unknown convention "tensorflow"; the conventions are: pytorch, keras/],
    ['adam', { lr: { kind: 'cosine', lr: 0.1 } }, 'pytorch', /invalid T for schedule cosine: undefined/],
  ];
  for (const [name, options, convention, message] of bad) {
    it(`makeOptimizer('${name}', ${JSON.stringify(options, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}, '${convention}') throws ${message}`, () => {
      let error: unknown;
      try {
        makeOptimizer(name, options, convention);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DescensoError);
      expect((error as DescensoError).message).toMatch(message);
    });
  }

  it('makeOptimizer errors read in Spanish too', () => {
    try {
      makeOptimizer('adam', { beta1: 2 });
    } catch (e) {
      expect((e as DescensoError).code).toBe('optim-bad-option');
      expect((e as DescensoError).messageIn('es')).toBe(
        'beta1 no válido para adam: 2 (se esperaba un número en [0, 1))',
      );
    }
    expect.assertions(2);
  });

  it('makeOptimizer accepts a schedule spec as lr and follows it step by step', () => {
    // lr 0.1 for step 0, 0.01 for step 1: x₁ = 2 − 0.5 = 1.5, x₂ = 1.5 − 0.01·3 = 1.47
    const opt = makeOptimizer('sgd', { lr: { kind: 'step', lr: 0.1, stepSize: 1, gamma: 0.1 } });
    expectClose(xs(opt), [1.5, 1.47]);
  });

  it('sgd with a schedule differs between conventions only once momentum carries the old lr', () => {
    // lr 0.1 then 0.01, momentum 0.5. PyTorch: b₁ = 5, x₁ = 1.5; b₂ = 2.5 + 3 = 5.5, x₂ = 1.5 − 0.055 = 1.445.
    // Keras: v₁ = −0.5, x₁ = 1.5; v₂ = −0.25 − 0.03 = −0.28, x₂ = 1.22.
    const lr = (step: number) => (step === 0 ? 0.1 : 0.01);
    expectClose(xs(sgd({ lr, momentum: 0.5 })), [1.5, 1.445]);
    expectClose(xs(sgd({ lr, momentum: 0.5 }, 'keras')), [1.5, 1.22]);
  });

  it('a schedule that returns a negative lr throws optim-bad-lr naming the step', () => {
    const opt = sgd({ lr: (s) => 0.1 - s });
    expect(() => xs(opt, 2)).toThrow(/gave -0.9 at step 1/);
  });

  it('extra.step drives the schedule when the caller gives it', () => {
    // lr(7) = 0.5: x₁ = 2 − 0.5·5 = −0.5
    const opt = sgd({ lr: (s) => s / 14 });
    expect(iterate(opt, [2], 1, parabola, () => ({ step: 7 }))[0][0]).toBeCloseTo(-0.5, 15);
  });
});
