/**
 * `descenso tutorial jax-exercise`: seed 004's closing exercise answered in the user's language —
 * the sweep's ranked table (its top rows), the rate that reaches the tolerance in the fewest
 * epochs, and why larger rates fail, with the Hessian's eigenvalues computed from the data
 * (src/tutorials/jax-exercise.ts) beside the sweep's answer. A tutorial of its own, so that
 * `tutorial jax-regression` keeps printing the seed's output verbatim.
 */
import { type Lang, t } from '../i18n/index.js';
import {
  EXERCISE_COMMAND,
  type ExerciseAnswer,
  exerciseStudy,
  jaxExercise,
} from '../tutorials/jax-exercise.js';
import { sweepTable } from './sweep-output.js';

/** Rows of the ranked table the tutorial shows; the command prints them all. */
const TOP_ROWS = 10;

/** A number as the explanation prints it: four significant digits, a sign when negative. */
const n4 = (x: number) => (Math.abs(x) >= 1e5 ? x.toExponential(3) : String(Number(x.toPrecision(4))));

export interface ExerciseRun {
  answer: ExerciseAnswer;
  lines: string[];
}

/** The sweep's table cut to its top rows, then its best line. */
function tableLines(a: ExerciseAnswer, lang: Lang): string[] {
  const all = sweepTable(a.result, lang);
  const rows = all.length - 3; // header, rows, blank, best
  return [
    ...all.slice(0, TOP_ROWS + 1),
    t(lang, 'tour-ex-more', { n: rows - TOP_ROWS }),
    all[all.length - 1],
  ];
}

export function exerciseLines(a: ExerciseAnswer, lang: Lang): string[] {
  const factor = (lr: number) => n4(1 - lr * a.lambdaMax);
  const epochs = exerciseStudy.base.kind === 'fit' ? exerciseStudy.base.epochs : 0;
  return [
    t(lang, 'tour-ex-question', undefined),
    '',
    `$ ${EXERCISE_COMMAND}`,
    ...tableLines(a, lang),
    '',
    t(lang, 'tour-ex-answer', { lr: a.best.lr, epochs: a.best.epochs }),
    t(lang, 'tour-ex-hessian', { min: n4(a.lambdaMin), max: n4(a.lambdaMax) }),
    t(lang, 'tour-ex-factor', undefined),
    t(lang, 'tour-ex-stable', { bound: n4(a.stableBelow) }),
    t(lang, 'tour-ex-fastest', { lr: n4(a.fastest) }),
    t(lang, 'tour-ex-beside', { best: a.best.lr, factor: factor(a.best.lr), fastest: n4(a.fastest) }),
    t(lang, 'tour-ex-larger', {
      last: a.lastConverged.lr,
      epochs: a.lastConverged.epochs,
      lastFactor: factor(a.lastConverged.lr),
      grow: a.firstGrowing.lr,
      growFactor: factor(a.firstGrowing.lr),
      final: n4(a.firstGrowing.final ?? Number.NaN),
      start: n4(a.startLoss),
      after: epochs,
    }),
  ];
}

/** Runs the exercise and writes its explanation; `print` takes the lines one by one. */
export function jaxExerciseTutorial(print: (text: string) => void, lang: Lang): ExerciseRun {
  const answer = jaxExercise();
  const lines = exerciseLines(answer, lang);
  for (const l of lines) print(l);
  return { answer, lines };
}
