/**
 * The TensorFlow GradientTape tutorial, in descenso: y = a + b·x fitted by gradient descent on
 * the sum of squared errors (SSE), lr 0.001, 70 epochs, in float32.
 *
 *   descenso tutorial gradient-tape      (or: npx tsx examples/gradient-tape.ts)
 *
 * The data are the tutorial's: x = uniform(0, 1, 200), y = 0.3 + 0.5x + normal(0, 0.3, 200). The
 * tutorial draws them without a seed, so its numbers cannot be repeated; this example seeds a
 * NumPy-compatible RandomState with 42 (np.random.seed(42) gives the same draws). a and b are
 * trainable variables, which every GradientTape watches; the tape records the forward pass and
 * `gradient` walks it back. The loss printed each epoch is the one before that epoch's step.
 * x and y are converted to float32 once, as the tutorial's model converts its inputs.
 */
import { GradientTape, square, sub, sum, type Tensor, tensor, variable } from '../autodiff/index.js';
import { RandomState } from '../random/random-state.js';

export const SEED = 42;

/** y″ = a + b·x, both parameters starting at 0. */
class Regression {
  readonly a = variable(0, { dtype: 'float32', name: 'a' });
  readonly b = variable(0, { dtype: 'float32', name: 'b' });
  call(x: Tensor): Tensor {
    return this.b.mul(x).add(this.a);
  }
}

/** The sum of squared errors. */
const lossFunc = (yTrue: Tensor, yPred: Tensor) => sum(square(sub(yTrue, yPred)));

function train(model: Regression, inputs: Tensor, outputs: Tensor, lr: number): void {
  const tape = new GradientTape();
  const currentLoss = tape.record(() => lossFunc(outputs, model.call(inputs)));
  const [da, db] = tape.gradient(currentLoss, [model.a, model.b]);
  model.a.assignSub(da.mul(lr));
  model.b.assignSub(db.mul(lr));
}

/** Runs the tutorial, printing its log; returns the data, the losses and the final a, b. */
export function gradientTape(print: (line: string) => void = console.log) {
  const rs = new RandomState(SEED);
  const xs = rs.uniform(0, 1, 200);
  const noise = rs.normal(0, 0.3, 200);
  const ys = xs.map((x, i) => 0.3 + 0.5 * x + noise[i]);

  const x = tensor(xs, { dtype: 'float32' });
  const y = tensor(ys, { dtype: 'float32' });
  const model = new Regression();
  const epochs = 70;
  const lr = 0.001;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const costValue = lossFunc(y, model.call(x)).item();
    losses.push(costValue);
    train(model, x, y, lr);
    print(`Epoch: ${e}, Loss: ${costValue.toFixed(2)}`);
  }
  return { x: Array.from(x.data), y: Array.from(y.data), losses, a: model.a.item(), b: model.b.item() };
}
