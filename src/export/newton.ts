/**
 * Newton's method in Python, as src/optim/newton.ts: (H + δ·I)⁻¹·g by Cholesky when H + δ·I is
 * positive definite; otherwise the eigenvalues of H replaced by max(|μ|, 10⁻⁶·max(1, max|μ|)) + δ,
 * which keeps Newton's scaling along every eigenvector and points downhill. In float64 (the
 * linear algebra), the direction rounded to DT after.
 */
import type { PyWriter } from './python.js';

export function newtonFunction(w: PyWriter): void {
  w.block('def newton_direction(H, g, damping):', () => {
    w.line(
      '"""(H + δ·I)⁻¹·g, or along the eigenvectors with |μ| floored when H + δ·I is not positive definite."""',
    );
    w.line('n = len(g)');
    w.line('S = 0.5 * (H + H.T)  # symmetric up to rounding');
    w.line('A = S + damping * np.eye(n)');
    w.line('tol = 1e-12 * max(abs(A[i, i]) for i in range(n))');
    w.line('L, ok = np.zeros((n, n)), True');
    w.block('for j in range(n):  # Cholesky, A = L·Lᵀ', () => {
      w.line('d = A[j, j]');
      w.block('for k in range(j):', () => w.line('d -= L[j, k] * L[j, k]'));
      w.block('if not d > tol:', () => {
        w.line('ok = False');
        w.line('break');
      });
      w.line('L[j, j] = math.sqrt(d)');
      w.block('for i in range(j + 1, n):', () => {
        w.line('s = A[i, j]');
        w.block('for k in range(j):', () => w.line('s -= L[i, k] * L[j, k]'));
        w.line('L[i, j] = s / L[j, j]');
      });
    });
    w.line('g = np.asarray(g, dtype=np.float64)');
    w.block('if ok:', () => {
      w.line('y = np.zeros(n)');
      w.block('for i in range(n):', () => {
        w.line('s = g[i]');
        w.block('for k in range(i):', () => w.line('s -= L[i, k] * y[k]'));
        w.line('y[i] = s / L[i, i]');
      });
      w.line('x = np.zeros(n)');
      w.block('for i in reversed(range(n)):', () => {
        w.line('s = y[i]');
        w.block('for k in range(i + 1, n):', () => w.line('s -= L[k, i] * x[k]'));
        w.line('x[i] = s / L[i, i]');
      });
      w.line('return x');
    });
    w.line('mu, Q = np.linalg.eigh(S)');
    w.line('floor = 1e-6 * max(1.0, float(np.max(np.abs(mu))))');
    w.line('return Q @ ((Q.T @ g) / (np.maximum(np.abs(mu), floor) + damping))');
  });
  w.blank();
  w.block('def newton_pytorch(o):', () => {
    w.line('"""Newton\'s method (no framework class): p ← p − lr·(H + δ·I)⁻¹·g."""');
    w.block('def init(p):', () => w.line('return {}'));
    w.block('def update(g, s, p, step):', () => {
      w.line("d = xp.asarray(newton_direction(hess_f(*p), g, o['damping']), dtype=DT)");
      w.line("return rnd(-o['lr'](step)) * d, s");
    });
    w.line('return init, update');
  });
  w.blank();
  w.line('newton_keras = newton_pytorch  # the same in both conventions');
  w.blank();
}
