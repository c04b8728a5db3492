/** `descenso grad`: the value and gradient of a formula at a point, exact or by finite differences. */
import type { Command } from 'commander';
import { DescensoError, withSource } from '../errors.js';
import { compileFormula, differenceGradient, parseUserFormula } from '../train/descend.js';
import type { CommandSpec } from './commands.js';
import { parseAssignments, parseChoice, parsePositive } from './flags.js';
import { table } from './format.js';
import type { CliContext } from './io.js';

export const gradCommand: CommandSpec = {
  name: 'grad',
  register(program: Command, ctx: CliContext) {
    const es = ctx.lang === 'es';
    return program
      .command('grad')
      .description(
        es ? 'valor y gradiente de una fórmula en un punto' : 'value and gradient of a formula at a point',
      )
      .argument(
        '<formula>',
        es ? 'la función, p. ej. "2*x^2 - 3*x + 4"' : 'the function, e.g. "2*x^2 - 3*x + 4"',
      )
      .requiredOption('--at <x=…>', es ? 'el punto: x=-1 o a=1,b=2' : 'the point: x=-1 or a=1,b=2')
      .option('--method <method>', 'autodiff | forward | central', 'autodiff')
      .option('--h <n>', es ? 'paso de las diferencias finitas' : 'finite-difference step', '1e-5')
      .option('--format <format>', 'table | json', 'table')
      .action((text: string, opts: Record<string, unknown>) => {
        const method = parseChoice('--method', String(opts.method), [
          'autodiff',
          'forward',
          'central',
        ] as const);
        const format = parseChoice('--format', String(opts.format), ['table', 'json'] as const);
        const h = parsePositive('--h', String(opts.h));
        const at = parseAssignments('--at', String(opts.at));
        const formula = withSource(text, () => parseUserFormula(text));
        for (const k of Object.keys(at))
          if (!formula.vars.includes(k))
            throw new DescensoError('cli-bad-list', {
              flag: '--at',
              value: String(opts.at),
              expected: `names among ${formula.vars.join(', ') || '(none)'}`,
            });
        const point = formula.vars.map((v) => {
          if (!(v in at)) throw new DescensoError('cli-missing', { what: `--at ${v}=…` });
          return at[v];
        });
        const fn = compileFormula(formula);
        const [value, g] =
          method === 'autodiff' ? fn.valueAndGrad(point) : differenceGradient(fn.value, point, method, h);
        const gradient = Object.fromEntries(formula.vars.map((v, i) => [v, g[i]]));
        if (format === 'json') {
          ctx.io.stdout(`${JSON.stringify({ value, gradient })}\n`);
          return;
        }
        ctx.io.stdout(
          table(
            [es ? 'variable' : 'variable', es ? 'punto' : 'point', `∂f/∂· (${method})`],
            formula.vars.map((v, i) => [v, String(point[i]), String(g[i])]),
          ),
        );
        ctx.io.stdout(`f = ${String(value)}\n`);
      });
  },
};
