#!/usr/bin/env python3
"""Writes examples/fixtures/jax-exercise.json: NumPy's answer to seed 004's exercise, computed
apart from descenso, for src/cli/tutorial-exercise.test.ts.

The tutorial's data (np.random.seed(22), x = linspace(-2, 2, 100), y = 5x + 2·normal(0, 1, 100)),
the model y = w·x from w = 10, and plain gradient descent on the mean squared error with the
gradient mean(-2x·(y - w·x)), for lr = 0.01, 0.02, …, 1 (linspace(0.01, 1, 100) rounded to 12
significant digits, as descenso's sweep spaces them). A run stops at the first epoch e whose loss
changes by at most 1e-9·max(1, |loss before|) (descenso's fit --tol), at most 500 epochs.
Also the least-squares Hessian 2·XᵀX/n's eigenvalues (np.linalg.eigvalsh), 2/λ_max and
2/(λ_min + λ_max).

Run from the repository root:
    python3 scripts/make-exercise-fixture.py
"""

import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'examples', 'fixtures', 'jax-exercise.json')

np.random.seed(22)
x = np.linspace(-2, 2, 100)
y = 5 * x + 2 * np.random.normal(0, 1, len(x))
X = x.reshape(-1, 1)
eig = np.linalg.eigvalsh(2 * X.T @ X / len(x))


def loss(w):
    return float(((y - w * x) ** 2).mean())


def epochs_to_tol(lr, epochs=500, tol=1e-9):
    w = 10.0
    previous = loss(w)
    for e in range(1, epochs + 1):
        w = w - lr * float((-2 * x * (y - w * x)).mean())
        value = loss(w)
        if not np.isfinite(value):
            return None
        if abs(value - previous) <= tol * max(1.0, abs(previous)):
            return e
        previous = value
    return None


rates = [float(f'{r:.12g}') for r in np.linspace(0.01, 1, 100)]


def js_key(r):
    """The rate as JavaScript's String(r) writes it: 1.0 is '1'."""
    k = repr(r)
    return k[:-2] if k.endswith('.0') else k


data = {
    'numpy': np.__version__,
    'lambdaMin': float(eig[0]),
    'lambdaMax': float(eig[-1]),
    'stableBelow': float(2 / eig[-1]),
    'fastest': float(2 / (eig[0] + eig[-1])),
    'epochs': {js_key(r): epochs_to_tol(r) for r in rates},
}
with open(OUT, 'w') as f:
    json.dump(data, f, indent=1)
    f.write('\n')
