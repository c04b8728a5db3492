"""Constants and a reference fixture for descenso's exponential (src/autodiff/exp.ts).

    python3 scripts/make-exp-table.py

Writes
  src/autodiff/exp-table.ts        2^(j/64), j = 0…63, each as a pair hi + lo of doubles
                                   (hi the nearest double, lo the nearest double to the rest),
  src/autodiff/fixtures/exp.json   e^x correctly rounded to double (50-digit decimal arithmetic)
                                   at seeded points across the range, and what NumPy (glibc) gives.
"""

import json
from decimal import Decimal, getcontext
from pathlib import Path

import numpy as np

getcontext().prec = 60
root = Path(__file__).resolve().parent.parent

hi, lo = [], []
for j in range(64):
    v = Decimal(2) ** (Decimal(j) / Decimal(64))
    h = float(v)
    hi.append(h)
    lo.append(float(v - Decimal(h)))

table = [
    "// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: 2^(32/64) is √2, written as the table's other entries",
    "// Written by scripts/make-exp-table.py: do not edit by hand.",
    "// 2^(j/64) = EXP_TABLE_HI[j] + EXP_TABLE_LO[j] to about 106 bits, j = 0…63.",
    "export const EXP_TABLE_HI = Float64Array.of(",
    *[f"  {repr(h)}," for h in hi],
    ");",
    "export const EXP_TABLE_LO = Float64Array.of(",
    *[f"  {repr(v)}," for v in lo],
    ");",
    "",
]
(root / "src/autodiff/exp-table.ts").write_text("\n".join(table))

rng = np.random.RandomState(2026)
xs = np.concatenate(
    [
        rng.uniform(-3, 3, 1500),  # where the surfaces live
        rng.uniform(-40, 40, 500),
        rng.uniform(-707, 708, 500),
        np.array([0.0, 1.0, -1.0, 0.5, 1e-300, -1e-300, 2.220446049250313e-16, 707.9, -707.9]),
    ]
)
cases = []
for x in xs:
    exact = float(Decimal(float(x)).exp())
    cases.append({"x": float(x), "exact": exact, "numpy": float(np.exp(x))})
(root / "src/autodiff/fixtures").mkdir(exist_ok=True)
(root / "src/autodiff/fixtures/exp.json").write_text(json.dumps({"cases": cases}, indent=None) + "\n")
print(f"wrote exp-table.ts and {len(cases)} fixture cases")
