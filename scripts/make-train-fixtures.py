#!/usr/bin/env python3
"""Writes examples/fixtures/train.json: NumPy's numbers for the GradientTape and JAX examples.

- "gradientTape": the GradientTape tutorial's training (y = a + b·x, SSE, lr 0.001, 70 epochs) on
  x = uniform(0, 1, 200), y = 0.3 + 0.5x + normal(0, 0.3, 200) drawn after np.random.seed(42)
  (the tutorial sets no seed; descenso's example picks 42). Computed in float32, one rounding per
  operation and sums accumulated left to right, the order descenso's float32 mode uses, so the
  example's printed losses and final a, b can be compared exactly.
- "sums": arrays of several lengths and np.sum of each, to check descenso's copy of NumPy's
  pairwise summation order (examples/lib/python-format.ts).
- "jax": the JAX tutorial's descent (seed 22, linspace(-2, 2, 100), y = 5x + 2·normal(0, 1, 100),
  W1 = 10, lr 0.01, 401 epochs) in float64 with plain NumPy: the loss ((y - W1·x)**2).mean() and
  the gradient mean(-2x·(y - W1·x)). The tutorial itself printed JAX's float32 numbers.

Floats are written at full precision (json uses repr). Run from the repository root:
    python3 scripts/make-train-fixtures.py
"""

import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'examples', 'fixtures', 'train.json')
f32 = np.float32


def seq_sum32(values):
    """A float32 sum accumulated left to right, rounding after every addition."""
    acc = f32(0)
    for v in values:
        acc = f32(acc + v)
    return acc


def gradient_tape():
    np.random.seed(42)
    x64 = np.random.uniform(0.0, 1.0, 200)
    y64 = 0.3 + 0.5 * x64 + np.random.normal(0.0, 0.3, len(x64))
    x = x64.astype(f32)
    y = y64.astype(f32)
    lr = f32(0.001)
    a = f32(0)
    b = f32(0)

    def residuals(a, b):
        pred = (a + (b * x).astype(f32)).astype(f32)
        return (y - pred).astype(f32)

    losses = []
    for _ in range(70):
        d = residuals(a, b)
        losses.append(float(seq_sum32((d * d).astype(f32))))
        # d/da Σ(y − a − b·x)² = Σ −2d, d/db = Σ −2d·x (2d is exact in binary)
        m = (-(f32(2) * d)).astype(f32)
        da = seq_sum32(m)
        db = seq_sum32((m * x).astype(f32))
        a = f32(a - f32(lr * da))
        b = f32(b - f32(lr * db))
    # the least-squares line of the same float32 data, in float64
    slope, intercept = np.polyfit(x.astype(np.float64), y.astype(np.float64), 1)
    return {
        'seed': 42,
        'losses': losses,
        'lines': ['Epoch: %d, Loss: %0.2f' % (e, v) for e, v in enumerate(losses)],
        'a': float(a),
        'b': float(b),
        'leastSquares': {'a': float(intercept), 'b': float(slope)},
    }


def jax():
    np.random.seed(22)
    x = np.linspace(-2, 2, 100)
    y = 5 * x + 2 * np.random.normal(0, 1, len(x))
    w = 10.0
    loss = lambda w: ((y - (w * x)) ** 2).mean()
    initial = loss(w)
    lines = ['Condición Inicial: Pérdida: %r, Parámetro: %r' % (float(initial), w)]
    trajectory = [w]
    for epoch in range(401):
        w = w - 0.01 * np.mean(-2 * x * (y - w * x))
        trajectory.append(float(w))
        if epoch % 100 == 0:
            lines.append('Iteración %d: Pérdida: %r, Parámetro: %r' % (epoch, float(loss(w)), float(w)))
    return {
        'initialLoss': float(initial),
        'lines': lines,
        'finalW1': float(w),
        'every100': trajectory[1::100],
    }


def sums():
    rng = np.random.RandomState(0)
    out = []
    for n in [5, 9, 100, 129, 300, 1000]:
        values = rng.normal(0, 1, n) * 10.0 ** rng.uniform(-3, 6, n)
        out.append({'values': values.tolist(), 'sum': float(values.sum())})
    return out


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    data = {'numpy': np.__version__, 'gradientTape': gradient_tape(), 'jax': jax(), 'sums': sums()}
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
