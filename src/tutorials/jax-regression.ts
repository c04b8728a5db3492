/**
 * The JAX tutorial, in descenso: w1 fitted to y = w1·x by gradient descent on the mean squared
 * error, with a JAX-style `grad` compiled as `jit` would compile it.
 *
 *   descenso tutorial jax-regression      (or: npx tsx examples/jax-regression.ts)
 *
 * Data: the tutorial's, bit for bit — a NumPy-compatible RandomState seeded with 22,
 * x = linspace(−2, 2, 100), y = 5x + 2·normal(0, 1, 100). Start W1 = 10, rate h = 0.01, 401 epochs.
 *
 * Precision. The tutorial's first line, `Condición Inicial: Pérdida: 38.407744806265676`, is plain
 * NumPy in float64, and so is this example's: the same number to the last digit. The tutorial's
 * later lines came from JAX, which computes in float32 unless told otherwise (36.55500411987305,
 * …, W1 = 4.962451457977295, printed as 4.9624515); this example stays in float64, so its digits
 * differ from the tutorial's after the sixth or seventh: W1 = 4.962451345583043, the value a
 * float64 NumPy run gives. Like the tutorial, the printed loss is a separate plain function
 * (`loss`, summed in NumPy's order) and the gradient comes from differentiating its tensor twin.
 */
import { compile, grad, mean, mul, square, sub, type Tensor } from '../autodiff/index.js';
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import { numpyMean, pyRepr } from './python-format.js';

/** The tutorial's loss on tensors: mean((y − w1·x)²). */
const lossT = (w1: Tensor, x: Tensor, y: Tensor) => mean(square(sub(y, mul(w1, x))));

export function jaxRegression(options: { jit?: boolean; print?: (line: string) => void } = {}) {
  const print = options.print ?? console.log;
  const rs = new RandomState(22);
  const x = linspace(-2, 2, 100);
  const noise = rs.normal(0, 1, x.length);
  const y = x.map((v, i) => 5 * v + 2 * noise[i]);

  /** The tutorial's loss as plain NumPy: ((y − w1·x)**2).mean(). */
  const loss = (w1: number) => numpyMean(y.map((v, i) => (v - w1 * x[i]) ** 2));

  // grad_loss = jit(grad(loss, argnums=0)): compile traces the loss once for these shapes and emits
  // one fused loop for the value and ∂/∂w1; grad alone walks the graph anew at every call.
  const compiled = compile(lossT, [[], [x.length], [y.length]], { argnums: 0 });
  const gradLoss =
    options.jit === false
      ? (w1: number): number => grad(lossT)(w1, x, y)
      : (w1: number): number => compiled.valueAndGrad(w1, x, y).grads[0] as number;

  const optimize = (w1: number, h: number) => w1 - h * gradLoss(w1);

  let W1 = 10;
  const w1s = [W1];
  const trainLoss = [loss(W1)];
  const epochs = 401;
  const h = 0.01;
  print('Pérdidas:\n');
  print(`Condición Inicial: Pérdida: ${pyRepr(loss(W1))}, Parámetro: ${pyRepr(W1)}\n`);
  for (let epoch = 0; epoch < epochs; epoch++) {
    W1 = optimize(W1, h);
    w1s.push(W1);
    const l = loss(W1);
    trainLoss.push(l);
    if (epoch % 100 === 0) print(`Iteración ${epoch}: Pérdida: ${pyRepr(l)}, Parámetro: ${pyRepr(W1)}`);
  }
  print(pyRepr(w1s[w1s.length - 1]));
  return { x, y, w1s, trainLoss };
}
