"""Reference iterates of the classical methods on Rosenbrock from (-1.2, 1), from SciPy.

    /usr/bin/python3 scripts/reference-classical.py   # Debian's python3-scipy (1.10)
    # writes src/optim/fixtures/classical.json

Each method is a plain NumPy loop written from the mathematics (not from descenso's code) whose
step length comes from SciPy:

  gd-wolfe, cg-fr, cg-pr, bfgs, lbfgs
      scipy.optimize.line_search (scipy.optimize._linesearch.line_search_wolfe2, the strong-Wolfe
      search of Nocedal & Wright, Algorithms 3.5 and 3.6) with c1 = 1e-4, c2 = 0.9 (0.1 for CG),
      amax = None, maxiter = 10, and old_fval / old_old_fval passed as SciPy's own BFGS and CG pass
      them (old_old_fval = f0 + |g0|/2 before the first step), so the first trial step is
      min(1, 1.01*2*(f_k - f_{k-1})/slope).
      Directions: gd -g; CG Fletcher-Reeves or Polak-Ribiere+ (beta = max(0, ...)), restarted to
      -g every n = 2 steps and whenever g.d >= 0; BFGS with H0 = I (as scipy.optimize.minimize's
      BFGS), H <- (I - rho s y^T) H (I - rho y s^T) + rho s s^T, a pair with y.s <= 0 skipped;
      L-BFGS by the two-loop recursion with H0 = I and memory m = 10.
  gd-armijo
      Backtracking (Nocedal & Wright, Algorithm 3.1): alpha = 1, 0.5, 0.25, ... until
      f(x + alpha d) <= f(x) + 1e-4 alpha g.d, written here in NumPy. SciPy's
      scipy.optimize._linesearch.scalar_search_armijo is not used for the iterates: it
      interpolates (quadratic, then cubic) instead of shrinking by a fixed factor, so it is another
      method; its first accepted step is recorded beside ours for comparison only.

Evaluations are counted as descenso counts them: f and grad f separately, a call at the same
point as the previous call of the same kind (or f right after the gradient there) not counted again,
the start's f and gradient included.

SciPy's zoom has an open sign error (scipy/scipy#13695): when the low end of the interval lies
right of the high end, its end-point safeguards use the signed width and accept interpolated
steps outside the 20 %/10 % margins (even outside the interval). descenso measures the width as
|a_hi - a_lo|, as Nocedal & Wright mean it. So every Wolfe method is run twice: with SciPy as
shipped, and with _zoom's two checks patched to use abs(dalpha) (nothing else changed); where the
two differ the case carries both, and the test follows the patched one and checks that the
shipped one agrees up to the step where they part. On Rosenbrock from (-1.2, 1) only cg-pr meets it.

For comparison only (not tested): scipy.optimize.minimize with method 'BFGS', 'CG' and 'L-BFGS-B'
at gtol 1e-8 -- iterations (nit), function (nfev) and gradient (njev) evaluations. Those use other
line searches (MINPACK's dcsrch first) and, for CG, another restart rule, so their paths differ.
"""

import contextlib
import inspect
import json
from pathlib import Path

import numpy as np
import scipy
from scipy.optimize import line_search, minimize
from scipy.optimize import _linesearch
from scipy.optimize._linesearch import scalar_search_armijo

X0 = [-1.2, 1.0]
TOL = 1e-8
MAX_ITER = {"gd-armijo": 200, "gd-wolfe": 200}
DEFAULT_MAX = 500


def rosen(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


def rosen_grad(x):
    return np.array([-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2), 200 * (x[1] - x[0] ** 2)])


class Counted:
    """f and grad f, counted once per point asked in a row (see the module's docstring)."""

    def __init__(self):
        self.nf = 0
        self.ng = 0
        self.fx = None
        self.gx = None

    def f(self, x):
        x = np.asarray(x, dtype=float)
        if not (self.fx is not None and np.array_equal(self.fx, x)) and not (
            self.gx is not None and np.array_equal(self.gx, x)
        ):
            self.nf += 1
            self.fx = x.copy()
        return rosen(x)

    def g(self, x):
        x = np.asarray(x, dtype=float)
        if not (self.gx is not None and np.array_equal(self.gx, x)):
            if not (self.fx is not None and np.array_equal(self.fx, x)):
                self.nf += 1  # descenso takes f with its gradient
            self.ng += 1
            self.gx = x.copy()
        return rosen_grad(x)


def steepest():
    def rule(g, step, memory):
        return -g, memory

    return rule, None


def conjugate(formula, n):
    def rule(g, step, memory):
        d_prev, since = memory
        if step is None or d_prev is None or since >= n:
            return -g, (-g, 1)
        s, y = step
        g_prev = g - y
        before = g_prev @ g_prev
        beta = (g @ g) / before if formula == "fr" else max(0.0, (g @ y) / before)
        d = -g + beta * d_prev
        if not (g @ d < 0) or not np.isfinite(beta):
            return -g, (-g, 1)
        return d, (d, since + 1)

    return rule, (None, 0)


def bfgs(n):
    def rule(g, step, H):
        if step is not None:
            s, y = step
            sy = y @ s
            if sy > 0:
                rho = 1.0 / sy
                A = np.eye(n) - rho * np.outer(s, y)
                H = A @ H @ A.T + rho * np.outer(s, s)
        return -(H @ g), H

    return rule, np.eye(n)


def lbfgs(m):
    def rule(g, step, pairs):
        if step is not None and step[1] @ step[0] > 0:
            pairs = (pairs + [step])[-m:]
        q = g.copy()
        a = [0.0] * len(pairs)
        for i in range(len(pairs) - 1, -1, -1):
            s, y = pairs[i]
            a[i] = (s @ q) / (y @ s)
            q = q - a[i] * y
        r = q
        for i, (s, y) in enumerate(pairs):
            b = (y @ r) / (y @ s)
            r = r + s * (a[i] - b)
        return -r, pairs

    return rule, []


def backtrack(c, x, d, fx, slope, c1=1e-4, shrink=0.5):
    alpha = 1.0
    for _ in range(60):
        if c.f(x + alpha * d) <= fx + c1 * alpha * slope:
            return alpha
        alpha *= shrink
    return 0.0


def run(name, rule_and_memory, search, c2=0.9):
    rule, memory = rule_and_memory
    c = Counted()
    x = np.array(X0)
    fx = c.f(x)
    g = c.g(x)
    old_old = fx + np.linalg.norm(g) / 2
    points, nf, ng, alphas = [x.tolist()], [c.nf], [c.ng], []
    step = None
    status = "max-iter"
    for _ in range(MAX_ITER.get(name, DEFAULT_MAX)):
        if np.linalg.norm(g) <= TOL:
            status = "converged"
            break
        d, memory = rule(g, step, memory)
        if not (g @ d < 0):
            d, memory = rules[name]()[0](g, None, rules[name]()[1])
        slope = g @ d
        if search == "armijo":
            alpha = backtrack(c, x, d, fx, slope)
            new_f = rosen(x + alpha * d)
        else:
            alpha, _fc, _gc, new_f, _old, _slope = line_search(
                c.f, c.g, x, d, gfk=g, old_fval=fx, old_old_fval=old_old, c1=1e-4, c2=c2
            )
            if alpha is None:
                status = "line-search-failed"
                break
        x_new = x + alpha * d
        g_new = c.g(x_new)
        step = (x_new - x, g_new - g) if alpha > 0 else None
        old_old = fx
        x, fx, g = x_new, new_f, g_new
        points.append(x.tolist())
        nf.append(c.nf)
        ng.append(c.ng)
        alphas.append(alpha)
    return {
        "method": name,
        "status": status,
        "iterations": len(points) - 1,
        "points": points,
        "alphas": alphas,
        "evaluations": {"value": nf, "gradient": ng},
    }


rules = {
    "gd-armijo": steepest,
    "gd-wolfe": steepest,
    "cg-fr": lambda: conjugate("fr", 2),
    "cg-pr": lambda: conjugate("pr", 2),
    "bfgs": lambda: bfgs(2),
    "lbfgs": lambda: lbfgs(10),
}


@contextlib.contextmanager
def issue_13695_fixed():
    """SciPy's _zoom with its interval margins measured on |a_hi - a_lo| (scipy/scipy#13695)."""
    shipped = _linesearch._zoom
    source = inspect.getsource(shipped)
    patched = source.replace("cchk = delta1 * dalpha", "cchk = delta1 * abs(dalpha)").replace(
        "qchk = delta2 * dalpha", "qchk = delta2 * abs(dalpha)"
    )
    assert patched.count("abs(dalpha)") == 2, "SciPy's _zoom changed: review the patch"
    namespace = {}
    exec(patched, _linesearch.__dict__, namespace)
    _linesearch._zoom = namespace["_zoom"]
    try:
        yield
    finally:
        _linesearch._zoom = shipped


def with_fixed(name, rule_factory, c2):
    shipped = run(name, rule_factory(), "wolfe", c2=c2)
    with issue_13695_fixed():
        fixed = run(name, rule_factory(), "wolfe", c2=c2)
    if fixed["points"] != shipped["points"]:
        parts = next(k for k, (a, b) in enumerate(zip(fixed["points"], shipped["points"])) if a != b)
        shipped["issue13695"] = {**fixed, "partsAt": parts}
    return shipped


def scipy_minimize(method):
    r = minimize(rosen, X0, jac=rosen_grad, method=method, options={"gtol": TOL, "maxiter": 10000})
    return {
        "method": method,
        "nit": int(r.nit),
        "nfev": int(r.nfev),
        "njev": int(r.njev),
        "x": r.x.tolist(),
        "success": bool(r.success),
    }


def armijo_first_step():
    x = np.array(X0)
    g = rosen_grad(x)
    d = -g
    phi = lambda a: rosen(x + a * d)  # noqa: E731
    alpha, _ = scalar_search_armijo(phi, rosen(x), g @ d, c1=1e-4, alpha0=1.0)
    return alpha


def main():
    cases = [
        run("gd-armijo", steepest(), "armijo"),
        with_fixed("gd-wolfe", steepest, 0.9),
        with_fixed("cg-fr", rules["cg-fr"], 0.1),
        with_fixed("cg-pr", rules["cg-pr"], 0.1),
        with_fixed("bfgs", rules["bfgs"], 0.9),
        with_fixed("lbfgs", rules["lbfgs"], 0.9),
    ]
    out = {
        "about": "scripts/reference-classical.py: Rosenbrock from (-1.2, 1); SciPy's strong-Wolfe line_search inside NumPy loops",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "start": X0,
        "tol": TOL,
        "cases": cases,
        "comparison": {
            "minimize": [scipy_minimize(m) for m in ("BFGS", "CG", "L-BFGS-B")],
            "scalarSearchArmijoFirstStep": armijo_first_step(),
            "ourArmijoFirstStep": cases[0]["alphas"][0],
        },
    }
    path = Path(__file__).resolve().parent.parent / "src/optim/fixtures/classical.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    for c in cases:
        print(c["method"], c["status"], c["iterations"], c["evaluations"]["value"][-1], c["evaluations"]["gradient"][-1])
        if "issue13695" in c:
            f = c["issue13695"]
            print("  with #13695 fixed:", f["status"], f["iterations"], f["evaluations"]["value"][-1], f["evaluations"]["gradient"][-1], "parts at step", f["partsAt"])
    for m in out["comparison"]["minimize"]:
        print("scipy", m)


if __name__ == "__main__":
    main()
