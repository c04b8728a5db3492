import { describe, expect, it } from 'vitest';
import { NUMPY_LOG, TORCH_LOG } from '../tutorials/printed-logs.js';
import * as A from './api.js';
import { compile } from './compile.js';
import { grad, valueAndGrad } from './grad.js';
import { type DType, noGrad, type Tensor } from './tensor.js';
import { mulberry32, uniformArray } from './testing.js';

const f32 = Math.fround;

describe('float32 mode rounds every operation', () => {
  it('tensor(0.1, {dtype: "float32"}) holds fround(0.1) in a Float32Array', () => {
    const t = A.tensor(0.1, { dtype: 'float32' });
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(t.item()).toBe(f32(0.1));
  });

  it('add(0.1, 0.2) in float32 is fround(fround(0.1) + fround(0.2)), not 0.30000000000000004', () => {
    const r = A.add(A.tensor(0.1, { dtype: 'float32' }), 0.2);
    expect(r.dtype).toBe('float32');
    expect(r.item()).toBe(f32(f32(0.1) + f32(0.2)));
    expect(r.item()).not.toBe(0.1 + 0.2);
  });

  it('every elementwise function of a float32 tensor is the float64 result rounded to float32', () => {
    const xs = uniformArray(mulberry32(5), 8, 0.1, 0.9).map(f32);
    const x = A.tensor(Float32Array.from(xs));
    const fns: [string, (t: Tensor) => Tensor, (v: number) => number][] = [
      ['exp', A.exp, Math.exp],
      ['log', A.log, Math.log],
      ['sqrt', A.sqrt, Math.sqrt],
      ['sin', A.sin, Math.sin],
      ['tanh', A.tanh, Math.tanh],
      ['asin', A.asin, Math.asin],
      ['sigmoid', A.sigmoid, (v) => 1 / (1 + Math.exp(-v))],
      ['square', A.square, (v) => v * v],
      ['pow 1.7', (t) => A.pow(t, 1.7), (v) => v ** 1.7],
    ];
    for (const [name, op, ref] of fns) {
      const out = op(x);
      expect(out.data, name).toBeInstanceOf(Float32Array);
      expect(Array.from(out.data), name).toEqual(xs.map((v) => f32(ref(v))));
    }
  });

  it('sum([1e8, 1, −1e8]) is 0 in float32 (1e8 + 1 rounds back to 1e8) and 1 in float64', () => {
    expect(A.sum(A.tensor([1e8, 1, -1e8], { dtype: 'float32' })).item()).toBe(0);
    expect(A.sum(A.tensor([1e8, 1, -1e8])).item()).toBe(1);
  });

  it('matmul in float32 rounds each product and each partial sum', () => {
    const a = [f32(0.1), f32(0.2), f32(0.3)];
    const b = [f32(0.7), f32(0.11), f32(0.13)];
    let acc = 0;
    for (let i = 0; i < 3; i++) acc = f32(acc + f32(a[i] * b[i]));
    const r = A.matmul(
      A.tensor([a], { dtype: 'float32' }),
      A.tensor([[b[0]], [b[1]], [b[2]]], { dtype: 'float32' }),
    );
    expect(r.data[0]).toBe(acc);
  });

  it('gradients of float32 values are Float32Array', () => {
    const w = A.tensor(0.3, { dtype: 'float32', requiresGrad: true });
    A.mean(A.square(A.sub(A.mul(w, A.tensor([1, 2], { dtype: 'float32' })), 1))).backward();
    expect(w.grad?.data).toBeInstanceOf(Float32Array);
    const g = grad((x) => A.exp(A.mul(x, 0.3)), { dtype: 'float32' })(1.1);
    expect(f32(g)).toBe(g);
  });
});

/** The PyTorch loop of the NumPy/PyTorch tutorial, printing every 10th epoch as it does. */
function pytorchLog(dtype: DType): string[] {
  const X = A.tensor([1, 2, 3, 4], { dtype });
  const Y = A.tensor([2, 4, 6, 8], { dtype });
  const w = A.tensor(0, { dtype, requiresGrad: true });
  const forward = (x: Tensor | number) => A.mul(w, x);
  const lines = [`Prediccion antes de entrenar: f(5) = ${forward(5).item().toFixed(3)}`];
  for (let epoch = 0; epoch < 100; epoch++) {
    const l = A.mean(A.square(A.sub(forward(X), Y)));
    l.backward();
    noGrad(() => w.sub_(A.mul(w.grad!, 0.01)));
    w.zeroGrad();
    if (epoch % 10 === 0)
      lines.push(`epoch ${epoch + 1}: w = ${w.item().toFixed(3)}, loss = ${l.item().toFixed(8)}`);
  }
  lines.push(`Prediccion despues del entrenamiento: f(5) = ${forward(5).item().toFixed(3)}`);
  return lines;
}

describe('the tutorials’ training logs', () => {
  it('the PyTorch loop in float32 prints the tutorial’s log line for line', () => {
    expect(pytorchLog('float32')).toEqual(TORCH_LOG);
  });

  it('the same loop in float64 gives loss 1.16278593 at epoch 11 (float32 is what the tutorial printed)', () => {
    const lines = pytorchLog('float64');
    expect(lines[2]).toBe('epoch 11: w = 1.665, loss = 1.16278593');
  });

  it('the NumPy loop (float32 arrays, hand gradient mean(dot(2x, ŷ − y)), float64 w) prints the tutorial’s log', () => {
    const X = A.tensor([1, 2, 3, 4], { dtype: 'float32' });
    const Y = A.tensor([2, 4, 6, 8], { dtype: 'float32' });
    let w = 0;
    const lines: string[] = [];
    for (let epoch = 0; epoch < 20; epoch++) {
      const yPred = A.mul(w, X);
      const l = A.mean(A.square(A.sub(yPred, Y)));
      const dw = A.mean(A.dot(A.mul(2, X), A.sub(yPred, Y))).item();
      w -= 0.01 * dw;
      if (epoch % 2 === 0)
        lines.push(`epoch ${epoch + 1}: w = ${w.toFixed(3)}, loss = ${l.item().toFixed(8)}`);
    }
    // the tutorial's log without its two prediction lines
    expect(lines).toEqual(NUMPY_LOG.slice(1, -1));
  });
});

describe('compile in float32 equals the interpreter in float32', () => {
  it('compile(mse, {dtype: "float32"}) with a scalar w rounds w on entry like the interpreter', () => {
    // Regression: the compiled function used to read scalar arguments unrounded.
    const mse = (w: Tensor, x: Tensor, y: Tensor) => A.mean(A.square(A.sub(A.mul(w, x), y)));
    const c = compile(mse, [[], [4], [4]], { dtype: 'float32', argnums: [0] });
    const [v, g] = valueAndGrad(mse, { dtype: 'float32' })(1.1, [1, 2, 3, 4], [2, 4, 6, 8]);
    const out = c.valueAndGrad(1.1, [1, 2, 3, 4], [2, 4, 6, 8]);
    expect(out.value).toBe(v);
    expect(out.grads[0]).toBe(g);
  });

  it('compile of a linear layer loss in float32 with Float64Array inputs equals the interpreter bit for bit', () => {
    const layer = (X: Tensor, W: Tensor, b: Tensor, Y: Tensor) =>
      A.mean(A.square(A.sub(A.add(A.matmul(X, W), A.broadcastAxis(b, [5, 2], 0)), Y)));
    const rng = mulberry32(21);
    const X = Float64Array.from(uniformArray(rng, 15, -1, 1));
    const W = Float64Array.from(uniformArray(rng, 6, -1, 1));
    const b = Float64Array.from(uniformArray(rng, 2, -1, 1));
    const Y = Float64Array.from(uniformArray(rng, 10, -1, 1));
    const c = compile(layer, [[5, 3], [3, 2], [2], [5, 2]], { dtype: 'float32', argnums: [1, 2] });
    const rows = (d: Float64Array, cols: number) =>
      Array.from({ length: d.length / cols }, (_v, i) => Array.from(d.subarray(i * cols, (i + 1) * cols)));
    const t = (v: number[] | number[][]) => A.tensor(v, { dtype: 'float32' });
    const [v, [gW, gb]] = valueAndGrad(layer, { argnums: [1, 2] })(
      t(rows(X, 3)),
      t(rows(W, 2)),
      t(Array.from(b)),
      t(rows(Y, 2)),
    ) as [Tensor, Tensor[]];
    const out = c.valueAndGrad(X, W, b, Y);
    expect(out.value).toBe(v.item());
    expect(out.grads[0]).toBeInstanceOf(Float32Array);
    expect(Array.from(out.grads[0] as Float32Array)).toEqual(Array.from(gW.data));
    expect(Array.from(out.grads[1] as Float32Array)).toEqual(Array.from(gb.data));
  });
});
