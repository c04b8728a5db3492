/**
 * `descenso tutorial list` and `descenso tutorial NAME [--plot DIR]`: each of the five tutorials
 * of the seeds run with descenso (src/tutorials, shared with examples/), printing what the
 * tutorial printed — verbatim, in its own words — between comment lines in the user's language;
 * with --plot, the tutorial's figures as PNG files in DIR. `jax-exercise` answers seed 004's
 * closing exercise (tutorial-exercise.ts), in the user's language: new material, not a reprint.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { runDerivative } from '../experiment/derivative.js';
import { type DerivativeExperiment, EXPERIMENT_VERSION } from '../experiment/types.js';
import { parseFormula } from '../expr/index.js';
import { type Lang, t } from '../i18n/index.js';
import { contourMap, lineChart, lossCurve, panels, scatterFit } from '../plot/index.js';
import { label } from '../plot/labels.js';
import { derivativeTangentView } from '../plot/views/derivative.js';
import { sweepFigure } from '../sweep/views.js';
import { compileFormula } from '../train/descend.js';
import {
  DERIVATIVE_F,
  DERIVATIVE_H,
  DERIVATIVE_ITERATIONS,
  type DerivativeRun,
  derivativeTutorial,
} from '../tutorials/derivative.js';
import { gradientTape } from '../tutorials/gradient-tape.js';
import { jaxRegression } from '../tutorials/jax-regression.js';
import { numpyAutograd } from '../tutorials/numpy-autograd.js';
import { PEAKS_NUMPY, type PeaksRun, peaks } from '../tutorials/peaks.js';
import type { CommandSpec } from './commands.js';
import type { CliContext } from './io.js';
import { withSuggestion } from './names.js';
import { textTable } from './output.js';
import { sampleGrid, writePlot } from './plots.js';
import { type ExerciseRun, jaxExerciseTutorial } from './tutorial-exercise.js';

export const tutorialNames = [
  'peaks',
  'numpy-autograd',
  'derivative',
  'gradient-tape',
  'jax-regression',
  'jax-exercise',
] as const;
export type TutorialName = (typeof tutorialNames)[number];

export interface Figure {
  name: string;
  svg: string;
}

interface Tutorial<T> {
  name: TutorialName;
  /** The name of the tutorial notebook it reproduces (NNN_…). */
  seed: string;
  run(print: (text: string) => void, lang: Lang): T;
  figures(run: T, lang: Lang): Figure[];
}

const range = (a: number, b: number, n: number) =>
  Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

function peaksFigures(run: PeaksRun, lang: Lang): Figure[] {
  const f = compileFormula(parseFormula(PEAKS_NUMPY, { kind: 'nd' }));
  const grid = sampleGrid((x, y) => f.value([x, y]), [-3, 3], [-3, 3]);
  const map = (points: number[][], title: string) =>
    contourMap({
      grid,
      levels: 30,
      colormap: 'coolwarm',
      paths: [{ name: 'SGD', points }],
      single: true,
      title,
      lang,
    });
  return [
    { name: 'peaks-gd', svg: map(run.byHand, t(lang, 'tour-fig-peaks-gd', undefined)) },
    { name: 'peaks-keras', svg: map(run.keras, t(lang, 'tour-fig-peaks-keras', undefined)) },
  ];
}

/** The tutorial's α: the step of its sign loop on 2x² − 3x + 4. */
const DERIVATIVE_ALPHA = 0.01;

function derivativeFigures(run: DerivativeRun, lang: Lang): Figure[] {
  // xs = np.arange(-5, 5, 0.25): 40 points, 5 excluded.
  const xs = Array.from({ length: 40 }, (_, i) => -5 + 0.25 * i);
  const f = run.f;
  // The derivative lab's tangent view at each of the tutorial's points: the tangent has the slope by
  // automatic differentiation, f′(x) = 4x − 3; the secant is the tutorial's quotient with h = 1e-4.
  const tangents = run.slopes.map(({ x }) => {
    const study: DerivativeExperiment = {
      kind: 'derivative',
      version: EXPERIMENT_VERSION,
      formula: DERIVATIVE_F,
      x,
      h: DERIVATIVE_H,
      lr: DERIVATIVE_ALPHA,
      steps: DERIVATIVE_ITERATIONS,
    };
    const studied = runDerivative(study);
    return derivativeTangentView(study, studied, { lang, title: `f′(${x}) = ${studied.at?.slope}` });
  });
  const path = run.quadratic.points.map((p) => p[0]);
  return [
    {
      name: 'derivative-f',
      svg: lineChart({
        series: [{ name: 'f(x)', x: xs, y: xs.map(f) }],
        xLabel: 'x',
        yLabel: 'f(x)',
        legend: 'none',
        title: `f(x) = ${DERIVATIVE_F}`,
        lang,
      }),
    },
    { name: 'derivative-tangents', svg: panels(tangents, { title: label(lang, 'plot-derivative'), lang }) },
    {
      name: 'derivative-sign-descent',
      svg: lossCurve({
        w: range(-1, 3, 201),
        loss: range(-1, 3, 201).map(f),
        path: { w: path, loss: run.quadratic.values },
        labels: { x: 'x', y: 'f(x)', loss: 'f(x)', title: t(lang, 'tour-fig-sign-descent', undefined) },
        lang,
      }),
    },
  ];
}

function gradientTapeFigures(run: ReturnType<typeof gradientTape>, lang: Lang): Figure[] {
  const xLabel = t(lang, 'tour-fig-independent', undefined);
  const yLabel = t(lang, 'tour-fig-dependent', undefined);
  const order = run.x.map((_v, i) => i).sort((i, j) => run.x[i] - run.x[j]);
  const xs = order.map((i) => run.x[i]);
  const data = { x: run.x, y: run.y, xLabel, yLabel, name: label(lang, 'plot-data'), lang };
  return [
    { name: 'gradient-tape-data', svg: scatterFit({ ...data, legend: 'none' }) },
    {
      name: 'gradient-tape-fit',
      svg: scatterFit({
        ...data,
        curves: [
          {
            name: `${label(lang, 'plot-model')}: ${run.a.toFixed(3)} + ${run.b.toFixed(3)}·x`,
            x: xs,
            y: xs.map((x) => run.a + run.b * x),
          },
        ],
      }),
    },
    {
      name: 'gradient-tape-cost',
      svg: lineChart({
        series: [{ name: 'SSE', y: run.losses }],
        xLabel: label(lang, 'plot-epochs'),
        yLabel: t(lang, 'tour-fig-cost', undefined),
        legend: 'none',
        lang,
      }),
    },
  ];
}

function jaxFigures(run: ReturnType<typeof jaxRegression>, lang: Lang): Figure[] {
  const x = Array.from(run.x);
  const y = Array.from(run.y);
  const xLabel = t(lang, 'tour-fig-measurements', undefined);
  const yLabel = t(lang, 'tour-fig-observations', undefined);
  const w = run.w1s[run.w1s.length - 1];
  const data = { x, y, xLabel, yLabel, name: label(lang, 'plot-data'), lang };
  // β1x = linspace(−2, 11, epochs): the loss over 401 slopes.
  const betas = range(-2, 11, run.w1s.length - 1);
  const loss = betas.map((b) => x.reduce((s, xi, i) => s + (b * xi - y[i]) ** 2, 0) / x.length);
  const epochs = run.trainLoss.map((_l, i) => i);
  return [
    { name: 'jax-data', svg: scatterFit(data) },
    {
      name: 'jax-model',
      svg: scatterFit({ ...data, curves: [{ name: label(lang, 'plot-model'), x, y: x.map((v) => w * v) }] }),
    },
    {
      name: 'jax-loss-curve',
      svg: lossCurve({
        w: betas,
        loss,
        path: { w: run.w1s, loss: run.trainLoss },
        labels: { x: 'β₁' },
        lang,
      }),
    },
    {
      name: 'jax-loss-epochs',
      svg: lineChart({
        series: [
          { name: label(lang, 'plot-loss'), x: epochs, y: run.trainLoss, dash: '-.', color: '#ff0000' },
        ],
        yScale: 'log',
        title: label(lang, 'plot-loss-vs-epochs'),
        lang,
      }),
    },
  ];
}

function numpyAutogradFigures(run: ReturnType<typeof numpyAutograd>, lang: Lang): Figure[] {
  const series = [
    {
      name: t(lang, 'tour-fig-by-hand', undefined),
      x: run.numpy.loss.map((_l, i) => i + 1),
      y: run.numpy.loss,
    },
    { name: 'autograd', x: run.torch.loss.map((_l, i) => i + 1), y: run.torch.loss },
  ];
  return [
    {
      name: 'numpy-autograd-loss',
      svg: lineChart({ series, yScale: 'log', title: label(lang, 'plot-loss-vs-epochs'), lang }),
    },
  ];
}

/** A tutorial with its own data type, stored beside the others. */
const entry = <T>(tut: Tutorial<T>) => tut as unknown as Tutorial<unknown>;

const registry: Record<TutorialName, Tutorial<unknown>> = {
  peaks: entry({ name: 'peaks', seed: '000', run: peaks, figures: peaksFigures }),
  'numpy-autograd': entry({
    name: 'numpy-autograd',
    seed: '001',
    run: numpyAutograd,
    figures: numpyAutogradFigures,
  }),
  derivative: entry({ name: 'derivative', seed: '002', run: derivativeTutorial, figures: derivativeFigures }),
  'gradient-tape': entry({
    name: 'gradient-tape',
    seed: '003',
    run: gradientTape,
    figures: gradientTapeFigures,
  }),
  'jax-regression': entry({
    name: 'jax-regression',
    seed: '004',
    run: (print) => jaxRegression({ print }),
    figures: jaxFigures,
  }),
  'jax-exercise': entry({
    name: 'jax-exercise',
    seed: '004',
    run: jaxExerciseTutorial,
    figures: (run: ExerciseRun, lang) => [
      { name: 'jax-exercise-sweep', svg: sweepFigure(run.answer.result, lang) },
    ],
  }),
};

export interface TutorialOutput {
  /** What the tutorial printed, line by line. */
  lines: string[];
  figures: () => Figure[];
}

/** Runs a tutorial and collects its printed lines; the figures are drawn only when asked for. */
export function runTutorial(name: string, lang: Lang): TutorialOutput {
  if (!(tutorialNames as readonly string[]).includes(name)) {
    const err = new DescensoError('tour-tutorial-unknown', { name, names: tutorialNames.join(', ') });
    throw withSuggestion(err, name, [...tutorialNames, 'list']);
  }
  const tut = registry[name as TutorialName];
  const lines: string[] = [];
  const data = tut.run((text) => lines.push(...text.split('\n')), lang);
  return { lines, figures: () => tut.figures(data, lang) };
}

function listText(lang: Lang): string {
  return textTable(
    [
      t(lang, 'tour-tut-name', undefined),
      t(lang, 'tour-tut-seed', undefined),
      t(lang, 'tour-tut-what', undefined),
    ],
    tutorialNames.map((n) => [n, registry[n].seed, t(lang, `tour-tut-title-${n}`, undefined)]),
  );
}

export const tutorialCommand: CommandSpec = {
  name: 'tutorial',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('tutorial')
      .description(t(lang, 'tour-tut-description', undefined))
      .argument('<name>', t(lang, 'tour-tut-arg', { names: tutorialNames.join(', ') }))
      .option('--plot <dir>', t(lang, 'tour-tut-plot', undefined))
      .action((name: string, opts: Record<string, unknown>) => {
        if (name === 'list') {
          ctx.io.stdout(listText(lang));
          return;
        }
        const out = runTutorial(name, lang);
        const n = name as TutorialName;
        ctx.io.stdout(`# ${t(lang, `tour-tut-title-${n}`, undefined)} (seeds/${registry[n].seed})\n`);
        ctx.io.stdout(`${out.lines.join('\n')}\n`);
        for (const note of t(lang, `tour-tut-note-${n}`, undefined).split('\n'))
          if (note) ctx.io.stdout(`# ${note}\n`);
        if (opts.plot !== undefined) {
          const dir = String(opts.plot);
          for (const fig of out.figures()) {
            const file = join(dir, `${fig.name}.png`);
            writePlot({ file, format: 'png' }, fig.svg, ctx);
            ctx.io.stdout(`# ${t(lang, 'tour-wrote', { file })}\n`);
          }
        }
      });
  },
};
