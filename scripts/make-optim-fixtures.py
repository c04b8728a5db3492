"""Reference trajectories for src/optim, written straight from the update rules of
torch.optim (PyTorch 2.x) and keras.optimizers (Keras 3) in NumPy float64, one plain loop per
framework and optimizer, independent of descenso's chain-of-transforms code.

    python3 scripts/make-optim-fixtures.py   # writes src/optim/fixtures/reference.json

Each case runs `steps` updates on a problem whose gradient is closed-form; the test replays it
with makeOptimizer and compares every iterate.
"""

import json
import math
from pathlib import Path

import numpy as np

PROBLEMS = {
    # f(x) = 2x² − 3x + 4, the seed tutorial's parabola: f′(x) = 4x − 3.
    "parabola": {"x0": [2.0], "grad": lambda x: 4 * x - 3},
    # f(x, y) = x² + 10y², the quadratic bowl.
    "bowl": {"x0": [1.5, -0.8], "grad": lambda x: np.array([2 * x[0], 20 * x[1]])},
}


def torch_sgd(x, grad, steps, lr=1e-3, momentum=0.0, dampening=0.0, nesterov=False, weightDecay=0.0):
    buf = None
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x) + weightDecay * x
        if momentum != 0:
            buf = g.copy() if buf is None else momentum * buf + (1 - dampening) * g
            g = g + momentum * buf if nesterov else buf
        x = x - lr * g
        out.append(x.copy())
    return out


def keras_decay(x, lr, wd):
    return x - x * wd * lr if wd else x


def keras_sgd(x, grad, steps, lr=0.01, momentum=0.0, nesterov=False, weightDecay=0.0):
    v = np.zeros_like(x)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        if momentum != 0:
            v = momentum * v - lr * g
            x = x + (momentum * v - lr * g) if nesterov else x + v
        else:
            x = x - lr * g
        out.append(x.copy())
    return out


def sign_descent(x, grad, steps, lr=0.01, weightDecay=0.0, coupled=True):
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        if coupled:
            g = g + weightDecay * x
        else:
            x = keras_decay(x, lr, weightDecay)
        x = x - lr * np.sign(g)
        out.append(x.copy())
    return out


def torch_adagrad(x, grad, steps, lr=0.01, eps=1e-10, initialAccumulator=0.0, weightDecay=0.0):
    s = np.full_like(x, initialAccumulator)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x) + weightDecay * x
        s = s + g * g
        x = x - lr * g / (np.sqrt(s) + eps)
        out.append(x.copy())
    return out


def keras_adagrad(x, grad, steps, lr=1e-3, eps=1e-7, initialAccumulator=0.1, weightDecay=0.0):
    s = np.full_like(x, initialAccumulator)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        s = s + g * g
        x = x - lr * g / np.sqrt(s + eps)
        out.append(x.copy())
    return out


def torch_rmsprop(x, grad, steps, lr=0.01, rho=0.99, eps=1e-8, centered=False, momentum=0.0, weightDecay=0.0):
    sq = np.zeros_like(x)
    avg = np.zeros_like(x)
    buf = np.zeros_like(x)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x) + weightDecay * x
        sq = rho * sq + (1 - rho) * g * g
        if centered:
            avg = rho * avg + (1 - rho) * g
            den = np.sqrt(sq - avg * avg) + eps
        else:
            den = np.sqrt(sq) + eps
        if momentum > 0:
            buf = momentum * buf + g / den
            x = x - lr * buf
        else:
            x = x - lr * g / den
        out.append(x.copy())
    return out


def keras_rmsprop(x, grad, steps, lr=1e-3, rho=0.9, eps=1e-7, centered=False, momentum=0.0, weightDecay=0.0):
    vel = np.zeros_like(x)
    avg = np.zeros_like(x)
    mom = np.zeros_like(x)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        vel = rho * vel + (1 - rho) * g * g
        if centered:
            avg = rho * avg + (1 - rho) * g
            den = vel - avg * avg + eps
        else:
            den = vel + eps
        inc = lr * g / np.sqrt(den)
        if momentum > 0:
            mom = momentum * mom + inc
            x = x - mom
        else:
            x = x - inc
        out.append(x.copy())
    return out


def adadelta(x, grad, steps, lr, rho, eps, weightDecay=0.0, coupled=True):
    sq = np.zeros_like(x)
    acc = np.zeros_like(x)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        if coupled:
            g = g + weightDecay * x
        else:
            x = keras_decay(x, lr, weightDecay)
        sq = rho * sq + (1 - rho) * g * g
        d = np.sqrt(acc + eps) / np.sqrt(sq + eps) * g
        acc = rho * acc + (1 - rho) * d * d
        x = x - lr * d
        out.append(x.copy())
    return out


def torch_adam(x, grad, steps, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, amsgrad=False, weightDecay=0.0, decoupled=False):
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    vmax = np.zeros_like(x)
    out = [x.copy()]
    for t in range(1, steps + 1):
        g = grad(x)
        if decoupled:
            x = x * (1 - lr * weightDecay)
        else:
            g = g + weightDecay * x
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        bc1 = 1 - beta1**t
        bc2 = 1 - beta2**t
        if amsgrad:
            vmax = np.maximum(vmax, v)
            den = np.sqrt(vmax) / math.sqrt(bc2) + eps
        else:
            den = np.sqrt(v) / math.sqrt(bc2) + eps
        x = x - (lr / bc1) * m / den
        out.append(x.copy())
    return out


def keras_adam(x, grad, steps, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-7, amsgrad=False, weightDecay=0.0):
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    vhat = np.zeros_like(x)
    out = [x.copy()]
    for t in range(1, steps + 1):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        alpha = lr * math.sqrt(1 - beta2**t) / (1 - beta1**t)
        m = m + (g - m) * (1 - beta1)
        v = v + (g * g - v) * (1 - beta2)
        if amsgrad:
            vhat = np.maximum(vhat, v)
            vv = vhat
        else:
            vv = v
        x = x - (m * alpha) / (np.sqrt(vv) + eps)
        out.append(x.copy())
    return out


def torch_adamax(x, grad, steps, lr=2e-3, beta1=0.9, beta2=0.999, eps=1e-8, weightDecay=0.0):
    m = np.zeros_like(x)
    u = np.zeros_like(x)
    out = [x.copy()]
    for t in range(1, steps + 1):
        g = grad(x) + weightDecay * x
        m = beta1 * m + (1 - beta1) * g
        u = np.maximum(beta2 * u, np.abs(g) + eps)
        x = x - (lr / (1 - beta1**t)) * m / u
        out.append(x.copy())
    return out


def keras_adamax(x, grad, steps, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-7, weightDecay=0.0):
    m = np.zeros_like(x)
    u = np.zeros_like(x)
    out = [x.copy()]
    for t in range(1, steps + 1):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        m = m + (g - m) * (1 - beta1)
        u = np.maximum(beta2 * u, np.abs(g))
        x = x - lr * m / ((1 - beta1**t) * (u + eps))
        out.append(x.copy())
    return out


def torch_nadam(x, grad, steps, lr=2e-3, beta1=0.9, beta2=0.999, eps=1e-8, momentumDecay=4e-3, weightDecay=0.0):
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    mu_product = 1.0
    out = [x.copy()]
    for t in range(1, steps + 1):
        g = grad(x) + weightDecay * x
        mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentumDecay))
        mu_next = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentumDecay))
        mu_product *= mu
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        den = np.sqrt(v / (1 - beta2**t)) + eps
        x = x - lr * (1 - mu) / (1 - mu_product) * g / den
        x = x - lr * mu_next / (1 - mu_product * mu_next) * m / den
        out.append(x.copy())
    return out


def keras_nadam(x, grad, steps, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-7, weightDecay=0.0):
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    u_product = 1.0
    out = [x.copy()]
    for t in range(1, steps + 1):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        u_product = u_product * beta1 * (1 - 0.5 * 0.96**t)
        u_t = beta1 * (1 - 0.5 * 0.96**t)
        u_t1 = beta1 * (1 - 0.5 * 0.96 ** (t + 1))
        u_product_t1 = u_product * u_t1
        m = m + (g - m) * (1 - beta1)
        v = v + (g * g - v) * (1 - beta2)
        m_hat = u_t1 * m / (1 - u_product_t1) + (1 - u_t) * g / (1 - u_product)
        v_hat = v / (1 - beta2**t)
        x = x - m_hat * lr / (np.sqrt(v_hat) + eps)
        out.append(x.copy())
    return out


def lion(x, grad, steps, lr, beta1=0.9, beta2=0.99, weightDecay=0.0):
    m = np.zeros_like(x)
    out = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        x = keras_decay(x, lr, weightDecay)
        x = x - lr * np.sign(m * beta1 + g * (1 - beta1))
        m = m * beta2 + g * (1 - beta2)
        out.append(x.copy())
    return out


RUNNERS = {
    ("sgd", "pytorch"): torch_sgd,
    ("sgd", "keras"): keras_sgd,
    ("sign", "pytorch"): lambda x, g, n, **o: sign_descent(x, g, n, coupled=True, **o),
    ("sign", "keras"): lambda x, g, n, **o: sign_descent(x, g, n, coupled=False, **o),
    ("adagrad", "pytorch"): torch_adagrad,
    ("adagrad", "keras"): keras_adagrad,
    ("rmsprop", "pytorch"): torch_rmsprop,
    ("rmsprop", "keras"): keras_rmsprop,
    ("adadelta", "pytorch"): lambda x, g, n, **o: adadelta(x, g, n, **{"lr": 1.0, "rho": 0.9, "eps": 1e-6, **o}),
    ("adadelta", "keras"): lambda x, g, n, **o: adadelta(
        x, g, n, coupled=False, **{"lr": 1e-3, "rho": 0.95, "eps": 1e-7, **o}
    ),
    ("adam", "pytorch"): torch_adam,
    ("adam", "keras"): keras_adam,
    ("adamw", "pytorch"): lambda x, g, n, **o: torch_adam(x, g, n, decoupled=True, **{"weightDecay": 0.01, **o}),
    ("adamw", "keras"): lambda x, g, n, **o: keras_adam(x, g, n, **{"weightDecay": 0.004, **o}),
    ("adamax", "pytorch"): torch_adamax,
    ("adamax", "keras"): keras_adamax,
    ("nadam", "pytorch"): torch_nadam,
    ("nadam", "keras"): keras_nadam,
    ("lion", "pytorch"): lambda x, g, n, **o: lion(x, g, n, **{"lr": 1e-4, **o}),
    ("lion", "keras"): lambda x, g, n, **o: lion(x, g, n, **{"lr": 1e-3, **o}),
}

# (optimizer, convention, options, problem, steps): defaults first, then the options that switch
# a formula branch; learning rates raised where the default would barely move in 25 steps.
CASES = []
for conv in ("pytorch", "keras"):
    CASES += [
        ("sgd", conv, {}, "bowl", 25),
        ("sgd", conv, {"lr": 0.04, "momentum": 0.9}, "bowl", 25),
        ("sgd", conv, {"lr": 0.04, "momentum": 0.9, "nesterov": True}, "bowl", 25),
        ("sgd", conv, {"lr": 0.04, "momentum": 0.5, "weightDecay": 0.1}, "bowl", 25),
        ("sign", conv, {}, "parabola", 25),
        ("sign", conv, {"lr": 0.05, "weightDecay": 0.5}, "bowl", 25),
        ("adagrad", conv, {}, "bowl", 25),
        ("adagrad", conv, {"lr": 0.5, "initialAccumulator": 1.0, "weightDecay": 0.1}, "bowl", 25),
        ("rmsprop", conv, {}, "bowl", 25),
        ("rmsprop", conv, {"lr": 0.01, "centered": True}, "bowl", 25),
        ("rmsprop", conv, {"lr": 0.01, "momentum": 0.8, "weightDecay": 0.05}, "bowl", 25),
        ("adadelta", conv, {}, "bowl", 25),
        ("adadelta", conv, {"lr": 0.5, "weightDecay": 0.2}, "parabola", 25),
        ("adam", conv, {}, "bowl", 25),
        ("adam", conv, {"lr": 0.1, "amsgrad": True}, "bowl", 25),
        ("adam", conv, {"lr": 0.1, "weightDecay": 0.3}, "parabola", 25),
        ("adamw", conv, {"lr": 0.1}, "bowl", 25),
        ("adamax", conv, {}, "bowl", 25),
        ("adamax", conv, {"lr": 0.1, "weightDecay": 0.2}, "bowl", 25),
        ("nadam", conv, {}, "bowl", 25),
        ("nadam", conv, {"lr": 0.1, "beta1": 0.8, "weightDecay": 0.1}, "bowl", 25),
        ("lion", conv, {}, "bowl", 25),
        ("lion", conv, {"lr": 0.05, "weightDecay": 0.5}, "bowl", 25),
    ]
CASES.append(("sgd", "pytorch", {"lr": 0.04, "momentum": 0.9, "dampening": 0.3}, "bowl", 25))
CASES.append(("nadam", "pytorch", {"lr": 0.1, "momentumDecay": 0.5}, "bowl", 25))


def main():
    out = []
    for name, conv, options, problem, steps in CASES:
        p = PROBLEMS[problem]
        traj = RUNNERS[(name, conv)](np.array(p["x0"], dtype=np.float64), p["grad"], steps, **options)
        out.append(
            {
                "optimizer": name,
                "convention": conv,
                "options": options,
                "problem": problem,
                "x0": p["x0"],
                "trajectory": [[float(v) for v in x] for x in traj],
            }
        )
    path = Path(__file__).resolve().parent.parent / "src" / "optim" / "fixtures" / "reference.json"
    path.write_text(json.dumps({"generator": "scripts/make-optim-fixtures.py", "cases": out}, indent=1) + "\n")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    main()
