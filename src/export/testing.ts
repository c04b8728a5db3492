/**
 * Running exported scripts in tests: descenso's CSV of an experiment (what `descenso run FILE.json
 * --format csv` prints), and a batch of NumPy scripts run by one python3 process — each as
 * `__main__` with argv `[script.py, --csv]`, exactly as `python3 script.py --csv` runs it, but
 * NumPy is imported once instead of once per script (an import costs a second on a busy machine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeResultCsv } from '../cli/report.js';
import { run } from '../experiment/run.js';
import type { Experiment, SingleRun } from '../experiment/types.js';

/** The CSV `descenso run FILE.json --format csv` prints for the experiment. */
export function descensoCsv(experiment: Experiment): string {
  let out = '';
  writeResultCsv(
    (t) => {
      out += t;
    },
    run(experiment) as SingleRun,
    1,
  );
  return out;
}

const RUNNER = `
import io, json, runpy, sys, traceback
import numpy
out = {}
for path in sys.argv[1:]:
    sys.argv = [path, '--csv']
    buffer = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='')
    real, sys.stdout = sys.stdout, buffer
    try:
        runpy.run_path(path, run_name='__main__')
        buffer.flush()
        out[path] = {'stdout': buffer.buffer.getvalue().decode('utf-8')}
    except BaseException:
        out[path] = {'error': traceback.format_exc()}
    finally:
        sys.stdout = real
sys.stdout.write(json.dumps(out))
`;

/**
 * Runs the scripts (name → text) with --csv in one `python` process (python3 unless given); name →
 * its stdout, or its error (the traceback). The scripts' folder is removed afterwards.
 */
export function runScripts(
  scripts: Record<string, string>,
  python = 'python3',
): Record<string, { stdout?: string; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'descenso-export-'));
  try {
    const paths = Object.keys(scripts).map((name, i) => {
      const path = join(dir, `script${i}.py`);
      writeFileSync(path, scripts[name]);
      return [name, path] as const;
    });
    writeFileSync(join(dir, 'runner.py'), RUNNER);
    const text = execFileSync(python, [join(dir, 'runner.py'), ...paths.map(([, p]) => p)], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const results = JSON.parse(text) as Record<string, { stdout?: string; error?: string }>;
    return Object.fromEntries(paths.map(([name, path]) => [name, results[path]]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
