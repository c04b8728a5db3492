/**
 * Lesson `numpy-autograd` (seed 001): f(x) = w·x fitted to four points of y = 2x, with the
 * gradient by hand and by autograd, then batch, stochastic and mini-batch side by side.
 *
 * The tutorial's hand-written gradient, dot(2x, ŷ − y), is not an Experiment (a fit experiment
 * always differentiates its loss), but it is exactly 4 = N times the gradient of the mean: so
 * its run at lr 0.01 is the autodiff fit at lr 0.04, and step 3 opens that fit and finds the
 * tutorial's part-1 numbers in it, digit for digit (float32, as NumPy and PyTorch computed).
 * The tutorial prints f(5) = 5·w; a Run holds w, so its numbers are w's ("f(5) = 10.000" is
 * w = 2.000).
 */
import { EXPERIMENT_VERSION, type FitExperiment } from '../../experiment/types.js';
import { LESSON_VERSION, type Lesson } from '../types.js';

/** The tutorial's four points, model, loss and precision; w from 0, plain gradient descent at `lr`. */
const fourPoints = (lr: number, epochs: number): FitExperiment => ({
  kind: 'fit',
  version: EXPERIMENT_VERSION,
  data: { x: [1, 2, 3, 4], y: [2, 4, 6, 8], source: 'numpy-autograd' },
  model: 'linear',
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr } }],
  epochs,
  regimes: ['batch'],
  init: { w: 0 },
  dtype: 'float32',
});

export const lesson: Lesson = {
  id: 'numpy-autograd',
  version: LESSON_VERSION,
  tutorial: '001',
  title: {
    es: 'El gradiente a mano y con autograd; por lotes, estocástico y en mini-lotes',
    en: 'The gradient by hand and by autograd; batch, stochastic and mini-batch',
  },
  summary: {
    es: 'Un solo peso w ajustado a cuatro puntos de y = 2x: la derivada escrita a mano, la que calcula autograd, por qué la versión a mano converge cuatro veces más rápido, y tres maneras de repartir los datos entre los pasos.',
    en: 'One weight w fitted to four points of y = 2x: the derivative written by hand, the one autograd computes, why the hand-written version converges four times faster, and three ways of sharing the data among the steps.',
  },
  steps: [
    {
      title: { es: 'Un peso y cuatro puntos', en: 'One weight and four points' },
      text: {
        es: 'Los datos son (1, 2), (2, 4), (3, 6) y (4, 8): la recta y = 2x sin ruido. El modelo `f(x) = w·x` tiene un único parámetro, que empieza en w = 0, así que antes de entrenar predice f(5) = 0.\n\nLa pérdida es el error cuadrático medio, `J(w) = (1/N) Σ (w·x − y)²`, con N = 4. Derivando, `dJ/dw = (1/N) Σ 2x·(w·x − y)`; en w = 0 vale −30. Cada época da un paso `w ← w − lr·dJ/dw` con lr = 0,01, en float32 como NumPy y PyTorch.',
        en: 'The data are (1, 2), (2, 4), (3, 6) and (4, 8): the line y = 2x with no noise. The model `f(x) = w·x` has a single parameter, starting at w = 0, so before training it predicts f(5) = 0.\n\nThe loss is the mean squared error, `J(w) = (1/N) Σ (w·x − y)²`, with N = 4. Differentiating, `dJ/dw = (1/N) Σ 2x·(w·x − y)`; at w = 0 it is −30. Each epoch takes a step `w ← w − lr·dJ/dw` with lr = 0.01, in float32 as NumPy and PyTorch do.',
      },
      experiment: fourPoints(0.01, 100),
      numbers: [
        {
          label: { es: 'w antes de entrenar (f(5) = 5·w)', en: 'w before training (f(5) = 5·w)' },
          printed: '0.000',
          path: 'runs.0.history.0.params.w',
          tolerance: 0,
          format: 3,
        },
        {
          label: { es: 'pérdida antes del primer paso', en: 'loss before the first step' },
          printed: '30.00000000',
          path: 'runs.0.history.0.loss',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w tras la época 1', en: 'w after epoch 1' },
          printed: '0.300',
          path: 'runs.0.history.1.params.w',
          tolerance: 0,
          format: 3,
        },
      ],
      question: {
        prompt: {
          es: 'Con lr = 0,01 y la derivada de la media, ¿dónde queda w después de la primera época?',
          en: 'With lr = 0.01 and the derivative of the mean, where is w after the first epoch?',
        },
        choices: [
          { es: 'w = 0,3', en: 'w = 0.3' },
          { es: 'w = 1,2', en: 'w = 1.2' },
          { es: 'w = 2, ya en la solución', en: 'w = 2, already at the solution' },
        ],
        answer: 0,
        reveal: {
          es: 'El paso es −lr·dJ/dw = −0,01·(−30) = 0,3. En general `dJ/dw = 15·(w − 2)` aquí, así que cada época multiplica la distancia a w = 2 por 1 − 0,01·15 = 0,85: se acerca, pero despacio.',
          en: 'The step is −lr·dJ/dw = −0.01·(−30) = 0.3. In general `dJ/dw = 15·(w − 2)` here, so each epoch multiplies the distance to w = 2 by 1 − 0.01·15 = 0.85: it gets closer, but slowly.',
        },
      },
    },
    {
      title: { es: 'Autograd encuentra la misma derivada', en: 'Autograd finds the same derivative' },
      text: {
        es: 'La segunda mitad del tutorial no escribe la derivada: marca w con `requires_grad=True`, calcula la pérdida y llama a `l.backward()`, que recorre las operaciones hacia atrás y deja dJ/dw en `w.grad`. La actualización va dentro de `torch.no_grad()` para que no se grabe como parte del cálculo, y `w.grad.zero_()` borra el gradiente, porque PyTorch lo *acumula* de una llamada a la siguiente.\n\nEl laboratorio hace lo mismo con su propia diferenciación automática. Tras 100 épocas w redondea a 2,000, es decir, f(5) = 10: el tutorial imprime `f(5) = 10.000`.',
        en: 'The second half of the tutorial does not write the derivative: it marks w with `requires_grad=True`, computes the loss and calls `l.backward()`, which walks the operations backwards and leaves dJ/dw in `w.grad`. The update goes inside `torch.no_grad()` so that it is not recorded as part of the computation, and `w.grad.zero_()` clears the gradient, because PyTorch *accumulates* it from one call to the next.\n\nThe lab does the same with its own automatic differentiation. After 100 epochs w rounds to 2.000, that is f(5) = 10.000, as the tutorial prints.',
      },
      numbers: [
        {
          label: { es: 'w tras la época 11', en: 'w after epoch 11' },
          printed: '1.665',
          path: 'runs.0.history.11.params.w',
          tolerance: 0,
          format: 3,
        },
        {
          label: { es: 'pérdida antes del paso de la época 11', en: 'loss before the step of epoch 11' },
          printed: '1.16278565',
          path: 'runs.0.history.10.loss',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'pérdida antes del paso de la época 51', en: 'loss before the step of epoch 51' },
          printed: '0.00000262',
          path: 'runs.0.history.50.loss',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w al final (f(5) = 5·w = 10,000)', en: 'w at the end (f(5) = 5·w = 10.000)' },
          printed: '2.000',
          path: 'runs.0.params.w',
          tolerance: 0,
          format: 3,
        },
      ],
    },
    {
      title: { es: 'La derivada escrita a mano', en: 'The derivative written by hand' },
      text: {
        es: 'La primera mitad del tutorial calcula la derivada a mano, con NumPy, y también usa lr = 0,01. Sin embargo w redondea a 2,000 tras 10 épocas, y no tras 52. El laboratorio no ejecuta esa fórmula: abre el mismo ajuste con la derivada correcta y lr = 0,04, y obtiene las mismas cifras que imprimió el tutorial, línea por línea.',
        en: 'The first half of the tutorial computes the derivative by hand, with NumPy, and also uses lr = 0.01. Yet w rounds to 2.000 after 10 epochs, not after 52. The lab does not run that formula: it opens the same fit with the correct derivative and lr = 0.04, and gets the same figures the tutorial printed, line by line.',
      },
      experiment: fourPoints(0.04, 20),
      numbers: [
        {
          label: { es: 'w tras la época 1', en: 'w after epoch 1' },
          printed: '1.200',
          path: 'runs.0.history.1.params.w',
          tolerance: 0,
          format: 3,
        },
        {
          label: { es: 'w tras la época 3', en: 'w after epoch 3' },
          printed: '1.872',
          path: 'runs.0.history.3.params.w',
          tolerance: 0,
          format: 3,
        },
        {
          label: { es: 'pérdida antes del paso de la época 3', en: 'loss before the step of epoch 3' },
          printed: '0.76800019',
          path: 'runs.0.history.2.loss',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'pérdida antes del paso de la época 9', en: 'loss before the step of epoch 9' },
          printed: '0.00001288',
          path: 'runs.0.history.8.loss',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w al final (f(5) = 5·w = 10,000)', en: 'w at the end (f(5) = 5·w = 10.000)' },
          printed: '2.000',
          path: 'runs.0.params.w',
          tolerance: 0,
          format: 3,
        },
      ],
      question: {
        prompt: {
          es: 'La versión a mano también empieza en w = 0 con lr = 0,01. ¿Dónde queda w tras su primera época?',
          en: 'The hand-written version also starts at w = 0 with lr = 0.01. Where is w after its first epoch?',
        },
        choices: [
          { es: 'w = 0,3, igual que con autograd', en: 'w = 0.3, as with autograd' },
          { es: 'w = 1,2', en: 'w = 1.2' },
          { es: 'w = 30', en: 'w = 30' },
        ],
        answer: 1,
        reveal: {
          es: 'La fórmula a mano da −120 en w = 0, cuatro veces −30, y el paso es 0,01·120 = 1,2. Cada época multiplica la distancia a 2 por 1 − 0,04·15 = 0,4 en lugar de 0,85: por eso converge tan deprisa.',
          en: 'The hand-written formula gives −120 at w = 0, four times −30, and the step is 0.01·120 = 1.2. Each epoch multiplies the distance to 2 by 1 − 0.04·15 = 0.4 instead of 0.85: that is why it converges so fast.',
        },
      },
      slip: {
        es: 'El código calcula `np.dot(2*x, y_pred - y).mean()`, aunque su comentario escribe `1/N`. El producto escalar ya suma los cuatro términos y devuelve un solo número, y la media de un número es él mismo: el 1/N se pierde. El gradiente resulta N = 4 veces el verdadero, y el lr = 0,01 de esta parte actúa como un lr efectivo de 0,04.',
        en: 'The code computes `np.dot(2*x, y_pred - y).mean()`, although its comment writes `1/N`. The dot product already sums the four terms and returns a single number, and the mean of one number is that number: the 1/N is lost. The gradient comes out N = 4 times the true one, and this part’s lr = 0.01 acts as an effective lr of 0.04.',
      },
    },
    {
      title: { es: 'Por lotes, estocástico y en mini-lotes', en: 'Batch, stochastic and mini-batch' },
      text: {
        es: 'El tutorial describe tres maneras de usar los datos y programa solo la primera. *Por lotes*: un paso por época con el gradiente de los cuatro puntos. *Estocástico*: un paso por punto, cuatro por época, en un orden barajado cada época. *Mini-lotes*: un paso por grupo, aquí de 2 puntos, dos por época.\n\nEl laboratorio corre los tres con el mismo lr = 0,01 y la misma semilla. La curva por lotes es la de los pasos anteriores: sus cifras son las del tutorial.',
        en: 'The tutorial describes three ways of using the data and programs only the first. *Batch*: one step per epoch with the gradient of all four points. *Stochastic*: one step per point, four per epoch, in an order shuffled every epoch. *Mini-batch*: one step per group, here of 2 points, two per epoch.\n\nThe lab runs all three with the same lr = 0.01 and the same seed. The batch curve is the one of the earlier steps: its figures are the tutorial’s.',
      },
      experiment: {
        ...fourPoints(0.01, 20),
        regimes: ['batch', 'sgd', 'minibatch'],
        batchSize: 2,
        shuffle: true,
        seed: 0,
      },
      numbers: [
        {
          label: { es: 'por lotes: w tras la época 1', en: 'batch: w after epoch 1' },
          printed: '0.300',
          path: 'runs.0.history.1.params.w',
          tolerance: 0,
          format: 3,
        },
        {
          label: { es: 'por lotes: w tras la época 11', en: 'batch: w after epoch 11' },
          printed: '1.665',
          path: 'runs.0.history.11.params.w',
          tolerance: 0,
          format: 3,
        },
      ],
      question: {
        prompt: {
          es: 'Tras una época, es decir, después de ver cada punto una vez, ¿cuál de los tres está más cerca de w = 2?',
          en: 'After one epoch, that is after seeing each point once, which of the three is closest to w = 2?',
        },
        choices: [
          { es: 'Por lotes', en: 'Batch' },
          { es: 'Estocástico', en: 'Stochastic' },
          { es: 'Mini-lotes', en: 'Mini-batch' },
          { es: 'Los tres igual', en: 'All three alike' },
        ],
        answer: 1,
        reveal: {
          es: 'El estocástico da cuatro pasos por época, el de mini-lotes dos y el de lotes uno, así que con los mismos datos vistos avanza más: w ≈ 0,995 frente a 0,575 y 0,300. Cada paso suyo ve un solo punto, pero aquí todos los puntos están sobre la recta y = 2x y todos piden el mismo w; con datos ruidosos sus pasos discreparían y la curva temblaría cerca del final.',
          en: 'The stochastic run takes four steps per epoch, the mini-batch two and the batch one, so for the same data seen it moves further: w ≈ 0.995 against 0.575 and 0.300. Each of its steps sees a single point, but here every point lies on the line y = 2x and they all ask for the same w; with noisy data its steps would disagree and the curve would jitter near the end.',
        },
      },
    },
    {
      title: { es: 'Un paso demasiado largo', en: 'A step too long' },
      text: {
        es: 'Aquí `dJ/dw = 15·(w − 2)`, así que cada época multiplica la distancia a la solución por 1 − 15·lr. Mientras |1 − 15·lr| < 1, es decir, lr < 2/15 ≈ 0,133, el descenso converge; más allá cada paso se pasa del mínimo y cae más lejos que antes.\n\nCon la fórmula a mano, cuatro veces mayor, el límite baja a 0,033: subir su lr a 0,04 es correr la derivada correcta con 0,16. Eso abre el laboratorio ahora.',
        en: 'Here `dJ/dw = 15·(w − 2)`, so each epoch multiplies the distance to the solution by 1 − 15·lr. While |1 − 15·lr| < 1, that is lr < 2/15 ≈ 0.133, the descent converges; beyond it every step overshoots the minimum and lands further away than before.\n\nWith the hand-written formula, four times larger, the limit drops to 0.033: raising its lr to 0.04 is running the correct derivative at 0.16. That is what the lab opens now.',
      },
      experiment: fourPoints(0.16, 40),
      question: {
        prompt: {
          es: 'Con un lr efectivo de 0,16, ¿qué hace w?',
          en: 'With an effective lr of 0.16, what does w do?',
        },
        choices: [
          { es: 'Converge a 2, más rápido que con 0,04', en: 'It converges to 2, faster than with 0.04' },
          {
            es: 'Oscila alrededor de 2 y se aleja cada vez más',
            en: 'It swings around 2 and moves ever further away',
          },
          { es: 'Se queda en 0', en: 'It stays at 0' },
        ],
        answer: 1,
        reveal: {
          es: 'El factor es 1 − 15·0,16 = −1,4: cada época cambia de lado y multiplica la distancia por 1,4, y la pérdida crece sin límite hasta que el laboratorio declara la divergencia.',
          en: 'The factor is 1 − 15·0.16 = −1.4: every epoch changes side and multiplies the distance by 1.4, and the loss grows without bound until the lab calls it diverged.',
        },
      },
    },
  ],
};
