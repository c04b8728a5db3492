import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { add, div, exp, log, mean, mul, pow, sin, square, sub, sum, tensor } from './api.js';
import { gradients, topoOrder } from './backward.js';
import { isGradEnabled, noGrad } from './tensor.js';
import { expectClose, peaks, peaksGradient } from './testing.js';

function caught(fn: () => unknown): DescensoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

describe('.backward() / .grad (PyTorch style)', () => {
  it('l.backward() on l = mean((w·X − Y)²) at w = 0 sets w.grad = mean(2x(wx − y)) = −30', () => {
    // mean(2x(0 − 2x)) = −4 · mean(x²) = −4 · 7.5 = −30
    const X = tensor([1, 2, 3, 4]);
    const Y = tensor([2, 4, 6, 8]);
    const w = tensor(0, { requiresGrad: true });
    const l = mean(pow(sub(mul(w, X), Y), 2));
    l.backward();
    expect(l.item()).toBe(30);
    expect(w.grad?.item()).toBe(-30);
  });

  it('.grad is a leaf cut from the graph', () => {
    const w = tensor(2, { requiresGrad: true });
    square(w).backward();
    expect(w.grad?.op).toBeNull();
    expect(w.grad?.requiresGrad).toBe(false);
  });

  it('backward() twice without zeroGrad accumulates: the gradient doubles', () => {
    const w = tensor([1, 2], { requiresGrad: true });
    const f = () => sum(mul(w, w));
    f().backward();
    expect(w.grad?.toJS()).toEqual([2, 4]);
    f().backward();
    expect(w.grad?.toJS()).toEqual([4, 8]);
  });

  it('zeroGrad() sets .grad to zero and keeps the same array', () => {
    const w = tensor([1, 2], { requiresGrad: true });
    sum(square(w)).backward();
    const g = w.grad!;
    const data = g.data;
    w.zeroGrad();
    expect(w.grad).toBe(g);
    expect(g.data).toBe(data);
    expect(g.toJS()).toEqual([0, 0]);
    sum(square(w)).backward();
    expect(w.grad?.toJS()).toEqual([2, 4]);
    expect(w.grad?.data).toBe(data);
  });

  it('zeroGrad() before any backward does nothing', () => {
    const w = tensor(1, { requiresGrad: true });
    w.zeroGrad();
    expect(w.grad).toBeNull();
  });

  it('leaves without requiresGrad receive no .grad', () => {
    const w = tensor(2, { requiresGrad: true });
    const x = tensor(3);
    mul(w, x).backward();
    expect(w.grad?.item()).toBe(3);
    expect(x.grad).toBeNull();
  });

  it('requiresGrad flows from the leaves to every result that depends on them', () => {
    const w = tensor(2, { requiresGrad: true });
    const x = tensor([1, 2]);
    expect(mul(w, x).requiresGrad).toBe(true);
    expect(mul(x, 2).requiresGrad).toBe(false);
  });

  it('backward() of a non-scalar accumulates the gradient of its sum', () => {
    const x = tensor([0, 1, 2], { requiresGrad: true });
    sin(x).backward();
    expect(x.grad?.toJS()).toEqual([Math.cos(0), Math.cos(1), Math.cos(2)]);
  });

  it('a value used twice (a diamond) sums both paths: d(x·x + x·x)/dx = 4x', () => {
    const x = tensor(1.5, { requiresGrad: true });
    const sq = mul(x, x);
    add(sq, sq).backward();
    expect(x.grad?.item()).toBe(6);
  });

  it('the method chain w.mul(X).sub(Y).pow(2).mean() equals the function style', () => {
    const X = tensor([1, 2, 3, 4]);
    const Y = tensor([2, 4, 6, 8]);
    const w1 = tensor(1.2, { requiresGrad: true });
    const w2 = tensor(1.2, { requiresGrad: true });
    const l1 = w1.mul(X).sub(Y).pow(2).mean();
    const l2 = mean(square(sub(mul(w2, X), Y)));
    l1.backward();
    l2.backward();
    expect(l1.item()).toBe(l2.item());
    expect(w1.grad?.item()).toBe(w2.grad?.item());
  });

  it('peaks(x, y).backward() fills x.grad and y.grad with the closed-form gradient', () => {
    const x = tensor(-0.35, { requiresGrad: true });
    const y = tensor(-0.67, { requiresGrad: true });
    peaks(x, y).backward();
    expectClose([x.grad!.item(), y.grad!.item()], peaksGradient(-0.35, -0.67), 1e-12);
  });

  it('backward() of log(w) at −1 throws autodiff-non-finite naming log; checkFinite: false does not', () => {
    const w = tensor(-1, { requiresGrad: true });
    const e = caught(() => log(w).backward());
    expect(e.code).toBe('autodiff-non-finite');
    expect(e.params).toMatchObject({ op: 'log' });
    log(w).backward({ checkFinite: false });
    expect(w.grad?.item()).toBe(-1);
  });

  it('backward() of 1/w at 0 throws autodiff-non-finite naming div', () => {
    const w = tensor(0, { requiresGrad: true });
    expect(caught(() => div(1, w).backward()).params).toMatchObject({ op: 'div' });
  });

  it('backward() of exp(w)·0 at w = 800 names exp, the first operation that overflowed', () => {
    const w = tensor(800, { requiresGrad: true });
    const e = caught(() => mul(exp(w), 0).backward());
    expect(e.params).toMatchObject({ op: 'exp' });
  });
});

describe('noGrad and in-place updates', () => {
  it('noGrad(() => ...) results are constants: no op, no inputs, no requiresGrad', () => {
    const w = tensor(2, { requiresGrad: true });
    const y = noGrad(() => mul(w, 3));
    expect(y.op).toBeNull();
    expect(y.inputs).toEqual([]);
    expect(y.requiresGrad).toBe(false);
    expect(y.item()).toBe(6);
  });

  it('isGradEnabled() is false inside noGrad, also when nested, and true after', () => {
    expect(isGradEnabled()).toBe(true);
    noGrad(() => {
      noGrad(() => expect(isGradEnabled()).toBe(false));
      expect(isGradEnabled()).toBe(false);
    });
    expect(isGradEnabled()).toBe(true);
  });

  it('noGrad restores recording after an exception', () => {
    expect(() =>
      noGrad(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(isGradEnabled()).toBe(true);
  });

  it('noGrad(() => w.sub_(lr·w.grad)) updates w in place and keeps it a leaf', () => {
    const w = tensor(0, { requiresGrad: true });
    const data = w.data;
    mean(square(sub(mul(w, tensor([1, 2, 3, 4])), tensor([2, 4, 6, 8])))).backward();
    noGrad(() => w.sub_(mul(w.grad!, 0.01)));
    // w ← 0 − 0.01 · (−30) = 0.3, the first line of the PyTorch log
    expect(w.item()).toBe(0.3);
    expect(w.data).toBe(data);
    expect(w.op).toBeNull();
    expect(w.requiresGrad).toBe(true);
  });

  it('add_(v) adds in place', () => {
    const w = tensor([1, 2]);
    w.add_([0.5, 0.5]);
    expect(w.toJS()).toEqual([1.5, 2.5]);
  });
});

describe('gradients() and topoOrder()', () => {
  it('topoOrder puts inputs before the nodes that use them, each node once', () => {
    const x = tensor(1, { requiresGrad: true });
    const a = mul(x, 2);
    const b = add(a, a);
    const order = topoOrder([b]);
    expect(order.filter((t) => t === a)).toHaveLength(1);
    expect(order.indexOf(x)).toBeLessThan(order.indexOf(a));
    expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    expect(order[order.length - 1]).toBe(b);
  });

  it('topoOrder handles a chain of 30 000 operations without a stack overflow', () => {
    const x = tensor(1, { requiresGrad: true });
    let y = x;
    for (let i = 0; i < 30_000; i++) y = add(y, 1e-6);
    expect(topoOrder([y])).toHaveLength(60_001);
    expect(gradients(y, [x])[0].item()).toBe(1);
  });

  it('gradients(y, [x]) of a y that does not depend on x is zeros of x’s shape', () => {
    const x = tensor([1, 2, 3]);
    const [g] = gradients(tensor(5), [x]);
    expect(g.toJS()).toEqual([0, 0, 0]);
  });

  it('gradients(y, [y]) is ones', () => {
    const y = tensor([1, 2]);
    expect(gradients(y, [y])[0].toJS()).toEqual([1, 1]);
  });
});
