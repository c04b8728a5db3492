#!/usr/bin/env python3
"""Writes src/curvature/fixtures/eigen.json: what NumPy's eigh gives for symmetric matrices.

descenso's curvature takes eigenvalues and eigenvectors of Hessians (closed form for 2x2,
Jacobi rotations for n x n); the tests compare them with numpy.linalg.eigh on the same matrices:
hand-picked 2x2 cases (diagonal, rotated, indefinite, nearly singular, tiny off-diagonal) and
random symmetric matrices of sizes 3 to 8 from a seeded RandomState. Eigenvalues ascending, as
eigh returns them; eigenvectors as rows (vectors[k] belongs to values[k]), sign left as NumPy
chose it (the tests compare up to sign). Floats at full precision (json writes repr(float)).

Run from the repository root:  python3 scripts/make-curvature-fixtures.py
"""

import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'curvature', 'fixtures', 'eigen.json')

HAND = {
    'diagonal': [[2.0, 0.0], [0.0, 20.0]],
    'diagonal-reversed': [[20.0, 0.0], [0.0, 2.0]],
    'rotated-bowl': [[11.0, -9.0], [-9.0, 11.0]],
    'booth': [[10.0, 8.0], [8.0, 10.0]],
    'saddle': [[2.0, 0.0], [0.0, -2.0]],
    'indefinite': [[-9.969028366847553, -5.068666023206183], [-5.068666023206183, 2.9951485618645677]],
    'rosenbrock-minimum': [[802.0, -400.0], [-400.0, 200.0]],
    'nearly-singular': [[1.0, 1.0], [1.0, 1.0 + 1e-9]],
    'tiny-off-diagonal': [[3.0, 1e-12], [1e-12, 1.0]],
    'negative-definite': [[-4.0, 1.5], [1.5, -1.0]],
}


def entry(name, m):
    a = np.array(m, dtype=np.float64)
    values, vectors = np.linalg.eigh(a)
    return {
        'name': name,
        'matrix': a.tolist(),
        'values': values.tolist(),
        'vectors': vectors.T.tolist(),
        'trace': float(np.trace(a)),
        'det': float(np.linalg.det(a)),
    }


def main():
    cases = [entry(name, m) for name, m in HAND.items()]
    rng = np.random.RandomState(16)
    for n in [3, 4, 5, 6, 8]:
        for k in range(2):
            b = rng.standard_normal((n, n)) * (1 + 4 * k)
            cases.append(entry(f'random-{n}-{k}', (b + b.T) / 2))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'numpy': np.__version__, 'cases': cases}, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
