"""Reference iterates of Nelder–Mead from SciPy, for src/optim/nelder-mead.test.ts.

    /usr/bin/python3 scripts/reference-nelder-mead.py   # writes src/optim/fixtures/nelder-mead.json

Routine: scipy.optimize.minimize(f, x0, method='Nelder-Mead', options={'xatol': tol, 'fatol': tol,
'maxiter': ..., 'adaptive': ...}) of Debian's python3-scipy (1.10). Its first simplex is x0 and x0
with coordinate k multiplied by 1.05 (0.00025 when it is 0); its coefficients are ρ = 1, χ = 2,
ψ = ½, σ = ½, or Gao and Han's adaptive ones. For each iteration the callback gives the best vertex;
a counter around f gives the cumulative number of evaluations. `nit` is SciPy's res.nit − 1 (see run). The functions are written with the
same operations, in the same order, as the test's JavaScript ones, so iterates agree bit for bit.
"""

import json
from pathlib import Path

import numpy as np
import scipy
from scipy.optimize import minimize


def rosenbrock(p):
    x, y = p
    return (1 - x) * (1 - x) + 100 * ((y - x * x) * (y - x * x))


def himmelblau(p):
    x, y = p
    a = x * x + y - 11
    b = x + y * y - 7
    return a * a + b * b


def rosenbrock3(p):
    return sum(100 * ((p[i + 1] - p[i] * p[i]) * (p[i + 1] - p[i] * p[i])) + (1 - p[i]) * (1 - p[i]) for i in range(2))


CASES = [
    {"problem": "rosenbrock", "x0": [-1.2, 1.0], "tol": 1e-8, "adaptive": False},
    {"problem": "rosenbrock", "x0": [-1.2, 1.0], "tol": 1e-8, "adaptive": True},
    {"problem": "himmelblau", "x0": [0.0, 0.0], "tol": 1e-8, "adaptive": False},
    {"problem": "rosenbrock3", "x0": [0.0, 0.5, -0.5], "tol": 1e-6, "adaptive": True},
]
FUNCTIONS = {"rosenbrock": rosenbrock, "himmelblau": himmelblau, "rosenbrock3": rosenbrock3}


def run(case):
    f = FUNCTIONS[case["problem"]]
    calls = [0]

    def counted(p):
        calls[0] += 1
        return float(f(p))

    iterates, evaluations = [], []

    def callback(xk):
        iterates.append([float(v) for v in xk])
        evaluations.append(calls[0])

    res = minimize(
        counted,
        np.array(case["x0"], dtype=float),
        method="Nelder-Mead",
        callback=callback,
        options={"xatol": case["tol"], "fatol": case["tol"], "maxiter": 2000, "adaptive": case["adaptive"]},
    )
    sim, fsim = res.final_simplex
    # SciPy counts from 1 (`iterations = 1` before the loop), and its callback runs in a `finally`,
    # so the convergence break calls it once more with the same simplex: both are one more than the
    # iterations done. The fixture keeps the iterations done.
    assert res.status == 0 and iterates[-1] == iterates[-2] and evaluations[-1] == evaluations[-2]
    return {
        **case,
        "iterates": iterates[:-1],
        "evaluations": evaluations[:-1],
        "nit": int(res.nit) - 1,
        "nfev": int(res.nfev),
        "finalSimplex": [[float(v) for v in x] for x in sim],
        "finalValues": [float(v) for v in fsim],
    }


def main():
    out = {
        "generator": "scripts/reference-nelder-mead.py",
        "scipy": scipy.__version__,
        "routine": "scipy.optimize.minimize(method='Nelder-Mead')",
        "cases": [run(c) for c in CASES],
    }
    path = Path(__file__).resolve().parent.parent / "src" / "optim" / "fixtures" / "nelder-mead.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    for c in out["cases"]:
        print(c["problem"], "adaptive" if c["adaptive"] else "standard", "nit", c["nit"], "nfev", c["nfev"], c["finalSimplex"][0])


if __name__ == "__main__":
    main()
