/**
 * `npm run bench` — the engine against hand-written JavaScript and TensorFlow.js, in one run.
 *
 *   npm run bench                      table: median ms per case and implementation, and ratios
 *   npm run bench -- --json            one JSON object on stdout, nothing else (progress on stderr;
 *                                      npm prints its own command line first unless run as `npm run -s`)
 *   npm run bench -- --points N        points per case (default 10⁶; peaks-grid uses a √N × √N grid)
 *   npm run bench -- --runs N          timed runs per measurement (default 5, at least 1), after one warm-up
 *   npm run bench -- --case NAME       only this case (repeatable)
 *   npm run bench -- --skip-tfjs       leave TensorFlow.js out
 *   npm run bench -- --scaling         peaks-grad and mse-grad at 10³ … 10⁷ points: time per point
 *   npm run bench -- --case basins     the batched-run cases (bench/sweep.ts): basins,
 *                                      descend-adam-10k, batch-scaling; run by default too
 *
 * Before timing, every implementation's output is compared with the hand-written one; the bench
 * stops with an error when they disagree.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, freemem, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type AnyCase, checkAgreement, type ImplName, implNames, type Output, type Runner } from './case.js';
import { fit1e6 } from './cases/fit-1e6.js';
import { mseGrad } from './cases/mse-grad.js';
import { peaksGrad } from './cases/peaks-grad.js';
import { peaksGrid } from './cases/peaks-grid.js';
import { measure, timeOnce } from './measure.js';
import { type SweepBenchReport, sweepBench, sweepCaseNames, sweepLines } from './sweep.js';

const cases: AnyCase[] = [peaksGrad, mseGrad, peaksGrid, fit1e6];

/** A tfjs measurement is cut to fewer evaluations (and scaled up) past this many milliseconds. */
const TFJS_BUDGET_MS = 30_000;
const SCALING_SIZES = [1e3, 1e4, 1e5, 1e6, 1e7];

type Ms = Record<ImplName, number | null>;

interface CaseResult {
  name: string;
  points: number;
  evaluations: number;
  ms: Ms;
  ratioToHandwritten: number | null;
  tapeRatioToHandwritten: number | null;
  speedupOverTfjs: number | null;
  tfjsScaled: boolean;
  /** How many of the evaluations tfjs actually ran per timed run, when scaled. */
  tfjsEvaluationsTimed?: number;
  /** Worst relative difference from the hand-written output, per implementation. */
  maxRelDiff: Partial<Record<ImplName, number>>;
}

/**
 * Others share the machine: the 1-minute load average before and after the run, and, on Linux,
 * the share of CPU time the hypervisor gave to other guests (steal) during it.
 */
interface Machine {
  cpus: number;
  loadBefore: number;
  loadAfter: number;
  stealPercent: number | null;
}
interface Start {
  load: number;
  cpu: number[] | null;
}

/** The aggregate `cpu` line of /proc/stat (user nice system idle iowait irq softirq steal …), or null. */
function cpuTimes(): number[] | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    return line.startsWith('cpu ') ? line.trim().split(/\s+/).slice(1).map(Number) : null;
  } catch {
    return null;
  }
}
const start = (): Start => ({ load: loadavg()[0], cpu: cpuTimes() });
function machine(s: Start): Machine {
  const now = cpuTimes();
  let stealPercent: number | null = null;
  if (s.cpu && now && now.length > 7) {
    const d = now.map((v, k) => v - (s.cpu![k] ?? 0));
    const total = d.slice(0, 8).reduce((a, b) => a + b, 0);
    stealPercent = total > 0 ? Number(((100 * d[7]) / total).toFixed(1)) : null;
  }
  return {
    cpus: availableParallelism(),
    loadBefore: Number(s.load.toFixed(2)),
    loadAfter: Number(loadavg()[0].toFixed(2)),
    stealPercent,
  };
}
const machineText = (m: Machine) =>
  `${m.cpus} CPUs, load average ${m.loadBefore} → ${m.loadAfter}${m.stealPercent === null ? '' : `, steal ${m.stealPercent}%`}`;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function positiveInt(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const v = Number(text);
  if (!Number.isInteger(v) || v < 1) throw new Error(`invalid --${flag}: ${text} (a positive integer)`);
  return v;
}

/** A copy of an output, since runners reuse their buffers from one call to the next. */
function snapshot(o: Output): Output {
  const copy = (v: Output['value']) => (typeof v === 'number' ? v : v.slice());
  return { value: copy(o.value), grads: o.grads.map(copy) };
}

/** Four significant digits: more would be noise. */
const round = (v: number) => Number(v.toPrecision(4));
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : round(a / b);

async function prepareAll(c: AnyCase, data: unknown, skip: ReadonlySet<ImplName>) {
  const runners: Partial<Record<ImplName, Runner>> = {};
  for (const name of implNames) {
    if (skip.has(name)) continue;
    const r = await c.implementations[name].prepare(data as never);
    if (r) runners[name] = r;
  }
  return runners;
}

/** Checks every runner against the hand-written one on evaluation 0; throws on disagreement. */
function agree(c: AnyCase, runners: Partial<Record<ImplName, Runner>>): Partial<Record<ImplName, number>> {
  const ref = snapshot(runners.handwritten!.evaluate(0));
  const diffs: Partial<Record<ImplName, number>> = {};
  for (const name of implNames) {
    const r = runners[name];
    if (!r || name === 'handwritten') continue;
    diffs[name] = Number(
      checkAgreement(c.name, name, r.evaluate(0), ref, c.implementations[name].precision).toPrecision(2),
    );
  }
  return diffs;
}

async function runCase(
  c: AnyCase,
  points: number,
  runs: number,
  skip: ReadonlySet<ImplName>,
): Promise<CaseResult> {
  const data = c.setup(points);
  const runners = await prepareAll(c, data, skip);
  const maxRelDiff = agree(c, runners);
  const ms: Ms = { compiled: null, tape: null, handwritten: null, tfjs: null };
  let tfjsScaled = false;
  let tfjsEvaluationsTimed: number | undefined;
  const counts: Partial<Record<ImplName, number>> = {};
  const fns: Partial<Record<ImplName, () => void>> = {};
  for (const name of implNames) {
    const r = runners[name];
    if (!r) continue;
    let count = c.evaluations;
    if (name === 'tfjs') {
      const one = timeOnce(() => r.evaluate(0));
      if (one * c.evaluations * (runs + 1) > TFJS_BUDGET_MS) {
        count = Math.max(1, Math.min(c.evaluations, Math.floor(TFJS_BUDGET_MS / (one * (runs + 1)))));
        tfjsScaled = count < c.evaluations;
        if (tfjsScaled) tfjsEvaluationsTimed = count;
      }
    }
    counts[name] = count;
    fns[name] = () => {
      for (let j = 0; j < count; j++) r.evaluate(j);
    };
  }
  const timings = measure(fns, { runs });
  for (const name of implNames) {
    const t = timings[name];
    const count = counts[name];
    if (!t || count === undefined) continue;
    ms[name] = round((t.ms * c.evaluations) / count);
    const note = count < c.evaluations ? ` (scaled from ${count} evaluations)` : '';
    log(`  ${c.name} ${name}: ${ms[name]!.toFixed(2)} ms${note}`);
    runners[name]!.dispose?.();
  }
  return {
    name: c.name,
    points: c.name === 'peaks-grid' ? (data as { side: number }).side ** 2 : points,
    evaluations: c.evaluations,
    ms,
    ratioToHandwritten: ratio(ms.compiled, ms.handwritten),
    tapeRatioToHandwritten: ratio(ms.tape, ms.handwritten),
    speedupOverTfjs: ratio(ms.tfjs, ms.compiled),
    tfjsScaled,
    ...(tfjsEvaluationsTimed !== undefined ? { tfjsEvaluationsTimed } : {}),
    maxRelDiff,
  };
}

// ---- targets (reported, never asserted) -------------------------------------------------------

interface Target {
  case: string;
  what: string;
  limit: string;
  actual: number | null;
  met: boolean | null;
}

function targets(results: CaseResult[]): Target[] {
  const out: Target[] = [];
  const add = (c: string, what: string, limit: string, actual: number | null, ok: (v: number) => boolean) => {
    if (results.some((r) => r.name === c))
      out.push({ case: c, what, limit, actual, met: actual === null ? null : ok(actual) });
  };
  const get = (c: string, k: 'ratioToHandwritten' | 'tapeRatioToHandwritten' | 'speedupOverTfjs') =>
    results.find((r) => r.name === c)?.[k] ?? null;
  for (const c of ['peaks-grad', 'mse-grad', 'peaks-grid', 'fit-1e6'])
    add(c, 'compiled / handwritten', '≤ 1.5', get(c, 'ratioToHandwritten'), (v) => v <= 1.5);
  add(
    'peaks-grad',
    'tape / handwritten',
    '≤ 20',
    get('peaks-grad', 'tapeRatioToHandwritten'),
    (v) => v <= 20,
  );
  add('peaks-grad', 'tfjs / compiled', '≥ 50', get('peaks-grad', 'speedupOverTfjs'), (v) => v >= 50);
  add('mse-grad', 'tfjs / compiled', '≥ 10', get('mse-grad', 'speedupOverTfjs'), (v) => v >= 10);
  return out;
}

// ---- printing ---------------------------------------------------------------------------------

function fmtMs(v: number | null): string {
  if (v === null) return 'n/a';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}
const fmtX = (v: number | null) => (v === null ? 'n/a' : `${v >= 100 ? v.toFixed(0) : v.toFixed(2)}×`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) =>
    cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

function printTable(results: CaseResult[], points: number, runs: number, m: Machine): void {
  const out: string[] = [];
  out.push(`descenso bench · node ${process.version} · ${machineText(m)}`);
  out.push(`${points} points · median of ${runs} runs after a warm-up, implementations interleaved · ms`);
  out.push('');
  out.push(
    table(
      ['case', 'handwritten', 'compiled', 'tape', 'tfjs', 'compiled/hand', 'tape/hand', 'tfjs/compiled'],
      results.map((r) => [
        r.name,
        fmtMs(r.ms.handwritten),
        fmtMs(r.ms.compiled),
        fmtMs(r.ms.tape),
        `${fmtMs(r.ms.tfjs)}${r.tfjsScaled ? '*' : ''}`,
        fmtX(r.ratioToHandwritten),
        fmtX(r.tapeRatioToHandwritten),
        fmtX(r.speedupOverTfjs),
      ]),
    ),
  );
  for (const r of results)
    if (r.tfjsScaled)
      out.push(
        `* ${r.name}: tfjs ran ${r.tfjsEvaluationsTimed} of ${r.evaluations} evaluations per run, scaled (tfjsScaled)`,
      );
  out.push('');
  out.push('agreement with hand-written (max relative difference; tfjs is float32):');
  for (const r of results)
    out.push(
      `  ${r.name}: ${Object.entries(r.maxRelDiff)
        .map(([k, v]) => `${k} ${v.toExponential(1)}`)
        .join(', ')}`,
    );
  out.push('');
  out.push('targets:');
  for (const t of targets(results))
    out.push(
      `  ${t.met === null ? '  ?' : t.met ? ' ok' : 'MISS'}  ${t.case} ${t.what} ${t.limit}: ${t.actual === null ? 'n/a' : t.actual.toFixed(2)}`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---- scaling ----------------------------------------------------------------------------------

interface ScalingRow {
  case: string;
  points: number;
  evaluations: number;
  msPerPoint: Record<'compiled' | 'handwritten' | 'tape', number | null>;
  tapeSkipped?: string;
}

async function scaling(runs: number, names: readonly string[]): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  const picked = [peaksGrad, mseGrad].filter((c) => names.length === 0 || names.includes(c.name));
  for (const c of picked) {
    let tapeBytesPerPoint = 0;
    for (const n of SCALING_SIZES) {
      // About 10⁶ point-evaluations per run at every size (10⁷ at the largest), so that small
      // sizes are not timer noise.
      const evaluations = Math.max(1, Math.round(1e6 / n));
      const skip = new Set<ImplName>(['tfjs']);
      let tapeSkipped: string | undefined;
      // The tape keeps every intermediate array of one evaluation alive; twice that must fit.
      const need = 2 * tapeBytesPerPoint * n;
      if (need > freemem()) {
        skip.add('tape');
        tapeSkipped = `needs ~${(need / 2 ** 30).toFixed(1)} GiB, ${(freemem() / 2 ** 30).toFixed(1)} GiB free`;
      }
      const data = c.setup(n);
      const runners = await prepareAll(c, data, skip);
      agree(c, runners);
      if (runners.tape) {
        const before = process.memoryUsage().arrayBuffers;
        runners.tape.evaluate(0);
        tapeBytesPerPoint = Math.max(tapeBytesPerPoint, (process.memoryUsage().arrayBuffers - before) / n);
      }
      const msPerPoint: ScalingRow['msPerPoint'] = { compiled: null, handwritten: null, tape: null };
      const fns: Partial<Record<ImplName, () => void>> = {};
      for (const name of ['handwritten', 'compiled', 'tape'] as const) {
        const r = runners[name];
        if (r)
          fns[name] = () => {
            for (let j = 0; j < evaluations; j++) r.evaluate(j);
          };
      }
      const timings = measure(fns, { runs });
      for (const name of ['handwritten', 'compiled', 'tape'] as const) {
        const t = timings[name];
        if (t) msPerPoint[name] = round(t.ms / (evaluations * n));
      }
      log(
        `  ${c.name} ${n}: ${JSON.stringify(msPerPoint)}${tapeSkipped ? ` (tape skipped: ${tapeSkipped})` : ''}`,
      );
      rows.push({
        case: c.name,
        points: n,
        evaluations,
        msPerPoint,
        ...(tapeSkipped ? { tapeSkipped } : {}),
      });
    }
  }
  return rows;
}

function printScaling(rows: ScalingRow[], runs: number, m: Machine): void {
  const ns = (v: number | null) => (v === null ? 'skipped' : (v * 1e6).toFixed(2));
  const out = [
    `descenso bench --scaling · node ${process.version} · ${machineText(m)}`,
    `median of ${runs} runs, implementations interleaved · time per point and evaluation`,
    'in nanoseconds (= ms per point × 10⁶)',
    '',
    table(
      ['case', 'points', 'evals/run', 'handwritten', 'compiled', 'tape', 'compiled/hand', 'tape/hand'],
      rows.map((r) => [
        r.case,
        r.points.toExponential(0),
        String(r.evaluations),
        ns(r.msPerPoint.handwritten),
        ns(r.msPerPoint.compiled),
        ns(r.msPerPoint.tape),
        fmtX(ratio(r.msPerPoint.compiled, r.msPerPoint.handwritten)),
        fmtX(ratio(r.msPerPoint.tape, r.msPerPoint.handwritten)),
      ]),
    ),
    ...rows
      .filter((r) => r.tapeSkipped)
      .map((r) => `tape skipped for ${r.case} at ${r.points} points: ${r.tapeSkipped}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---- main -------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      points: { type: 'string' },
      runs: { type: 'string' },
      case: { type: 'string', multiple: true },
      'skip-tfjs': { type: 'boolean', default: false },
      scaling: { type: 'boolean', default: false },
    },
  });
  const points = positiveInt('points', values.points, 1_000_000);
  const runs = positiveInt('runs', values.runs, 5);
  const names = values.case ?? [];
  for (const n of names)
    if (!cases.some((c) => c.name === n) && !(sweepCaseNames as readonly string[]).includes(n))
      throw new Error(
        `invalid --case: ${n} (one of ${[...cases.map((c) => c.name), ...sweepCaseNames].join(', ')})`,
      );

  const began = start();
  // With --json, stdout carries the JSON object alone: anything a library logs goes to stderr.
  if (values.json) console.log = console.info = console.warn;

  if (values.scaling) {
    const rows = await scaling(runs, names);
    const m = machine(began);
    if (values.json)
      process.stdout.write(`${JSON.stringify({ node: process.version, machine: m, runs, scaling: rows })}\n`);
    else printScaling(rows, runs, m);
    return;
  }

  const skip = new Set<ImplName>(values['skip-tfjs'] ? ['tfjs'] : []);
  const results: CaseResult[] = [];
  for (const c of cases) {
    if (names.length > 0 && !names.includes(c.name)) continue;
    log(`${c.name}: ${c.description}`);
    results.push(await runCase(c, points, runs, skip));
  }
  const sweepNames = names.filter((n) => (sweepCaseNames as readonly string[]).includes(n));
  const sweep: SweepBenchReport =
    names.length === 0 || sweepNames.length > 0 ? sweepBench(runs, sweepNames, log) : {};
  const m = machine(began);
  if (values.json) {
    const report = {
      node: process.version,
      machine: m,
      points,
      runs,
      cases: results,
      targets: targets(results),
      sweep,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    printTable(results, points, runs, m);
    process.stdout.write(`${sweepLines(sweep).join('\n')}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
