import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../experiment/types.js';
import { exportCases, toleranceOf } from './cases.js';
import { compareCsv } from './compare.js';
import { exportScript } from './index.js';
import { descensoCsv, runScripts } from './testing.js';

// One python3 runs every script (NumPy imported once); each still runs as `script.py --csv`.
const names = Object.keys(exportCases);
const outputs = runScripts(Object.fromEntries(names.map((n) => [n, exportScript(exportCases[n], 'numpy')])));

describe('numpyScript(experiment) run with --csv', () => {
  it.each(names)('%s prints the CSV of descenso run --format csv, numbers within tolerance', (name) => {
    const e = exportCases[name];
    const result = outputs[name];
    expect(result.error).toBeUndefined();
    const verdict = compareCsv(result.stdout ?? '', descensoCsv(e), toleranceOf(e));
    expect(verdict.reason).toBeUndefined();
    expect(verdict.ok).toBe(true);
  });
});

describe('an exported script whose reader closes the pipe early', () => {
  // `python3 script.py --csv | true`: the reader is gone before the script writes (as `| head`
  // is gone after its lines), so the write meets a closed pipe. The script must stop quietly —
  // no BrokenPipeError traceback on the terminal.
  it('stops without a traceback when its reader has closed the pipe', () => {
    const e: Experiment = {
      kind: 'descend',
      version: 2,
      surface: 'peaks',
      steps: 2000,
      optimizers: [{ name: 'sgd', options: { lr: 0.01 } }],
    };
    const dir = mkdtempSync(join(tmpdir(), 'descenso-pipe-'));
    const file = join(dir, 'script.py');
    writeFileSync(file, exportScript(e, 'numpy'));
    const r = spawnSync('bash', ['-c', `python3 '${file}' --csv | true`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});
