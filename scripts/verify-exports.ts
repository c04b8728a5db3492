/**
 * npm run verify:exports [numpy|pytorch|tensorflow|jax …] [--lang es] — exports the experiments of the shared
 * matrix (src/export/cases.ts) and of scripts/verify-exports-matrix.ts in every framework that
 * imports here, runs each script as `script.py --csv`, and compares what it prints with
 * `descenso run FILE.json --format csv`: the same header, rows, labels and statuses, and every
 * number within the tolerance of src/export/cases.ts (1e-12 in float64, 1e-4 in float32),
 * relative to the largest magnitude of its column in its run (src/export/compare.ts).
 *
 * It prints a table (framework, experiment, rows, largest scaled difference, pass/fail). A
 * framework that cannot be imported is one line "not installed — not run", never a pass; a
 * target without a generator is "no generator". Exit status 1 when any script failed or differed.
 *
 * The interpreter: the first of $DESCENSO_PYTHON (when set), `python3` and `/usr/bin/python3` that
 * imports NumPy and the framework (one framework may live in a virtual environment, another in the
 * system's Python) (Debian's python3-torch installs into the system's Python, which
 * need not be the first `python3` on the PATH). The scripts of one framework run in one process,
 * each as `__main__` with argv [script.py, --csv] (runpy), so the framework is imported once.
 * With `--lang es` the scripts are the Spanish ones (comments and messages), which must print the
 * same CSV.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Experiment } from '../src/experiment/types.js';
import { exportCases, toleranceOf } from '../src/export/cases.js';
import { compareCsv } from '../src/export/compare.js';
import { exportScript, generators } from '../src/export/index.js';
import { descensoCsv, runScripts } from '../src/export/testing.js';
import { type ExportTarget, exportTargets } from '../src/export/types.js';
import type { Lang } from '../src/i18n/index.js';
import { EXTRA_CASES } from './verify-exports-matrix.js';

/** The module each target imports. */
export const FRAMEWORK_MODULE: Readonly<Record<ExportTarget, string>> = {
  numpy: 'numpy',
  pytorch: 'torch',
  tensorflow: 'tensorflow',
  jax: 'jax',
};

/** Every experiment verified, by name. */
export function verifiedCases(): [string, Experiment][] {
  return [
    ...Object.entries(exportCases),
    ...EXTRA_CASES.map((c) => [c.name, c.experiment] as [string, Experiment]),
  ];
}

/** The first interpreter that imports NumPy and `module`, or null. */
export function pythonFor(module: string): string | null {
  const given = process.env.DESCENSO_PYTHON;
  for (const python of [...(given ? [given] : []), 'python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', `import numpy, ${module}`], { stdio: 'ignore', timeout: 300_000 });
    if (r.status === 0) return python;
  }
  return null;
}

/** Runs scripts (name → text) with --csv in one `python` process: name → its stdout, or its last error line. */
export function runBatch(
  python: string,
  scripts: Record<string, string>,
): Record<string, { stdout?: string; error?: string }> {
  const results = runScripts(scripts, python);
  for (const r of Object.values(results))
    if (r?.error !== undefined) r.error = r.error.trim().split('\n').at(-1) ?? r.error;
  return results;
}

export interface Result {
  target: ExportTarget;
  experiment: string;
  outcome: 'pass' | 'fail' | 'not installed — not run' | 'no generator';
  rows?: number;
  /** The largest difference relative to its column's scale. */
  worst?: number;
  reason?: string;
}

/** Exports, runs and compares every case in one framework. */
export function verifyTarget(
  target: ExportTarget,
  cases: readonly [string, Experiment][],
  python: string | null = pythonFor(FRAMEWORK_MODULE[target]),
  lang: Lang = 'en',
): Result[] {
  if (!generators[target]) return [{ target, experiment: '(all)', outcome: 'no generator' }];
  if (python === null) return [{ target, experiment: '(all)', outcome: 'not installed — not run' }];
  const scripts: Record<string, string> = {};
  const failed: Result[] = [];
  for (const [name, experiment] of cases) {
    try {
      scripts[name] = exportScript(experiment, target, { lang });
    } catch (err) {
      failed.push({ target, experiment: name, outcome: 'fail', reason: `export: ${(err as Error).message}` });
    }
  }
  const ran = runBatch(python, scripts);
  const results = cases.map(([name, experiment]): Result => {
    const done = failed.find((f) => f.experiment === name);
    if (done) return done;
    const r = ran[name];
    if (!r || r.stdout === undefined)
      return { target, experiment: name, outcome: 'fail', reason: r?.error ?? 'no output' };
    const want = descensoCsv(experiment);
    const c = compareCsv(r.stdout, want, toleranceOf(experiment));
    const rows = Math.max(0, want.trimEnd().split('\n').length - 1);
    return {
      target,
      experiment: name,
      outcome: c.ok ? 'pass' : 'fail',
      rows,
      worst: c.worst,
      reason: c.reason,
    };
  });
  return results;
}

const exp = (x: number | undefined) =>
  x === undefined ? '—' : Number.isFinite(x) ? x.toExponential(1) : '∞';

export const TABLE_HEADER = [
  'framework'.padEnd(10),
  'experiment'.padEnd(20),
  'rows'.padStart(5),
  'max diff'.padStart(8),
  'result',
].join('  ');

/** One line of the table. */
export function tableLine(r: Result): string {
  const cells = [
    r.target.padEnd(10),
    r.experiment.padEnd(20),
    (r.rows === undefined ? '—' : String(r.rows)).padStart(5),
    exp(r.worst).padStart(8),
    r.outcome,
  ];
  return `${cells.join('  ')}${r.reason && r.outcome === 'fail' ? `  (${r.reason})` : ''}`;
}

function main(): number {
  const args = process.argv.slice(2);
  const at = args.indexOf('--lang');
  const lang: Lang = at >= 0 && args[at + 1] === 'es' ? 'es' : 'en';
  const asked = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  const targets = exportTargets.filter((t) => asked.length === 0 || asked.includes(t));
  const cases = verifiedCases();
  console.log(TABLE_HEADER);
  let failed = 0;
  let passed = 0;
  for (const target of targets) {
    for (const r of verifyTarget(target, cases, pythonFor(FRAMEWORK_MODULE[target]), lang)) {
      if (r.outcome === 'fail') failed++;
      if (r.outcome === 'pass') passed++;
      console.log(tableLine(r));
    }
  }
  console.log(
    failed === 0
      ? `${passed} scripts ran and printed descenso's numbers; frameworks marked not installed were not run`
      : `${failed} failed, ${passed} passed`,
  );
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
