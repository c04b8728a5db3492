/** `descenso descend`: an optimizer (or several) walking a surface or a formula. */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { optimizerNames } from '../optim/index.js';
import { type DescendRun, type DescendSpec, descend, type GradientMethod } from '../train/descend.js';
import type { CommandSpec } from './commands.js';
import { parseAssignments, parseChoice, parseInteger, parseNumberList, parsePositive } from './flags.js';
import { everyIndex, fmt, table } from './format.js';
import type { CliContext } from './io.js';
import { addOptimizerFlags, readOptimizerFlags } from './optimizer-flags.js';

const collect = (v: string, prev: string[]) => [
  ...prev,
  ...v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** --from=-0.35,-0.67 or --from=a=1,b=1,c=1 (by name, any order). */
export function parseStart(value: string, vars: readonly string[]): number[] {
  if (value.includes('=')) {
    const named = parseAssignments('--from', value);
    for (const k of Object.keys(named))
      if (!vars.includes(k))
        throw new DescensoError('cli-bad-list', {
          flag: '--from',
          value,
          expected: `names among ${vars.join(', ')}`,
        });
    return vars.map((v) => {
      if (!(v in named)) throw new DescensoError('cli-missing', { what: `--from ${v}=…` });
      return named[v];
    });
  }
  return parseNumberList('--from', value, vars.length);
}

export interface DescendFlags {
  specs: DescendSpec[];
  names: string[];
}

/** Builds one spec per --optimizer from the parsed flags (shared with `run` and the tests). */
export function specsFromFlags(opts: Record<string, unknown>): DescendFlags {
  const surface = opts.surface as string | undefined;
  const formula = opts.formula as string | undefined;
  if (surface !== undefined && formula !== undefined)
    throw new DescensoError('cli-conflict', { a: '--surface', b: '--formula' });
  if (surface === undefined && formula === undefined)
    throw new DescensoError('cli-missing', { what: '--surface or --formula' });
  const names = (opts.optimizer as string[] | undefined) ?? [];
  if (names.length === 0) names.push('sgd');
  for (const n of names) parseChoice('--optimizer', n, [...optimizerNames, 'gd']);
  const { options, convention } = readOptimizerFlags(opts);
  const steps = opts.steps === undefined ? 100 : parseInteger('--steps', String(opts.steps), 0, 1_000_000);
  const gradient = parseChoice('--gradient', String(opts.gradient ?? 'autodiff'), [
    'autodiff',
    'forward',
    'central',
  ] as GradientMethod[]);
  const h = opts.h === undefined ? undefined : parsePositive('--h', String(opts.h));
  const vars =
    opts.vars === undefined
      ? undefined
      : String(opts.vars)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const tol = opts.tol === undefined ? undefined : parsePositive('--tol', String(opts.tol));
  const base: Omit<DescendSpec, 'optimizer'> = {
    ...(surface !== undefined ? { surface } : { formula, vars }),
    steps,
    gradient,
    ...(h !== undefined ? { h } : {}),
    ...(tol !== undefined ? { stop: { gradNorm: tol } } : {}),
  };
  return {
    names,
    specs: names.map((name) => ({ ...base, optimizer: { name, options, convention } })),
  };
}

function runTable(run: DescendRun, every: number): string {
  const header = ['step', ...run.vars, 'f', '|grad|'];
  const rows = everyIndex(run.points.length, every).map((i) => [
    String(i),
    ...run.points[i].map((x) => fmt(x)),
    fmt(run.values[i]),
    fmt(run.gradNorms[i] ?? Number.NaN, 6),
  ]);
  return table(header, rows);
}

function statusLine(run: DescendRun, ctx: CliContext): string {
  const es = ctx.lang === 'es';
  if (run.status === 'diverged')
    return es
      ? `estado: divergió en el paso ${run.divergedAt}`
      : `status: diverged at step ${run.divergedAt}`;
  if (run.status === 'converged')
    return es ? `estado: convergió en ${run.steps} pasos` : `status: converged in ${run.steps} steps`;
  return es
    ? `estado: ${run.steps} pasos (máximo alcanzado)`
    : `status: ${run.steps} steps (maximum reached)`;
}

export const descendCommand: CommandSpec = {
  name: 'descend',
  register(program: Command, ctx: CliContext) {
    const es = ctx.lang === 'es';
    const cmd = program
      .command('descend')
      .description(
        es
          ? 'un optimizador recorre una superficie o una fórmula'
          : 'an optimizer walks a surface or a formula',
      )
      .option(
        '--surface <id>',
        es
          ? 'superficie del catálogo (ver `descenso surfaces`)'
          : 'catalog surface (see `descenso surfaces`)',
      )
      .option(
        '--formula <text>',
        es ? 'fórmula propia, p. ej. "x^2 + 3*sin(y)"' : 'your own formula, e.g. "x^2 + 3*sin(y)"',
      )
      .option(
        '--vars <a,b,…>',
        es ? 'orden de las variables de la fórmula' : 'order of the formula’s variables',
      )
      .option(
        '--optimizer <name>',
        `${es ? 'optimizador; repítalo o sepárelo por comas para comparar' : 'optimizer; repeat it or use commas to compare'} (${optimizerNames.join(', ')})`,
        collect,
        [] as string[],
      )
      .option(
        '--from <x,y>',
        es
          ? 'punto de partida: --from=-0.35,-0.67 o --from=a=1,b=1'
          : 'start: --from=-0.35,-0.67 or --from=a=1,b=1',
      )
      .option('--steps <n>', es ? 'número de pasos' : 'number of steps', '100')
      .option('--gradient <method>', 'autodiff | forward | central', 'autodiff')
      .option('--h <n>', es ? 'paso de las diferencias finitas' : 'finite-difference step', '1e-5')
      .option('--tol <n>', es ? 'parar cuando |grad| ≤ tol' : 'stop when |grad| ≤ tol')
      .option('--every <n>', es ? 'mostrar uno de cada N pasos' : 'print every N-th step', '1')
      .option('--format <format>', 'table | json', 'table');
    addOptimizerFlags(cmd, ctx.lang);
    cmd.action((opts: Record<string, unknown>) => {
      const format = parseChoice('--format', String(opts.format), ['table', 'json'] as const);
      const every = parseInteger('--every', String(opts.every), 1);
      const { specs, names } = specsFromFlags(opts);
      if (opts.from !== undefined) {
        // The variables are known once the function is: read --from against them.
        const probe = descend({ ...specs[0], steps: 0 });
        const start = parseStart(String(opts.from), probe.vars);
        for (const s of specs) s.start = start;
      }
      const runs = specs.map((s) => descend(s));
      if (format === 'json') {
        const pick = (r: DescendRun) => ({
          points: r.points,
          values: r.values,
          status: r.status,
          steps: r.steps,
          ...(r.divergedAt !== undefined ? { divergedAt: r.divergedAt } : {}),
        });
        const out =
          runs.length === 1
            ? pick(runs[0])
            : { runs: runs.map((r, i) => ({ optimizer: names[i], ...pick(r) })) };
        ctx.io.stdout(`${JSON.stringify(out)}\n`);
        return;
      }
      runs.forEach((r, i) => {
        if (runs.length > 1) ctx.io.stdout(`${i > 0 ? '\n' : ''}== ${names[i]} ==\n`);
        ctx.io.stdout(runTable(r, every));
        ctx.io.stdout(`${statusLine(r, ctx)}\n`);
      });
    });
    return cmd;
  },
};
