/**
 * The NumPy + PyTorch tutorial, in descenso: f(x) = w·x fitted to y = 2x on four points, in float32.
 *
 *   descenso tutorial numpy-autograd      (or: npx tsx examples/numpy-autograd.ts)
 *
 * Part 1 computes everything by hand, NumPy style: the tensors are plain arrays and the gradient
 * is the tutorial's own formula, dot(2x, y_pred − y) taken as is. That formula is 4× the true
 * gradient of the mean squared error (it leaves out the 1/N of the mean), so with lr = 0.01 this
 * descent really runs at an effective rate of 0.04 — which is why it converges in 20 epochs.
 * (descenso's `fit` with `gradient:` spots this and warns that the factor is 4.)
 * Part 2 lets autodiff find the gradient, PyTorch style: `.backward()`, `.grad`, an in-place step
 * without recording, `zeroGrad()`. 100 epochs at the true rate.
 *
 * Every operation is rounded to float32, as NumPy and PyTorch compute with float32 arrays, so the
 * printed digits are the tutorial's, line for line.
 */
import { noGrad, type Tensor, tensor } from '../autodiff/index.js';

const f3 = (v: number) => v.toFixed(3);
const f8 = (v: number) => v.toFixed(8);

/** One part's story: w after each epoch and the loss before its step. */
export interface NumpyAutogradPart {
  w: number[];
  loss: number[];
}

/** Runs both parts, printing the tutorial's two logs (with a blank line between them). */
export function numpyAutograd(print: (line: string) => void = console.log): {
  numpy: NumpyAutogradPart;
  torch: NumpyAutogradPart;
} {
  const numpy: NumpyAutogradPart = { w: [], loss: [] };
  const torch: NumpyAutogradPart = { w: [], loss: [] };
  const X = tensor([1, 2, 3, 4], { dtype: 'float32' });
  const Y = tensor([2, 4, 6, 8], { dtype: 'float32' });

  // ---- Part 1: NumPy by hand --------------------------------------------------------------------
  {
    const w = tensor(0, { dtype: 'float32' });
    const forward = (x: Tensor | number) => w.mul(x);
    const loss = (y: Tensor, yPred: Tensor) => yPred.sub(y).pow(2).mean();
    // J = (1/N) Σ (w·x − y)², so dJ/dw = (1/N) Σ 2x(w·x − y); the tutorial writes dot(2x, ŷ − y), without the 1/N
    const gradient = (x: Tensor, y: Tensor, yPred: Tensor) => x.mul(2).dot(yPred.sub(y)).mean();

    print(`Prediccion antes de entrenar: f(5) = ${f3(forward(5).item())}`);
    const learningRate = 0.01;
    for (let epoch = 0; epoch < 20; epoch++) {
      const yPred = forward(X);
      const l = loss(Y, yPred);
      const dw = gradient(X, Y, yPred);
      w.sub_(dw.mul(learningRate));
      numpy.w.push(w.item());
      numpy.loss.push(l.item());
      if (epoch % 2 === 0) print(`epoch ${epoch + 1}: w = ${f3(w.item())}, loss = ${f8(l.item())}`);
    }
    print(`Prediccion despues del entrenamiento: f(5) = ${f3(forward(5).item())}`);
  }

  print('');

  // ---- Part 2: PyTorch-style autograd -----------------------------------------------------------
  {
    const w = tensor(0, { dtype: 'float32', requiresGrad: true });
    const forward = (x: Tensor | number) => w.mul(x);
    const loss = (y: Tensor, yPred: Tensor) => yPred.sub(y).pow(2).mean();

    print(`Prediccion antes de entrenar: f(5) = ${f3(forward(5).item())}`);
    const learningRate = 0.01;
    for (let epoch = 0; epoch < 100; epoch++) {
      const yPred = forward(X);
      const l = loss(Y, yPred);
      l.backward();
      noGrad(() => w.sub_(w.grad!.mul(learningRate)));
      w.zeroGrad();
      torch.w.push(w.item());
      torch.loss.push(l.item());
      if (epoch % 10 === 0) print(`epoch ${epoch + 1}: w = ${f3(w.item())}, loss = ${f8(l.item())}`);
    }
    print(`Prediccion despues del entrenamiento: f(5) = ${f3(forward(5).item())}`);
  }
  return { numpy, torch };
}
