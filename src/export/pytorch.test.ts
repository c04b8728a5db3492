import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonFor, runBatch } from '../../scripts/verify-exports.js';
import type { Experiment } from '../experiment/types.js';
import { exportCases, toleranceOf } from './cases.js';
import { compareCsv } from './compare.js';
import { exportScript } from './index.js';
import { descensoCsv } from './testing.js';

const V = 2;
// Every kind of script: the two tutorials' headline runs, every optimizer in both conventions
// (written out or torch.optim), schedules, difference quotients, float32, fits of every model.
const names = [
  'peaks-race',
  'jax-regression',
  'peaks-by-hand',
  'allpt',
  'allk',
  'variants',
  'schedules',
  'diff',
  'f32',
  'fitmlp',
  'fitlog',
  'fithuber',
];
const scripts = Object.fromEntries(names.map((n) => [n, exportScript(exportCases[n], 'pytorch')]));

/** Whether python3 reads the script: `python3 -m py_compile`, which exits 1 on a syntax error. */
function compiles(script: string): boolean {
  const file = join(mkdtempSync(join(tmpdir(), 'descenso-pytorch-')), 'script.py');
  writeFileSync(file, script);
  execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
  return true;
}

describe('pytorchScript(experiment)', () => {
  it.each(names)('%s compiles with python3 -m py_compile', (name) => {
    expect(compiles(scripts[name])).toBe(true);
  });

  it('peaks race: backward() for the gradient, torch.optim.SGD and Adam, float64 as the default dtype', () => {
    const s = scripts['peaks-race'];
    expect(s).toContain('value.backward()');
    // Arguments at torch's defaults are left out, as a person would write the call.
    expect(s).toContain('torch.optim.SGD(params, lr=0.03),');
    expect(s).toContain('torch.optim.SGD(params, lr=0.03, momentum=0.9),');
    expect(s).toContain('torch.optim.Adam(params, lr=0.1),');
    expect(s).toContain('torch.set_default_dtype(torch.float64)');
    expect(s).not.toMatch(/class \w+\(torch\.optim\.Optimizer\)/);
  });

  it("keras convention: Keras's Adam written out with its reason, SGD without momentum left to torch.optim", () => {
    const s = exportScript(
      {
        kind: 'descend',
        version: V,
        surface: 'booth',
        steps: 3,
        optimizers: [
          { name: 'adam', convention: 'keras', options: { lr: 0.1 } },
          { name: 'sgd', convention: 'keras' },
        ],
      },
      'pytorch',
    );
    expect(s).toContain('class KerasAdam(torch.optim.Optimizer):');
    expect(s).toContain("# Keras's Adam adds ε before the bias correction");
    expect(s).toContain('KerasAdam(params, lr=0.1, betas=(0.9, 0.999), eps=1e-7');
    expect(s).toContain('torch.optim.SGD(params, lr=0.01)');
  });

  it('schedules: LambdaLR where lr·λ(k) is one product, the others written out as lr_at', () => {
    const s = exportScript(
      {
        kind: 'descend',
        version: V,
        surface: 'booth',
        steps: 3,
        optimizers: [
          { name: 'sgd', options: { lr: { kind: 'step', lr: 0.05, stepSize: 10, gamma: 0.5 } } },
          { name: 'sgd', options: { lr: { kind: 'cosine', lr: 0.05, T: 10 } } },
        ],
      },
      'pytorch',
    );
    expect(s).toContain('lr_factor=lambda k: 0.5 ** math.floor(k / 10.0)');
    expect(s).toContain(
      'lr_at=lambda k: 0.0 + (0.05 - 0.0) * (1 + math.cos(math.pi * min(max(k, 0), 10.0) / 10.0)) / 2',
    );
    expect(s).toContain('torch.optim.lr_scheduler.LambdaLR');
  });

  it('clipping: clip_grad_value_ as torch has it, the norm written out (clip_grad_norm_ adds 1e-6)', () => {
    const s = exportScript(
      {
        kind: 'descend',
        version: V,
        surface: 'booth',
        steps: 3,
        optimizers: [{ name: 'sgd', options: { lr: 0.01, clipNorm: 1, clipValue: 0.5 } }],
      },
      'pytorch',
    );
    expect(s).toContain('torch.nn.utils.clip_grad_value_(self.params, self.clip_value)');
    expect(s).toContain('def clip_grad_norm(params, max_norm):');
    expect(s).toContain('clip_norm=1.0,');
  });

  it('float32: no float64 default, DT = torch.float32', () => {
    const s = scripts.f32;
    expect(s).toContain('DT = torch.float32');
    expect(s).not.toContain('set_default_dtype');
  });

  it('integer powers of a formula call ipow (the engine multiplies them out; pow() rounds differently)', () => {
    const s = scripts['peaks-by-hand'];
    expect(s).toContain('def ipow(a, n):');
    expect(s).toMatch(/ipow\(y, 5\)/);
  });

  it('a hostile label stays inside a string literal: no line of the script starts with its code', () => {
    const label = 'x\'); import os; os.system(\'echo pwned\') #\n"""';
    const s = exportScript(
      {
        kind: 'descend',
        version: V,
        surface: 'booth',
        steps: 1,
        optimizers: [{ name: 'sgd', label, options: { lr: 0.01 } }],
      },
      'pytorch',
    );
    expect(s).not.toMatch(/^\s*import os; os\.system/m);
    expect(s).toContain(String.raw`'x\'); import os; os.system(\'echo pwned\') #\n"""',`);
    expect(compiles(s)).toBe(true);
  });
});

// The scripts run where torch imports (Debian's python3-torch, or a pip install); where it does
// not, this block says so in its test name and checks the structure the run would have used.
const python = pythonFor('torch');

describe(
  python ? `pytorchScript run with --csv (torch imports in ${python})` : 'pytorchScript without torch',
  () => {
    if (python) {
      const outputs = runBatch(python, scripts);
      it.each(names)("%s prints descenso's CSV, every number within the tolerance", (name) => {
        const e: Experiment = exportCases[name];
        const r = outputs[name];
        expect(r.error).toBeUndefined();
        const verdict = compareCsv(r.stdout ?? '', descensoCsv(e), toleranceOf(e));
        expect(verdict.reason).toBeUndefined();
        expect(verdict.ok).toBe(true);
      });
    } else {
      it.each(names)(
        '%s: torch does not import here, so only the structure is checked (a main() that prints the CSV)',
        (name) => {
          expect(scripts[name]).toContain('print_csv([');
          expect(scripts[name]).toContain("if __name__ == '__main__':");
        },
      );
    }
  },
);
