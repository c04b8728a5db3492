import { describe, expect, it } from 'vitest';
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
