/**
 * The first tutorial (seed 000): gradient descent on the "peaks" loss, drawn on its contour map.
 *
 *   descenso tutorial peaks
 *
 * Part 1 is the tutorial's hand-written loop, get_puntos_descenso_gradiente(5, 0.03, −0.35, −0.67):
 * forward differences with h = 1e-5 and plain steps of 0.03, all in float64. descenso's `descend`
 * runs it on the tutorial's own NumPy expression (the formula language reads `np.exp` and `**`),
 * and NumPy's repr of the 6×2 array comes out character for character.
 *
 * Part 2 hands the steps to tf.keras.optimizers.SGD(learning_rate=0.03): TensorFlow differentiates
 * exactly but in float32, and Keras steps in float32. Here the formula is compiled in float32 (every
 * operation rounded with Math.fround) and stepped by descenso's Keras-convention SGD in float32.
 * TensorFlow's float32 exp and pow are not correctly rounded, so the last float32 bit of a
 * coordinate can differ from the tutorial's: the printed array agrees to about 1e-7.
 */
import { compile } from '../autodiff/index.js';
import { run } from '../experiment/run.js';
import { EXPERIMENT_VERSION } from '../experiment/types.js';
import { formulaFunction, parseFormula } from '../expr/index.js';
import { applyUpdates, makeOptimizer, type Params } from '../optim/index.js';
import type { DescendRun } from '../train/descend.js';
import { numpyArrayRepr } from './python-format.js';

/** The tutorial's loss, exactly as its NumPy code writes it. */
export const PEAKS_NUMPY =
  '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)';

export const PEAKS_START: readonly [number, number] = [-0.35, -0.67];
export const PEAKS_LR = 0.03;
export const PEAKS_EPOCHS = 5;

/** get_puntos_descenso_gradiente(5, 0.03, −0.35, −0.67): forward differences, h = 1e-5, float64. */
export function peaksByHand(): number[][] {
  const r = run({
    kind: 'descend',
    version: EXPERIMENT_VERSION,
    formula: PEAKS_NUMPY,
    start: [...PEAKS_START],
    steps: PEAKS_EPOCHS,
    gradient: 'forward',
    h: 1e-5,
    optimizers: [{ name: 'gd', options: { lr: PEAKS_LR } }],
  });
  return (r.runs[0] as DescendRun).points;
}

/** The same walk with Keras's SGD: exact gradients and steps, both in float32. */
export function peaksKeras(): number[][] {
  const formula = parseFormula(PEAKS_NUMPY, { kind: 'nd' });
  const loss = compile(formulaFunction(formula), [[], []], { dtype: 'float32' });
  const sgd = makeOptimizer('sgd', { lr: PEAKS_LR, dtype: 'float32' }, 'keras');
  let params: Params = [Float64Array.from(PEAKS_START, Math.fround)];
  let state = sgd.init(params);
  // The tutorial's array starts with the float64 start it was given, then holds float32 values.
  const points = [[...PEAKS_START]];
  for (let step = 0; step < PEAKS_EPOCHS; step++) {
    const { grads } = loss.valueAndGrad(params[0][0], params[0][1]);
    const [updates, next] = sgd.update([Float64Array.from(grads as number[])], state, params, { step });
    state = next;
    params = applyUpdates(params, updates);
    points.push(Array.from(params[0]));
  }
  return points;
}

export interface PeaksRun {
  byHand: number[][];
  keras: number[][];
}

/** Runs both parts, printing the two arrays as the notebook showed them. */
export function peaks(print: (text: string) => void = console.log): PeaksRun {
  const byHand = peaksByHand();
  print(numpyArrayRepr(byHand));
  const keras = peaksKeras();
  print(numpyArrayRepr(keras));
  return { byHand, keras };
}
