/**
 * The table of docs/classical.md: iterations and evaluations until ‖∇f‖ ≤ 1e-8 (Nelder–Mead: its
 * simplex within 1e-8, see docs/classical.md) on Rosenbrock, Himmelblau and peaks from each
 * surface's first start, for every classical method beside GD, momentum and Adam, each through
 * `run()` as `descenso descend --tol 1e-8` runs it.
 *
 *     npx tsx scripts/classical-table.ts          # prints the Markdown rows
 */
import {
  type DescendExperiment,
  type DescendOutcome,
  type OptimizerEntry,
  run,
} from '../src/experiment/index.js';

const TOL = 1e-8;
const STEPS = 200_000;

/** The gradient methods' rates: about the largest that converge on all three surfaces. */
const METHODS: OptimizerEntry[] = [
  { name: 'sgd', label: 'gd (lr 1e-3)', options: { lr: 1e-3 } },
  { name: 'sgd', label: 'momentum (lr 1e-3, μ 0.9)', options: { lr: 1e-3, momentum: 0.9 } },
  { name: 'adam', label: 'adam (lr 0.01)', options: { lr: 0.01 } },
  { name: 'gd-armijo' },
  { name: 'gd-wolfe' },
  { name: 'cg-fr' },
  { name: 'cg-pr' },
  { name: 'bfgs' },
  { name: 'lbfgs' },
  { name: 'nelder-mead' },
];
const SURFACES = ['rosenbrock', 'himmelblau', 'peaks'];

function cell(o: DescendOutcome): string {
  if (o.status === 'error') return `error: ${o.error?.code}`;
  const d = o as unknown as {
    status: string;
    steps: number;
    evaluations?: { value: number[]; gradient: number[] };
  };
  const e = d.evaluations;
  const n = e ? e.value.length - 1 : -1;
  const counts = e ? `${e.value[n]} f, ${e.gradient[n]} ∇f` : '';
  const steps = d.status === 'converged' ? String(d.steps) : `${d.status} at ${d.steps}`;
  return `${steps} · ${counts}`;
}

const results = SURFACES.map((surface) => {
  const e: DescendExperiment = {
    kind: 'descend',
    version: 2,
    surface,
    steps: STEPS,
    stop: { gradNorm: TOL },
    record: { every: STEPS },
    optimizers: METHODS,
  };
  return run(e).runs;
});
console.log(`| method | ${SURFACES.join(' | ')} |`);
console.log(`|---|${SURFACES.map(() => '---').join('|')}|`);
METHODS.forEach((m, i) => {
  console.log(`| ${m.label ?? m.name} | ${results.map((r) => cell(r[i])).join(' | ')} |`);
});
