#!/usr/bin/env python3
"""Writes src/random/fixtures/numpy-random.json: what NumPy's legacy RandomState and linspace give.

The TypeScript tests replay the same calls on descenso's RandomState and compare every number
exactly, so the fixture holds floats at full (round-trip) precision: json writes repr(float).

Each "sequence" starts from a freshly seeded generator and lists calls in order; a call is
{"call": name, "args": [...], "values": result}, where a trailing size argument means an array.
After the calls, "state" records where the generator ended (pos, cached gaussian, a few words),
so that the tests also check how many words each call consumed.

Run from the repository root:  python3 scripts/make-random-fixtures.py
"""

import json
import math
from fractions import Fraction
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'random', 'fixtures', 'numpy-random.json')

SEEDS = [0, 1, 22, 42, 12345, 2**32 - 1]
ARRAY_SEEDS = [[1, 2, 3], [0], [2**32 - 1, 0, 7], list(range(700))]

# Each entry: (method name in camelCase as descenso spells it, numpy method, args).
SEQUENCES = {
    'randomSample': [
        ('randomSample', 'random_sample', [1500]),
        ('randomSample', 'random_sample', []),
    ],
    'uniform': [
        ('uniform', 'uniform', [-3.0, 7.0, 1000]),
        ('uniform', 'uniform', [5.0, -1.0, 251]),  # low > high is allowed
        ('uniform', 'uniform', []),
        ('uniform', 'uniform', [0.1, 0.2]),
        ('uniform', 'uniform', [-1e300, 1e300, 20]),
    ],
    # Odd counts leave a gaussian cached across calls; even ones after that consume it first.
    'normal': [
        ('normal', 'normal', [0.0, 1.0, 999]),
        ('normal', 'normal', [1.5, 0.25, 1000]),
        ('standardNormal', 'standard_normal', []),
        ('standardNormal', 'standard_normal', [3]),
        ('normal', 'normal', [-2.0, 3.0]),
        ('randomSample', 'random_sample', [2]),
        ('normal', 'normal', [0.0, 1.0, 2]),
        ('normal', 'normal', [10.0, 0.0, 3]),
        ('normal', 'normal', [0.0, 1.0, 1]),
    ],
    'randint': [
        ('randint', 'randint', [0, 10, 500]),
        ('randint', 'randint', [-5, 1000, 400]),
        ('randint', 'randint', [7]),
        ('randint', 'randint', [3, 4, 5]),  # one possible value: no draws at all
        ('randint', 'randint', [0, 2**32, 40]),  # span 2^32 - 1: raw 32-bit words
        ('randint', 'randint', [-(2**31), 2**31, 40]),
        ('randint', 'randint', [0, 2**32 + 1, 30]),  # span 2^32: 64-bit words
        ('randint', 'randint', [0, 2**40 + 7, 40]),
        ('randint', 'randint', [-(2**53 - 1), 2**53 - 1, 20]),
        ('randint', 'randint', [1, 2**31 + 1]),
        ('randomSample', 'random_sample', [3]),
    ],
    'permutation': [
        ('permutation', 'permutation', [10]),
        ('permutation', 'permutation', [1000]),
        ('permutation', 'permutation', [[0.5 * i for i in range(7)]]),
        ('permutation', 'permutation', [0]),
        ('permutation', 'permutation', [1]),
        ('shuffle', 'shuffle', [list(range(50))]),
        ('randomSample', 'random_sample', [2]),
    ],
}

LINSPACE = [
    (-2.0, 2.0, 100, True),
    (0.0, 1.0, 5, True),
    (0.0, 1.0, 5, False),
    (0.1, 0.7, 13, True),
    (3.3, 9.9, 1000, True),
    (5.0, -5.0, 7, True),
    (1.0, 1.0, 3, True),
    (0.0, 1.0, 1, True),
    (0.0, 1.0, 1, False),
    (0.0, 1.0, 0, True),
    (-1e300, 1e300, 11, True),
    (0.0, 5e-324, 3, True),  # the step underflows to 0: NumPy divides first
    (-0.3, 1.7, 37, False),
    (-2.0, 11.0, 401, True),
    (-11.0, 16.0, 500, True),
]


def tolist(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return value


def state_summary(rs):
    _, key, pos, has_gauss, gauss = rs.get_state()
    return {
        'pos': int(pos),
        'hasGauss': bool(has_gauss),
        'gauss': float(gauss),
        'keyHead': [int(k) for k in key[:4]],
        'keyTail': [int(k) for k in key[-4:]],
    }


def run_sequence(seed, calls):
    rs = np.random.RandomState(seed)
    out = []
    for name, np_name, args in calls:
        if np_name == 'shuffle':
            arr = np.array(args[0])
            rs.shuffle(arr)
            values = arr.tolist()
        elif np_name == 'permutation' and isinstance(args[0], list):
            values = rs.permutation(np.array(args[0])).tolist()
        else:
            values = tolist(getattr(rs, np_name)(*args))
        out.append({'call': name, 'args': args, 'values': values})
    return {'calls': out, 'state': state_summary(rs)}


def main():
    fixtures = {
        'numpy': np.__version__,
        'machine': sys.platform + ' ' + os.uname().machine,
        'seeds': [],
        'arraySeeds': [],
        'linspace': [],
        'tutorials': {},
        'log': {},
        'fma': [],
    }
    for seed in SEEDS:
        _, key, pos, _, _ = np.random.RandomState(seed).get_state()
        entry = {'seed': seed, 'key': [int(k) for k in key], 'pos': int(pos), 'sequences': {}}
        for label, calls in SEQUENCES.items():
            entry['sequences'][label] = run_sequence(seed, calls)
        fixtures['seeds'].append(entry)

    for words in ARRAY_SEEDS:
        rs = np.random.RandomState(words)
        _, key, pos, _, _ = rs.get_state()
        fixtures['arraySeeds'].append({
            'seed': words,
            'key': [int(k) for k in key],
            'randomSample': rs.random_sample(10).tolist(),
            'normal': rs.normal(0.0, 1.0, 5).tolist(),
        })

    for start, stop, num, endpoint in LINSPACE:
        values = np.linspace(start, stop, num, endpoint=endpoint).tolist()
        fixtures['linspace'].append(
            {'start': start, 'stop': stop, 'num': num, 'endpoint': endpoint, 'values': values}
        )

    # JAX tutorial: np.random.seed(22); x = linspace(-2, 2, 100); y = 5x + 2 N(0, 1).
    np.random.seed(22)
    x = np.linspace(-2, 2, 100)
    y = 5 * x + 2 * np.random.normal(0, 1, len(x))
    fixtures['tutorials']['jax'] = {'seed': 22, 'x': x.tolist(), 'y': y.tolist()}

    # GradientTape tutorial (it sets no seed; descenso uses 22): x ~ U(0, 1), y = 0.3 + 0.5x + N(0, 0.3²).
    np.random.seed(22)
    x = np.random.uniform(0.0, 1.0, (200))
    y = 0.3 + 0.5 * x + np.random.normal(0.0, 0.3, len(x))
    fixtures['tutorials']['gradientTape'] = {'seed': 22, 'x': x.tolist(), 'y': y.tolist()}

    # The C library's log, which the normal draws go through (math.log calls the same libm).
    rng = np.random.RandomState(2024)
    u = rng.random_sample((2, 3000)) * 2 - 1
    r2 = (u**2).sum(axis=0)
    xs = [float(v) for v in r2[(r2 > 0) & (r2 < 1)]]
    xs += [float(v) for v in 1 + (rng.random_sample(500) * 2 - 1) * 0.07]  # the branch near 1
    xs += [float(v) for v in np.exp(rng.uniform(-700, 700, 500))]
    xs += [5e-324, 1e-310, 2.2250738585072014e-308, 1 - 2**-53, 1 + 2**-52, 0.9375, 1.064697265625,
           1.7976931348623157e308, 1.0, 2.0, 0.5]
    fixtures['log'] = {'x': xs, 'y': [math.log(v) for v in xs]}

    # Fused multiply-add, which the log port emulates: Fraction makes a·b + c exact, and float()
    # of a Fraction rounds correctly. Cancelling c against a·b exposes the low half of the product.
    for _ in range(1500):
        a = float(rng.uniform(-2, 2) * 2.0 ** rng.randint(-30, 30))
        b = float(rng.uniform(-2, 2) * 2.0 ** rng.randint(-30, 30))
        kind = rng.randint(3)
        if kind == 0:
            c = -(a * b)
        elif kind == 1:
            c = -(a * b) * float(1 + rng.uniform(-1, 1) * 2.0 ** rng.randint(-60, -10))
        else:
            c = float(rng.uniform(-2, 2) * 2.0 ** rng.randint(-60, 60))
        exact = Fraction(a) * Fraction(b) + Fraction(c)
        fixtures['fma'].append([a, b, c, float(exact)])

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        json.dump(fixtures, f, separators=(',', ':'), allow_nan=False)
        f.write('\n')
    print(f'wrote {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)')


if __name__ == '__main__':
    main()
