/**
 * The three idioms (JAX's grad, TensorFlow's GradientTape, PyTorch's .backward()) and compile are
 * four ways into the same engine: on the same function they must give the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { add, mean, mul, square, sub, tensor, variable } from './api.js';
import { compile } from './compile.js';
import { valueAndGrad } from './grad.js';
import { GradientTape } from './tape.js';
import { noGrad, type Tensor } from './tensor.js';
import { mulberry32, PEAKS_POINTS, peaks, relativeError, uniform } from './testing.js';

type Fn = (...xs: Tensor[]) => Tensor;

/** JAX style: valueAndGrad over all the parameters. */
function viaGrad(f: Fn, params: number[], data: Tensor[]): { value: number; grads: number[] } {
  const argnums = params.map((_p, i) => i);
  const [v, gs] = valueAndGrad(f, { argnums })(...params.map((p) => tensor(p)), ...data) as [
    Tensor,
    Tensor[],
  ];
  return { value: v.item(), grads: gs.map((g) => g.item()) };
}

/** TensorFlow style: variables, a tape, tape.gradient. */
function viaTape(f: Fn, params: number[], data: Tensor[]): { value: number; grads: number[] } {
  const vars = params.map((p) => variable(p));
  const tape = new GradientTape();
  const y = tape.record(() => f(...vars, ...data));
  return { value: y.item(), grads: tape.gradient(y, vars).map((g) => g.item()) };
}

/** PyTorch style: leaves with requiresGrad, y.backward(), .grad. */
function viaBackward(f: Fn, params: number[], data: Tensor[]): { value: number; grads: number[] } {
  const leaves = params.map((p) => tensor(p, { requiresGrad: true }));
  const y = f(...leaves, ...data);
  y.backward();
  return { value: y.item(), grads: leaves.map((l) => l.grad!.item()) };
}

/** The data of the regression: y = 2x + 1 plus a little noise, 50 seeded points. */
function regressionData(): { x: number[]; y: number[] } {
  const rng = mulberry32(2024);
  const x = Array.from({ length: 50 }, () => uniform(rng, -2, 2));
  const y = x.map((v) => 2 * v + 1 + 0.1 * uniform(rng, -1, 1));
  return { x, y };
}

/** mean((y − (w·x + b))²) */
const mse = (w: Tensor, b: Tensor, x: Tensor, y: Tensor) => mean(square(sub(y, add(mul(w, x), b))));

describe('the three idioms and compile agree', () => {
  it('grad, GradientTape and .backward() give bit-identical values and gradients of peaks', () => {
    for (const [x, y] of PEAKS_POINTS) {
      const a = viaGrad(peaks, [x, y], []);
      expect(viaTape(peaks, [x, y], [])).toEqual(a);
      expect(viaBackward(peaks, [x, y], [])).toEqual(a);
    }
  });

  it('compile(peaks) equals the three idioms to 1e-12 relative', () => {
    const c = compile(peaks, [[], []]);
    for (const [x, y] of PEAKS_POINTS) {
      const a = viaGrad(peaks, [x, y], []);
      const out = c.valueAndGrad(x, y);
      expect(relativeError(out.value as number, a.value)).toBeLessThanOrEqual(1e-12);
      expect(relativeError(out.grads as number[], a.grads)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('grad, GradientTape, .backward() and compile agree on the MSE over 50 points', () => {
    const { x, y } = regressionData();
    const data = [tensor(x), tensor(y)];
    const c = compile(mse, [[], [], [50], [50]], { argnums: [0, 1] });
    for (const [w, b] of [
      [0, 0],
      [1.5, -0.5],
      [2, 1],
      [-3, 4],
    ]) {
      const a = viaGrad(mse, [w, b], data);
      expect(viaTape(mse, [w, b], data)).toEqual(a);
      expect(viaBackward(mse, [w, b], data)).toEqual(a);
      const out = c.valueAndGrad(w, b, x, y);
      expect(relativeError(out.value as number, a.value)).toBeLessThanOrEqual(1e-12);
      expect(relativeError(out.grads as number[], a.grads)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('200 steps of gradient descent (lr 0.1) in each idiom reach the least-squares line together', () => {
    const { x, y } = regressionData();
    const X = tensor(x);
    const Y = tensor(y);
    const lr = 0.1;
    const steps = 200;

    // JAX style: pure function of the parameters.
    let jw = 0;
    let jb = 0;
    const vg = valueAndGrad(mse, { argnums: [0, 1] });
    for (let s = 0; s < steps; s++) {
      const [, [gw, gb]] = vg(tensor(jw), tensor(jb), X, Y) as [Tensor, Tensor[]];
      jw -= lr * gw.item();
      jb -= lr * gb.item();
    }

    // TensorFlow style: variables changed with assignSub.
    const tw = variable(0);
    const tb = variable(0);
    for (let s = 0; s < steps; s++) {
      const tape = new GradientTape();
      const l = tape.record(() => mse(tw, tb, X, Y));
      const [gw, gb] = tape.gradient(l, [tw, tb]);
      tw.assignSub(lr * gw.item());
      tb.assignSub(lr * gb.item());
    }

    // PyTorch style: backward, update under noGrad, zero the gradients.
    const pw = tensor(0, { requiresGrad: true });
    const pb = tensor(0, { requiresGrad: true });
    for (let s = 0; s < steps; s++) {
      mse(pw, pb, X, Y).backward();
      noGrad(() => {
        pw.sub_(lr * pw.grad!.item());
        pb.sub_(lr * pb.grad!.item());
      });
      pw.zeroGrad();
      pb.zeroGrad();
    }

    // compile: the same loop on the compiled function.
    const c = compile(mse, [[], [], [50], [50]], { argnums: [0, 1] });
    const xs = Float64Array.from(x);
    const ys = Float64Array.from(y);
    let cw = 0;
    let cb = 0;
    for (let s = 0; s < steps; s++) {
      const { grads } = c.valueAndGrad(cw, cb, xs, ys);
      cw -= lr * (grads[0] as number);
      cb -= lr * (grads[1] as number);
    }

    expect([tw.item(), tb.item()]).toEqual([jw, jb]);
    expect([pw.item(), pb.item()]).toEqual([jw, jb]);
    expect(relativeError([cw, cb], [jw, jb])).toBeLessThanOrEqual(1e-10);

    // The least-squares line: w* = cov(x, y)/var(x), b* = ȳ − w* x̄
    const mx = x.reduce((s, v) => s + v, 0) / x.length;
    const my = y.reduce((s, v) => s + v, 0) / y.length;
    let cov = 0;
    let vx = 0;
    x.forEach((v, i) => {
      cov += (v - mx) * (y[i] - my);
      vx += (v - mx) ** 2;
    });
    const wStar = cov / vx;
    expect(jw).toBeCloseTo(wStar, 6);
    expect(jb).toBeCloseTo(my - wStar * mx, 6);
    expect(wStar).toBeCloseTo(2, 1);
  });
});
