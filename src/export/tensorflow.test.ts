import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonFor, runBatch } from '../../scripts/verify-exports.js';
import { EXTRA_CASES } from '../../scripts/verify-exports-matrix.js';
import type { Experiment, OptimizerEntry } from '../experiment/types.js';
import { exportCases, toleranceOf } from './cases.js';
import { compareCsv } from './compare.js';
import { exportScript } from './index.js';
import { descensoCsv } from './testing.js';

const V = 2;
// Every experiment of the shared matrix and of verify:exports' own: each script must compile.
const cases: [string, Experiment][] = [
  ...Object.entries(exportCases),
  ...EXTRA_CASES.map((c) => [c.name, c.experiment] as [string, Experiment]),
];
const scripts = Object.fromEntries(cases.map(([n, e]) => [n, exportScript(e, 'tensorflow')]));

/** Whether python3 reads every script: `python3 -m py_compile` exits 1 on the first syntax error. */
function compileAll(texts: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'descenso-tensorflow-'));
  const files = Object.keys(texts).map((name, i) => {
    const file = join(dir, `script${i}.py`);
    writeFileSync(file, texts[name]);
    return file;
  });
  execFileSync('python3', ['-m', 'py_compile', ...files], { stdio: 'pipe' });
  return files;
}

const one = (e: Experiment) => exportScript(e, 'tensorflow');
const booth = (optimizers: OptimizerEntry[]): Experiment => ({
  kind: 'descend',
  version: V,
  surface: 'booth',
  steps: 3,
  optimizers,
});

describe('tensorflowScript(experiment)', () => {
  it(`every script of the matrix (${cases.length}) compiles with python3 -m py_compile`, () => {
    expect(compileAll(scripts)).toHaveLength(cases.length);
  });

  it('peaks race: a GradientTape for the gradient, keras.optimizers.SGD, Adam written out (PyTorch convention)', () => {
    const s = scripts['peaks-race'];
    expect(s).toContain('with tf.GradientTape() as tape:');
    expect(s).toContain('tape.gradient(value, p)');
    expect(s).toContain('keras.optimizers.SGD(learning_rate=0.03)');
    expect(s).toContain('TorchSGD(learning_rate=0.03, momentum=0.9');
    expect(s).toContain('class TorchAdam(WrittenOut):');
    expect(s).toContain("# PyTorch's Adam adds ε after the bias correction");
    expect(s).toContain("keras.backend.set_floatx('float64')");
    expect(s).toContain('self.optimizer.apply_gradients(zip(grads, self.params))');
  });

  it("keras convention: keras.optimizers with Keras's defaults, AdamW's decay always given", () => {
    const s = one(
      booth([
        { name: 'adam', convention: 'keras', options: { lr: 0.1 } },
        { name: 'adamw', convention: 'keras' },
        { name: 'rmsprop', convention: 'keras', options: { momentum: 0.5, centered: true } },
        { name: 'sign', convention: 'keras' },
      ]),
    );
    expect(s).toContain(
      'keras.optimizers.Adam(learning_rate=0.1, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False)',
    );
    expect(s).toContain(
      'keras.optimizers.AdamW(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False, weight_decay=0.004)',
    );
    expect(s).toContain(
      'keras.optimizers.RMSprop(learning_rate=0.001, rho=0.9, momentum=0.5, epsilon=1e-7, centered=True)',
    );
    expect(s).toContain('SignDescent(learning_rate=0.01, decoupled=True, weight_decay=0.0)');
  });

  it('a schedule is written out as lr_at and set on the optimizer before each update', () => {
    const s = one(
      booth([
        { name: 'adam', convention: 'keras', options: { lr: { kind: 'exponential', lr: 0.05, gamma: 0.9 } } },
      ]),
    );
    expect(s).toContain('lr_at=lambda k: 0.05 * 0.9 ** k,');
    expect(s).toContain('self.optimizer.learning_rate = self.lr_at(k)');
  });

  it('clipping happens before apply_gradients: tf.clip_by_value, and the global norm written out', () => {
    const s = one(
      booth([{ name: 'sgd', convention: 'keras', options: { lr: 0.01, clipNorm: 1, clipValue: 0.5 } }]),
    );
    expect(s).toContain('tf.clip_by_value(g, -self.clip_value, self.clip_value)');
    expect(s).toContain('def clip_by_global_norm(grads, max_norm):');
  });

  it("Newton's method takes the Hessian with two nested tapes", () => {
    const s = one(booth([{ name: 'newton' }]));
    expect(s).toContain('H = outer.jacobian(first, p)');
    expect(s).toContain('Newton(learning_rate=1.0, damping=0.0, f=f_of)');
  });

  it('fits: tf.Variable parameters, matvec for a matrix times a vector, tf.gather for a batch', () => {
    const s = scripts.fitmulti;
    expect(s).toContain('tf.Variable(v, dtype=DT)');
    expect(s).toContain('tf.linalg.matvec(x, w)');
    expect(s).toContain('tf.gather(X, batch)');
  });

  it('float32: DT = tf.float32 and Keras left at its float32 default', () => {
    const s = scripts.f32;
    expect(s).toContain('DT = tf.float32');
    expect(s).not.toContain('set_floatx');
  });
});

// TensorFlow is not a Debian package: where it imports (a pip install), the scripts run and are
// compared; where it does not, this block says so in its test name and checks the structure only.
const python = pythonFor('tensorflow');

describe(
  python
    ? `tensorflowScript run with --csv (tensorflow imports in ${python})`
    : 'tensorflowScript without tensorflow',
  () => {
    if (python) {
      const outputs = runBatch(python, scripts);
      it.each(cases.map(([n]) => n))(
        "%s prints descenso's CSV, every number within the tolerance",
        (name) => {
          const e = cases.find(([n]) => n === name)![1];
          const r = outputs[name];
          expect(r.error).toBeUndefined();
          const verdict = compareCsv(r.stdout ?? '', descensoCsv(e), toleranceOf(e));
          expect(verdict.reason).toBeUndefined();
          expect(verdict.ok).toBe(true);
        },
      );
    } else {
      it.each(cases.map(([n]) => n))(
        '%s: tensorflow does not import here, so only the structure is checked (gradient, apply_gradients, CSV)',
        (name) => {
          expect(scripts[name]).toMatch(/tf\.GradientTape\(\)|differences: \(f\(p \+ h·eᵢ\)/);
          expect(scripts[name]).toContain('apply_gradients(zip(grads, self.params))');
          expect(scripts[name]).toContain('print_csv([');
        },
      );
    }
  },
);
