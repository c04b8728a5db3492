/**
 * npm run verify:exports — runs the exported scripts of a matrix of experiments in every framework
 * that imports here (NumPy, PyTorch, TensorFlow, JAX) and compares what each prints with `--csv`
 * against `descenso run FILE.json --format csv`: the same header, the same rows, the same labels
 * and statuses, and every number equal to the tolerance. It prints one table line per framework
 * and experiment; a framework that cannot be imported is reported as not installed and not run,
 * never as passed. Exit status 1 when any script failed or differed.
 *
 * The interpreter: $DESCENSO_PYTHON, else the first of `python3` and `/usr/bin/python3` that
 * imports NumPy and the framework (Debian's python3-torch installs into the system's Python, which
 * may not be the first `python3` on the PATH).
 *
 * Numbers are compared relative to the scale of their column within the run (the largest |value|
 * of that column in descenso's rows): a gradient norm that falls to 10⁻¹⁵ at a minimum is
 * rounding noise in any library, so its own relative difference says nothing, while its difference
 * measured against the norms of the same run does. The table shows both: the pointwise relative
 * difference (for information) and the scaled one, which decides. Tolerance: 1e-12 in float64; in
 * float32, 1e-4 (a float32 step is 6e-8, and a walk compounds its steps).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli } from '../src/cli/testing.js';
import type { Experiment } from '../src/experiment/types.js';
import { exportScript } from '../src/export/index.js';
import type { ExportTarget } from '../src/export/types.js';
import { EXPORT_MATRIX } from './verify-exports-matrix.js';

export const TOLERANCE = { float64: 1e-12, float32: 1e-4 } as const;

/** The module each target imports. */
export const FRAMEWORK_MODULE: Readonly<Record<ExportTarget, string>> = {
  numpy: 'numpy',
  pytorch: 'torch',
  tensorflow: 'tensorflow',
  jax: 'jax',
};

/** The interpreters tried, in order. */
function candidates(): string[] {
  const given = process.env.DESCENSO_PYTHON;
  return given ? [given] : ['python3', '/usr/bin/python3'];
}

/** The first interpreter that imports NumPy and `module`, or null. */
export function pythonFor(module: string): string | null {
  for (const python of candidates()) {
    const r = spawnSync(python, ['-c', `import numpy, ${module}`], { stdio: 'ignore', timeout: 120_000 });
    if (r.status === 0) return python;
  }
  return null;
}

/** The cells of a CSV text (double quotes as descenso writes them), one array per line. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

export interface Comparison {
  rows: number;
  /** The largest |a − b|/max(|a|, |b|) over the numbers (information only). */
  maxRelative: number;
  /** The largest |a − b| divided by the column's scale in its run: what is held to the tolerance. */
  maxScaled: number;
  ok: boolean;
  /** What differed when something other than a number did (header, rows, a label or a status). */
  problem?: string;
}

const isNumber = (cell: string) => cell !== '' && !Number.isNaN(Number(cell));

/** The script's CSV against descenso's, as the header says. */
export function compareCsv(got: string, want: string, tolerance: number): Comparison {
  const a = parseCsv(got);
  const b = parseCsv(want);
  const fail = (problem: string): Comparison => ({
    rows: Math.max(0, a.length - 1),
    maxRelative: Number.NaN,
    maxScaled: Number.NaN,
    ok: false,
    problem,
  });
  if (b.length === 0) return fail('descenso printed no CSV');
  if (a.length === 0) return fail('the script printed no CSV');
  if (a[0].join(',') !== b[0].join(',')) return fail(`header ${a[0].join(',')} ≠ ${b[0].join(',')}`);
  if (a.length !== b.length) return fail(`${a.length - 1} rows ≠ ${b.length - 1}`);
  // The scale of each column within each run (the label is the first cell).
  const scale = new Map<string, number>();
  for (const r of b.slice(1))
    r.forEach((cell, j) => {
      if (!isNumber(cell)) return;
      const key = `${r[0]}\u0000${j}`;
      scale.set(key, Math.max(scale.get(key) ?? 0, Math.abs(Number(cell))));
    });
  let maxRelative = 0;
  let maxScaled = 0;
  for (let i = 1; i < b.length; i++) {
    if (a[i].length !== b[i].length) return fail(`row ${i}: ${a[i].length} cells ≠ ${b[i].length}`);
    for (let j = 0; j < b[i].length; j++) {
      const [x, y] = [a[i][j], b[i][j]];
      if (!isNumber(y) || !isNumber(x)) {
        if (x !== y) return fail(`row ${i}, column ${b[0][j]}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
        continue;
      }
      const [u, v] = [Number(x), Number(y)];
      if (u === v) continue;
      const d = Math.abs(u - v);
      maxRelative = Math.max(maxRelative, d / Math.max(Math.abs(u), Math.abs(v)));
      maxScaled = Math.max(maxScaled, d / (scale.get(`${b[i][0]}\u0000${j}`) || Math.abs(v) || 1));
    }
  }
  return { rows: b.length - 1, maxRelative, maxScaled, ok: maxScaled <= tolerance };
}

/** What `descenso run FILE.json --format csv` prints for the experiment. */
export async function descensoCsv(experiment: Experiment, dir: string): Promise<string> {
  const file = join(dir, 'experiment.json');
  writeFileSync(file, JSON.stringify(experiment));
  const r = await cli(['run', file, '--format', 'csv']);
  return r.stdout;
}

/** Runs a script with `--csv`; its standard output, or the error it ended with. */
export function runScript(python: string, script: string, dir: string): { csv: string } | { error: string } {
  const file = join(dir, 'script.py');
  writeFileSync(file, script);
  try {
    const csv = execFileSync(python, [file, '--csv'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    return { csv };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    const lines = (e.stderr || e.message).trim().split('\n');
    return { error: lines[lines.length - 1] };
  }
}

export interface Result {
  target: ExportTarget;
  experiment: string;
  /** 'not installed' when the framework does not import here. */
  outcome: 'pass' | 'fail' | 'not installed';
  comparison?: Comparison;
  error?: string;
}

/** Exports, runs and compares one experiment in one framework (with the interpreter found for it). */
export async function verifyOne(
  target: ExportTarget,
  name: string,
  experiment: Experiment,
  python: string,
): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'descenso-verify-'));
  try {
    return await verifyIn(dir, target, name, experiment, python);
  } catch (err) {
    return { target, experiment: name, outcome: 'fail', error: `export: ${(err as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function verifyIn(
  dir: string,
  target: ExportTarget,
  name: string,
  experiment: Experiment,
  python: string,
): Promise<Result> {
  {
    const want = await descensoCsv(experiment, dir);
    const script = exportScript(experiment, target);
    const ran = runScript(python, script, dir);
    if ('error' in ran) return { target, experiment: name, outcome: 'fail', error: ran.error };
    const dtype = 'dtype' in experiment && experiment.dtype === 'float32' ? 'float32' : 'float64';
    const comparison = compareCsv(ran.csv, want, TOLERANCE[dtype]);
    return { target, experiment: name, outcome: comparison.ok ? 'pass' : 'fail', comparison };
  }
}

const exp = (x: number) => (Number.isFinite(x) ? x.toExponential(1) : '—');

/** One line of the table. */
export function tableLine(r: Result): string {
  const c = r.comparison;
  const cells = [
    r.target.padEnd(10),
    r.experiment.padEnd(24),
    (c ? String(c.rows) : '—').padStart(5),
    (c ? exp(c.maxRelative) : '—').padStart(9),
    (c ? exp(c.maxScaled) : '—').padStart(9),
    r.outcome === 'not installed' ? 'not installed — not run' : r.outcome,
  ];
  const why = r.error ?? c?.problem;
  return `${cells.join('  ')}${why ? `  (${why})` : ''}`;
}

export const TABLE_HEADER = `${[
  'framework'.padEnd(10),
  'experiment'.padEnd(24),
  'rows'.padStart(5),
  'max rel'.padStart(9),
  'max/scale'.padStart(9),
  'result',
].join('  ')}`;

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const targets = (['numpy', 'pytorch', 'tensorflow', 'jax'] as const).filter(
    (t) => only.length === 0 || only.includes(t),
  );
  console.log(TABLE_HEADER);
  let failed = 0;
  for (const target of targets) {
    const python = pythonFor(FRAMEWORK_MODULE[target]);
    if (python === null) {
      console.log(tableLine({ target, experiment: '(all)', outcome: 'not installed' }));
      continue;
    }
    for (const { name, experiment } of EXPORT_MATRIX) {
      const r = await verifyOne(target, name, experiment, python);
      if (r.outcome === 'fail') failed++;
      console.log(tableLine(r));
    }
  }
  console.log(failed === 0 ? 'every script that ran printed descenso’s numbers' : `${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
