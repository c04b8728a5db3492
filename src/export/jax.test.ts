import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCases } from './cases.js';
import { jaxScript } from './jax.js';

// JAX cannot be imported on this machine: `verify:exports` runs these scripts where it can. Here
// every one must compile, and be written in JAX's idiom: grad and jit, float64 turned on, no optax.
const names = Object.keys(exportCases);
const scripts = Object.fromEntries(names.map((n) => [n, jaxScript(exportCases[n])]));

describe('jaxScript(experiment)', () => {
  it('every case compiles with python3 -m py_compile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-jax-'));
    const files = names.map((n) => {
      const file = join(dir, `${n}.py`);
      writeFileSync(file, scripts[n]);
      return file;
    });
    // py_compile exits non-zero, naming the file and line, on the first script that does not compile.
    expect(() => execFileSync('python3', ['-m', 'py_compile', ...files], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(names)(
    '%s differentiates with jax.value_and_grad under jax.jit, updates by hand, in float64 unless float32',
    (n) => {
      const s = scripts[n];
      expect(s).toContain("jax.config.update('jax_enable_x64', True)");
      expect(s).toMatch(/jax\.jit\(/);
      const gradient = (exportCases[n] as { gradient?: string }).gradient ?? 'autodiff';
      const differences = gradient !== 'autodiff';
      if (!differences) expect(s).toContain('jax.value_and_grad(');
      expect(s).not.toMatch(/import optax|optax\./);
      expect(s).toContain('def with_clipping_and_decay(core, o):');
      const dtype = (exportCases[n] as { dtype?: string }).dtype ?? 'float64';
      expect(s).toContain(`DT = jnp.${dtype}`);
    },
  );

  it('a fit on simulated data draws it with NumPy RandomState(seed), as descenso does', () => {
    const s = scripts['jax-regression'];
    expect(s).toContain('rng = np.random.RandomState(22)');
    expect(s).toContain('x = np.linspace(-2.0, 2.0, n)');
    expect(s).toContain('noise = rng.normal(0.0, 2.0, n)');
  });
});
