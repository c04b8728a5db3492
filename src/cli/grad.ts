/** `descenso grad`: the value and gradient of a formula at a point, exact or by finite differences. */
import type { Command } from 'commander';
import { withSource } from '../errors.js';
import { t } from '../i18n/index.js';
import { compileFormula, differenceGradient, parseUserFormula } from '../train/descend.js';
import { gradientMethodNames } from '../train/gradient-methods.js';
import type { CommandSpec } from './commands.js';
import { parseChoice, parsePoint, parsePositive } from './flags.js';
import { table } from './format.js';
import { allowed } from './help.js';
import type { CliContext } from './io.js';
import { gradPlot, plotTarget, writePlot } from './plots.js';
import { note } from './printable.js';

const METHODS = gradientMethodNames;
const FORMATS = ['table', 'json'] as const;

export const gradCommand: CommandSpec = {
  name: 'grad',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('grad')
      .description(t(lang, 'tour-grad-description', undefined))
      .argument('<formula>', t(lang, 'tour-grad-formula', undefined))
      .requiredOption(
        '--at <x=…>',
        `${t(lang, 'tour-grad-at', undefined)} ${t(lang, 'tour-help-required', undefined)}`,
      )
      .option(
        '--method <method>',
        `${t(lang, 'tour-grad-method', undefined)}; ${allowed(lang, METHODS)}`,
        'autodiff',
      )
      .option('--h <n>', t(lang, 'tour-descend-h', undefined), '1e-5')
      .option('--format <format>', `${t(lang, 'tour-format', undefined)}; ${allowed(lang, FORMATS)}`, 'table')
      .option('--plot <file>', t(lang, 'tour-grad-plot', undefined))
      .action((text: string, opts: Record<string, unknown>) => {
        const method = parseChoice('--method', String(opts.method), METHODS);
        const format = parseChoice('--format', String(opts.format), FORMATS);
        const h = parsePositive('--h', String(opts.h));
        const target = opts.plot === undefined ? undefined : plotTarget('--plot', String(opts.plot));
        const formula = withSource(text, () => parseUserFormula(text));
        const point = parsePoint('--at', String(opts.at), formula.vars);
        const fn = compileFormula(formula);
        const [value, g] =
          method === 'autodiff' ? fn.valueAndGrad(point) : differenceGradient(fn.value, point, method, h);
        const gradient = Object.fromEntries(formula.vars.map((v, i) => [v, g[i]]));
        if (format === 'json') ctx.io.stdout(`${JSON.stringify({ value, gradient })}\n`);
        else {
          ctx.io.stdout(
            table(
              ['variable', t(lang, 'tour-grad-point', undefined), `∂f/∂· (${method})`],
              formula.vars.map((v, i) => [v, String(point[i]), String(g[i])]),
            ),
          );
          ctx.io.stdout(`f = ${String(value)}\n`);
        }
        if (target) {
          // The tangent takes the exact slope; the secant of step h shows the difference quotient.
          const exact = method === 'autodiff' ? g : fn.valueAndGrad(point)[1];
          const svg = gradPlot({
            vars: formula.vars,
            f: fn.value,
            point,
            gradient: exact,
            h,
            title: text,
            lang,
          });
          writePlot(target, svg, ctx);
          note(ctx.io, t(lang, 'tour-wrote', { file: target.file }));
        }
      });
  },
};
