/**
 * The derivatives tutorial (seed 002): a difference quotient, then "sign descent" — step a fixed
 * α against the sign of the derivative — on one, then three variables.
 *
 *   descenso tutorial derivative
 *
 * Every number is the tutorial's to the last digit: the difference quotients come from
 * `derivative` (forward, h = 1e-4) on the compiled formula, and the three descents from
 * `descend` with the `sign` optimizer, whose step p − lr·sign(g) is the tutorial's x − α.
 *
 * Two details of the tutorial's code, followed here as written:
 * - the chain-rule loop steps on deriv_y_x(x) = 6x − 3, not on the 12x − 3 that its text derives
 *   for y = 3(2x² − x − 2) + 1; 6x − 3 is the derivative of 3x² − 3x, minimum at x = 1/2, which
 *   is where the printed 0.49999999999999867 lies (12x − 3 would end near 1/4);
 * - the three-variable loop uses dy/dc = 1 always, so c falls by 0.05 at each of the 250 steps.
 */
import { derivative } from '../autodiff/index.js';
import { run } from '../experiment/run.js';
import { EXPERIMENT_VERSION } from '../experiment/types.js';
import { parseFormula } from '../expr/index.js';
import { compileFormula, type DescendRun } from '../train/descend.js';
import { pyRepr } from './python-format.js';

/** f(x) = 2x² − 3x + 4, as the tutorial writes it. */
export const DERIVATIVE_F = '2*x**2-3*x+4';
/** What the chain-rule loop descends: the antiderivative of its deriv_y_x(x) = 6x − 3. */
export const DERIVATIVE_CHAIN = '3*x**2-3*x';
/** y = 2u + c with u = 3a² − 2a + b² + 1. */
export const DERIVATIVE_ABC = '2*(3*a**2 - 2*a + b**2 + 1) + c';
export const DERIVATIVE_H = 0.0001;
export const DERIVATIVE_ITERATIONS = 250;

export interface DerivativeRun {
  f: (x: number) => number;
  /** f′(−1) and f′(2) by forward differences. */
  slopes: { x: number; slope: number }[];
  quadratic: DescendRun;
  chain: DescendRun;
  abc: DescendRun;
}

const last = (run: DescendRun) => run.points[run.points.length - 1];

/** The tutorial's loop as an experiment: `sign` steps of α from the start, through the one runner. */
function signDescent(formula: string, start: number[], lr: number): DescendRun {
  const r = run({
    kind: 'descend',
    version: EXPERIMENT_VERSION,
    formula,
    start,
    steps: DERIVATIVE_ITERATIONS,
    optimizers: [{ name: 'sign', options: { lr } }],
  });
  return r.runs[0] as DescendRun;
}

/** Runs the tutorial's cells, printing what they printed (Python's str of each float). */
export function derivativeTutorial(print: (text: string) => void = console.log): DerivativeRun {
  const compiled = compileFormula(parseFormula(DERIVATIVE_F, { kind: 'nd' }));
  const f = (x: number) => compiled.value([x]);
  // f(3) on Python ints printed 13, an int: so does an integral value here.
  const f3 = f(3);
  print(Number.isInteger(f3) ? String(f3) : pyRepr(f3));

  const slopes = [-1.0, 2.0].map((x) => ({ x, slope: derivative(f, x, { h: DERIVATIVE_H }) }));
  // The tutorial's print() in French, two arguments joined by a space.
  print(`Dérivée en x=-1 :  ${pyRepr(slopes[0].slope)}`);
  print(`Dérivée en x=2 :  ${pyRepr(slopes[1].slope)}`);

  const quadratic = signDescent(DERIVATIVE_F, [2.0], 0.01);
  print(`approximate minimum found YAY, x =  ${pyRepr(last(quadratic)[0])}`);

  const chain = signDescent(DERIVATIVE_CHAIN, [2.0], 0.01);
  print(`approximate minimum found YAY, x =  ${pyRepr(last(chain)[0])}`);

  const abc = signDescent(DERIVATIVE_ABC, [1.0, 1.0, 1.0], 0.05);
  const [a, b, c] = last(abc).map(pyRepr);
  print(`approximate minimum found YAY, a = ${a} b = ${b} c = ${c}`);
  return { f, slopes, quadratic, chain, abc };
}
